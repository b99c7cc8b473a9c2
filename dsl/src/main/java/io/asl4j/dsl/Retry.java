package io.asl4j.dsl;

import io.asl4j.model.JitterStrategy;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.Limit;
import io.asl4j.model.Retrier;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of one retrier, given to {@code retry(...)} or {@code retryAll(...)}. Immutable;
 * fields left unset take ASL's defaults (1 s interval, 3 attempts, backoff 2.0), and each is set
 * once ({@link SetOnce}).
 *
 * <pre>{@code Retry.policy().intervalSeconds(2).maxAttempts(6).backoffRate(2).jitter(FULL)
 * // {"IntervalSeconds": 2, "MaxAttempts": 6, "BackoffRate": 2, "JitterStrategy": "FULL"}}</pre>
 */
public final class Retry {

  private static final Retry DEFAULTS = new Retry(null, null, null, null, null, null);

  private final String comment;
  private final JsonNumber interval;
  private final JsonNumber attempts;
  private final JsonNumber backoff;
  private final JsonNumber maxDelay;
  private final JitterStrategy jitter;

  private Retry(String comment, JsonNumber interval, JsonNumber attempts, JsonNumber backoff,
      JsonNumber maxDelay, JitterStrategy jitter) {
    this.comment = comment;
    this.interval = interval;
    this.attempts = attempts;
    this.backoff = backoff;
    this.maxDelay = maxDelay;
    this.jitter = jitter;
  }

  /**
   * Starts from ASL's defaults, writing no setting.
   *
   * @return a retry policy with nothing set
   */
  public static Retry policy() {
    return DEFAULTS;
  }

  /**
   * Sets {@code "IntervalSeconds"}: the delay before the first retry.
   *
   * @param seconds at least 1
   * @return the policy with the interval
   */
  public Retry intervalSeconds(long seconds) {
    once(interval, "IntervalSeconds", "intervalSeconds");
    return new Retry(comment, JsonNumber.of(Limit.INTERVAL_SECONDS.require(seconds)), attempts,
        backoff, maxDelay, jitter);
  }

  /**
   * Sets {@code "MaxAttempts"}: how many retries; 0 never retries.
   *
   * @param attempts at least 0
   * @return the policy with the attempts
   */
  public Retry maxAttempts(long attempts) {
    once(this.attempts, "MaxAttempts", "maxAttempts");
    return new Retry(comment, interval, JsonNumber.of(Limit.MAX_ATTEMPTS.require(attempts)),
        backoff, maxDelay, jitter);
  }

  /**
   * Sets {@code "BackoffRate"}: the interval multiplier per attempt.
   *
   * @param rate at least 1.0
   * @return the policy with the backoff rate
   */
  public Retry backoffRate(double rate) {
    return backoffRate(JsonNumber.of(rate));
  }

  /**
   * Sets {@code "BackoffRate"} to a whole number, written without a fraction ({@code 2}).
   *
   * @param rate at least 1
   * @return the policy with the backoff rate
   */
  public Retry backoffRate(long rate) {
    return backoffRate(JsonNumber.of(rate));
  }

  /**
   * Sets {@code "BackoffRate"} exactly as given, e.g. {@code new JsonNumber("2.0")}.
   *
   * @param rate at least 1
   * @return the policy with the backoff rate
   */
  public Retry backoffRate(JsonNumber rate) {
    once(backoff, "BackoffRate", "backoffRate");
    return new Retry(comment, interval, attempts, Limit.BACKOFF_RATE.require(rate), maxDelay,
        jitter);
  }

  /**
   * Sets {@code "MaxDelaySeconds"}: a cap on the computed interval.
   *
   * @param seconds 1 to 31,622,400
   * @return the policy with the cap
   */
  public Retry maxDelaySeconds(long seconds) {
    once(maxDelay, "MaxDelaySeconds", "maxDelaySeconds");
    return new Retry(comment, interval, attempts, backoff,
        JsonNumber.of(Limit.MAX_DELAY_SECONDS.require(seconds)), jitter);
  }

  /**
   * Sets {@code "JitterStrategy"}.
   *
   * @param strategy {@code FULL} randomises each delay, {@code NONE} does not
   * @return the policy with the jitter strategy
   */
  public Retry jitter(JitterStrategy strategy) {
    once(jitter, "JitterStrategy", "jitter");
    return new Retry(comment, interval, attempts, backoff, maxDelay, strategy);
  }

  /**
   * Sets the retrier's {@code "Comment"}.
   *
   * @param text free text
   * @return the policy with the comment
   */
  public Retry comment(String text) {
    once(comment, "Comment", "comment");
    return new Retry(text, interval, attempts, backoff, maxDelay, jitter);
  }

  /** The set-once rule: a setting given twice is refused, naming the first. */
  private static void once(Object current, String field, String method) {
    if (current != null) {
      throw SetOnce.twice("Retry", field, SetOnce.call(method, current));
    }
  }

  Retrier toRetrier(List<String> errors) {
    return new Retrier(Optional.ofNullable(comment), errors, Optional.ofNullable(interval),
        Optional.ofNullable(attempts), Optional.ofNullable(backoff), Optional.ofNullable(maxDelay),
        Optional.ofNullable(jitter), Map.of());
  }
}
