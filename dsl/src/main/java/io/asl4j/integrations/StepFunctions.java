package io.asl4j.integrations;

import io.asl4j.model.ArnFields;
import io.asl4j.model.IntegrationPattern;
import io.asl4j.model.JsonString;
import io.asl4j.model.Value;
import java.util.Map;

/**
 * Nested workflows through {@code arn:aws:states:::states:startExecution}.
 *
 * <p>Each method names the parameter it writes.
 */
public final class StepFunctions {

  private StepFunctions() {}

  /**
   * Starts an execution of another state machine. Resource {@code arn:aws:states:::states:startExecution}.
   *
   * @param stateMachineArn the child state machine's ARN, or a {@code ${ChildArn}} placeholder
   * @return the integration
   * @throws IllegalArgumentException if the text is not an ARN
   */
  public static StartExecution startExecution(String stateMachineArn) {
    return new StartExecution().with("StateMachineArn", ArnFields.require(
        "StepFunctions.startExecution", "states:startExecution's StateMachineArn",
        stateMachineArn));
  }

  /**
   * Starts an execution of another state machine. Resource {@code arn:aws:states:::states:startExecution}.
   *
   * @param stateMachineArn the child state machine's ARN
   * @return the integration
   */
  public static StartExecution startExecution(Value stateMachineArn) {
    return new StartExecution().with("StateMachineArn", stateMachineArn);
  }

  /** Starts an execution of another state machine. */
  public static final class StartExecution extends ServiceIntegration<StartExecution> {

    private StartExecution() {
      super("states", "startExecution");
    }

    private StartExecution(String suffix, String partition, Map<String, Value> payload) {
      super("states", "startExecution", suffix, partition, payload);
    }

    @Override
    StartExecution copy(String suffix, String partition, Map<String, Value> payload) {
      return new StartExecution(suffix, partition, payload);
    }

    /**
     * Sets {@code "Input"}: the child's input (by default the effective input).
     *
     * @param value the value
     * @return the integration with it
     */
    public StartExecution input(Value value) {
      return with("Input", value);
    }

    /**
     * Sets {@code "Name"}: the execution name.
     *
     * @param value the value
     * @return the integration with it
     */
    public StartExecution name(String value) {
      return with("Name", JsonString.plainText(value));
    }

    /**
     * Sets {@code "Name"}: the execution name.
     *
     * @param value the value
     * @return the integration with it
     */
    public StartExecution name(Value value) {
      return with("Name", value);
    }

    /**
     * Sets {@code "TraceHeader"}: the X-Ray trace header.
     *
     * @param value the value
     * @return the integration with it
     */
    public StartExecution traceHeader(String value) {
      return with("TraceHeader", JsonString.plainText(value));
    }

    /**
     * Sets {@code "TraceHeader"}: the X-Ray trace header.
     *
     * @param value the value
     * @return the integration with it
     */
    public StartExecution traceHeader(Value value) {
      return with("TraceHeader", value);
    }

    /**
     * Runs the job and waits for it to finish ({@code .sync}).
     *
     * @return the integration with that pattern
     */
    public StartExecution sync() {
      return pattern(IntegrationPattern.SYNC);
    }

    /**
     * Runs the child and waits, returning its output as JSON rather than a string ({@code .sync:2}).
     *
     * @return the integration with that pattern
     */
    public StartExecution syncJson() {
      return pattern(IntegrationPattern.SYNC_2);
    }

    /**
     * Waits for a callback with the task token ({@code .waitForTaskToken}); pass {@code context("Task.Token")} in the payload.
     *
     * @return the integration with that pattern
     */
    public StartExecution waitForTaskToken() {
      return pattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN);
    }
  }
}
