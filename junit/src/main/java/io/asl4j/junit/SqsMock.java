package io.asl4j.junit;

import static io.asl4j.junit.AwsShapes.object;

import io.asl4j.local.Json;
import io.asl4j.local.TaskResult;
import io.asl4j.model.IntegrationPattern;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Mocks of {@code arn:aws:states:::sqs:sendMessage} (request-response; a
 * {@code .waitForTaskToken} task ends with what its callback sends, see
 * {@link TaskMock#returning}).
 *
 * <p>Shapes, after <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-sqs.html">
 * Send messages to an Amazon SQS queue with Step Functions</a>, SQS's
 * <a href="https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html">SendMessage</a>
 * and AWS's recorded responses (../shared/conformance):
 * <ul>
 *   <li>{@code {"MD5OfMessageBody": <the MD5 of the body sent>, "MessageId": <uuid>,
 *       "SdkHttpMetadata": {...}, "SdkResponseMetadata": {...}}}, and {@code SequenceNumber} for
 *       a FIFO queue (a {@code MessageGroupId} in the input);
 *   <li>service errors: {@code SQS.QueueDoesNotExistException},
 *       {@code SQS.InvalidMessageContentsException} and any other {@code SQS.<exception>}.
 * </ul>
 */
public final class SqsMock {

  private SqsMock() {}

  /**
   * The message is sent.
   *
   * @return the mock
   */
  public static TaskMock sent() {
    return TaskMock.of(MockedIntegration.SQS, "SqsMock.sent()", c -> {
      Object body = c.inputMember("MessageBody").orElse("");
      String text = body instanceof String s ? s : Json.write(body);
      boolean fifo = c.inputMember("MessageGroupId").isPresent();
      return TaskResult.success(AwsShapes.withMetadata(object(
          "MD5OfMessageBody", md5(text),
          "MessageId", AwsShapes.uuid(c, "message"),
          "SequenceNumber", fifo ? "1862" + AwsShapes.hex(c, "sequence", 16).replaceAll("[a-f]",
              "7") : null), c, "application/x-amz-json-1.0"));
    }).onlyPatterns("a callback's output is not a send result; use TaskMock.returning(..)",
        IntegrationPattern.REQUEST_RESPONSE);
  }

  /**
   * The queue does not exist: {@code SQS.QueueDoesNotExistException}.
   *
   * @return the mock
   */
  public static TaskMock queueDoesNotExist() {
    return TaskMock.of(MockedIntegration.SQS, "SqsMock.queueDoesNotExist()",
        c -> AwsShapes.serviceError("SQS", "QueueDoesNotExistException", "AmazonSQS", 400,
            "AWS.SimpleQueueService.NonExistentQueue",
            "The specified queue does not exist for this wsdl version."));
  }

  /**
   * Fails with any SQS exception: {@code SQS.<exception>}.
   *
   * @param exception e.g. {@code InvalidMessageContentsException}
   * @param message its message
   * @return the mock
   */
  public static TaskMock fails(String exception, String message) {
    return TaskMock.of(MockedIntegration.SQS, "SqsMock.fails(\"" + exception + "\", ..)",
        c -> AwsShapes.serviceError("SQS", exception, "AmazonSQS", 400, exception, message));
  }

  static String md5(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has MD5", e);
    }
  }
}
