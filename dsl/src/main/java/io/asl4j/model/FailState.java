package io.asl4j.model;

import io.asl4j.internal.Ordered;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code Fail} state: ends the workflow with an error.
 *
 * <p>Components follow the canonical JSON key order of {@code AslWriter}.
 *
 * @param comment {@code Comment}: free text for humans
 * @param queryLanguage {@code QueryLanguage}: overrides the inherited query language
 * @param error {@code Error}, or {@code ErrorPath} when a {@link JsonPath} or {@link Intrinsic}
 * @param cause {@code Cause}, or {@code CausePath} when a {@link JsonPath} or {@link Intrinsic}
 * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
 */
public record FailState(
    Optional<String> comment,
    Optional<QueryLanguage> queryLanguage,
    Optional<DynamicString> error,
    Optional<DynamicString> cause,
    Map<String, Value> unknownFields) implements State {

  /**
   * Creates the record, copying collections into unmodifiable ones.
   *
   * @param comment {@code Comment}: free text for humans
   * @param queryLanguage {@code QueryLanguage}: overrides the inherited query language
   * @param error {@code Error}, or {@code ErrorPath} when a {@link JsonPath} or {@link Intrinsic}
   * @param cause {@code Cause}, or {@code CausePath} when a {@link JsonPath} or {@link Intrinsic}
   * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
   */
  public FailState {
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(queryLanguage, "queryLanguage");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(cause, "cause");
    unknownFields = Ordered.copy(unknownFields, "unknownFields");
  }
}
