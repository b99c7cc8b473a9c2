package io.asl4j.junit;

import static io.asl4j.junit.AwsShapes.object;

import io.asl4j.local.TaskResult;
import io.asl4j.model.IntegrationPattern;
import java.util.Map;

/**
 * Mocks of {@code arn:aws:states:::ecs:runTask} (request-response, {@code .sync} and
 * {@code .waitForTaskToken}).
 *
 * <p>Shapes, after <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-ecs.html">
 * Run Amazon ECS or Fargate tasks with Step Functions</a> and ECS's
 * <a href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html">RunTask</a>
 * and <a href="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Task.html">Task</a>:
 * <ul>
 *   <li>request-response: {@code {"Failures": [], "Tasks": [<the task, PROVISIONING>]}} with the
 *       SDK metadata;
 *   <li>{@code .sync}: the stopped task, {@code {"Attachments", "ClusterArn", "Containers":
 *       [{"ExitCode": 0, "LastStatus": "STOPPED", ...}], "DesiredStatus", "LastStatus":
 *       "STOPPED", "LaunchType", "StopCode", "StoppedReason", "TaskArn", "TaskDefinitionArn",
 *       ...}};
 *   <li>{@code .waitForTaskToken}: whatever the callback sends ({@link TaskMock#returning});
 *   <li>a task whose container exits with another code under {@code .sync}:
 *       {@code States.TaskFailed} with the task as JSON cause;
 *   <li>service errors: {@code ECS.ClusterNotFoundException}, {@code ECS.InvalidParameterException}
 *       and any other {@code ECS.<exception>}.
 * </ul>
 */
public final class EcsMock {

  private EcsMock() {}

  /**
   * The task starts (request-response) and, under {@code .sync}, its containers exit with 0.
   *
   * @return the mock
   */
  public static TaskMock taskSucceeds() {
    return TaskMock.of(MockedIntegration.ECS, "EcsMock.taskSucceeds()", c -> {
      if (c.pattern() == IntegrationPattern.SYNC) {
        return TaskResult.success(task(c, "STOPPED", 0L));
      }
      return TaskResult.success(AwsShapes.withMetadata(object(
          "Failures", AwsShapes.list(),
          "Tasks", AwsShapes.list(task(c, "PROVISIONING", null))), c,
          "application/x-amz-json-1.1"));
    }).onlyPatterns("a callback's output is not a task; use TaskMock.returning(..)",
        IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.SYNC);
  }

  /**
   * The task's essential container exits with a code other than 0 under {@code .sync}:
   * {@code States.TaskFailed} with the stopped task as cause.
   *
   * @param exitCode the container's exit code
   * @return the mock
   */
  public static TaskMock taskFails(int exitCode) {
    return TaskMock.of(MockedIntegration.ECS, "EcsMock.taskFails(" + exitCode + ")",
            c -> AwsShapes.taskFailed(task(c, "STOPPED", (long) exitCode)))
        .onlyPatterns("a task stops only when the state waits for it", IntegrationPattern.SYNC);
  }

  /**
   * The cluster does not exist: {@code ECS.ClusterNotFoundException}.
   *
   * @return the mock
   */
  public static TaskMock clusterNotFound() {
    return fails("ClusterNotFoundException", "Cluster not found.");
  }

  /**
   * Fails with any ECS exception: {@code ECS.<exception>}.
   *
   * @param exception e.g. {@code InvalidParameterException}
   * @param message its message
   * @return the mock
   */
  public static TaskMock fails(String exception, String message) {
    return TaskMock.of(MockedIntegration.ECS, "EcsMock.fails(\"" + exception + "\", ..)",
        c -> AwsShapes.serviceError("ECS", exception, "AmazonECS", 400, exception, message));
  }

  private static Map<String, Object> task(TaskMock.Call c, String status, Long exitCode) {
    String prefix = "arn:aws:ecs:" + AwsShapes.REGION + ":" + AwsShapes.ACCOUNT + ":";
    String cluster = c.inputText("Cluster", "default");
    String definition = c.inputText("TaskDefinition", "task");
    String taskArn = prefix + "task/" + cluster + "/" + AwsShapes.hex(c, "task", 32);
    boolean stopped = status.equals("STOPPED");
    return object(
        "Attachments", AwsShapes.list(),
        "ClusterArn", prefix + "cluster/" + cluster,
        "Containers", AwsShapes.list(object(
            "ContainerArn", prefix + "container/" + AwsShapes.uuid(c, "container"),
            "ExitCode", exitCode,
            "LastStatus", status,
            "Name", "app",
            "TaskArn", taskArn)),
        "CreatedAt", AwsShapes.START_MILLIS,
        "DesiredStatus", stopped ? "STOPPED" : "RUNNING",
        "LastStatus", status,
        "LaunchType", c.inputText("LaunchType", "FARGATE"),
        "StopCode", stopped ? "EssentialContainerExited" : null,
        "StoppedAt", stopped ? AwsShapes.STOP_MILLIS : null,
        "StoppedReason", stopped ? "Essential container in task exited" : null,
        "TaskArn", taskArn,
        "TaskDefinitionArn", definition.startsWith("arn:") ? definition
            : prefix + "task-definition/" + definition);
  }
}
