package io.asl4j.local;

import io.asl4j.model.ExecutionType;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mutable state of one execution: the virtual clock, the event counter, the history (when on),
 * the task handler and the execution's part of the context object.
 */
final class Run {

  /** Thrown when the history outgrows AWS's limit; ends the execution. */
  static final class HistoryLimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HistoryLimitExceeded() {
      super(null, null, false, false);
    }
  }

  final ExecutionOptions options;
  final TaskHandler tasks;
  /** The mocks' cursors when {@link #tasks} is {@link Mocks}, else {@code null}. */
  Mocks.Session mocks;
  /** The virtual time at which the execution times out ({@code TimeoutSeconds}). */
  long deadline = Long.MAX_VALUE;
  final List<HistoryEvent> history;
  final List<String> statesEntered;
  /** Virtual time, epoch milliseconds. */
  long clock;
  int lastEventId;
  long transitions;
  int tokens;
  final Object executionInput;
  private Map<String, Object> executionContext;
  private Map<String, Object> stateMachineContext;
  final String executionArn;
  final String stateMachineArn;
  private final int limit;

  Run(ExecutionOptions options, TaskHandler tasks, Object input) {
    this.options = options;
    this.tasks = tasks;
    this.history = options.history() ? new ArrayList<>() : null;
    this.statesEntered = options.history() ? new ArrayList<>() : null;
    this.clock = options.startTime().toEpochMilli();
    this.executionInput = input;
    this.limit = options.historyLimit() ? ExecutionOptions.MAX_HISTORY_EVENTS : Integer.MAX_VALUE;
    String region = "arn:aws:states:us-east-1:111111111111:";
    this.stateMachineArn = region + "stateMachine:" + options.stateMachineName();
    this.executionArn = options.type() == ExecutionType.EXPRESS
        ? region + "express:" + options.stateMachineName() + ":" + options.executionName() + ":"
            + "00000000-0000-0000-0000-000000000000"
        : region + "execution:" + options.stateMachineName() + ":" + options.executionName();
  }

  /**
   * Records an event.
   *
   * @param type the event type
   * @param previous the previous event id
   * @param details the details, or {@code null} (callers build them only when {@link #history} is
   *     on)
   * @return the new event's id
   */
  int event(String type, int previous, Map<String, Object> details) {
    if (lastEventId >= limit) {
      throw new HistoryLimitExceeded();
    }
    int id = ++lastEventId;
    if (history != null) {
      history.add(new HistoryEvent(id, previous, type, Instant.ofEpochMilli(clock),
          details == null ? Map.of() : details));
    }
    return id;
  }

  boolean recording() {
    return history != null;
  }

  String now() {
    return iso(clock);
  }

  static String iso(long millis) {
    return DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(millis));
  }

  /** The context object's {@code Execution} member. */
  Map<String, Object> executionContext() {
    if (executionContext == null) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("Id", executionArn);
      m.put("Input", executionInput);
      if (options.type() == ExecutionType.EXPRESS) {
        m.put("Name", options.executionName());
        m.put("RoleArn", "arn:aws:iam::111111111111:role/LocalStepFunctionsRole");
        m.put("StartTime", iso(options.startTime().toEpochMilli()));
      } else {
        m.put("StartTime", iso(options.startTime().toEpochMilli()));
        m.put("Name", options.executionName());
        m.put("RoleArn", "arn:aws:iam::111111111111:role/LocalStepFunctionsRole");
        m.put("RedriveCount", 0L);
      }
      executionContext = m;
    }
    return executionContext;
  }

  /** The context object's {@code StateMachine} member. */
  Map<String, Object> stateMachineContext() {
    if (stateMachineContext == null) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("Id", stateMachineArn);
      m.put("Name", options.stateMachineName());
      stateMachineContext = m;
    }
    return stateMachineContext;
  }
}
