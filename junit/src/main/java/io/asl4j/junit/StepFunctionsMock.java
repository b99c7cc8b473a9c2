package io.asl4j.junit;

import static io.asl4j.junit.AwsShapes.object;

import io.asl4j.local.Json;
import io.asl4j.local.TaskResult;
import io.asl4j.model.IntegrationPattern;
import java.util.Map;
import java.util.Objects;

/**
 * Mocks of {@code arn:aws:states:::states:startExecution} (request-response, {@code .sync},
 * {@code .sync:2}; a {@code .waitForTaskToken} task ends with what its callback sends, see
 * {@link TaskMock#returning}). To run the child workflow itself instead, register it with
 * {@link WorkflowRunner#withChild}.
 *
 * <p>Shapes, after <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-stepfunctions.html">
 * Start a new AWS Step Functions state machine from a running execution</a>, the
 * <a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_DescribeExecution.html">DescribeExecution</a>
 * response and AWS's recorded results (../shared/conformance):
 * <ul>
 *   <li>request-response: {@code {"ExecutionArn", "StartDate"}} with the SDK metadata;
 *   <li>{@code .sync}: the finished execution, {@code {"ExecutionArn", "Input", "InputDetails",
 *       "Name", "Output", "OutputDetails", "RedriveCount", "RedriveStatus", "StartDate",
 *       "StateMachineArn", "Status": "SUCCEEDED", "StopDate"}} with {@code Input} and
 *       {@code Output} as JSON text; {@code .sync:2} the same with them as JSON;
 *   <li>a child that fails under {@code .sync} or {@code .sync:2}: {@code States.TaskFailed}
 *       with the execution, its {@code Error} and {@code Cause}, as JSON cause;
 *   <li>service errors: {@code StepFunctions.StateMachineDoesNotExistException} (as AWS recorded
 *       it), {@code StepFunctions.ExecutionAlreadyExistsException} and any other
 *       {@code StepFunctions.<exception>}.
 * </ul>
 */
public final class StepFunctionsMock {

  private StepFunctionsMock() {}

  /**
   * The child execution starts (request-response) or, under {@code .sync} and {@code .sync:2},
   * succeeds with an output.
   *
   * @param output the child's output (a JSON value); unused for request-response
   * @return the mock
   */
  public static TaskMock succeeds(Object output) {
    Object value = AwsShapes.json(output);
    return TaskMock.of(MockedIntegration.STEP_FUNCTIONS, "StepFunctionsMock.succeeds(..)", c -> {
      if (c.pattern().isSync()) {
        Map<String, Object> d = execution(c, "SUCCEEDED");
        d.put("Output", c.pattern() == IntegrationPattern.SYNC_2 ? AwsShapes.json(value)
            : Json.write(value));
        d.put("OutputDetails", object("Included", true));
        return TaskResult.success(sorted(d));
      }
      return TaskResult.success(AwsShapes.withMetadata(object(
          "ExecutionArn", executionArn(c), "StartDate", AwsShapes.START), c,
          "application/x-amz-json-1.0"));
    }).onlyPatterns("a callback's output is not an execution; use TaskMock.returning(..)",
        IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.SYNC, IntegrationPattern.SYNC_2);
  }

  /**
   * The child execution fails, under {@code .sync} or {@code .sync:2}: {@code States.TaskFailed}
   * with the failed execution as cause.
   *
   * @param error the child's error
   * @param cause the child's cause
   * @return the mock
   */
  public static TaskMock childFails(String error, String cause) {
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(cause, "cause");
    return TaskMock.of(MockedIntegration.STEP_FUNCTIONS, "StepFunctionsMock.childFails(..)", c -> {
      Map<String, Object> d = execution(c, "FAILED");
      d.put("Cause", cause);
      d.put("Error", error);
      return AwsShapes.taskFailed(sorted(d));
    }).onlyPatterns("a child's failure reaches the parent only when it waits for the child",
        IntegrationPattern.SYNC, IntegrationPattern.SYNC_2);
  }

  /**
   * The state machine does not exist: {@code StepFunctions.StateMachineDoesNotExistException}.
   *
   * @return the mock
   */
  public static TaskMock stateMachineDoesNotExist() {
    return TaskMock.of(MockedIntegration.STEP_FUNCTIONS,
        "StepFunctionsMock.stateMachineDoesNotExist()",
        c -> AwsShapes.serviceError("StepFunctions", "StateMachineDoesNotExistException",
            "AWSStepFunctions", 400, "StateMachineDoesNotExist", "State Machine Does Not Exist: '"
                + c.inputText("StateMachineArn", "") + "'"));
  }

  /**
   * Fails with any Step Functions exception: {@code StepFunctions.<exception>}.
   *
   * @param exception e.g. {@code ExecutionAlreadyExistsException}
   * @param message its message
   * @return the mock
   */
  public static TaskMock fails(String exception, String message) {
    return TaskMock.of(MockedIntegration.STEP_FUNCTIONS, "StepFunctionsMock.fails(\"" + exception
        + "\", ..)", c -> AwsShapes.serviceError("StepFunctions", exception, "AWSStepFunctions",
            400, exception.replaceFirst("Exception$", ""), message));
  }

  private static String machineArn(TaskMock.Call c) {
    return c.inputText("StateMachineArn", "arn:aws:states:" + AwsShapes.REGION + ":"
        + AwsShapes.ACCOUNT + ":stateMachine:child");
  }

  private static String name(TaskMock.Call c) {
    return c.inputText("Name", AwsShapes.uuid(c, "execution"));
  }

  private static String executionArn(TaskMock.Call c) {
    String machine = machineArn(c);
    int colon = machine.indexOf(":stateMachine:");
    return colon < 0 ? machine + ":" + name(c)
        : machine.substring(0, colon) + ":execution:" + machine.substring(colon
            + ":stateMachine:".length()) + ":" + name(c);
  }

  private static Map<String, Object> execution(TaskMock.Call c, String status) {
    Object input = c.inputMember("Input").orElse(object());
    boolean json = c.pattern() == IntegrationPattern.SYNC_2;
    return object(
        "ExecutionArn", executionArn(c),
        "Input", json ? AwsShapes.json(input) : input instanceof String s ? s : Json.write(input),
        "InputDetails", object("Included", true),
        "Name", name(c),
        "RedriveCount", 0L,
        "RedriveStatus", "NOT_REDRIVABLE",
        "StartDate", AwsShapes.START,
        "StateMachineArn", machineArn(c),
        "Status", status,
        "StopDate", AwsShapes.STOP);
  }

  private static Map<String, Object> sorted(Map<String, Object> m) {
    return new java.util.TreeMap<>(m).entrySet().stream().collect(java.util.stream.Collectors
        .toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
            java.util.LinkedHashMap::new));
  }
}
