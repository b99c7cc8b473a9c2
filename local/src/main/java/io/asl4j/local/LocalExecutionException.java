package io.asl4j.local;

/**
 * A local execution could not be set up or carried on: an unreadable input or mocks file, a mock
 * missing for a Task invocation, a workflow feature the executor does not support. The message is
 * one line naming the file or state and what is wrong.
 *
 * <p>Not thrown for failures of the workflow itself: those end the execution with status
 * {@link ExecutionStatus#FAILED}, as on AWS.
 */
public final class LocalExecutionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message one line: where, what is wrong, what would be valid
   */
  public LocalExecutionException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message one line: where, what is wrong, what would be valid
   * @param cause the underlying exception
   */
  public LocalExecutionException(String message, Throwable cause) {
    super(message, cause);
  }
}
