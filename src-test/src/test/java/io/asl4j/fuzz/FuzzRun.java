package io.asl4j.fuzz;

import io.asl4j.codegen.RoundTrip;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * One property's fuzz run: makes inputs, checks them, groups the failures by signature, shrinks
 * the first input of each new kind, writes every kind to {@code target/fuzz/}, and prints the
 * summary line ({@code Fuzz reader: 5000 inputs, 0 failures}).
 */
final class FuzzRun {

  /** Inputs per javac run of the generator's compile properties. */
  private static final int BATCH = 50;

  /** Sources nested deeper than this (brackets and parentheses) are compiled on their own. */
  private static final int DEEP = 100;

  private final Property property;
  private final Inputs inputs;
  private final FuzzSettings settings;
  private final KnownFailures known;
  private final Map<String, Finding> kinds = new LinkedHashMap<>();
  private int tried;
  private int applied;
  private int failed;
  private boolean stoppedEarly;
  private long millis;

  /** Every failure of one signature: how many, and the smallest input that showed it. */
  static final class Finding {
    final String signature;
    int count;
    long inputNumber;
    Inputs.Input input;
    Failure failure;
    byte[] shrunk;
    Failure shrunkFailure;
    boolean known;

    Finding(String signature) {
      this.signature = signature;
    }
  }

  FuzzRun(Property property, Inputs inputs, FuzzSettings settings, KnownFailures known) {
    this.property = property;
    this.inputs = inputs;
    this.settings = settings;
    this.known = known;
  }

  /** The failures found, by signature. */
  Map<String, Finding> kinds() {
    return kinds;
  }

  /** The kinds of failure the known list does not have. */
  List<Finding> newKinds() {
    return kinds.values().stream().filter(k -> !k.known).toList();
  }

  /** The random generator of input {@code i}: from the run's seed, the property and i alone. */
  private SplittableRandom random(long i) {
    return new SplittableRandom(settings.seed() * 0x9E3779B97F4A7C15L
        + property.id().hashCode() * 0xBF58476D1CE4E5B9L + i * 0x94D049BB133111EBL);
  }

  /**
   * Runs the property.
   *
   * @return this run, with its findings
   */
  FuzzRun run() {
    long start = System.currentTimeMillis();
    long limit = settings.millisFor(property);
    long deadline = limit == Long.MAX_VALUE ? Long.MAX_VALUE : start + limit;
    long timeout = settings.timeoutSeconds() * 1000L;
    int tries = settings.triesFor(property);
    try (Checker checker = new Checker()) {
      if (property == Property.GENERATED_VALID || property == Property.GENERATED_UNVALIDATED) {
        runCompiled(checker, tries, deadline, timeout);
      } else {
        for (long i = 0; i < tries; i++) {
          if (System.currentTimeMillis() > deadline) {
            stoppedEarly = true;
            break;
          }
          Inputs.Input in = inputs.next(random(i), property.inputs());
          tried++;
          Property.Outcome o = checker.check(property, in.bytes(), timeout);
          record(i, in, o);
        }
      }
      for (Finding k : kinds.values()) {
        k.known = known.contains(property, k.signature);
        if (!k.known) {
          shrink(checker, k, timeout);
        }
        write(k);
      }
    }
    millis = System.currentTimeMillis() - start;
    print();
    return this;
  }

  private void record(long i, Inputs.Input in, Property.Outcome o) {
    if (o.applied()) {
      applied++;
    }
    if (o.failure() == null) {
      return;
    }
    failed++;
    Finding k = kinds.computeIfAbsent(o.failure().signature(), Finding::new);
    k.count++;
    if (k.input == null || in.bytes().length < k.input.bytes().length) {
      k.input = in;
      k.inputNumber = i;
      k.failure = o.failure();
    }
  }

