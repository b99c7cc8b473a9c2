package io.asl4j.model;

import io.asl4j.internal.Ordered;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a state's {@code Retry} list.
 *
 * <p>Components follow the canonical JSON key order of {@code AslWriter}.
 *
 * @param comment {@code Comment}: free text for humans
 * @param errorEquals {@code ErrorEquals}: the error names this retrier matches
 * @param intervalSeconds {@code IntervalSeconds}: delay before the first retry (ASL default 1)
 * @param maxAttempts {@code MaxAttempts}: retries before giving up (ASL default 3; 0 never retries)
 * @param backoffRate {@code BackoffRate}: interval multiplier per attempt (ASL default 2.0)
 * @param maxDelaySeconds {@code MaxDelaySeconds}: cap on the computed interval
 * @param jitterStrategy {@code JitterStrategy}: {@code FULL} or {@code NONE}
 * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
 */
public record Retrier(
    Optional<String> comment,
    List<String> errorEquals,
    Optional<JsonNumber> intervalSeconds,
    Optional<JsonNumber> maxAttempts,
    Optional<JsonNumber> backoffRate,
    Optional<JsonNumber> maxDelaySeconds,
    Optional<JitterStrategy> jitterStrategy,
    Map<String, Value> unknownFields) {

  /**
   * Creates the record, copying collections into unmodifiable ones.
   *
   * @param comment {@code Comment}: free text for humans
   * @param errorEquals {@code ErrorEquals}: the error names this retrier matches
   * @param intervalSeconds {@code IntervalSeconds}: delay before the first retry (ASL default 1)
   * @param maxAttempts {@code MaxAttempts}: retries before giving up (ASL default 3; 0 never retries)
   * @param backoffRate {@code BackoffRate}: interval multiplier per attempt (ASL default 2.0)
   * @param maxDelaySeconds {@code MaxDelaySeconds}: cap on the computed interval
   * @param jitterStrategy {@code JitterStrategy}: {@code FULL} or {@code NONE}
   * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
   */
  public Retrier {
    Objects.requireNonNull(comment, "comment");
    errorEquals = Ordered.copy(errorEquals, "errorEquals");
    Objects.requireNonNull(intervalSeconds, "intervalSeconds");
    Objects.requireNonNull(maxAttempts, "maxAttempts");
    Objects.requireNonNull(backoffRate, "backoffRate");
    Objects.requireNonNull(maxDelaySeconds, "maxDelaySeconds");
    Objects.requireNonNull(jitterStrategy, "jitterStrategy");
    unknownFields = Ordered.copy(unknownFields, "unknownFields");
  }
}
