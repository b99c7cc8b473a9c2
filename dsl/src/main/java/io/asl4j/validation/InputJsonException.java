package io.asl4j.validation;

/**
 * Thrown by {@link Validator#withInputExample(String)} and {@link Validator#withInputSchema(String)}
 * when the text given is not JSON, or not a schema: it says where, as the reader does for a
 * definition. {@link #getMessage()} is {@code LINE:COL: problem}.
 */
public final class InputJsonException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param line the 1-based line of the problem
   * @param column the 1-based column of the problem
   * @param problem what is wrong, without the position
   * @param cause the parser's exception, or null
   */
  public InputJsonException(int line, int column, String problem, Throwable cause) {
    super(line + ":" + column + ": " + problem, cause);
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /**
   * Returns the 1-based line of the problem.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column of the problem.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * Returns what is wrong, without the position.
   *
   * @return the problem, such as {@code the input example is malformed JSON: ...}
   */
  public String problem() {
    return problem;
  }
}