  /**
   * The generator's compile properties: inputs to which the property applies are generated one
   * at a time, then compiled, run and compared in batches (one javac run per batch).
   */
  private void runCompiled(Checker checker, int cap, long deadline, long timeout) {
    boolean valid = property == Property.GENERATED_VALID;
    List<RoundTrip.Generated> batch = new ArrayList<>();
    List<Inputs.Input> batchInputs = new ArrayList<>();
    List<Long> batchNumbers = new ArrayList<>();
    long maxMade = (long) cap * (valid ? 10 : 60);
    for (long i = 0; i < maxMade && tried < cap; i++) {
      if (System.currentTimeMillis() > deadline) {
        stoppedEarly = true;
        break;
      }
      Inputs.Input in = inputs.next(random(i), property.inputs());
      Optional<RoundTrip.Generated> g;
      try {
        g = checker.call(() -> {
          try {
            return Property.Compiled.generate(in.bytes(), valid);
          } finally {
            Property.currentStage = "";
          }
        }, timeout);
      } catch (TimeoutException e) {
        tried++;
        record(i, in, Property.Outcome.failed(Failure.wrong(e.getMessage(),
            "no answer within " + timeout / 1000 + " s", "a hang, or too slow")));
        continue;
      } catch (ExecutionException e) {
        tried++;
        Throwable cause = e.getCause();
        record(i, in, Property.Outcome.failed(cause instanceof Property.Broken b ? b.failure
            : Failure.thrown("fuzz check", cause)));
        continue;
      }
      if (g.isEmpty()) {
        continue;
      }
      tried++;
      if (nesting(g.get().source()) > DEEP) {
        // javac may overflow its stack on it, and then fails the whole batch without a word
        verify(checker, List.of(g.get()), List.of(in), List.of(i));
        continue;
      }
      batch.add(g.get());
      batchInputs.add(in);
      batchNumbers.add(i);
      if (batch.size() == BATCH || tried == cap) {
        verify(checker, batch, batchInputs, batchNumbers);
        batch.clear();
        batchInputs.clear();
        batchNumbers.clear();
      }
    }
    if (!batch.isEmpty()) {
      verify(checker, batch, batchInputs, batchNumbers);
    }
  }

  /** Verifies a batch; if javac or the round trip throws, halves the batch to find the input. */
  private void verify(Checker checker, List<RoundTrip.Generated> batch, List<Inputs.Input> ins,
      List<Long> numbers) {
    List<RoundTrip.Result> results;
    try {
      results = checker.call(() -> RoundTrip.verifyAll(batch), Math.max(120_000L,
          settings.timeoutSeconds() * 1000L * batch.size()));
    } catch (TimeoutException | ExecutionException e) {
      if (batch.size() > 1) {
        int half = batch.size() / 2;
        verify(checker, batch.subList(0, half), ins.subList(0, half), numbers.subList(0, half));
        verify(checker, batch.subList(half, batch.size()), ins.subList(half, ins.size()),
            numbers.subList(half, numbers.size()));
        return;
      }
      Failure f = e instanceof TimeoutException
          ? Failure.wrong("RoundTrip.verifyAll", "no answer in time", "a hang, or too slow")
          : Failure.thrown("RoundTrip.verifyAll", e.getCause());
      record(numbers.get(0), ins.get(0), Property.Outcome.failed(f));
      return;
    }
    // javac that fails without a diagnostic (its own stack overflow) fails every class of the
    // batch: verify those again, in halves, until the one that causes it is alone
    List<Integer> unexplained = new ArrayList<>();
    for (int k = 0; k < results.size(); k++) {
      RoundTrip.Result r = results.get(k);
      if (r.outcome() == RoundTrip.Outcome.NOT_COMPILED && r.compilerErrors().isEmpty()) {
        unexplained.add(k);
      }
    }
    if (unexplained.size() > 1) {
      List<RoundTrip.Generated> again = new ArrayList<>();
      List<Inputs.Input> againIns = new ArrayList<>();
      List<Long> againNumbers = new ArrayList<>();
      for (int k : unexplained) {
        again.add(batch.get(k));
        againIns.add(ins.get(k));
        againNumbers.add(numbers.get(k));
      }
      int half = again.size() / 2;
      verify(checker, again.subList(0, half), againIns.subList(0, half),
          againNumbers.subList(0, half));
      verify(checker, again.subList(half, again.size()), againIns.subList(half, again.size()),
          againNumbers.subList(half, again.size()));
    }
    for (int k = 0; k < results.size(); k++) {
      if (unexplained.size() > 1 && unexplained.contains(k)) {
        continue;
      }
      Failure f = Property.Compiled.failureOf(results.get(k));
      record(numbers.get(k), ins.get(k), f == null ? Property.Outcome.PASSED
          : Property.Outcome.failed(f));
    }
  }

