package io.asl4j.codegen;

import io.asl4j.Workflow;
import io.asl4j.json.JsonDiff;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Proves that generated classes reproduce their definitions: compiles them in memory with javac,
 * runs each class's {@code workflow()}, and compares its {@code toJson()} with the definition as
 * JSON trees ({@link JsonDiff}: member order ignored, numbers by their exact text). Behind {@code
 * asl4j generate --verify} and the generator's round-trip tests.
 *
 * <pre>{@code
 * String json = Files.readString(Path.of("order.asl.json"));
 * String java = JavaGenerator.create().packageName("flows").className("Order").generate(json);
 * RoundTrip.Result r = RoundTrip.verify("flows.Order", java, json);
 * r.problem().ifPresent(System.err::println);
 * }</pre>
 *
 * <p>Needs a JDK: the compiler comes from {@code javax.tools}, and compiles against this JVM's
 * class path, which must hold asl4j.
 */
public final class RoundTrip {

  private RoundTrip() {}

  /**
   * A generated class and the definition it must reproduce.
   *
   * @param className the fully qualified name of the class in {@code source}
   * @param source the Java source, with a {@code public static Workflow workflow()}
   * @param definition the ASL JSON it was generated from
   */
  public record Generated(String className, String source, String definition) {

    /**
     * Checks that every part is given.
     *
     * @throws NullPointerException if a part is {@code null}
     */
    public Generated {
      Objects.requireNonNull(className, "className");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(definition, "definition");
    }
  }

  /** How a round trip ended. */
  public enum Outcome {
    /** {@code workflow()} gave back the definition, as a JSON tree. */
    REPRODUCED,
    /** {@code workflow()} ran, and its JSON differs from the definition. */
    DIFFERENT,
    /** The source did not compile. */
    NOT_COMPILED,
    /**
     * {@code workflow()} could not be run or threw, or the two JSON texts could not be compared.
     */
    FAILED
  }

  /**
   * Compiles one class, runs its {@code workflow()} and compares the result with the definition.
   *
   * @param className the fully qualified name of the class in {@code source}
   * @param source the Java source
   * @param definition the ASL JSON the class must reproduce
   * @return what happened, with the first difference or javac's errors
   * @throws IllegalStateException if this runtime has no Java compiler (a JRE, not a JDK)
   */
  public static Result verify(String className, String source, String definition) {
    return verifyAll(List.of(new Generated(className, source, definition))).get(0);
  }

  /**
   * Verifies many classes, compiled together in one javac run (much faster than one at a time).
   * A class that does not compile does not stop the others: they are compiled again without it.
   *
   * @param classes the classes, with distinct names
   * @return one result per class, in the same order
   * @throws IllegalStateException if this runtime has no Java compiler (a JRE, not a JDK)
   * @throws IllegalArgumentException if two classes have the same name
   */
  public static List<Result> verifyAll(List<Generated> classes) {
    Map<String, Generated> byName = new LinkedHashMap<>();
    for (Generated g : classes) {
      if (byName.putIfAbsent(g.className(), g) != null) {
        throw new IllegalArgumentException("two classes named " + g.className());
      }
    }
    Map<String, Result> results = new LinkedHashMap<>();
    Map<String, String> sources = new LinkedHashMap<>();
    byName.forEach((name, g) -> sources.put(name, g.source()));
    ClassLoader loader = null;
    while (loader == null && !sources.isEmpty()) {
      try {
        loader = InMemoryCompiler.compile(sources);
      } catch (InMemoryCompiler.CompilationFailed e) {
        List<String> failed = new ArrayList<>(e.errors().keySet());
        failed.retainAll(sources.keySet());
        // errors of no one class (or none at all): every class shares them
        List<String> blamed = failed.isEmpty() ? List.copyOf(sources.keySet()) : failed;
        for (String name : blamed) {
          List<String> errors = new ArrayList<>(e.errors().getOrDefault(name, List.of()));
          errors.addAll(e.errors().getOrDefault("", List.of()));
          results.put(name, Result.notCompiled(name, errors));
          sources.remove(name);
        }
      }
    }
    List<Result> out = new ArrayList<>();
    for (Generated g : byName.values()) {
      Result r = results.get(g.className());
      out.add(r != null ? r : run(loader, g));
    }
    return out;
  }

