package io.asl4j.junit;

import io.asl4j.local.TaskResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The parts that AWS's responses and errors share across integrations: the SDK's HTTP metadata,
 * request ids, the wording of a service exception's cause. Ids are derived from the state and the
 * invocation, so a test sees the same ids on every run.
 */
final class AwsShapes {

  /** The time mocked resources say they started and stopped: the local executor's default start. */
  static final String START = "2024-01-01T12:00:00.000Z";
  static final String STOP = "2024-01-01T12:01:00.000Z";
  /** The same instants in epoch milliseconds, as the job-running APIs give them. */
  static final long START_MILLIS = 1_704_110_400_000L;
  static final long STOP_MILLIS = 1_704_110_460_000L;
  static final String REGION = "us-east-1";
  static final String ACCOUNT = "111111111111";

  private AwsShapes() {}

  /** A stable UUID for one invocation of one state. */
  static String uuid(TaskMock.Call c, String salt) {
    return UUID.nameUUIDFromBytes((c.call().stateName() + "#" + c.invocation() + "#" + salt)
        .getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** A stable hex id of a given length. */
  static String hex(TaskMock.Call c, String salt, int length) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (sb.length() < length) {
      sb.append(uuid(c, salt + i++).replace("-", ""));
    }
    return sb.substring(0, length);
  }

  /**
   * Adds what Step Functions adds to the response of an AWS API that an optimized integration
   * calls: {@code SdkHttpMetadata} (headers and status 200) and {@code SdkResponseMetadata}
   * (the request id), as AWS recorded them (../shared/conformance, e.g. sns:publish).
   */
  static Map<String, Object> withMetadata(Map<String, Object> response, TaskMock.Call c,
      String contentType) {
    String requestId = uuid(c, "request");
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("x-amzn-RequestId", requestId);
    all.put("connection", List.of("keep-alive"));
    all.put("Content-Type", List.of(contentType));
    Map<String, Object> headers = new LinkedHashMap<>();
    headers.put("connection", "keep-alive");
    headers.put("Content-Type", contentType);
    headers.put("x-amzn-RequestId", requestId);
    Map<String, Object> http = new LinkedHashMap<>();
    http.put("AllHttpHeaders", all);
    http.put("HttpHeaders", headers);
    http.put("HttpStatusCode", 200L);
    Map<String, Object> out = new LinkedHashMap<>(response);
    out.put("SdkHttpMetadata", http);
    out.put("SdkResponseMetadata", new LinkedHashMap<>(Map.of("RequestId", requestId)));
    return out;
  }

  /**
   * A service exception as an optimized integration reports it: the error
   * {@code <Prefix>.<Exception>} and the cause {@code <message> (Service: <service>; Status Code:
   * <status>; Error Code: <code>; Request ID: <id>; Proxy: null)}, as AWS recorded them, e.g.
   * {@code SNS.NotFoundException}, "Topic does not exist (Service: AmazonSNS; Status Code: 404;
   * Error Code: NotFound; ...)".
   */
  static TaskResult serviceError(String prefix, String exception, String sdkService, int status,
      String errorCode, String message) {
    return TaskResult.failure(Optional.of(prefix + "." + exception),
        Optional.of(message + " (Service: " + sdkService + "; Status Code: " + status
            + "; Error Code: " + errorCode + "; Request ID: "
            + UUID.nameUUIDFromBytes((exception + message).getBytes(StandardCharsets.UTF_8))
            + "; Proxy: null)"));
  }

  /** A failed job that a {@code .sync} task waited for: {@code States.TaskFailed}, the job as cause. */
  static TaskResult taskFailed(Object description) {
    return TaskResult.failure(Optional.of("States.TaskFailed"),
        Optional.of(io.asl4j.local.Json.write(description)));
  }

  /** An ordered map from alternating keys and values; null values are left out. */
  static Map<String, Object> object(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      if (kv[i + 1] != null) {
        m.put((String) kv[i], kv[i + 1]);
      }
    }
    return m;
  }

  /** A mutable list of the values. */
  static List<Object> list(Object... values) {
    return new ArrayList<>(List.of(values));
  }

  /** A copy of a JSON value as the executor's values (numbers as Long or Double). */
  static Object json(Object value) {
    return io.asl4j.local.Json.parse(io.asl4j.local.Json.write(value));
  }
}
