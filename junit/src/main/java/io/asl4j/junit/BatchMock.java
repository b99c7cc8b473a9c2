package io.asl4j.junit;

import static io.asl4j.junit.AwsShapes.object;

import io.asl4j.local.TaskResult;
import io.asl4j.model.IntegrationPattern;
import java.util.Map;

/**
 * Mocks of {@code arn:aws:states:::batch:submitJob} (request-response and {@code .sync}).
 *
 * <p>Shapes, after <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-batch.html">
 * Run AWS Batch workloads with Step Functions</a> and Batch's
 * <a href="https://docs.aws.amazon.com/batch/latest/APIReference/API_SubmitJob.html">SubmitJob</a> and
 * <a href="https://docs.aws.amazon.com/batch/latest/APIReference/API_JobDetail.html">JobDetail</a>:
 * <ul>
 *   <li>request-response: {@code {"JobArn", "JobId", "JobName"}} with the SDK metadata;
 *   <li>{@code .sync}: the finished job, {@code {"Attempts", "Container", "CreatedAt",
 *       "DependsOn", "JobArn", "JobDefinition", "JobId", "JobName", "JobQueue", "Parameters",
 *       "StartedAt", "Status": "SUCCEEDED", "StatusReason", "StoppedAt", "Tags"}};
 *   <li>a job that ends {@code FAILED} under {@code .sync}: {@code States.TaskFailed} with the job
 *       as JSON cause;
 *   <li>service errors: {@code Batch.ClientException} (a bad request: no such queue or
 *       definition), {@code Batch.ServerException}, and any other {@code Batch.<exception>}.
 * </ul>
 */
public final class BatchMock {

  private BatchMock() {}

  /**
   * The job is submitted and, under {@code .sync}, succeeds.
   *
   * @return the mock
   */
  public static TaskMock jobSucceeds() {
    return TaskMock.of(MockedIntegration.BATCH, "BatchMock.jobSucceeds()", c -> {
      if (c.pattern() == IntegrationPattern.SYNC) {
        return TaskResult.success(job(c, "SUCCEEDED", "Essential container in task exited", 0L));
      }
      return TaskResult.success(AwsShapes.withMetadata(object(
          "JobArn", jobArn(c), "JobId", jobId(c), "JobName", c.inputText("JobName", "job")), c,
          "application/json"));
    });
  }

  /**
   * The job fails under {@code .sync}: {@code States.TaskFailed} with the job as cause.
   *
   * @param statusReason the job's {@code StatusReason}, e.g. {@code Essential container in task
   *     exited}
   * @param exitCode the container's exit code
   * @return the mock
   */
  public static TaskMock jobFails(String statusReason, int exitCode) {
    return TaskMock.of(MockedIntegration.BATCH, "BatchMock.jobFails(..)",
            c -> AwsShapes.taskFailed(job(c, "FAILED", statusReason, (long) exitCode)))
        .onlyPatterns("a job ends only when the task waits for it", IntegrationPattern.SYNC);
  }

  /**
   * The request is refused: {@code Batch.ClientException}.
   *
   * @param message e.g. {@code Job Queue does not exist}
   * @return the mock
   */
  public static TaskMock clientException(String message) {
    return fails("ClientException", 400, message);
  }

  /**
   * Fails with any Batch exception: {@code Batch.<exception>}.
   *
   * @param exception e.g. {@code ServerException}
   * @param status the HTTP status code
   * @param message its message
   * @return the mock
   */
  public static TaskMock fails(String exception, int status, String message) {
    return TaskMock.of(MockedIntegration.BATCH, "BatchMock.fails(\"" + exception + "\", ..)",
        c -> AwsShapes.serviceError("Batch", exception, "AWSBatch", status, exception, message));
  }

  private static String jobId(TaskMock.Call c) {
    return AwsShapes.uuid(c, "job");
  }

  private static String jobArn(TaskMock.Call c) {
    return "arn:aws:batch:" + AwsShapes.REGION + ":" + AwsShapes.ACCOUNT + ":job/" + jobId(c);
  }

  private static Map<String, Object> job(TaskMock.Call c, String status, String reason,
      long exitCode) {
    return object(
        "Attempts", AwsShapes.list(object("Container", object("ExitCode", exitCode),
            "StartedAt", AwsShapes.START_MILLIS, "StatusReason", reason,
            "StoppedAt", AwsShapes.STOP_MILLIS)),
        "Container", object("Command", AwsShapes.list(), "ExitCode", exitCode,
            "Image", "public.ecr.aws/docker/library/busybox"),
        "CreatedAt", AwsShapes.START_MILLIS,
        "DependsOn", AwsShapes.list(),
        "JobArn", jobArn(c),
        "JobDefinition", c.inputText("JobDefinition", "definition"),
        "JobId", jobId(c),
        "JobName", c.inputText("JobName", "job"),
        "JobQueue", c.inputText("JobQueue", "queue"),
        "Parameters", object(),
        "StartedAt", AwsShapes.START_MILLIS,
        "Status", status,
        "StatusReason", reason,
        "StoppedAt", AwsShapes.STOP_MILLIS,
        "Tags", object());
  }
}
