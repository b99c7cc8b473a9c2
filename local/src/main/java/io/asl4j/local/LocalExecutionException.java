package io.asl4j.local;

import java.util.Optional;

/**
 * A local execution could not be set up or carried on: an unreadable input or mocks file, a mock
 * missing for a Task invocation, a workflow feature the executor does not support. The message is
 * one line naming the file or state and what is wrong.
 *
 * <p>Where the problem lies in a file, {@link #source()}, {@link #line()} and {@link #column()}
 * say where, and {@link #problem()} says what without the place, so that a tool can word it its
 * own way (the command line prints {@code asl4j run: FILE:LINE:COL: problem}).
 *
 * <p>Not thrown for failures of the workflow itself: those end the execution with status
 * {@link ExecutionStatus#FAILED}, as on AWS.
 */
public final class LocalExecutionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param message one line: where, what is wrong, what would be valid
   */
  public LocalExecutionException(String message) {
    this(message, (Throwable) null);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message one line: where, what is wrong, what would be valid
   * @param cause the underlying exception
   */
  public LocalExecutionException(String message, Throwable cause) {
    super(message, cause);
    this.source = null;
    this.line = 0;
    this.column = 0;
    this.problem = message;
  }

  /**
   * Creates the exception for a problem in a file; the message is
   * {@code SOURCE: message} (the line and column stay out of it, in {@link #line()} and
   * {@link #column()}).
   *
   * @param source the file or text the problem is in, as the user named it
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param problem what is wrong, without the place
   */
  public LocalExecutionException(String source, int line, int column, String problem) {
    this(source + ": " + problem, source, line, column, problem);
  }

  /** A problem in a file whose message words the place its own way. */
  LocalExecutionException(String message, String source, int line, int column, String problem) {
    super(message);
    this.source = source;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /**
   * Returns the file or text the problem is in.
   *
   * @return its name as the user gave it, or empty when the problem is in no file
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Returns the line of the problem in its {@link #source()}.
   *
   * @return the 1-based line, or 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column of the problem in its {@link #source()}.
   *
   * @return the 1-based column, or 0 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * Returns what is wrong, without the source: the message when there is no source.
   *
   * @return one line
   */
  public String problem() {
    return problem;
  }
}
