package io.asl4j.fuzz;

import io.asl4j.Workflow;
import io.asl4j.codegen.GenerationException;
import io.asl4j.codegen.JavaGenerator;
import io.asl4j.codegen.RoundTrip;
import io.asl4j.diagram.Diagram;
import io.asl4j.json.AslReadException;
import io.asl4j.json.AslReader;
import io.asl4j.json.AslWriter;
import io.asl4j.json.JsonDiff;
import io.asl4j.validation.Diagnostic;
import io.asl4j.validation.Validator;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The promises the fuzzer checks, one per property so that a failure says exactly which promise
 * broke. Each check takes one input (bytes, as a file would give them) and answers whether the
 * property applied to it (a round trip needs an input that reads) and what broke, if anything.
 */
enum Property {

  /** {@code AslReader} returns a model or throws {@code AslReadException} with located problems. */
  READER("reader", "reader", Inputs.Kind.ANY, 3000, 9) {
    @Override
    Outcome check(byte[] input) {
      Object fromBytes = callAllowing("AslReader.read(byte[])", () -> STRICT.read(input));
      problems("AslReader.read(byte[])", fromBytes);
      problems("AslReader.keepUnknownFields(true).read(byte[])",
          callAllowing("AslReader.keepUnknownFields(true).read(byte[])",
              () -> LENIENT.read(input)));
      String text = utf8(input);
      if (text == null) {
        if (fromBytes instanceof Workflow) {
          return Outcome.failed(Failure.wrong("AslReader.read(byte[])",
              "reads invalid UTF-8 without a problem", "the bytes are not UTF-8, and they read"));
        }
        return Outcome.PASSED;
      }
      Object fromText = callAllowing("AslReader.read(String)", () -> STRICT.read(text));
      problems("AslReader.read(String)", fromText);
      if ((fromBytes instanceof Workflow) != (fromText instanceof Workflow)) {
        return Outcome.failed(Failure.wrong("AslReader.read", "byte[] and String disagree",
            "read(byte[]) " + (fromBytes instanceof Workflow ? "reads" : "rejects")
                + ", read(String) " + (fromText instanceof Workflow ? "reads" : "rejects")
                + ": " + (fromBytes instanceof Workflow ? fromText : fromBytes)));
      }
      // compared as written text, not with equals: the records' equals recurses as deep as the
      // input and overflows on a cold JVM only, which would make the run flaky
      if (fromBytes instanceof Workflow a) {
        String fromBytesJson = call("AslWriter.compact().write", () -> AslWriter.compact().write(a));
        String fromTextJson = call("AslWriter.compact().write",
            () -> AslWriter.compact().write((Workflow) fromText));
        if (!fromBytesJson.equals(fromTextJson)) {
          return Outcome.failed(Failure.wrong("AslReader.read", "byte[] and String give different"
              + " models", fromBytesJson + " vs " + fromTextJson));
        }
      }
      return Outcome.PASSED;
    }
  },

  /** What reads is written back as the same JSON tree, and writing is idempotent. */
  ROUND_TRIP("roundtrip", "round trip", Inputs.Kind.TREE, 2000, 7) {
    @Override
    Outcome check(byte[] input) {
      String text = utf8(input);
      Workflow w = text == null ? null : readAny(text);
      if (w == null) {
        return Outcome.NOT_APPLICABLE;
      }
      String pretty = call("AslWriter.pretty().write", () -> AslWriter.pretty().write(w));
      Optional<JsonDiff.Difference> d = call("JsonDiff.firstDifference",
          () -> JsonDiff.firstDifference(text, pretty));
      if (d.isPresent()) {
        return Outcome.failed(Failure.wrong("AslWriter.pretty().write",
            "the written JSON differs from the input", d.get().toString()));
      }
      String compact = call("AslWriter.compact().write", () -> AslWriter.compact().write(w));
      Optional<JsonDiff.Difference> dc = call("JsonDiff.firstDifference",
          () -> JsonDiff.firstDifference(text, compact));
      if (dc.isPresent()) {
        return Outcome.failed(Failure.wrong("AslWriter.compact().write",
            "the written JSON differs from the input", dc.get().toString()));
      }
      AslReader reader = readsStrictly(text) ? STRICT : LENIENT;
      Object again = callAllowing("AslReader.read(written)", () -> reader.read(pretty));
      if (again instanceof AslReadException e) {
        return Outcome.failed(Failure.wrong("AslReader.read(written)",
            "the written JSON does not read back", e.getMessage()));
      }
      String twice = call("AslWriter.pretty().write", () -> AslWriter.pretty().write(
          (Workflow) again));
      if (!twice.equals(pretty)) {
        return Outcome.failed(Failure.wrong("AslWriter.pretty().write", "format is not idempotent",
            "reading the written JSON and writing it again gives other text"));
      }
      return Outcome.PASSED;
    }
  },

