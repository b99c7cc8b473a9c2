package io.asl4j.local;

import io.asl4j.model.ExecutionType;
import java.time.Instant;
import java.util.Objects;

/**
 * How to run an execution. Immutable: each {@code with...} method returns a copy.
 *
 * @param type STANDARD or EXPRESS: an EXPRESS execution has no {@code RedriveCount} in its context
 *     object and an {@code express} execution ARN
 * @param history whether to record the AWS-shaped event history and the list of states entered;
 *     off, memory stays flat however long the run (event ids are still counted, since AWS's error
 *     causes quote them)
 * @param historyLimit whether to enforce AWS's 25,000-event limit of a Standard execution's
 *     history (the execution fails when it is exceeded, as on AWS)
 * @param startTime the virtual time the execution starts at; Wait and Retry advance it, nothing
 *     sleeps
 * @param stateMachineName the state machine's name, for the context object and ARNs
 * @param executionName the execution's name, for the context object and ARNs
 * @param seed seeds the random numbers of a run (Retry's {@code JitterStrategy: FULL}), so that
 *     runs with the same seed are the same
 * @param s3 the mocked S3 objects a Distributed Map's {@code ItemReader} reads (added to those of
 *     the mocks file, replacing them at the same bucket and key)
 */
public record ExecutionOptions(ExecutionType type, boolean history, boolean historyLimit,
    Instant startTime, String stateMachineName, String executionName, long seed, S3Objects s3) {

  /** AWS's quota on the events of one Standard execution's history. */
  public static final int MAX_HISTORY_EVENTS = 25_000;

  /**
   * Creates options.
   *
   * @param type STANDARD or EXPRESS
   * @param history whether to record the history
   * @param historyLimit whether to enforce the 25,000-event limit
   * @param startTime the virtual start time
   * @param stateMachineName the state machine's name
   * @param executionName the execution's name
   * @param seed the seed of the run's random numbers
   * @param s3 the mocked S3 objects
   */
  public ExecutionOptions {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(startTime, "startTime");
    Objects.requireNonNull(stateMachineName, "stateMachineName");
    Objects.requireNonNull(executionName, "executionName");
    Objects.requireNonNull(s3, "s3");
  }

  /**
   * Creates options with seed 0 and no S3 objects.
   *
   * @param type STANDARD or EXPRESS
   * @param history whether to record the history
   * @param historyLimit whether to enforce the 25,000-event limit
   * @param startTime the virtual start time
   * @param stateMachineName the state machine's name
   * @param executionName the execution's name
   */
  public ExecutionOptions(ExecutionType type, boolean history, boolean historyLimit,
      Instant startTime, String stateMachineName, String executionName) {
    this(type, history, historyLimit, startTime, stateMachineName, executionName, 0L,
        S3Objects.empty());
  }

  /**
   * Returns the defaults: STANDARD, history on, the 25,000-event limit on, starting at
   * 2024-01-01T12:00:00Z, state machine {@code LocalStateMachine}, execution {@code local}, seed 0,
   * no S3 objects.
   *
   * @return the default options
   */
  public static ExecutionOptions defaults() {
    return new ExecutionOptions(ExecutionType.STANDARD, true, true,
        Instant.parse("2024-01-01T12:00:00Z"), "LocalStateMachine", "local", 0L,
        S3Objects.empty());
  }

  /**
   * Sets the workflow type.
   *
   * @param type STANDARD or EXPRESS
   * @return a copy with that type
   */
  public ExecutionOptions withType(ExecutionType type) {
    return new ExecutionOptions(type, history, historyLimit, startTime, stateMachineName,
        executionName, seed, s3);
  }

  /**
   * Switches the history (and the list of states entered) on or off.
   *
   * @param on {@code true} to record
   * @return a copy with that setting
   */
  public ExecutionOptions withHistory(boolean on) {
    return new ExecutionOptions(type, on, historyLimit, startTime, stateMachineName, executionName,
        seed, s3);
  }

  /**
   * Switches the 25,000-event history limit on or off (off for long benchmark loops).
   *
   * @param on {@code true} to enforce the limit
   * @return a copy with that setting
   */
  public ExecutionOptions withHistoryLimit(boolean on) {
    return new ExecutionOptions(type, history, on, startTime, stateMachineName, executionName, seed,
        s3);
  }

  /**
   * Sets the virtual start time.
   *
   * @param start the instant the execution starts at
   * @return a copy with that start time
   */
  public ExecutionOptions withStartTime(Instant start) {
    return new ExecutionOptions(type, history, historyLimit, start, stateMachineName,
        executionName, seed, s3);
  }

  /**
   * Sets the state machine's and the execution's names.
   *
   * @param stateMachine the state machine name
   * @param execution the execution name
   * @return a copy with those names
   */
  public ExecutionOptions withNames(String stateMachine, String execution) {
    return new ExecutionOptions(type, history, historyLimit, startTime, stateMachine, execution,
        seed, s3);
  }

  /**
   * Sets the seed of the run's random numbers: Retry's {@code JitterStrategy: FULL} waits a
   * random part of each interval, the same part for the same seed.
   *
   * @param value the seed
   * @return a copy with that seed
   */
  public ExecutionOptions withSeed(long value) {
    return new ExecutionOptions(type, history, historyLimit, startTime, stateMachineName,
        executionName, value, s3);
  }

  /**
   * Sets the mocked S3 objects that a Distributed Map's {@code ItemReader} reads.
   *
   * @param objects the objects
   * @return a copy with those objects
   */
  public ExecutionOptions withS3(S3Objects objects) {
    return new ExecutionOptions(type, history, historyLimit, startTime, stateMachineName,
        executionName, seed, objects);
  }
}
