package io.asl4j.junit;

import static io.asl4j.junit.AwsShapes.object;

import io.asl4j.local.TaskResult;
import io.asl4j.model.IntegrationPattern;

/**
 * Mocks of {@code arn:aws:states:::sns:publish} (request-response; a {@code .waitForTaskToken}
 * task ends with what its callback sends, see {@link TaskMock#returning}).
 *
 * <p>Shapes, after <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-sns.html">
 * Publish messages to an Amazon SNS topic with Step Functions</a>, SNS's
 * <a href="https://docs.aws.amazon.com/sns/latest/api/API_Publish.html">Publish</a> and AWS's
 * recorded responses (../shared/conformance):
 * <ul>
 *   <li>{@code {"MessageId": <uuid>, "SdkHttpMetadata": {...}, "SdkResponseMetadata": {...}}},
 *       and {@code SequenceNumber} for a FIFO topic;
 *   <li>service errors: {@code SNS.NotFoundException} ("Topic does not exist", as AWS recorded
 *       it), {@code SNS.InvalidParameterException}, {@code SNS.AuthorizationErrorException} and any
 *       other {@code SNS.<exception>}.
 * </ul>
 */
public final class SnsMock {

  private SnsMock() {}

  /**
   * The message is published.
   *
   * @return the mock
   */
  public static TaskMock published() {
    return TaskMock.of(MockedIntegration.SNS, "SnsMock.published()",
        c -> TaskResult.success(AwsShapes.withMetadata(object(
            "MessageId", AwsShapes.uuid(c, "message")), c, "text/xml")))
        .onlyPatterns("a callback's output is not a publish result; use TaskMock.returning(..)",
            IntegrationPattern.REQUEST_RESPONSE);
  }

  /**
   * The message is published to a FIFO topic, which adds its {@code SequenceNumber}.
   *
   * @param sequenceNumber the sequence number SNS gives the message
   * @return the mock
   */
  public static TaskMock publishedFifo(String sequenceNumber) {
    return TaskMock.of(MockedIntegration.SNS, "SnsMock.publishedFifo(..)",
        c -> TaskResult.success(AwsShapes.withMetadata(object(
            "MessageId", AwsShapes.uuid(c, "message"), "SequenceNumber", sequenceNumber), c,
            "text/xml")))
        .onlyPatterns("a callback's output is not a publish result; use TaskMock.returning(..)",
            IntegrationPattern.REQUEST_RESPONSE);
  }

  /**
   * The topic does not exist: {@code SNS.NotFoundException}.
   *
   * @return the mock
   */
  public static TaskMock topicNotFound() {
    return TaskMock.of(MockedIntegration.SNS, "SnsMock.topicNotFound()",
        c -> AwsShapes.serviceError("SNS", "NotFoundException", "AmazonSNS", 404, "NotFound",
            "Topic does not exist"));
  }

  /**
   * Fails with any SNS exception: {@code SNS.<exception>}.
   *
   * @param exception e.g. {@code InvalidParameterException}
   * @param message its message
   * @return the mock
   */
  public static TaskMock fails(String exception, String message) {
    String code = exception.endsWith("Exception")
        ? exception.substring(0, exception.length() - "Exception".length()) : exception;
    return TaskMock.of(MockedIntegration.SNS, "SnsMock.fails(\"" + exception + "\", ..)",
        c -> AwsShapes.serviceError("SNS", exception, "AmazonSNS", 400, code, message));
  }
}
