package io.asl4j.local;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a Task's resource returned: a result, or a failure with an error name and a cause, and
 * optionally how long the call took on the virtual clock ({@link #taking(Duration)}), so that a
 * task can run past its {@code TimeoutSeconds} or {@code HeartbeatSeconds}.
 *
 * <pre>{@code
 * TaskResult.success(Map.of("id", 7)).taking(Duration.ofMinutes(10))   // times out at 300 s
 * TaskResult.success(result).taking(Duration.ofHours(2)).heartbeatEvery(Duration.ofMinutes(1))
 * }</pre>
 */
public sealed interface TaskResult permits TaskResult.Success, TaskResult.Failure,
    TaskResult.Timed {

  /**
   * Creates a successful result.
   *
   * @param output the raw task result (a JSON value), before ResultSelector/ResultPath/Output
   * @return the result
   */
  static TaskResult success(Object output) {
    return new Success(output);
  }

  /**
   * Creates a failure.
   *
   * @param error the error name, e.g. {@code Lambda.ServiceException}; empty when the task
   *     reported none
   * @param cause the cause text; empty when the task reported none
   * @return the failure
   */
  static TaskResult failure(Optional<String> error, Optional<String> cause) {
    return new Failure(error, cause);
  }

  /**
   * Says how long the call runs on the virtual clock before it returns this result. A call that
   * would run past the state's {@code TimeoutSeconds} (or goes longer than its
   * {@code HeartbeatSeconds} without a heartbeat) times out instead, with {@code States.Timeout},
   * as on AWS.
   *
   * @param duration how long the call runs (not negative)
   * @return the timed result
   */
  default TaskResult taking(Duration duration) {
    return new Timed(outcome(), duration, heartbeatInterval());
  }

  /**
   * Says that the worker sends a heartbeat at this interval while the call runs (for activities
   * and {@code .waitForTaskToken} tasks with {@code HeartbeatSeconds}); without it, a call that runs
   * longer than {@code HeartbeatSeconds} misses its heartbeat.
   *
   * @param interval the time between heartbeats (positive)
   * @return the timed result
   */
  default TaskResult heartbeatEvery(Duration interval) {
    return new Timed(outcome(), duration(), Optional.of(interval));
  }

  /**
   * Returns the result or failure itself, without timing.
   *
   * @return a {@link Success} or {@link Failure}
   */
  default TaskResult outcome() {
    return this instanceof Timed t ? t.result() : this;
  }

  /**
   * Returns how long the call runs on the virtual clock.
   *
   * @return the duration, zero unless {@link #taking(Duration)} said otherwise
   */
  default Duration duration() {
    return this instanceof Timed t ? t.runs() : Duration.ZERO;
  }

  /**
   * Returns the interval of the worker's heartbeats.
   *
   * @return the interval, or empty when the worker sends none
   */
  default Optional<Duration> heartbeatInterval() {
    return this instanceof Timed t ? t.heartbeats() : Optional.empty();
  }

  /**
   * A result or failure with the time the call takes.
   *
   * @param result the {@link Success} or {@link Failure}
   * @param runs how long the call runs on the virtual clock
   * @param heartbeats the interval of the worker's heartbeats, if it sends any
   */
  record Timed(TaskResult result, Duration runs, Optional<Duration> heartbeats)
      implements TaskResult {

    /**
     * Creates the record.
     *
     * @param result the result or failure (not itself timed)
     * @param runs the duration (not negative)
     * @param heartbeats the heartbeat interval (positive when present)
     */
    public Timed {
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(runs, "runs");
      Objects.requireNonNull(heartbeats, "heartbeats");
      if (result instanceof Timed) {
        throw new IllegalArgumentException("a timed result cannot be timed again");
      }
      if (runs.isNegative()) {
        throw new IllegalArgumentException("a task cannot run for a negative time: " + runs);
      }
      if (heartbeats.isPresent() && (heartbeats.get().isZero() || heartbeats.get().isNegative())) {
        throw new IllegalArgumentException("the heartbeat interval must be positive: "
            + heartbeats.get());
      }
    }
  }

  /**
   * A successful call.
   *
   * @param output the raw result (a JSON value)
   */
  record Success(Object output) implements TaskResult {}

  /**
   * A failed call ({@code TaskFailed}, {@code LambdaFunctionFailed}, a timeout, ...).
   *
   * @param error the error name, if the task reported one
   * @param cause the cause, if the task reported one
   */
  record Failure(Optional<String> error, Optional<String> cause) implements TaskResult {

    /**
     * Creates a failure.
     *
     * @param error the error name, if any
     * @param cause the cause, if any
     */
    public Failure {
      Objects.requireNonNull(error, "error");
      Objects.requireNonNull(cause, "cause");
    }
  }
}
