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
        .map(d -> (d.location().isEmpty() ? "" : d.location() + ": ") + d.message() + " ["
            + d.code() + "]").toList(), diagnostics);
  }

  /** Reports problems found before validation (assembly), or the validator's errors. */
  DefinitionException(List<String> problems, List<Diagnostic> diagnostics) {
    super(format(problems), null, false, false);
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

  private static String format(List<String> problems) {
    StringBuilder sb = new StringBuilder("the workflow has ").append(problems.size())
        .append(problems.size() == 1 ? " problem:" : " problems:");
    for (String p : problems) {
      sb.append("\n  ").append(p);
    }
    return sb.toString();
  }
}
