package io.asl4j.junit;

import io.asl4j.local.TaskResult;
import java.util.Objects;
import java.util.Optional;

/**
 * Mocks of AWS SDK integrations, {@code arn:aws:states:::aws-sdk:<service>:<action>}.
 *
 * <p>After <a href="https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html">
 * Integrating other services</a>: the result is the API action's response as the SDK returns it
 * (with member names in PascalCase, as the service's API reference spells them), which this class
 * takes as given; an error is {@code <Service>.<Exception>}, the service named as the SDK names
 * it in PascalCase ({@code S3.NoSuchKeyException}, {@code DynamoDb.ResourceNotFoundException},
 * as AWS recorded them), and the cause reads {@code <message> (Service: <Service>, Status Code:
 * <status>, Request ID: <id>)}.
 */
public final class AwsSdkMock {

  private AwsSdkMock() {}

  /**
   * The action returns its response.
   *
   * @param response the response (a JSON value)
   * @return the mock
   */
  public static TaskMock returns(Object response) {
    Object value = AwsShapes.json(response);
    return TaskMock.of(MockedIntegration.AWS_SDK, "AwsSdkMock.returns(..)",
        c -> TaskResult.success(AwsShapes.json(value)));
  }

  /**
   * The action fails with the service's exception.
   *
   * <pre>{@code AwsSdkMock.fails("NoSuchKeyException", 404, "The specified key does not exist.")
   * // on aws-sdk:s3:getObject: error S3.NoSuchKeyException, cause "The specified key does not
   * // exist. (Service: S3, Status Code: 404, Request ID: ...)"}</pre>
   *
   * @param exception the exception's name, e.g. {@code NoSuchKeyException}
   * @param status the HTTP status code
   * @param message the message
   * @return the mock
   */
  public static TaskMock fails(String exception, int status, String message) {
    Objects.requireNonNull(exception, "exception");
    Objects.requireNonNull(message, "message");
    return TaskMock.of(MockedIntegration.AWS_SDK, "AwsSdkMock.fails(\"" + exception + "\", ..)",
        c -> {
          String service = serviceName(c.arn().map(a -> a.service()).orElse("Service"));
          return TaskResult.failure(Optional.of(service + "." + exception), Optional.of(message
              + " (Service: " + service + ", Status Code: " + status + ", Request ID: "
              + AwsShapes.uuid(c, "request") + ")"));
        });
  }

  /**
   * The SDK's name of a service in error names: its id in PascalCase, {@code s3} → {@code S3},
   * {@code dynamodb} → {@code DynamoDb}, {@code secretsmanager} → {@code SecretsManager}.
   */
  static String serviceName(String id) {
    return switch (id) {
      case "dynamodb" -> "DynamoDb";
      case "secretsmanager" -> "SecretsManager";
      case "stepfunctions", "sfn" -> "Sfn";
      case "eventbridge" -> "EventBridge";
      case "cloudwatch" -> "CloudWatch";
      case "cloudformation" -> "CloudFormation";
      default -> id.isEmpty() ? id : Character.toUpperCase(id.charAt(0)) + id.substring(1);
    };
  }
}
