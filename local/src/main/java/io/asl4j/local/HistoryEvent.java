package io.asl4j.local;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One event of an execution's history, shaped like AWS's {@code GetExecutionHistory} events.
 *
 * @param id the event id: 1 for {@code ExecutionStarted}, then one more per event, as AWS numbers
 *     them (AWS's error causes quote these ids)
 * @param previousEventId the id of the event this one follows from, 0 for none
 * @param type the event type, e.g. {@code PassStateEntered}, {@code TaskScheduled}
 * @param timestamp the virtual time of the event
 * @param details the event's details as AWS names them (e.g. {@code name}, {@code input},
 *     {@code output}, {@code error}, {@code cause}, {@code resource}); JSON texts stay texts
 */
public record HistoryEvent(int id, int previousEventId, String type, Instant timestamp,
    Map<String, Object> details) {

  /**
   * Creates an event.
   *
   * @param id the event id
   * @param previousEventId the previous event's id, 0 for none
   * @param type the event type
   * @param timestamp the virtual time
   * @param details the details
   */
  public HistoryEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(timestamp, "timestamp");
    details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
  }
}