  /** {@code Validator.validate} returns diagnostics and never throws. */
  VALIDATOR("validator", "validator", Inputs.Kind.ANY, 2500, 10) {
    @Override
    Outcome check(byte[] input) {
      List<Diagnostic> fromBytes = call("Validator.validate(byte[])",
          () -> Validator.create().validate(input));
      messages("Validator.validate(byte[])", fromBytes);
      String text = utf8(input);
      if (text == null) {
        boolean reported = fromBytes.stream().anyMatch(x -> x.code().name().equals("INVALID_JSON"));
        return reported ? Outcome.PASSED : Outcome.failed(Failure.wrong(
            "Validator.validate(byte[])", "accepts invalid UTF-8", fromBytes.toString()));
      }
      // not compared with validate(byte[]), which decodes and calls it: on deep JSONata the
      // validator overflows or not from call to call and answers differently (issue 12 item 1)
      List<Diagnostic> fromText = call("Validator.validate(String)",
          () -> Validator.create().validate(text));
      messages("Validator.validate(String)", fromText);
      call("Validator.forType(EXPRESS).validate(String)", () -> Validator.create()
          .forType(Validator.WorkflowType.EXPRESS).validate(text));
      Workflow w = readAny(text);
      if (w != null) {
        call("Validator.validate(Workflow)", () -> Validator.create().validate(w));
      }
      return Outcome.PASSED;
    }
  },

  /** {@code Diagram.mermaid} and {@code Diagram.dot} never throw on what reads. */
  DIAGRAMS("diagrams", "diagrams", Inputs.Kind.TREE, 2000, 4) {
    @Override
    Outcome check(byte[] input) {
      String text = utf8(input);
      Workflow w = text == null ? null : readAny(text);
      if (w == null) {
        return Outcome.NOT_APPLICABLE;
      }
      call("Diagram.mermaid", () -> Diagram.mermaid(w));
      call("Diagram.dot", () -> Diagram.dot(w));
      return Outcome.PASSED;
    }
  },

  /** {@code JavaGenerator} produces source or refuses with {@code GenerationException}. */
  GENERATOR("generator", "generator", Inputs.Kind.TREE, 1500, 6) {
    @Override
    Outcome check(byte[] input) {
      String text = utf8(input);
      Workflow w = text == null ? null : readAny(text);
      if (w == null) {
        return Outcome.NOT_APPLICABLE;
      }
      Object source = callAllowing("JavaGenerator.generate(Workflow)",
          () -> JavaGenerator.create().packageName("fuzzgen").className("Gen").generate(w),
          GenerationException.class);
      if (source instanceof GenerationException e && (e.getMessage() == null
          || e.getMessage().isBlank())) {
        return Outcome.failed(Failure.wrong("JavaGenerator.generate(Workflow)",
            "refuses without a reason", String.valueOf(e)));
      }
      return Outcome.PASSED;
    }
  },

  /** What validates is generated as Java that compiles, runs and reproduces the input. */
  GENERATED_VALID("compile-valid", "generated Java (valid input)", Inputs.Kind.KEEPING_VALIDITY,
      80, 16) {
    @Override
    Outcome check(byte[] input) {
      return Compiled.single(input, true);
    }
  },

