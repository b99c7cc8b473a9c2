package io.asl4j.junit;

import static io.asl4j.junit.AwsShapes.object;

import io.asl4j.local.Json;
import io.asl4j.local.TaskResult;
import java.util.Optional;

/**
 * Mocks of {@code arn:aws:states:::apigateway:invoke} (request-response and
 * {@code .waitForTaskToken}).
 *
 * <p>Shapes, after <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-api-gateway.html">
 * Create API Gateway REST APIs with Step Functions</a> and AWS's recorded responses
 * (../shared/conformance):
 * <ul>
 *   <li>a 2xx response: {@code {"Headers": {...}, "ResponseBody": <the body, parsed when it is
 *       JSON>, "StatusCode": 200, "StatusText": "OK"}};
 *   <li>any other status: the error {@code ApiGateway.<status>} (e.g. {@code ApiGateway.403})
 *       with the response body as cause, as AWS reports it.
 * </ul>
 */
public final class ApiGatewayMock {

  private ApiGatewayMock() {}

  /**
   * The API answers 200 with a body.
   *
   * @param body the response body (a JSON value)
   * @return the mock
   */
  public static TaskMock responds(Object body) {
    return responds(200, body);
  }

  /**
   * The API answers with a status and a body: a 2xx status is a result, any other the error
   * {@code ApiGateway.<status>}.
   *
   * @param status the HTTP status code
   * @param body the response body (a JSON value)
   * @return the mock
   */
  public static TaskMock responds(int status, Object body) {
    Object value = AwsShapes.json(body);
    return TaskMock.of(MockedIntegration.API_GATEWAY, "ApiGatewayMock.responds(" + status
        + ", ..)", c -> {
          if (status < 200 || status > 299) {
            return TaskResult.failure(Optional.of("ApiGateway." + status),
                Optional.of(value instanceof String s ? s : Json.write(value)));
          }
          return TaskResult.success(HttpMock.response(c, status, value, true));
        });
  }

  static Object headers(String requestId, boolean apiGateway) {
    return object(
        "Connection", AwsShapes.list("keep-alive"),
        "Content-Type", AwsShapes.list("application/json"),
        "Date", AwsShapes.list("Mon, 01 Jan 2024 12:00:00 GMT"),
        apiGateway ? "x-amzn-RequestId" : "x-amzn-trace-id", AwsShapes.list(requestId));
  }
}
