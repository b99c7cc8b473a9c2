package io.asl4j.junit;

import static io.asl4j.junit.AwsShapes.object;

import io.asl4j.local.Json;
import io.asl4j.local.TaskResult;
import java.util.Map;
import java.util.Optional;

/**
 * Mocks of HTTP Tasks, {@code arn:aws:states:::http:invoke}.
 *
 * <p>Shapes, after <a href="https://docs.aws.amazon.com/step-functions/latest/dg/call-https-apis.html">
 * Call HTTPS APIs in Step Functions workflows</a>:
 * <ul>
 *   <li>a 2xx response: {@code {"Headers": {...}, "ResponseBody": <the body, parsed when it is
 *       JSON>, "StatusCode": 200, "StatusText": "OK"}};
 *   <li>any other status: the error {@code States.Http.StatusCode.<status>} (e.g.
 *       {@code States.Http.StatusCode.404}) with the response as cause.
 * </ul>
 */
public final class HttpMock {

  private HttpMock() {}

  /**
   * The endpoint answers 200 with a body.
   *
   * @param body the response body (a JSON value)
   * @return the mock
   */
  public static TaskMock responds(Object body) {
    return responds(200, body);
  }

  /**
   * The endpoint answers with a status and a body: a 2xx status is a result, any other the error
   * {@code States.Http.StatusCode.<status>}.
   *
   * @param status the HTTP status code
   * @param body the response body (a JSON value)
   * @return the mock
   */
  public static TaskMock responds(int status, Object body) {
    Object value = AwsShapes.json(body);
    return TaskMock.of(MockedIntegration.HTTP, "HttpMock.responds(" + status + ", ..)", c -> {
      Map<String, Object> response = response(c, status, value, false);
      if (status < 200 || status > 299) {
        return TaskResult.failure(Optional.of("States.Http.StatusCode." + status),
            Optional.of(Json.write(response)));
      }
      return TaskResult.success(response);
    });
  }

  static Map<String, Object> response(TaskMock.Call c, int status, Object body,
      boolean apiGateway) {
    return object(
        "Headers", ApiGatewayMock.headers(AwsShapes.uuid(c, "request"), apiGateway),
        "ResponseBody", body,
        "StatusCode", (long) status,
        "StatusText", statusText(status));
  }

  private static String statusText(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 201 -> "Created";
      case 202 -> "Accepted";
      case 204 -> "No Content";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 409 -> "Conflict";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "";
    };
  }
}
