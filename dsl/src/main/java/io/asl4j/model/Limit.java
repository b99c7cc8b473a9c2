package io.asl4j.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The numeric ranges ASL gives its fields: one table, used both by the DSL's builders (which
 * throw when a value is out of range) and by the validator (which reports it), with one wording,
 * {@code <field> is <value>; it must be from <min> to <max>}.
 *
 * <pre>{@code Limit.MAX_ATTEMPTS.require(-1)
 * // IllegalArgumentException: MaxAttempts is -1; it must be from 0 to 99999999}</pre>
 */
public enum Limit {

  /** A workflow's {@code TimeoutSeconds}: 0 to 99,999,999. */
  WORKFLOW_TIMEOUT_SECONDS("TimeoutSeconds", 0, Limit.MAX_SECONDS),
  /** A Task's {@code TimeoutSeconds}: 1 to 99,999,999 (also its default). */
  TASK_TIMEOUT_SECONDS("TimeoutSeconds", 1, Limit.MAX_SECONDS),
  /** A Task's {@code HeartbeatSeconds}: 1 to 99,999,999, and below its timeout. */
  HEARTBEAT_SECONDS("HeartbeatSeconds", 1, Limit.MAX_SECONDS),
  /** A Wait state's {@code Seconds}: 0 to 99,999,999. */
  WAIT_SECONDS("Seconds", 0, Limit.MAX_SECONDS),
  /** A retrier's {@code IntervalSeconds}: 1 to 99,999,999. */
  INTERVAL_SECONDS("IntervalSeconds", 1, Limit.MAX_SECONDS),
  /** A retrier's {@code MaxAttempts}: 0 (never retry) to 99,999,999. */
  MAX_ATTEMPTS("MaxAttempts", 0, Limit.MAX_SECONDS),
  /** A retrier's {@code MaxDelaySeconds}: 1 to 31,622,400 (366 days). */
  MAX_DELAY_SECONDS("MaxDelaySeconds", 1, 31_622_400),
  /** A retrier's {@code BackoffRate}: at least 1.0, a fraction allowed. */
  BACKOFF_RATE("BackoffRate", new BigDecimal("1.0"), null),
  /** A Map's {@code MaxConcurrency}: 0 (no limit) to 2,147,483,647. */
  MAX_CONCURRENCY("MaxConcurrency", 0, Integer.MAX_VALUE),
  /** A Distributed Map's {@code ToleratedFailurePercentage}: 0 to 100, a fraction allowed. */
  TOLERATED_FAILURE_PERCENTAGE("ToleratedFailurePercentage", BigDecimal.ZERO,
      BigDecimal.valueOf(100)),
  /** A Distributed Map's {@code ToleratedFailureCount}: 0 to 2,147,483,647. */
  TOLERATED_FAILURE_COUNT("ToleratedFailureCount", 0, Integer.MAX_VALUE),
  /** An ItemReader's {@code ReaderConfig.MaxItems}: 1 to 100,000,000. */
  MAX_ITEMS("MaxItems", 1, 100_000_000),
  /** An ItemBatcher's {@code MaxItemsPerBatch}: 1 to 2,147,483,647. */
  MAX_ITEMS_PER_BATCH("MaxItemsPerBatch", 1, Integer.MAX_VALUE),
  /** An ItemBatcher's {@code MaxInputBytesPerBatch}: 1 to 262,144 (256 KiB). */
  MAX_INPUT_BYTES_PER_BATCH("MaxInputBytesPerBatch", 1, 262_144);

  /**
   * The largest number of seconds a time field takes, 99,999,999 (about three years): the
   * maximum of every {@code *Seconds} field but MaxDelaySeconds, and a Task's default timeout.
   */
  public static final long MAX_SECONDS = 99_999_999;

  private final String field;
  private final BigDecimal min;
  private final BigDecimal max;
  private final boolean wholeNumbers;

  Limit(String field, long min, long max) {
    this(field, BigDecimal.valueOf(min), BigDecimal.valueOf(max), true);
  }

  Limit(String field, BigDecimal min, BigDecimal max) {
    this(field, min, max, false);
  }

  Limit(String field, BigDecimal min, BigDecimal max, boolean wholeNumbers) {
    this.field = field;
    this.min = min;
    this.max = max;
    this.wholeNumbers = wholeNumbers;
  }

  /**
   * Returns the JSON name of the field, e.g. {@code MaxAttempts}.
   *
   * @return the field name
   */
  public String field() {
    return field;
  }

  /**
   * Returns the smallest value allowed.
   *
   * @return the minimum, inclusive
   */
  public BigDecimal min() {
    return min;
  }

  /**
   * Returns the largest value allowed, if there is one.
   *
   * @return the maximum, inclusive, or empty when only the minimum is bounded
   */
  public Optional<BigDecimal> max() {
    return Optional.ofNullable(max);
  }

  /**
   * Whether the field takes only whole numbers.
   *
   * @return {@code true} for counts and seconds, {@code false} for rates and percentages
   */
  public boolean wholeNumbers() {
    return wholeNumbers;
  }

  /**
   * Whether a value is inside the range (whether it is whole is not asked).
   *
   * @param value the value
   * @return {@code true} when {@code min <= value <= max}
   */
  public boolean allows(BigDecimal value) {
    return value.compareTo(min) >= 0 && (max == null || value.compareTo(max) <= 0);
  }

  /**
   * Says what is wrong with a value outside the range, and what would be valid.
   *
   * @param value the value as written, e.g. {@code -1} or {@code 0.5}
   * @return e.g. {@code MaxAttempts is -1; it must be from 0 to 99999999}, or {@code BackoffRate
   *     is 0.5; it must be at least 1.0}
   */
  public String problem(String value) {
    return field + " is " + value + "; it must be "
        + (max == null ? "at least " + min.toPlainString()
            : "from " + min.toPlainString() + " to " + max.toPlainString());
  }

  /**
   * Checks a whole number against the range.
   *
   * @param value the value
   * @return the value
   * @throws IllegalArgumentException with {@link #problem(String)} when it is out of range
   */
  public long require(long value) {
    if (!allows(BigDecimal.valueOf(value))) {
      throw new IllegalArgumentException(problem(Long.toString(value)));
    }
    return value;
  }

  /**
   * Checks a number against the range.
   *
   * @param value a finite number, or NaN or an infinity (which are out of every range)
   * @return the value
   * @throws IllegalArgumentException with {@link #problem(String)} when it is out of range
   */
  public double require(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(problem(Double.toString(value)));
    }
    require(JsonNumber.of(value));
    return value;
  }

  /**
   * Checks a JSON number against the range.
   *
   * @param value the number
   * @return the number
   * @throws IllegalArgumentException with {@link #problem(String)} when it is out of range
   */
  public JsonNumber require(JsonNumber value) {
    Objects.requireNonNull(value, "value");
    if (!allows(value.decimalValue())) {
      throw new IllegalArgumentException(problem(value.text()));
    }
    return value;
  }
}