  /**
   * What reads but does not validate is generated with {@code buildUnvalidated()}, and that Java
   * compiles, runs and reproduces the input too (the README's promise).
   */
  GENERATED_UNVALIDATED("compile-unvalidated", "generated Java (invalid input)", Inputs.Kind.TREE,
      30, 5) {
    @Override
    Outcome check(byte[] input) {
      return Compiled.single(input, false);
    }
  };

  static final AslReader STRICT = AslReader.create();
  static final AslReader LENIENT = AslReader.create().keepUnknownFields(true);

  /** Library internals that a message for a user must not name: Jackson, the JDK, JSONata. */
  private static final Pattern INTERNALS = Pattern.compile(
      "JsonReadFeature|StreamReadConstraints|StreamReadFeature|com\\.fasterxml|jackson"
          + "|\\bjava\\.[a-z]+\\.[A-Za-z]|com\\.dashjoin", Pattern.CASE_INSENSITIVE);

  /** A message that reports the stack running out (a caught overflow turned into a problem). */
  private static final Pattern OVERFLOW = Pattern.compile("stack ?overflow",
      Pattern.CASE_INSENSITIVE);

  /** The call running now, for a report when a check does not answer in time. */
  static volatile String currentStage = "";

  private final String id;
  private final String title;
  private final Inputs.Kind inputs;
  private final int defaultTries;
  private final int defaultSeconds;

  Property(String id, String title, Inputs.Kind inputs, int defaultTries, int defaultSeconds) {
    this.id = id;
    this.title = title;
    this.inputs = inputs;
    this.defaultTries = defaultTries;
    this.defaultSeconds = defaultSeconds;
  }

  /** The key in {@code known-failures.tsv}, e.g. {@code reader}. */
  String id() {
    return id;
  }

  /** The name in the summary line, e.g. {@code round trip}. */
  String title() {
    return title;
  }

  /** What inputs the property is fed. */
  Inputs.Kind inputs() {
    return inputs;
  }

  /** Inputs per run in {@code mvn verify}; for the compile properties, the cap of compiled ones. */
  int defaultTries() {
    return defaultTries;
  }

  /**
   * Seconds this property may take in {@code mvn verify}: about what its tries take on a quiet
   * 2-core machine, so that on a busy one the run stops early rather than stretch the build.
   */
  int defaultSeconds() {
    return defaultSeconds;
  }

  /**
   * Checks the property on one input.
   *
   * @param input the bytes
   * @return whether the property applied and what broke
   */
  abstract Outcome check(byte[] input);

  /**
   * Checks one input, turning a failure thrown from inside the check into its outcome.
   *
   * @param input the bytes
   * @return the outcome
   */
  Outcome run(byte[] input) {
    try {
      return check(input);
    } catch (Broken b) {
      return Outcome.failed(b.failure);
    } finally {
      currentStage = "";
    }
  }

  /** Finds a property by its key. */
  static Property byId(String id) {
    for (Property p : values()) {
      if (p.id.equals(id)) {
        return p;
      }
    }
    throw new IllegalArgumentException("no fuzz property \"" + id + "\"");
  }

  // ------------------------------------------------------------------ outcome

  /**
   * What one check found.
   *
   * @param applied whether the property applied to the input
   * @param failure what broke, or {@code null}
   */
  record Outcome(boolean applied, Failure failure) {
    static final Outcome PASSED = new Outcome(true, null);
    static final Outcome NOT_APPLICABLE = new Outcome(false, null);

    static Outcome failed(Failure f) {
      return new Outcome(true, f);
    }
  }

  /** Carries a failure out of a check; no stack trace of its own. */
  static final class Broken extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Failure failure;

