package io.asl4j.integrations;

import io.asl4j.model.Field;
import io.asl4j.model.IntegrationPattern;
import io.asl4j.model.JsonBoolean;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonString;
import io.asl4j.model.Value;
import java.util.Map;

/**
 * AWS Glue jobs through {@code arn:aws:states:::glue:startJobRun}.
 *
 * <p>Each method names the parameter it writes.
 */
public final class Glue {

  private Glue() {}

  /**
   * Starts a job run. Resource {@code arn:aws:states:::glue:startJobRun}.
   *
   * @param jobName the job name
   * @return the integration
   */
  public static StartJobRun startJobRun(String jobName) {
    return new StartJobRun().with("JobName", JsonString.plainText(jobName));
  }

  /**
   * Starts a job run. Resource {@code arn:aws:states:::glue:startJobRun}.
   *
   * @param jobName the job name
   * @return the integration
   */
  public static StartJobRun startJobRun(Value jobName) {
    return new StartJobRun().with("JobName", jobName);
  }

  /** Starts a job run. */
  public static final class StartJobRun extends ServiceIntegration<StartJobRun> {

    private StartJobRun() {
      super("glue", "startJobRun");
    }

    private StartJobRun(String suffix, String partition, Map<String, Value> payload) {
      super("glue", "startJobRun", suffix, partition, payload);
    }

    @Override
    StartJobRun copy(String suffix, String partition, Map<String, Value> payload) {
      return new StartJobRun(suffix, partition, payload);
    }

    /**
     * Sets the job's own arguments, the {@code --name} parameters its script reads: the payload
     * member {@code "Arguments"} of the Glue API, not the Task's JSONata {@code Arguments} (which
     * {@code .call(...)} fills with this whole payload in a JSONata state).
     *
     * <pre>{@code .jobArguments(field("--date", path("$.date")))
     * // "Parameters": {"JobName": "etl", "Arguments": {"--date.$": "$.date"}}}</pre>
     *
     * @param value the arguments: an object, a path or an expression
     * @return the integration with them
     */
    public StartJobRun jobArguments(Value value) {
      return with("Arguments", value);
    }

    /**
     * Sets the job's own arguments, the {@code --name} parameters its script reads (the Glue API's
     * {@code "Arguments"} member).
     *
     * <pre>{@code .jobArguments(field("--date", path("$.date")), field("--mode", "full"))}</pre>
     *
     * @param fields the arguments, by {@code --name}
     * @return the integration with them
     */
    public StartJobRun jobArguments(Field... fields) {
      return with("Arguments", JsonObject.of(fields));
    }

    /**
     * Sets {@code "JobRunId"}: a previous run to retry.
     *
     * @param value the value
     * @return the integration with it
     */
    public StartJobRun jobRunId(String value) {
      return with("JobRunId", JsonString.plainText(value));
    }

    /**
     * Sets {@code "JobRunId"}: a previous run to retry.
     *
     * @param value the value
     * @return the integration with it
     */
    public StartJobRun jobRunId(Value value) {
      return with("JobRunId", value);
    }

    /**
     * Sets {@code "JobRunQueuingEnabled"}: whether the run may queue.
     *
     * @param value the value
     * @return the integration with it
     */
    public StartJobRun jobRunQueuingEnabled(boolean value) {
      return with("JobRunQueuingEnabled", JsonBoolean.of(value));
    }

    /**
     * Sets {@code "JobRunQueuingEnabled"}: whether the run may queue.
     *
     * @param value the value
     * @return the integration with it
     */
    public StartJobRun jobRunQueuingEnabled(Value value) {
      return with("JobRunQueuingEnabled", value);
    }

    /**
     * Sets {@code "AllocatedCapacity"}: DPUs (legacy).
     *
     * @param value the value
     * @return the integration with it
     */
    public StartJobRun allocatedCapacity(long value) {
      return with("AllocatedCapacity", JsonNumber.of(value));
    }

