package io.asl4j.integrations;

import io.asl4j.model.Field;
import io.asl4j.model.IntegrationPattern;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonString;
import io.asl4j.model.Value;
import java.util.Map;

/**
 * AWS Batch through {@code arn:aws:states:::batch:submitJob}.
 *
 * <p>Each method names the parameter it writes.
 */
public final class Batch {

  private Batch() {}

  /**
   * Submits a job. Resource {@code arn:aws:states:::batch:submitJob}.
   *
   * @param jobName the job name
   * @param jobDefinition the job definition name or ARN
   * @param jobQueue the job queue name or ARN
   * @return the integration
   */
  public static SubmitJob submitJob(String jobName, String jobDefinition, String jobQueue) {
    return new SubmitJob().with("JobName", JsonString.plainText(jobName))
        .with("JobDefinition", JsonString.plainText(jobDefinition))
        .with("JobQueue", JsonString.plainText(jobQueue));
  }

  /**
   * Submits a job. Resource {@code arn:aws:states:::batch:submitJob}.
   *
   * @param jobName the job name
   * @param jobDefinition the job definition name or ARN
   * @param jobQueue the job queue name or ARN
   * @return the integration
   */
  public static SubmitJob submitJob(Value jobName, Value jobDefinition, Value jobQueue) {
    return new SubmitJob().with("JobName", jobName).with("JobDefinition", jobDefinition).with("JobQueue", jobQueue);
  }

  /** Submits a job. */
  public static final class SubmitJob extends ServiceIntegration<SubmitJob> {

    private SubmitJob() {
      super("batch", "submitJob");
    }

    private SubmitJob(String suffix, String partition, Map<String, Value> payload) {
      super("batch", "submitJob", suffix, partition, payload);
    }

    @Override
    SubmitJob copy(String suffix, String partition, Map<String, Value> payload) {
      return new SubmitJob(suffix, partition, payload);
    }

    /**
     * Sets {@code "ArrayProperties"}: e.g. {@code field("Size", 10)}.
     *
     * @param value the value
     * @return the integration with it
     */
    public SubmitJob arrayProperties(Value value) {
      return with("ArrayProperties", value);
    }

    /**
     * Sets {@code "ArrayProperties"}: e.g. {@code field("Size", 10)}.
     *
     * @param fields the value
     * @return the integration with it
     */
    public SubmitJob arrayProperties(Field... fields) {
      return with("ArrayProperties", JsonObject.of(fields));
    }

    /**
     * Sets {@code "ContainerOverrides"}: command, environment, resources.
     *
     * @param value the value
     * @return the integration with it
     */
    public SubmitJob containerOverrides(Value value) {
      return with("ContainerOverrides", value);
    }

    /**
     * Sets {@code "ContainerOverrides"}: command, environment, resources.
     *
     * @param fields the value
     * @return the integration with it
     */
    public SubmitJob containerOverrides(Field... fields) {
      return with("ContainerOverrides", JsonObject.of(fields));
    }

    /**
     * Sets {@code "DependsOn"}: the jobs this one waits for.
     *
     * @param value the value
     * @return the integration with it
     */
    public SubmitJob dependsOn(Value value) {
      return with("DependsOn", value);
    }

    /**
     * Sets {@code "Parameters"}: the job definition's parameter substitutions.
     *
     * @param value the value
     * @return the integration with it
     */
    public SubmitJob jobParameters(Value value) {
      return with("Parameters", value);
    }

    /**
     * Sets {@code "Parameters"}: the job definition's parameter substitutions.
     *
     * @param fields the value
     * @return the integration with it
     */
    public SubmitJob jobParameters(Field... fields) {
      return with("Parameters", JsonObject.of(fields));
    }

    /**
     * Sets {@code "RetryStrategy"}: e.g. {@code field("Attempts", 3)}.
     *
     * @param value the value
     * @return the integration with it
     */
    public SubmitJob retryStrategy(Value value) {
      return with("RetryStrategy", value);
    }

    /**
     * Sets {@code "RetryStrategy"}: e.g. {@code field("Attempts", 3)}.
     *
     * @param fields the value
     * @return the integration with it
     */
    public SubmitJob retryStrategy(Field... fields) {
      return with("RetryStrategy", JsonObject.of(fields));
    }

    /**
     * Sets {@code "Timeout"}: e.g. {@code field("AttemptDurationSeconds", 600)}.
     *
     * @param value the value
     * @return the integration with it
     */
    public SubmitJob timeout(Value value) {
      return with("Timeout", value);
    }

    /**
     * Sets {@code "Timeout"}: e.g. {@code field("AttemptDurationSeconds", 600)}.
     *
     * @param fields the value
     * @return the integration with it
     */
    public SubmitJob timeout(Field... fields) {
      return with("Timeout", JsonObject.of(fields));
    }

    /**
     * Sets {@code "Tags"}: tags by name.
     *
     * @param value the value
     * @return the integration with it
     */
    public SubmitJob tags(Value value) {
      return with("Tags", value);
    }

    /**
     * Sets {@code "Tags"}: tags by name.
     *
     * @param fields the value
     * @return the integration with it
     */
    public SubmitJob tags(Field... fields) {
      return with("Tags", JsonObject.of(fields));
    }

    /**
     * Runs the job and waits for it to finish ({@code .sync}).
     *
     * @return the integration with that pattern
     */
    public SubmitJob sync() {
      return pattern(IntegrationPattern.SYNC);
    }
  }
}
