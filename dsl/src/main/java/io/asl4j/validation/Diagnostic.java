package io.asl4j.validation;

import java.util.Objects;

/**
 * One finding of the validator, in the shape of AWS's {@code ValidateStateMachineDefinition}
 * diagnostics.
 *
 * @param code what kind of problem, e.g. {@link DiagnosticCode#MISSING_TRANSITION_TARGET}
 * @param location the JSON pointer of the offending value, e.g. {@code /States/Route/Default}
 * @param message what is wrong and what would be valid
 * @param severity {@code ERROR} or {@code WARNING}
 * @param line the 1-based line in the source text, or 0 when validating a model without text
 * @param column the 1-based column in the source text, or 0
 */
public record Diagnostic(DiagnosticCode code, String location, String message, Severity severity,
    int line, int column) {

  /**
   * Creates a diagnostic.
   *
   * @param code what kind of problem
   * @param location the JSON pointer
   * @param message what is wrong and what would be valid
   * @param severity the severity
   * @param line the 1-based line, or 0
   * @param column the 1-based column, or 0
   */
  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
  }

  /**
   * Returns a copy placed at a source position.
   *
   * @param line the 1-based line
   * @param column the 1-based column
   * @return the placed diagnostic
   */
  public Diagnostic at(int line, int column) {
    return new Diagnostic(code, location, message, severity, line, column);
  }

  /**
   * Formats as {@code LINE:COL: SEVERITY CODE location: message}, or without the position when it
   * is unknown.
   *
   * @return the formatted diagnostic
   */
  @Override
  public String toString() {
    return (line > 0 ? line + ":" + column + ": " : "") + severity + " " + code + " "
        + (location.isEmpty() ? "" : location + ": ") + message;
  }
}
