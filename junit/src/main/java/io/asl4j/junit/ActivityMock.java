package io.asl4j.junit;

import io.asl4j.local.TaskResult;
import java.util.Objects;
import java.util.Optional;

/**
 * Mocks of activities ({@code arn:aws:states:<region>:<account>:activity:<name>}): a worker
 * polls for the task and answers with {@code SendTaskSuccess} or {@code SendTaskFailure}.
 *
 * <p>After <a href="https://docs.aws.amazon.com/step-functions/latest/dg/concepts-activities.html">
 * Learn about Activities in Step Functions</a>: the result is the worker's {@code output}
 * itself; a failure carries the {@code error} and {@code cause} the worker sends; a worker that
 * stops sending heartbeats fails the task with {@code States.HeartbeatTimeout}
 * ({@link TaskMock#heartbeatTimesOut()}).
 */
public final class ActivityMock {

  private ActivityMock() {}

  /**
   * The worker sends {@code SendTaskSuccess} with an output.
   *
   * @param output the output (a JSON value)
   * @return the mock
   */
  public static TaskMock succeeds(Object output) {
    Object value = AwsShapes.json(output);
    return TaskMock.of(MockedIntegration.ACTIVITY, "ActivityMock.succeeds(..)",
        c -> TaskResult.success(AwsShapes.json(value)));
  }

  /**
   * The worker sends {@code SendTaskFailure}.
   *
   * @param error the error the worker names
   * @param cause the cause it gives
   * @return the mock
   */
  public static TaskMock fails(String error, String cause) {
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(cause, "cause");
    return TaskMock.of(MockedIntegration.ACTIVITY, "ActivityMock.fails(\"" + error + "\", ..)",
        c -> TaskResult.failure(Optional.of(error), Optional.of(cause)));
  }
}
