package io.asl4j.integrations;

import io.asl4j.model.Field;
import io.asl4j.model.IntegrationPattern;
import io.asl4j.model.JsonBoolean;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonString;
import io.asl4j.model.Value;
import java.util.Map;

/**
 * Amazon ECS and Fargate tasks through {@code arn:aws:states:::ecs:runTask}.
 *
 * <p>Each method names the parameter it writes.
 */
public final class Ecs {

  private Ecs() {}

  /**
   * Runs a task. Resource {@code arn:aws:states:::ecs:runTask}.
   *
   * @param taskDefinition the family, family:revision or ARN
   * @return the integration
   */
  public static RunTask runTask(String taskDefinition) {
    return new RunTask().with("TaskDefinition", JsonString.plainText(taskDefinition));
  }

  /**
   * Runs a task. Resource {@code arn:aws:states:::ecs:runTask}.
   *
   * @param taskDefinition the family, family:revision or ARN
   * @return the integration
   */
  public static RunTask runTask(Value taskDefinition) {
    return new RunTask().with("TaskDefinition", taskDefinition);
  }

  /** Runs a task. */
  public static final class RunTask extends ServiceIntegration<RunTask> {

    private RunTask() {
      super("ecs", "runTask");
    }

    private RunTask(String suffix, String partition, Map<String, Value> payload) {
      super("ecs", "runTask", suffix, partition, payload);
    }

    @Override
    RunTask copy(String suffix, String partition, Map<String, Value> payload) {
      return new RunTask(suffix, partition, payload);
    }

    /**
     * Sets {@code "Cluster"}: the cluster name or ARN.
     *
     * @param value the value
     * @return the integration with it
     */
    public RunTask cluster(String value) {
      return with("Cluster", JsonString.plainText(value));
    }

    /**
     * Sets {@code "Cluster"}: the cluster name or ARN.
     *
     * @param value the value
     * @return the integration with it
     */
    public RunTask cluster(Value value) {
      return with("Cluster", value);
    }

    /**
     * Sets {@code "LaunchType"}: {@code FARGATE}, {@code EC2} or {@code EXTERNAL}.
     *
     * @param value the value
     * @return the integration with it
     */
    public RunTask launchType(String value) {
      return with("LaunchType", JsonString.plainText(value));
    }

    /**
     * Sets {@code "LaunchType"}: {@code FARGATE}, {@code EC2} or {@code EXTERNAL}.
     *
     * @param value the value
     * @return the integration with it
     */
    public RunTask launchType(Value value) {
      return with("LaunchType", value);
    }

    /**
     * Sets {@code "CapacityProviderStrategy"}: the capacity provider strategy.
     *
     * @param value the value
     * @return the integration with it
     */
    public RunTask capacityProviderStrategy(Value value) {
      return with("CapacityProviderStrategy", value);
    }

    /**
     * Sets {@code "NetworkConfiguration"}: e.g. the AwsvpcConfiguration.
     *
     * @param value the value
     * @return the integration with it
     */
    public RunTask networkConfiguration(Value value) {
      return with("NetworkConfiguration", value);
    }

    /**
     * Sets {@code "NetworkConfiguration"}: e.g. the AwsvpcConfiguration.
     *
     * @param fields the value
     * @return the integration with it
     */
    public RunTask networkConfiguration(Field... fields) {
      return with("NetworkConfiguration", JsonObject.of(fields));
    }

    /**
     * Sets {@code "Overrides"}: container overrides.
     *
     * @param value the value
     * @return the integration with it
     */
    public RunTask overrides(Value value) {
      return with("Overrides", value);
    }

    /**
     * Sets {@code "Overrides"}: container overrides.
     *
     * @param fields the value
     * @return the integration with it
     */
    public RunTask overrides(Field... fields) {
      return with("Overrides", JsonObject.of(fields));
    }

    /**
     * Sets {@code "PlacementConstraints"}: placement constraints.
     *
     * @param value the value
     * @return the integration with it
     */
    public RunTask placementConstraints(Value value) {
      return with("PlacementConstraints", value);
    }

    /**
     * Sets {@code "PlacementStrategy"}: placement strategy.
     *
     * @param value the value
     * @return the integration with it
     */
    public RunTask placementStrategy(Value value) {
      return with("PlacementStrategy", value);
    }

    /**
     * Sets {@code "PlatformVersion"}: the Fargate platform version.
     *
     * @param value the value
     * @return the integration with it
     */
    public RunTask platformVersion(String value) {
      return with("PlatformVersion", JsonString.plainText(value));
    }

    /**
     * Sets {@code "PlatformVersion"}: the Fargate platform version.
     *
     * @param value the value
     * @return the integration with it
     */
    public RunTask platformVersion(Value value) {
      return with("PlatformVersion", value);
    }

    /**
     * Sets {@code "PropagateTags"}: {@code TASK_DEFINITION}.
     *
     * @param value the value
     * @return the integration with it
     */
    public RunTask propagateTags(String value) {
      return with("PropagateTags", JsonString.plainText(value));
    }

    /**
     * Sets {@code "PropagateTags"}: {@code TASK_DEFINITION}.
     *
     * @param value the value
     * @return the integration with it
     */
    public RunTask propagateTags(Value value) {
      return with("PropagateTags", value);
    }

    /**
     * Sets {@code "Group"}: the task group.
     *
     * @param value the value
     * @return the integration with it
     */
    public RunTask group(String value) {
      return with("Group", JsonString.plainText(value));
    }

    /**
     * Sets {@code "Group"}: the task group.
     *
     * @param value the value
     * @return the integration with it
     */
    public RunTask group(Value value) {
      return with("Group", value);
    }

    /**
     * Sets {@code "EnableExecuteCommand"}: whether ECS Exec is enabled.
     *
     * @param value the value
     * @return the integration with it
     */
    public RunTask enableExecuteCommand(boolean value) {
      return with("EnableExecuteCommand", JsonBoolean.of(value));
    }

    /**
     * Sets {@code "EnableExecuteCommand"}: whether ECS Exec is enabled.
     *
     * @param value the value
     * @return the integration with it
     */
    public RunTask enableExecuteCommand(Value value) {
      return with("EnableExecuteCommand", value);
    }

    /**
     * Runs the job and waits for it to finish ({@code .sync}).
     *
     * @return the integration with that pattern
     */
    public RunTask sync() {
      return pattern(IntegrationPattern.SYNC);
    }

    /**
     * Waits for a callback with the task token ({@code .waitForTaskToken}); pass {@code context("Task.Token")} in the payload.
     *
     * @return the integration with that pattern
     */
    public RunTask waitForTaskToken() {
      return pattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN);
    }
  }
}
