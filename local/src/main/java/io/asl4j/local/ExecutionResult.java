package io.asl4j.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a local execution, as AWS would report it.
 *
 * @param status how the execution ended
 * @param output the execution's output (a JSON value), present when it succeeded and its output
 *     is not JSON {@code null}; {@link #outputJson()} tells the two apart
 * @param error the error name of a failed execution, when there is one
 * @param cause the cause of a failed execution, when there is one
 * @param statesEntered the names of the states entered, in history order (empty when the history
 *     was off)
 * @param history the AWS-shaped event history (empty when the history was off)
 * @param transitions the number of states entered
 * @param events the number of history events, counted even when the history was off
 * @param s3Writes the S3 objects the execution wrote (a Distributed Map's {@code ResultWriter}:
 *     {@code manifest.json} and the result files), empty when none
 */
public record ExecutionResult(ExecutionStatus status, Optional<Object> output,
    Optional<String> error, Optional<String> cause, List<String> statesEntered,
    List<HistoryEvent> history, long transitions, int events, S3Objects s3Writes) {

  /**
   * Creates a result.
   *
   * @param status how it ended
   * @param output the output, when it succeeded
   * @param error the error, when it failed with one
   * @param cause the cause, when it failed with one
   * @param statesEntered the states entered
   * @param history the history
   * @param transitions the number of states entered
   * @param events the number of events
   * @param s3Writes the S3 objects written
   */
  public ExecutionResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(s3Writes, "s3Writes");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(cause, "cause");
    statesEntered = List.copyOf(statesEntered);
    history = List.copyOf(history);
  }

  /**
   * Creates a result of an execution that wrote no S3 objects.
   *
   * @param status how it ended
   * @param output the output, when it succeeded
   * @param error the error, when it failed with one
   * @param cause the cause, when it failed with one
   * @param statesEntered the states entered
   * @param history the history
   * @param transitions the number of states entered
   * @param events the number of events
   */
  public ExecutionResult(ExecutionStatus status, Optional<Object> output, Optional<String> error,
      Optional<String> cause, List<String> statesEntered, List<HistoryEvent> history,
      long transitions, int events) {
    this(status, output, error, cause, statesEntered, history, transitions, events,
        S3Objects.empty());
  }

  /**
   * Returns the output of a succeeded execution as compact JSON text.
   *
   * @return the output's JSON text ({@code "null"} for a JSON null output), or empty when the
   *     execution did not succeed
   */
  public Optional<String> outputJson() {
    return status == ExecutionStatus.SUCCEEDED ? Optional.of(Json.write(output.orElse(null)))
        : Optional.empty();
  }

  /**
   * Returns the result as a JSON object in the shape of the conformance suite's
   * {@code expected.json}: {@code status}, then {@code output} (succeeded) or {@code error} and
   * {@code cause} (failed, {@code null} when absent), {@code states_entered} and {@code history}
   * when it was recorded (each event with {@code id}, {@code previousEventId}, {@code type},
   * {@code timestamp} and its details under AWS's key, e.g. {@code stateEnteredEventDetails}), and
   * {@code transitions}.
   *
   * @return the JSON text, indented
   */
  public String toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", status.name());
    if (status == ExecutionStatus.SUCCEEDED) {
      m.put("output", output.orElse(null));
    } else {
      m.put("error", error.orElse(null));
      m.put("cause", cause.orElse(null));
    }
    if (!history.isEmpty()) {
      m.put("states_entered", statesEntered);
      m.put("history", historyJson());
    }
    m.put("transitions", transitions);
    return Json.writePretty(m);
  }

  /**
   * Returns the result as {@code asl4j run --format json} prints it: one line of JSON with
   * {@code status}, {@code output} ({@code null} unless it succeeded), {@code error} and
   * {@code cause} ({@code null} unless it failed with them), {@code statesEntered},
   * {@code transitions} and, when asked for, {@code history} (each event with {@code id},
   * {@code previousEventId}, {@code type}, {@code timestamp} and its details under AWS's key, e.g.
   * {@code stateEnteredEventDetails}).
   *
   * @param withHistory whether to include the history
   * @return the JSON text, on one line
   */
  public String toReportJson(boolean withHistory) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", status.name());
    m.put("output", status == ExecutionStatus.SUCCEEDED ? output.orElse(null) : null);
    m.put("error", error.orElse(null));
    m.put("cause", cause.orElse(null));
    m.put("statesEntered", statesEntered);
    m.put("transitions", transitions);
    if (withHistory) {
      m.put("history", historyJson());
    }
    return Json.write(m);
  }

  /** The history as AWS's GetExecutionHistory shapes its events. */
  private List<Object> historyJson() {
    List<Object> events = new ArrayList<>();
    for (HistoryEvent e : history) {
      Map<String, Object> ev = new LinkedHashMap<>();
      ev.put("id", (long) e.id());
      ev.put("previousEventId", (long) e.previousEventId());
      ev.put("type", e.type());
      ev.put("timestamp", e.timestamp().toString());
      if (!e.details().isEmpty()) {
        ev.put(detailsKey(e.type()), e.details());
      }
      events.add(ev);
    }
    return events;
  }

  /**
   * AWS's naming of an event's details: PassStateEntered has {@code stateEnteredEventDetails},
   * TaskScheduled has {@code taskScheduledEventDetails}, ...
   */
  private static String detailsKey(String type) {
    String t = type.replaceFirst("^(Pass|Task|Choice|Wait|Succeed|Fail|Parallel|Map)"
        + "(State(Entered|Exited))$", "$2");
    return Character.toLowerCase(t.charAt(0)) + t.substring(1) + "EventDetails";
  }

  /**
   * Returns the result for people, with the history when asked for: {@link #toText()}, then one
   * line per event, {@code ID TIMESTAMP TYPE {details}}.
   *
   * @param withHistory whether to list the history
   * @return several lines of text, ending with a line break
   */
  public String toText(boolean withHistory) {
    if (!withHistory) {
      return toText();
    }
    StringBuilder sb = new StringBuilder(toText());
    sb.append("history:\n");
    for (HistoryEvent e : history) {
      sb.append("  ").append(e.id()).append(' ').append(e.timestamp()).append(' ')
          .append(e.type());
      if (!e.details().isEmpty()) {
        sb.append(' ').append(Json.write(e.details()));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /**
   * Returns the result for people: the status line, the output or the error and cause, and the
   * states entered.
   *
   * @return several lines of text, ending with a line break
   */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append(status.name()).append(" after ").append(transitions)
        .append(transitions == 1 ? " state transition" : " state transitions").append('\n');
    if (status == ExecutionStatus.SUCCEEDED) {
      sb.append("output: ").append(Json.writePretty(output.orElse(null))).append('\n');
    } else {
      sb.append("error: ").append(error.orElse("(none)")).append('\n');
      sb.append("cause: ").append(cause.orElse("(none)")).append('\n');
    }
    if (!statesEntered.isEmpty()) {
      sb.append("states entered: ").append(String.join(" -> ", statesEntered)).append('\n');
    }
    return sb.toString();
  }
}
