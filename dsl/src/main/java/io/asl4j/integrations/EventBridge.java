package io.asl4j.integrations;

import io.asl4j.model.Field;
import io.asl4j.model.IntegrationPattern;
import io.asl4j.model.JsonArray;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonString;
import io.asl4j.model.Value;
import java.util.Map;

/**
 * Amazon EventBridge through {@code arn:aws:states:::events:putEvents}.
 *
 * <p>Each method names the parameter it writes.
 */
public final class EventBridge {

  private EventBridge() {}

  /**
   * Sends events; build each with {@link #entry}. Resource {@code arn:aws:states:::events:putEvents}.
   *
   * @param entries the events, 1 to 10, from {@link EventBridge#entries}
   * @return the integration
   */
  public static PutEvents putEvents(Value entries) {
    return new PutEvents().with("Entries", entries);
  }

  /**
   * The {@code Entries} array of {@code putEvents}.
   *
   * @param entries the events, from {@link #entry}
   * @return the array
   */
  public static Value entries(io.asl4j.model.JsonObject... entries) {
    return JsonArray.of(entries);
  }

  /**
   * One event: {@code {"Source": ..., "DetailType": ..., "Detail": ...}}; add {@code EventBusName}
   * and the rest with {@code io.asl4j.Values.object}, or build the object yourself.
   *
   * @param source the source, not starting with {@code aws.}
   * @param detailType the detail type
   * @param detail the detail object
   * @return the entry
   */
  public static io.asl4j.model.JsonObject entry(String source, String detailType, Value detail) {
    return JsonObject.of(new Field("Source", JsonString.plainText(source)),
        new Field("DetailType", JsonString.plainText(detailType)), new Field("Detail", detail));
  }

  /** Sends events; build each with {@link #entry}. */
  public static final class PutEvents extends ServiceIntegration<PutEvents> {

    private PutEvents() {
      super("events", "putEvents");
    }

    private PutEvents(String suffix, String partition, Map<String, Value> payload) {
      super("events", "putEvents", suffix, partition, payload);
    }

    @Override
    PutEvents copy(String suffix, String partition, Map<String, Value> payload) {
      return new PutEvents(suffix, partition, payload);
    }

    /**
     * Waits for a callback with the task token ({@code .waitForTaskToken}); pass {@code context("Task.Token")} in the payload.
     *
     * @return the integration with that pattern
     */
    public PutEvents waitForTaskToken() {
      return pattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN);
    }
  }
}
