package io.asl4j.junit;

import static io.asl4j.junit.AwsShapes.object;

import io.asl4j.local.Json;
import io.asl4j.local.TaskResult;
import io.asl4j.model.IntegrationPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mocks of {@code arn:aws:states:::events:putEvents} (request-response; a
 * {@code .waitForTaskToken} task ends with what its callback sends, see
 * {@link TaskMock#returning}).
 *
 * <p>Shapes, after <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-eventbridge.html">
 * Add EventBridge events with Step Functions</a> and AWS's recorded results
 * (../shared/conformance):
 * <ul>
 *   <li>{@code {"Entries": [{"EventId": <uuid>}, ...], "FailedEntryCount": 0}}, one entry per
 *       event sent;
 *   <li>an event EventBridge refuses: the error {@code EventBridge.FailedEntry} with the response
 *       ({@code Entries} with {@code ErrorCode} and {@code ErrorMessage},
 *       {@code FailedEntryCount}) as JSON cause, as AWS recorded a malformed detail;
 *   <li>service errors: any {@code EventBridge.<exception>}.
 * </ul>
 */
public final class EventBridgeMock {

  private EventBridgeMock() {}

  /**
   * Every event is put.
   *
   * @return the mock
   */
  public static TaskMock eventsPut() {
    return TaskMock.of(MockedIntegration.EVENTBRIDGE, "EventBridgeMock.eventsPut()", c -> {
      List<Object> entries = new ArrayList<>();
      int n = c.inputMember("Entries").filter(List.class::isInstance)
          .map(l -> ((List<?>) l).size()).orElse(1);
      for (int i = 0; i < n; i++) {
        entries.add(object("EventId", AwsShapes.uuid(c, "event" + i)));
      }
      return TaskResult.success(object("Entries", entries, "FailedEntryCount", 0L));
    }).onlyPatterns("a callback's output is not a put result; use TaskMock.returning(..)",
        IntegrationPattern.REQUEST_RESPONSE);
  }

  /**
   * The events are refused: {@code EventBridge.FailedEntry}.
   *
   * @param errorCode e.g. {@code MalformedDetail}
   * @param errorMessage e.g. {@code Detail is malformed.}
   * @return the mock
   */
  public static TaskMock failedEntry(String errorCode, String errorMessage) {
    return TaskMock.of(MockedIntegration.EVENTBRIDGE, "EventBridgeMock.failedEntry(..)",
        c -> TaskResult.failure(Optional.of("EventBridge.FailedEntry"), Optional.of(Json.write(
            object("Entries", AwsShapes.list((Object) object("ErrorCode", errorCode,
                "ErrorMessage", errorMessage)), "FailedEntryCount", 1L)))));
  }

  /**
   * Fails with any EventBridge exception: {@code EventBridge.<exception>}.
   *
   * @param exception e.g. {@code InternalException}
   * @param message its message
   * @return the mock
   */
  public static TaskMock fails(String exception, String message) {
    return TaskMock.of(MockedIntegration.EVENTBRIDGE, "EventBridgeMock.fails(\"" + exception
        + "\", ..)", c -> AwsShapes.serviceError("EventBridge", exception, "AmazonEventBridge",
            400, exception, message));
  }

}
