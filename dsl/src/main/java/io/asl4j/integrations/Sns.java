package io.asl4j.integrations;

import io.asl4j.model.ArnFields;
import io.asl4j.model.Field;
import io.asl4j.model.IntegrationPattern;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonString;
import io.asl4j.model.Value;
import java.util.Map;

/**
 * Amazon SNS through {@code arn:aws:states:::sns:publish}.
 *
 * <p>Each method names the parameter it writes.
 */
public final class Sns {

  private Sns() {}

  /**
   * Publishes a message to a topic. Resource {@code arn:aws:states:::sns:publish}.
   *
   * @param topicArn the topic ARN, or a {@code ${TopicArn}} placeholder filled in at deployment
   * @param message the message; JSON is serialised
   * @return the integration
   * @throws IllegalArgumentException if {@code topicArn} is not an ARN (use {@code literal(..)} in
   *     the other overload to keep other text)
   */
  public static Publish publish(String topicArn, Value message) {
    return new Publish().with("TopicArn", ArnFields.require("Sns.publish", "sns:publish's"
        + " TopicArn", topicArn)).with("Message", message);
  }

  /**
   * Publishes a message to a topic. Resource {@code arn:aws:states:::sns:publish}.
   *
   * @param topicArn the topic ARN
   * @param message the message; JSON is serialised
   * @return the integration
   */
  public static Publish publish(Value topicArn, Value message) {
    return new Publish().with("TopicArn", topicArn).with("Message", message);
  }

  /** Publishes a message to a topic. */
  public static final class Publish extends ServiceIntegration<Publish> {

    private Publish() {
      super("sns", "publish");
    }

    private Publish(String suffix, String partition, Map<String, Value> payload) {
      super("sns", "publish", suffix, partition, payload);
    }

    @Override
    Publish copy(String suffix, String partition, Map<String, Value> payload) {
      return new Publish(suffix, partition, payload);
    }

    /**
     * Sets {@code "Subject"}: the e-mail subject.
     *
     * @param value the value
     * @return the integration with it
     */
    public Publish subject(String value) {
      return with("Subject", JsonString.plainText(value));
    }

    /**
     * Sets {@code "Subject"}: the e-mail subject.
     *
     * @param value the value
     * @return the integration with it
     */
    public Publish subject(Value value) {
      return with("Subject", value);
    }

    /**
     * Sets {@code "MessageAttributes"}: attributes by name.
     *
     * @param value the value
     * @return the integration with it
     */
    public Publish messageAttributes(Value value) {
      return with("MessageAttributes", value);
    }

    /**
     * Sets {@code "MessageAttributes"}: attributes by name.
     *
     * @param fields the value
     * @return the integration with it
     */
    public Publish messageAttributes(Field... fields) {
      return with("MessageAttributes", JsonObject.of(fields));
    }

    /**
     * Sets {@code "MessageStructure"}: {@code json} for per-protocol messages.
     *
     * @param value the value
     * @return the integration with it
     */
    public Publish messageStructure(String value) {
      return with("MessageStructure", JsonString.plainText(value));
    }

    /**
     * Sets {@code "MessageStructure"}: {@code json} for per-protocol messages.
     *
     * @param value the value
     * @return the integration with it
     */
    public Publish messageStructure(Value value) {
      return with("MessageStructure", value);
    }

    /**
     * Sets {@code "MessageGroupId"}: the FIFO group.
     *
     * @param value the value
     * @return the integration with it
     */
    public Publish messageGroupId(String value) {
      return with("MessageGroupId", JsonString.plainText(value));
    }

    /**
     * Sets {@code "MessageGroupId"}: the FIFO group.
     *
     * @param value the value
     * @return the integration with it
     */
    public Publish messageGroupId(Value value) {
      return with("MessageGroupId", value);
    }

    /**
     * Sets {@code "MessageDeduplicationId"}: the FIFO deduplication id.
     *
     * @param value the value
     * @return the integration with it
     */
    public Publish messageDeduplicationId(String value) {
      return with("MessageDeduplicationId", JsonString.plainText(value));
    }

    /**
     * Sets {@code "MessageDeduplicationId"}: the FIFO deduplication id.
     *
     * @param value the value
     * @return the integration with it
     */
    public Publish messageDeduplicationId(Value value) {
      return with("MessageDeduplicationId", value);
    }

    /**
     * Waits for a callback with the task token ({@code .waitForTaskToken}); pass {@code context("Task.Token")} in the payload.
     *
     * @return the integration with that pattern
     */
    public Publish waitForTaskToken() {
      return pattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN);
    }
  }
}
