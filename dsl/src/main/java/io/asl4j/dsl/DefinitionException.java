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

  DefinitionException(List<String> problems) {
    super(format(problems), null, false, false);
    this.problems = List.copyOf(problems);
    this.diagnostics = List.of();
  }

  /** Reports the validator's errors (and, for context, its warnings). */
  DefinitionException(List<Diagnostic> diagnostics, boolean fromValidator) {
    this(diagnostics.stream().filter(d -> d.severity() == Severity.ERROR)
        .map(d -> (d.location().isEmpty() ? "" : d.location() + ": ") + d.message() + " ["
            + d.code() + "]").toList(), diagnostics);
  }

  private DefinitionException(List<String> problems, List<Diagnostic> diagnostics) {
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
