package io.asl4j.local;

import java.util.Objects;
import java.util.Optional;

/**
 * What a Task's resource returned: a result, or a failure with an error name and a cause.
 */
public sealed interface TaskResult permits TaskResult.Success, TaskResult.Failure {

  /**
   * Creates a successful result.
   *
   * @param output the raw task result (a JSON value), before ResultSelector/ResultPath/Output
   * @return the result
   */
  static TaskResult success(Object output) {
    return new Success(output);
  }

  /**
   * Creates a failure.
   *
   * @param error the error name, e.g. {@code Lambda.ServiceException}; empty when the task
   *     reported none
   * @param cause the cause text; empty when the task reported none
   * @return the failure
   */
  static TaskResult failure(Optional<String> error, Optional<String> cause) {
    return new Failure(error, cause);
  }

  /**
   * A successful call.
   *
   * @param output the raw result (a JSON value)
   */
  record Success(Object output) implements TaskResult {}

  /**
   * A failed call ({@code TaskFailed}, {@code LambdaFunctionFailed}, a timeout, ...).
   *
   * @param error the error name, if the task reported one
   * @param cause the cause, if the task reported one
   */
  record Failure(Optional<String> error, Optional<String> cause) implements TaskResult {

    /**
     * Creates a failure.
     *
     * @param error the error name, if any
     * @param cause the cause, if any
     */
    public Failure {
      Objects.requireNonNull(error, "error");
      Objects.requireNonNull(cause, "cause");
    }
  }
}