  /** The deepest nesting of brackets, braces and parentheses in Java code (not in literals). */
  static int nesting(String source) {
    int depth = 0;
    int max = 0;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        if (end < 0) {
          break;
        }
        i = end;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        if (end < 0) {
          break;
        }
        i = end + 1;
      } else if (c == '"' || c == '\'') {
        for (i++; i < source.length() && source.charAt(i) != c; i++) {
          if (source.charAt(i) == '\\') {
            i++;
          }
        }
      } else if (c == '(' || c == '[' || c == '{') {
        max = Math.max(max, ++depth);
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      }
    }
    return max;
  }

  private void shrink(Checker checker, Finding k, long timeout) {
    boolean compiled = property == Property.GENERATED_VALID
        || property == Property.GENERATED_UNVALIDATED;
    Shrinker s = new Shrinker(b -> {
      Property.Outcome o = checker.check(property, b, timeout);
      return o.failure() != null && o.failure().signature().equals(k.signature);
    }, compiled ? 300 : 5000, settings.shrinkSeconds() * 1000L * (compiled ? 3 : 1));
    k.shrunk = s.shrink(k.input.bytes());
    Property.Outcome o = checker.check(property, k.shrunk, timeout);
    k.shrunkFailure = o.failure() != null ? o.failure() : k.failure;
  }

  // ------------------------------------------------------------------ reporting

  private void print() {
    StringBuilder sb = new StringBuilder();
    long knownKinds = kinds.values().stream().filter(k -> k.known).count();
    boolean compiled = property == Property.GENERATED_VALID
        || property == Property.GENERATED_UNVALIDATED;
    sb.append("Fuzz ").append(property.title()).append(": ").append(tried).append(" inputs");
    if (compiled) {
      sb.append(" generated, compiled and run");
    } else if (applied != tried) {
      sb.append(" (").append(applied).append(" read)");
    }
    sb.append(", ").append(failed).append(failed == 1 ? " failure" : " failures");
    if (!kinds.isEmpty()) {
      sb.append(" of ").append(kinds.size()).append(kinds.size() == 1 ? " kind" : " kinds")
          .append(" (").append(knownKinds).append(" known, ").append(kinds.size() - knownKinds)
          .append(" new)");
    }
    sb.append(stoppedEarly ? "; stopped at the time limit" : "").append("; seed ")
        .append(settings.seed()).append(String.format(Locale.ROOT, "; %.1f s", millis / 1000.0));
    System.out.println(sb);
    for (Finding k : kinds.values()) {
      System.out.println("  " + (k.known ? "known (" + known.notes(property, k.signature) + ")"
          : "NEW") + " x" + k.count + ": " + k.signature);
      if (!k.known) {
        System.out.println(describe(k).indent(4).stripTrailing());
      }
    }
  }

  /**
   * A new kind of failure, described for a person and for {@code known-failures.tsv}.
   *
   * @param k the kind
   * @return the description
   */
  String describe(Finding k) {
    byte[] input = k.shrunk != null ? k.shrunk : k.input.bytes();
    Failure f = k.shrunkFailure != null ? k.shrunkFailure : k.failure;
    String template = Template.encode(input);
    StringBuilder sb = new StringBuilder();
    sb.append("input #").append(k.inputNumber).append(" of seed ").append(settings.seed())
        .append(", from ").append(k.input.origin()).append('\n');
    sb.append(k.shrunk != null ? "shrunk to " : "input: ").append(input.length).append(" bytes: ")
        .append(template.length() > 400 ? template.substring(0, 400) + "… (whole input in target/fuzz/"
            + property.id() + ")" : template)
        .append('\n');
    sb.append("detail: ").append(abbreviate(f.detail())).append('\n');
    if (f.cause() != null) {
      StackTraceElement[] trace = f.cause().getStackTrace();
      sb.append(f.cause()).append('\n');
      for (int i = 0; i < Math.min(8, trace.length); i++) {
        sb.append("  at ").append(trace[i]).append('\n');
      }
    }
    if (template.length() <= 1000) {
      sb.append("known-failures.tsv line: ").append(property.id()).append('\t')
          .append(k.signature).append('\t').append(template).append('\t').append("issue 12");
    }
    return sb.toString();
  }

  private static String abbreviate(String s) {
    String one = s.replace("\n", " | ");
    return one.length() > 600 ? one.substring(0, 600) + "…" : one;
  }

  /** Writes a kind's input (raw and as a template) and its trace below {@code target/fuzz}. */
  private void write(Finding k) {
    try {
      Path dir = Path.of("target", "fuzz", property.id());
      Files.createDirectories(dir);
      String base = String.format("%03d", kinds.values().stream().toList().indexOf(k) + 1);
      byte[] input = k.shrunk != null ? k.shrunk : k.input.bytes();
      Files.write(dir.resolve(base + ".input"), input);
      StringWriter trace = new StringWriter();
      Failure f = k.shrunkFailure != null ? k.shrunkFailure : k.failure;
      try (PrintWriter w = new PrintWriter(trace)) {
        w.println(k.signature);
        w.println(k.known ? "known" : "new");
        w.println(k.count + " inputs; first smallest: #" + k.inputNumber + " of seed "
            + settings.seed() + ", from " + k.input.origin());
        w.println("template: " + Template.encode(input));
        w.println("detail: " + f.detail());
        if (f.cause() != null) {
          f.cause().printStackTrace(w);
        }
      }
      Files.writeString(dir.resolve(base + ".txt"), trace.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
