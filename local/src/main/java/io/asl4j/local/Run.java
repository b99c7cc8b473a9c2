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
  /** What this execution shares with the executions it starts and the one that started it. */
  final World world;
  final TaskHandler tasks;
  /** The mocks' cursors when the task handler is {@link Mocks}, else {@code null}. */
  final Mocks.Session mocks;
  /** The virtual time at which the execution times out ({@code TimeoutSeconds}). */
  long deadline = Long.MAX_VALUE;
  final List<HistoryEvent> history;
  final List<String> statesEntered;
  /** Virtual time, epoch milliseconds. */
  long clock;
  int lastEventId;
  long transitions;
  final Object executionInput;
  /** Told what the execution does; {@code null} when nobody listens (child executions). */
  ExecutionListener listener;
  private Map<String, Object> executionContext;
  private Map<String, Object> stateMachineContext;
  final String executionArn;
  final String stateMachineArn;
  private final int limit;

  /** A run of a program: a new execution with its own mock cursors. */
  Run(ExecutionOptions options, World world, Compiler.Program program, Object input) {
    this(options, world, world.mocks == null ? null
        : world.mocks.session(program.taskNames(), program.taskResources()), input);
  }

  /**
   * A child execution of a Distributed Map: it runs states of its parent's program, so it takes
   * their mocks from the parent's cursors (iterations take them in item order).
   */
  Run(Run parent, ExecutionOptions options, Object input) {
    this(options, parent.world, parent.mocks, input);
    this.listener = parent.listener;
  }

  private Run(ExecutionOptions options, World world, Mocks.Session mocks, Object input) {
    this.options = options;
    this.world = world;
    this.tasks = world.tasks;
    this.mocks = mocks;
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