    Broken(Failure failure) {
      super(failure.signature(), null, false, false);
      this.failure = failure;
    }
  }

  // ------------------------------------------------------------------ calls

  /** Runs a call that documents no exception: anything thrown is a failure. */
  static <T> T call(String stage, Callable<T> body) {
    currentStage = stage;
    try {
      return body.call();
    } catch (Throwable t) {
      throw new Broken(thrown(stage, t));
    }
  }

  /**
   * The failure of a call that threw. Its signature names the method without the overload or
   * configuration ({@code Validator.validate}, {@code AslReader.read}): one recursion overflows
   * in whichever overload meets it first, which depends on how warm the JVM is.
   */
  static Failure thrown(String stage, Throwable t) {
    String method = stage.replaceAll("\\([^)]*\\)", "").replace(".forType.validate", ".validate")
        .replace(".keepUnknownFields.read", ".read");
    return new Failure(method + ": " + Failure.signatureOf(t), t,
        stage + ": " + Failure.describe(t));
  }

  /**
   * Runs a reader call: returns its result or the {@link AslReadException} it threw (or another
   * documented exception); anything else is a failure.
   */
  @SafeVarargs
  static Object callAllowing(String stage, Callable<?> body,
      Class<? extends Throwable>... alsoAllowed) {
    currentStage = stage;
    try {
      return body.call();
    } catch (AslReadException e) {
      return e;
    } catch (Throwable t) {
      for (Class<? extends Throwable> c : alsoAllowed) {
        if (c.isInstance(t)) {
          return t;
        }
      }
      throw new Broken(thrown(stage, t));
    }
  }

  /** Checks a reader's problems: located, at least one, worded for users. */
  static void problems(String stage, Object result) {
    if (!(result instanceof AslReadException e)) {
      return;
    }
    if (e.problems().isEmpty()) {
      throw new Broken(Failure.wrong(stage, "throws AslReadException without problems",
          e.getMessage()));
    }
    for (AslReadException.Problem p : e.problems()) {
      if (p.line() < 1 || p.column() < 1) {
        throw new Broken(Failure.wrong(stage, "a problem without line and column", p.toString()));
      }
      if (OVERFLOW.matcher(p.message()).find()) {
        throw new Broken(overflowed(stage, p.toString()));
      }
      if (INTERNALS.matcher(p.message()).find()) {
        throw new Broken(Failure.wrong(stage, "a problem message names library internals",
            p.toString()));
      }
    }
  }

  /** Checks that diagnostics are worded for users. */
  static void messages(String stage, List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      if (OVERFLOW.matcher(d.message()).find()) {
        throw new Broken(overflowed(stage, d.toString()));
      }
      if (INTERNALS.matcher(d.message()).find()) {
        throw new Broken(Failure.wrong(stage, "a diagnostic names library internals",
            d.toString()));
      }
    }
  }

  /**
   * A stack overflow that was caught and turned into a problem or diagnostic (the JDK's regular
   * expressions report one as a {@code PatternSyntaxException}): the same failure as the overflow
   * itself, which the same input throws on other runs.
   */
  private static Failure overflowed(String stage, String message) {
    String method = stage.replaceAll("\\([^)]*\\)", "");
    return new Failure(method + ": " + StackOverflowError.class.getName(), null,
        stage + " reports a stack overflow as a problem of the input: " + message);
  }

  /** The text of strict UTF-8 bytes, or {@code null} if they are not UTF-8. */
  static String utf8(byte[] input) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(input))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Reads strictly, or else keeping unknown fields; {@code null} if neither reads. */
  static Workflow readAny(String text) {
    Object strict = callAllowing("AslReader.read(String)", () -> STRICT.read(text));
    if (strict instanceof Workflow w) {
      return w;
    }
    Object lenient = callAllowing("AslReader.keepUnknownFields(true).read(String)",
        () -> LENIENT.read(text));
    return lenient instanceof Workflow w ? w : null;
  }

  static boolean readsStrictly(String text) {
    return callAllowing("AslReader.read(String)", () -> STRICT.read(text)) instanceof Workflow;
  }

  // ------------------------------------------------------------------ compile and run

  /** Generation and the round trip through javac, one class or a batch. */
  static final class Compiled {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Set<String> FIELDS_NAMED = Set.of("Type", "Next", "End", "Parameters",
        "Result", "Comment", "StartAt", "States", "Retry", "Catch", "BackoffRate", "Choices",
        "Default", "Branches", "ItemProcessor", "Iterator", "Resource", "Output", "Arguments");

    private Compiled() {}

    /**
     * Generates the class for an input, if the property applies to it: the input reads strictly,
     * validates without errors ({@code valid}) or with errors ({@code !valid}), and the generator
     * does not refuse it.
     *
     * @return the class to verify, empty if the property does not apply
     */
    static Optional<RoundTrip.Generated> generate(byte[] input, boolean valid) {
      String text = utf8(input);
      if (text == null) {
        return Optional.empty();
      }
      Object read = callAllowing("AslReader.read(String)", () -> STRICT.read(text));
      if (!(read instanceof Workflow w)) {
        return Optional.empty();
      }
      List<Diagnostic> diagnostics;
      try {
        diagnostics = Validator.create().validate(text);
      } catch (RuntimeException | StackOverflowError e) {
        return Optional.empty(); // the validator's property reports it
      }
      if (Validator.isValid(diagnostics) != valid) {
        return Optional.empty();
      }
      String name = "F" + NEXT.incrementAndGet();
      Object source = callAllowing("JavaGenerator.generate(Workflow)",
          () -> JavaGenerator.create().packageName("fuzzgen").className(name).generate(w),
          GenerationException.class);
      if (!(source instanceof String s)) {
        return Optional.empty(); // a documented refusal; the generator's property checks it
      }
      return Optional.of(new RoundTrip.Generated("fuzzgen." + name, s, text));
    }

    /** Checks one input through javac on its own. */
    static Outcome single(byte[] input, boolean valid) {
      Optional<RoundTrip.Generated> g = generate(input, valid);
      if (g.isEmpty()) {
        return Outcome.NOT_APPLICABLE;
      }
      List<RoundTrip.Result> results = call("RoundTrip.verifyAll",
          () -> RoundTrip.verifyAll(List.of(g.get())));
      Failure f = failureOf(results.get(0));
      return f == null ? Outcome.PASSED : Outcome.failed(f);
    }

    /**
     * The failure a round trip's result stands for, or {@code null} if it reproduced the input.
     *
     * @param r the result
     * @return the failure
     */
    static Failure failureOf(RoundTrip.Result r) {
      String problem = r.problem().orElse("");
      switch (r.outcome()) {
        case REPRODUCED -> {
          return null;
        }
        case NOT_COMPILED -> {
          String first = r.compilerErrors().isEmpty() ? "javac gives no error"
              : r.compilerErrors().get(0).replaceFirst("^[^:]*\\.java:\\d+:\\d+: ", "");
          return Failure.wrong("RoundTrip.verifyAll", "the generated code does not compile: "
              + normalize(first.lines().findFirst().orElse("")), problem);
        }
        case FAILED -> {
          return r.failure().isPresent()
              ? new Failure("RoundTrip.verifyAll: the generated workflow() throws "
                  + Failure.signatureOf(r.failure().get()), r.failure().get(),
                  problem + " (" + Failure.describe(r.failure().get()) + ")")
              : Failure.wrong("RoundTrip.verifyAll", normalize(problem), problem);
        }
        default -> {
          String pointer = r.difference().map(JsonDiff.Difference::pointer).orElse("");
          String last = pointer.substring(pointer.lastIndexOf('/') + 1);
          return Failure.wrong("RoundTrip.verifyAll", "the generated code does not reproduce the"
              + " input (at " + (FIELDS_NAMED.contains(last) ? last : "a value") + ")", problem);
        }
      }
    }

    /** A javac message without the parts that change with the input (names, numbers). */
    private static String normalize(String message) {
      return message.replaceAll("'[^']*'", "'…'").replaceAll("\"[^\"]*\"", "\"…\"")
          .replaceAll("\\b\\d+\\b", "N");
    }
  }
}
