package io.asl4j.integrations;

import io.asl4j.model.Field;
import io.asl4j.model.IntegrationPattern;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonString;
import io.asl4j.model.Value;
import java.util.Map;

/**
 * Amazon SQS through {@code arn:aws:states:::sqs:sendMessage}.
 *
 * <p>Each method names the parameter it writes.
 */
public final class Sqs {

  private Sqs() {}

  /**
   * Sends a message to a queue. Resource {@code arn:aws:states:::sqs:sendMessage}.
   *
   * @param queueUrl the queue URL
   * @param messageBody the body; JSON is serialised
   * @return the integration
   */
  public static SendMessage sendMessage(String queueUrl, Value messageBody) {
    return new SendMessage().with("QueueUrl", JsonString.plainText(queueUrl))
        .with("MessageBody", messageBody);
  }

  /**
   * Sends a message to a queue. Resource {@code arn:aws:states:::sqs:sendMessage}.
   *
   * @param queueUrl the queue URL
   * @param messageBody the body; JSON is serialised
   * @return the integration
   */
  public static SendMessage sendMessage(Value queueUrl, Value messageBody) {
    return new SendMessage().with("QueueUrl", queueUrl).with("MessageBody", messageBody);
  }

  /** Sends a message to a queue. */
  public static final class SendMessage extends ServiceIntegration<SendMessage> {

    private SendMessage() {
      super("sqs", "sendMessage");
    }

    private SendMessage(String suffix, String partition, Map<String, Value> payload) {
      super("sqs", "sendMessage", suffix, partition, payload);
    }

    @Override
    SendMessage copy(String suffix, String partition, Map<String, Value> payload) {
      return new SendMessage(suffix, partition, payload);
    }

    /**
     * Sets {@code "DelaySeconds"}: 0 to 900.
     *
     * @param value the value
     * @return the integration with it
     */
    public SendMessage delaySeconds(long value) {
      return with("DelaySeconds", JsonNumber.of(value));
    }

    /**
     * Sets {@code "DelaySeconds"}: 0 to 900.
     *
     * @param value the value
     * @return the integration with it
     */
    public SendMessage delaySeconds(Value value) {
      return with("DelaySeconds", value);
    }

    /**
     * Sets {@code "MessageAttributes"}: attributes by name.
     *
     * @param value the value
     * @return the integration with it
     */
    public SendMessage messageAttributes(Value value) {
      return with("MessageAttributes", value);
    }

    /**
     * Sets {@code "MessageAttributes"}: attributes by name.
     *
     * @param fields the value
     * @return the integration with it
     */
    public SendMessage messageAttributes(Field... fields) {
      return with("MessageAttributes", JsonObject.of(fields));
    }

    /**
     * Sets {@code "MessageGroupId"}: the FIFO group.
     *
     * @param value the value
     * @return the integration with it
     */
    public SendMessage messageGroupId(String value) {
      return with("MessageGroupId", JsonString.plainText(value));
    }

    /**
     * Sets {@code "MessageGroupId"}: the FIFO group.
     *
     * @param value the value
     * @return the integration with it
     */
    public SendMessage messageGroupId(Value value) {
      return with("MessageGroupId", value);
    }

    /**
     * Sets {@code "MessageDeduplicationId"}: the FIFO deduplication id.
     *
     * @param value the value
     * @return the integration with it
     */
    public SendMessage messageDeduplicationId(String value) {
      return with("MessageDeduplicationId", JsonString.plainText(value));
    }

    /**
     * Sets {@code "MessageDeduplicationId"}: the FIFO deduplication id.
     *
     * @param value the value
     * @return the integration with it
     */
    public SendMessage messageDeduplicationId(Value value) {
      return with("MessageDeduplicationId", value);
    }

    /**
     * Waits for a callback with the task token ({@code .waitForTaskToken}); pass {@code context("Task.Token")} in the payload.
     *
     * @return the integration with that pattern
     */
    public SendMessage waitForTaskToken() {
      return pattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN);
    }
  }
}
