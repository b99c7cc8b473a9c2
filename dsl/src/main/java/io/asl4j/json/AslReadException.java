package io.asl4j.json;

import java.util.List;
import java.util.Objects;

/**
 * Thrown by {@link AslReader} when text is not a readable ASL definition. It is the only exception
 * the reader throws for bad input.
 *
 * <p>It carries every problem found, each with a JSON pointer, a 1-based line and column, and a
 * message saying what was found and what was expected. {@link #getMessage()} lists them, one per
 * line, as {@code LINE:COL: POINTER: message}.
 */
public final class AslReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final int MAX_LISTED = 20;

  /** The problems, immutable. Not serialized: the message carries them in text form. */
  private final transient List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems found, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public AslReadException(List<Problem> problems) {
    super(format(problems), null, false, false);
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every problem found, in document order as far as reading got.
   *
   * @return the problems; never empty, except on a deserialized copy (the message keeps them)
   */
  public List<Problem> problems() {
    return problems == null ? List.of() : problems; // null only after deserialization
  }

  /** Lists the problems, one per line, at most twenty followed by a count of the rest. */
  private static String format(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an AslReadException needs at least one problem");
    }
    StringBuilder sb = new StringBuilder();
    int n = Math.min(problems.size(), MAX_LISTED);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append('\n');
      }
      sb.append(problems.get(i));
    }
    if (problems.size() > n) {
      sb.append("\n... and ").append(problems.size() - n).append(" more problems");
    }
    return sb.toString();
  }

  /**
   * One problem in a definition.
   *
   * @param code what kind of problem, for tools: {@code INVALID_JSON}, {@code DUPLICATE_KEY},
   *     {@code WRONG_TYPE}, {@code UNKNOWN_FIELD}, {@code FIELD_NOT_ALLOWED},
   *     {@code MISSING_FIELD}, {@code MISSING_TRANSITION}, {@code MUTUALLY_EXCLUSIVE},
   *     {@code INVALID_VALUE}, {@code UNKNOWN_STATE_TYPE}, {@code INVALID_CHOICE_RULE},
   *     {@code INVALID_PAYLOAD_TEMPLATE}, or for an expression past the limits of
   *     {@link io.asl4j.syntax.InputLimits}, {@code INVALID_JSONATA} or {@code INTRINSIC_NESTING}
   * @param pointer the JSON pointer (RFC 6901) of the offending value, e.g.
   *     {@code /States/Fetch Data/Retry/0/MaxAttempts}; {@code ""} for the document itself
   * @param line the 1-based line
   * @param column the 1-based column (in UTF-16 code units, as editors count)
   * @param message what was found and what was expected, e.g.
   *     {@code expected a number, found the string "3"}
   */
  public record Problem(String code, String pointer, int line, int column, String message) {

    /**
     * Creates a problem.
     *
     * @param code what kind of problem
     * @param pointer the JSON pointer
     * @param line the 1-based line
     * @param column the 1-based column
     * @param message what was found and what was expected
     */
    public Problem {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(message, "message");
    }

    /**
     * Formats the problem as {@code LINE:COL: POINTER: message}, or {@code LINE:COL: message} for a
     * problem with the whole document.
     *
     * @return the formatted problem
     */
    @Override
    public String toString() {
      return line + ":" + column + ": " + (pointer.isEmpty() ? "" : pointer + ": ") + message;
    }
  }
}
