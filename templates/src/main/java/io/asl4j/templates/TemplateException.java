package io.asl4j.templates;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a template, or a state machine in it, cannot be read or written back: malformed
 * JSON or YAML, no state machine, an unknown logical id, a definition string that is not JSON, a
 * definition kept outside the template. Each problem names the file, line and column.
 */
public final class TemplateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The problems, immutable. Not serialized: the message carries them in text form. */
  private final transient List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one
   */
  public TemplateException(List<Problem> problems) {
    super(format(problems), null, false, false);
    this.problems = List.copyOf(problems);
  }

  /** Creates the exception for one problem. */
  TemplateException(String file, int line, int column, String message) {
    this(List.of(new Problem(file, line, column, message)));
  }

  /**
   * Returns the problems, in the order found.
   *
   * @return the problems; empty only on a deserialized copy (the message keeps them)
   */
  public List<Problem> problems() {
    return problems == null ? List.of() : problems;
  }

  private static String format(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a TemplateException needs at least one problem");
    }
    StringBuilder sb = new StringBuilder();
    for (Problem p : problems) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(p);
    }
    return sb.toString();
  }

  /**
   * One problem.
   *
   * @param file the file it is in, as it was named to the reader
   * @param line the 1-based line
   * @param column the 1-based column
   * @param message what is wrong and what would be valid
   */
  public record Problem(String file, int line, int column, String message) {

    /**
     * Creates a problem.
     *
     * @param file the file
     * @param line the line
     * @param column the column
     * @param message the message
     */
    public Problem {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(message, "message");
    }

    /**
     * Formats the problem as {@code FILE:LINE:COL: message}.
     *
     * @return the formatted problem
     */
    @Override
    public String toString() {
      return file + ":" + line + ":" + column + ": " + message;
    }
  }
}
