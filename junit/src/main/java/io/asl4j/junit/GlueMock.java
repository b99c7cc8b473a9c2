package io.asl4j.junit;

import static io.asl4j.junit.AwsShapes.object;

import io.asl4j.local.TaskResult;
import io.asl4j.model.IntegrationPattern;
import java.util.Map;
import java.util.Objects;

/**
 * Mocks of {@code arn:aws:states:::glue:startJobRun} (request-response and {@code .sync}).
 *
 * <p>Shapes, after <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-glue.html">
 * Start an AWS Glue job with Step Functions</a> ("the JobName field is extracted from the request
 * and inserted into the response, which normally only contains JobRunID") and Glue's
 * <a href="https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-jobs-runs.html#aws-glue-api-jobs-runs-JobRun">JobRun</a>:
 * <ul>
 *   <li>request-response: {@code {"JobName": <from the input>, "JobRunId": "jr_..."}};
 *   <li>{@code .sync}: the finished job run, {@code {"Attempt", "CompletedOn", "ExecutionTime",
 *       "GlueVersion", "Id", "JobName", "JobRunState": "SUCCEEDED", "LastModifiedOn",
 *       "MaxCapacity", "NumberOfWorkers", "PredecessorRuns", "StartedOn", "Timeout",
 *       "WorkerType"}} (times in epoch milliseconds);
 *   <li>a run that ends {@code FAILED}, {@code TIMEOUT} or {@code STOPPED} under {@code .sync}:
 *       {@code States.TaskFailed} with the job run as JSON cause, its {@code ErrorMessage} set;
 *   <li>service errors: {@code Glue.ConcurrentRunsExceededException} (the job's maximum concurrent
 *       runs are running), {@code Glue.EntityNotFoundException} (no such job), and any other
 *       {@code Glue.<exception>}.
 * </ul>
 */
public final class GlueMock {

  private GlueMock() {}

  /**
   * The job run starts (request-response) and, under {@code .sync}, succeeds.
   *
   * @return the mock
   */
  public static TaskMock jobRunSucceeds() {
    return TaskMock.of(MockedIntegration.GLUE, "GlueMock.jobRunSucceeds()", c -> {
      if (c.pattern() == IntegrationPattern.SYNC) {
        return TaskResult.success(jobRun(c, "SUCCEEDED", null));
      }
      return TaskResult.success(AwsShapes.withMetadata(object(
          "JobName", c.inputText("JobName", "job"),
          "JobRunId", runId(c)), c, "application/x-amz-json-1.1"));
    });
  }

  /**
   * The job run fails: under {@code .sync}, {@code States.TaskFailed} with the failed run as cause.
   *
   * @param errorMessage the run's {@code ErrorMessage}, e.g. {@code Table not found}
   * @return the mock
   */
  public static TaskMock jobRunFails(String errorMessage) {
    return ends("FAILED", errorMessage, "GlueMock.jobRunFails(..)");
  }

  /**
   * The job run passes its timeout: under {@code .sync}, {@code States.TaskFailed} with the run,
   * {@code JobRunState: TIMEOUT}, as cause.
   *
   * @return the mock
   */
  public static TaskMock jobRunTimesOut() {
    return ends("TIMEOUT", "Job run timed out", "GlueMock.jobRunTimesOut()");
  }

  private static TaskMock ends(String state, String errorMessage, String name) {
    Objects.requireNonNull(errorMessage, "errorMessage");
    return TaskMock.of(MockedIntegration.GLUE, name,
            c -> AwsShapes.taskFailed(jobRun(c, state, errorMessage)))
        .onlyPatterns("a job run ends only when the task waits for it", IntegrationPattern.SYNC);
  }

  /**
   * The job already runs as often as it may: {@code Glue.ConcurrentRunsExceededException}.
   *
   * @return the mock
   */
  public static TaskMock concurrentRunsExceeded() {
    return TaskMock.of(MockedIntegration.GLUE, "GlueMock.concurrentRunsExceeded()",
        c -> AwsShapes.serviceError("Glue", "ConcurrentRunsExceededException", "AWSGlue", 400,
            "ConcurrentRunsExceededException", "Concurrent runs exceeded for "
                + c.inputText("JobName", "job")));
  }

  /**
   * The job does not exist: {@code Glue.EntityNotFoundException}.
   *
   * @return the mock
   */
  public static TaskMock jobNotFound() {
    return TaskMock.of(MockedIntegration.GLUE, "GlueMock.jobNotFound()",
        c -> AwsShapes.serviceError("Glue", "EntityNotFoundException", "AWSGlue", 400,
            "EntityNotFoundException", "Job with name " + c.inputText("JobName", "job")
                + " not found"));
  }

  /**
   * Fails with any Glue exception: {@code Glue.<exception>}.
   *
   * @param exception e.g. {@code InternalServiceException}
   * @param message its message
   * @return the mock
   */
  public static TaskMock fails(String exception, String message) {
    return TaskMock.of(MockedIntegration.GLUE, "GlueMock.fails(\"" + exception + "\", ..)",
        c -> AwsShapes.serviceError("Glue", exception, "AWSGlue", 400, exception, message));
  }

  private static String runId(TaskMock.Call c) {
    return "jr_" + AwsShapes.hex(c, "run", 64);
  }

  private static Map<String, Object> jobRun(TaskMock.Call c, String state, String errorMessage) {
    return object(
        "Arguments", c.inputMember("Arguments").orElse(null),
        "Attempt", 0L,
        "CompletedOn", AwsShapes.STOP_MILLIS,
        "ErrorMessage", errorMessage,
        "ExecutionTime", 60L,
        "GlueVersion", "4.0",
        "Id", runId(c),
        "JobName", c.inputText("JobName", "job"),
        "JobRunState", state,
        "LastModifiedOn", AwsShapes.STOP_MILLIS,
        "MaxCapacity", 2.0,
        "NumberOfWorkers", 2L,
        "PredecessorRuns", AwsShapes.list(),
        "StartedOn", AwsShapes.START_MILLIS,
        "Timeout", 2880L,
        "WorkerType", "G.1X");
  }
}