  private static Result run(ClassLoader loader, Generated g) {
    Object made;
    try {
      Method workflow = loader.loadClass(g.className()).getMethod("workflow");
      made = workflow.invoke(null);
    } catch (InvocationTargetException e) {
      return Result.failed(g.className(), e.getCause(),
          "the generated workflow() throws " + e.getCause());
    } catch (ExceptionInInitializerError e) {
      return Result.failed(g.className(), e.getCause(),
          "the generated class cannot be initialized: " + e.getCause());
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      return Result.failed(g.className(), e, "cannot run the generated workflow(): " + e);
    }
    if (!(made instanceof Workflow w)) {
      return Result.failed(g.className(), null, "the generated workflow() returns "
          + (made == null ? "null" : "a " + made.getClass().getName()) + ", not a Workflow");
    }
    try {
      return JsonDiff.firstDifference(g.definition(), w.toJson())
          .map(d -> Result.different(g.className(), d))
          .orElseGet(() -> new Result(g.className(), Outcome.REPRODUCED, null, List.of(), null,
              null));
    } catch (IllegalArgumentException e) {
      return Result.failed(g.className(), e, "cannot compare: " + e.getMessage());
    }
  }

  /**
   * The outcome of one round trip, with what a person needs to act on it: the first difference,
   * javac's errors, or what {@code workflow()} threw.
   */
  public static final class Result {

    private final String className;
    private final Outcome outcome;
    private final JsonDiff.Difference difference;
    private final List<String> compilerErrors;
    private final Throwable failure;
    private final String problem;

    private Result(String className, Outcome outcome, JsonDiff.Difference difference,
        List<String> compilerErrors, Throwable failure, String problem) {
      this.className = className;
      this.outcome = outcome;
      this.difference = difference;
      this.compilerErrors = List.copyOf(compilerErrors);
      this.failure = failure;
      this.problem = problem;
    }

    private static Result notCompiled(String className, List<String> errors) {
      StringBuilder problem = new StringBuilder("the generated code does not compile:");
      // javac's own continuation lines ("  symbol: ...") stay under their error
      errors.forEach(e -> problem.append("\n  ").append(e.replace("\n", "\n  ")));
      return new Result(className, Outcome.NOT_COMPILED, null, errors, null, problem.toString());
    }

    private static Result different(String className, JsonDiff.Difference d) {
      return new Result(className, Outcome.DIFFERENT, d, List.of(), null,
          "generated code does not reproduce the input: " + d);
    }

    private static Result failed(String className, Throwable failure, String problem) {
      return new Result(className, Outcome.FAILED, null, List.of(), failure, problem);
    }

    /**
     * Returns the class this result is about.
     *
     * @return its fully qualified name
     */
    public String className() {
      return className;
    }

    /**
     * Returns how the round trip ended.
     *
     * @return the outcome
     */
    public Outcome outcome() {
      return outcome;
    }

    /**
     * Tells whether the class reproduced its definition.
     *
     * @return {@code true} for {@link Outcome#REPRODUCED}
     */
    public boolean reproduced() {
      return outcome == Outcome.REPRODUCED;
    }

    /**
     * Returns where the class's JSON first differs from the definition.
     *
     * @return the difference for {@link Outcome#DIFFERENT}, else empty
     */
    public Optional<JsonDiff.Difference> difference() {
      return Optional.ofNullable(difference);
    }

    /**
     * Returns javac's errors for the class's source, as javac words them.
     *
     * @return {@code p/Flow.java:LINE:COLUMN: message} per error for {@link
     *     Outcome#NOT_COMPILED}, else an empty list
     */
    public List<String> compilerErrors() {
      return compilerErrors;
    }

    /**
     * Returns what went wrong when running or comparing, for {@link Outcome#FAILED}.
     *
     * @return what {@code workflow()} threw, or why it could not be run or compared; empty for
     *     the other outcomes and for a {@code workflow()} that returned no {@code Workflow}
     */
    public Optional<Throwable> failure() {
      return Optional.ofNullable(failure);
    }

    /**
     * Describes what went wrong, for a person.
     *
     * @return empty if the class reproduced its definition, else e.g. {@code generated code does
     *     not reproduce the input: /States/A/Type: expected "Pass", found "Succeed"} or {@code the
     *     generated code does not compile:} followed by javac's errors, one per indented line
     */
    public Optional<String> problem() {
      return Optional.ofNullable(problem);
    }

    /**
     * Returns the class name and the problem, or that it reproduced its definition.
     *
     * @return e.g. {@code flows.Order: reproduced}
     */
    @Override
    public String toString() {
      return className + ": " + (problem == null ? "reproduced" : problem);
    }
  }
}
