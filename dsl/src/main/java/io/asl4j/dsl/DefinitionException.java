package io.asl4j.dsl;

import io.asl4j.validation.Diagnostic;
import io.asl4j.validation.Severity;
import java.util.List;

/**
 * Thrown when a workflow built with the DSL is not a valid definition: it lists every problem at
 * once, each as {@code <JSON pointer>: <what is wrong>; <what would be valid>}.
 */
public final class DefinitionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The problems, immutable. Not serialized: the message carries them in text form. */
  private final transient List<String> problems;
  private final transient List<Diagnostic> diagnostics;

  /**
   * Creates the exception for a workflow the validator rejected: the problems are its errors, each
   * written {@code <JSON pointer>: <message> [<code>]}, and {@link #diagnostics()} keeps every
   * finding, warnings included.
   *
   * @param diagnostics the validator's findings; at least one of them an error
   */
  public DefinitionException(List<Diagnostic> diagnostics) {
    this(diagnostics.stream().filter(d -> d.severity() == Severity.ERROR)
        .map(DefinitionException::line).toList(), diagnostics);
  }

  /**
   * Creates the exception a strict build throws for a workflow with warnings: the problems are
   * every finding, each written {@code <JSON pointer>: <message> [<code>]}.
   *
   * <pre>{@code the workflow has 1 warning, and the build is strict:
   *   /States/Notify/Parameters/Message: ... [PATH_WITHOUT_SUFFIX]}</pre>
   *
   * @param diagnostics the validator's findings, warnings among them
   * @return the exception to throw
   */
  public static DefinitionException ofWarnings(List<Diagnostic> diagnostics) {
    List<String> problems = diagnostics.stream().map(DefinitionException::line).toList();
    return new DefinitionException(problems, diagnostics, "the workflow has " + problems.size()
        + (problems.size() == 1 ? " warning" : " warnings") + ", and the build is strict:");
  }

  /** Reports problems found before validation (assembly), or the validator's errors. */
  DefinitionException(List<String> problems, List<Diagnostic> diagnostics) {
    this(problems, diagnostics, "the workflow has " + problems.size()
        + (problems.size() == 1 ? " problem:" : " problems:"));
  }

  private DefinitionException(List<String> problems, List<Diagnostic> diagnostics,
      String header) {
    super(format(header, problems), null, false, false);
    this.problems = List.copyOf(problems);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /**
   * Returns the validator's findings when it was the validator that rejected the workflow: every
   * error (with its code and JSON pointer) and the warnings.
   *
   * @return the diagnostics; empty when the workflow could not even be assembled (unknown or
   *     ambiguous state references), which {@link #problems()} lists
   */
  public List<Diagnostic> diagnostics() {
    return diagnostics == null ? List.of() : diagnostics;
  }

  /**
   * Returns every problem found.
   *
   * @return the problems; never empty, except on a deserialized copy (the message keeps them)
   */
  public List<String> problems() {
    return problems == null ? List.of() : problems;
  }

  /** One finding: {@code <JSON pointer>: <message> [<code>]}. */
  private static String line(Diagnostic d) {
    return (d.location().isEmpty() ? "" : d.location() + ": ") + d.message() + " [" + d.code()
        + "]";
  }

  private static String format(String header, List<String> problems) {
    StringBuilder sb = new StringBuilder(header);
    for (String p : problems) {
      sb.append("\n  ").append(p);
    }
    return sb.toString();
  }
}
