package io.asl4j.junit;

import static io.asl4j.junit.AwsShapes.object;

import io.asl4j.local.Json;
import io.asl4j.local.TaskResult;
import io.asl4j.model.IntegrationPattern;
import java.util.Objects;
import java.util.Optional;

/**
 * Mocks of AWS Lambda tasks: {@code arn:aws:states:::lambda:invoke} (request-response and
 * {@code .waitForTaskToken}) and the legacy Lambda function ARN as a Task's resource.
 *
 * <p>Shapes, after <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html">
 * Invoke an AWS Lambda function with Step Functions</a> and the Lambda API's
 * <a href="https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html">Invoke</a>:
 * <ul>
 *   <li>{@code lambda:invoke}: {@code {"ExecutedVersion": "$LATEST", "Payload": <the function's
 *       result>, "SdkHttpMetadata": {...}, "SdkResponseMetadata": {...}, "StatusCode": 200}};
 *   <li>a function ARN (the legacy form) and {@code .waitForTaskToken}: the function's result (or
 *       the callback's output) itself, without the wrapper;
 *   <li>a function error: the error is the function's {@code errorType}, the cause the JSON
 *       {@code {"errorMessage", "errorType", "requestId", "stackTrace"}} (as AWS recorded a
 *       Python {@code Exception});
 *   <li>service errors: {@code Lambda.ServiceException}, {@code Lambda.AWSLambdaException},
 *       {@code Lambda.SdkClientException}, {@code Lambda.TooManyRequestsException} (the errors AWS
 *       advises retrying), {@code Lambda.ResourceNotFoundException} for a function that does not
 *       exist.
 * </ul>
 */
public final class LambdaMock {

  private LambdaMock() {}

  /**
   * The function returns a result.
   *
   * <pre>{@code LambdaMock.returns(Map.of("rows", 3))
   * // lambda:invoke: {"ExecutedVersion": "$LATEST", "Payload": {"rows": 3}, ..., "StatusCode": 200}
   * // arn:aws:lambda:...:function:F: {"rows": 3}}</pre>
   *
   * @param payload what the function returns (a JSON value: maps, lists, strings, numbers,
   *     booleans, {@code null})
   * @return the mock
   */
  public static TaskMock returns(Object payload) {
    Object value = AwsShapes.json(payload);
    return TaskMock.of(MockedIntegration.LAMBDA, "LambdaMock.returns(..)", c -> {
      boolean invoke = c.arn().isPresent();
      if (!invoke || c.pattern() == IntegrationPattern.WAIT_FOR_TASK_TOKEN) {
        return TaskResult.success(AwsShapes.json(value));
      }
      java.util.Map<String, Object> r = AwsShapes.withMetadata(object(
          "ExecutedVersion", "$LATEST", "Payload", AwsShapes.json(value)), c, "application/json");
      r.put("StatusCode", 200L);
      return TaskResult.success(r);
    });
  }

  /**
   * The function returns a result given as JSON text.
   *
   * @param json the function's result as JSON
   * @return the mock
   */
  public static TaskMock returnsJson(String json) {
    return returns(Json.parse(json));
  }

  /**
   * The function fails: its error type is the error name, and the cause is Lambda's JSON error
   * object.
   *
   * <pre>{@code LambdaMock.functionError("ValueError", "no rows")
   * // error ValueError, cause {"errorMessage":"no rows","errorType":"ValueError",
   * //   "requestId":"...","stackTrace":[]}}</pre>
   *
   * @param errorType the exception's type, e.g. {@code ValueError}, {@code Exception}
   * @param message its message
   * @return the mock
   */
  public static TaskMock functionError(String errorType, String message) {
    Objects.requireNonNull(errorType, "errorType");
    Objects.requireNonNull(message, "message");
    return TaskMock.of(MockedIntegration.LAMBDA, "LambdaMock.functionError(\"" + errorType
        + "\", ..)", c -> TaskResult.failure(Optional.of(errorType), Optional.of(Json.write(object(
            "errorMessage", message, "errorType", errorType, "requestId",
            AwsShapes.uuid(c, "request"), "stackTrace", AwsShapes.list())))));
  }

  /**
   * Lambda itself failed: {@code Lambda.ServiceException}.
   *
   * @return the mock
   */
  public static TaskMock serviceException() {
    return fails("ServiceException", 500, "Internal error in the Lambda service");
  }

  /**
   * The function's concurrency was exhausted: {@code Lambda.TooManyRequestsException}.
   *
   * @return the mock
   */
  public static TaskMock tooManyRequests() {
    return fails("TooManyRequestsException", 429, "Rate Exceeded.");
  }

  /**
   * The Lambda client failed: {@code Lambda.SdkClientException}.
   *
   * @return the mock
   */
  public static TaskMock sdkClientException() {
    return TaskMock.of(MockedIntegration.LAMBDA, "LambdaMock.sdkClientException()",
        c -> TaskResult.failure(Optional.of("Lambda.SdkClientException"),
            Optional.of("Unable to execute HTTP request: Connection reset")));
  }

  /**
   * The function does not exist: {@code Lambda.ResourceNotFoundException}.
   *
   * @return the mock
   */
  public static TaskMock functionNotFound() {
    return TaskMock.of(MockedIntegration.LAMBDA, "LambdaMock.functionNotFound()", c -> {
      String name = c.inputText("FunctionName", c.call().resource());
      return AwsShapes.serviceError("Lambda", "ResourceNotFoundException", "AWSLambda", 404,
          "ResourceNotFoundException", "Function not found: " + name);
    });
  }

  /**
   * Fails with any Lambda service exception: {@code Lambda.<exception>}.
   *
   * @param exception the exception's name, e.g. {@code AWSLambdaException}
   * @param status the HTTP status code the service answered
   * @param message its message
   * @return the mock
   */
  public static TaskMock fails(String exception, int status, String message) {
    return TaskMock.of(MockedIntegration.LAMBDA, "LambdaMock.fails(\"" + exception + "\", ..)",
        c -> AwsShapes.serviceError("Lambda", exception, "AWSLambda", status, exception, message));
  }
}