    /**
     * Sets {@code "AllocatedCapacity"}: DPUs (legacy).
     *
     * @param value the value
     * @return the integration with it
     */
    public StartJobRun allocatedCapacity(Value value) {
      return with("AllocatedCapacity", value);
    }

    /**
     * Sets {@code "MaxCapacity"}: DPUs.
     *
     * @param value the value
     * @return the integration with it
     */
    public StartJobRun maxCapacity(double value) {
      return with("MaxCapacity", JsonNumber.of(value));
    }

    /**
     * Sets {@code "MaxCapacity"}: DPUs.
     *
     * @param value the value
     * @return the integration with it
     */
    public StartJobRun maxCapacity(Value value) {
      return with("MaxCapacity", value);
    }

    /**
     * Sets {@code "Timeout"}: the run's timeout in minutes.
     *
     * @param value the value
     * @return the integration with it
     */
    public StartJobRun timeoutMinutes(long value) {
      return with("Timeout", JsonNumber.of(value));
    }

    /**
     * Sets {@code "Timeout"}: the run's timeout in minutes.
     *
     * @param value the value
     * @return the integration with it
     */
    public StartJobRun timeoutMinutes(Value value) {
      return with("Timeout", value);
    }

    /**
     * Sets {@code "SecurityConfiguration"}: the security configuration name.
     *
     * @param value the value
     * @return the integration with it
     */
    public StartJobRun securityConfiguration(String value) {
      return with("SecurityConfiguration", JsonString.plainText(value));
    }

    /**
     * Sets {@code "SecurityConfiguration"}: the security configuration name.
     *
     * @param value the value
     * @return the integration with it
     */
    public StartJobRun securityConfiguration(Value value) {
      return with("SecurityConfiguration", value);
    }

    /**
     * Sets {@code "NotificationProperty"}: e.g. {@code field("NotifyDelayAfter", 10)}.
     *
     * @param value the value
     * @return the integration with it
     */
    public StartJobRun notificationProperty(Value value) {
      return with("NotificationProperty", value);
    }

    /**
     * Sets {@code "NotificationProperty"}: e.g. {@code field("NotifyDelayAfter", 10)}.
     *
     * @param fields the value
     * @return the integration with it
     */
    public StartJobRun notificationProperty(Field... fields) {
      return with("NotificationProperty", JsonObject.of(fields));
    }

    /**
     * Sets {@code "WorkerType"}: {@code G.1X}, {@code G.2X}, ....
     *
     * @param value the value
     * @return the integration with it
     */
    public StartJobRun workerType(String value) {
      return with("WorkerType", JsonString.plainText(value));
    }

    /**
     * Sets {@code "WorkerType"}: {@code G.1X}, {@code G.2X}, ....
     *
     * @param value the value
     * @return the integration with it
     */
    public StartJobRun workerType(Value value) {
      return with("WorkerType", value);
    }

    /**
     * Sets {@code "NumberOfWorkers"}: the number of workers.
     *
     * @param value the value
     * @return the integration with it
     */
    public StartJobRun numberOfWorkers(long value) {
      return with("NumberOfWorkers", JsonNumber.of(value));
    }

    /**
     * Sets {@code "NumberOfWorkers"}: the number of workers.
     *
     * @param value the value
     * @return the integration with it
     */
    public StartJobRun numberOfWorkers(Value value) {
      return with("NumberOfWorkers", value);
    }

    /**
     * Sets {@code "ExecutionClass"}: {@code FLEX} or {@code STANDARD}.
     *
     * @param value the value
     * @return the integration with it
     */
    public StartJobRun executionClass(String value) {
      return with("ExecutionClass", JsonString.plainText(value));
    }

    /**
     * Sets {@code "ExecutionClass"}: {@code FLEX} or {@code STANDARD}.
     *
     * @param value the value
     * @return the integration with it
     */
    public StartJobRun executionClass(Value value) {
      return with("ExecutionClass", value);
    }

    /**
     * Runs the job and waits for it to finish ({@code .sync}).
     *
     * @return the integration with that pattern
     */
    public StartJobRun sync() {
      return pattern(IntegrationPattern.SYNC);
    }
  }
}
