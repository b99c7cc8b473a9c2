package io.asl4j.model;

import io.asl4j.internal.Ordered;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One of a Parallel state's {@code Branches}: a nested state graph.
 *
 * <p>Components follow the canonical JSON key order of {@code AslWriter}.
 *
 * @param comment {@code Comment}: free text for humans
 * @param queryLanguage {@code QueryLanguage}: overrides the inherited query language
 * @param startAt {@code StartAt}: the first state
 * @param states {@code States}: the states by name, in definition order
 * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
 */
public record Branch(
    Optional<String> comment,
    Optional<QueryLanguage> queryLanguage,
    String startAt,
    Map<String, State> states,
    Map<String, Value> unknownFields) implements StateGraph {

  /**
   * Creates the record, copying collections into unmodifiable ones.
   *
   * @param comment {@code Comment}: free text for humans
   * @param queryLanguage {@code QueryLanguage}: overrides the inherited query language
   * @param startAt {@code StartAt}: the first state
   * @param states {@code States}: the states by name, in definition order
   * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
   */
  public Branch {
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(queryLanguage, "queryLanguage");
    Objects.requireNonNull(startAt, "startAt");
    states = Ordered.copy(states, "states");
    unknownFields = Ordered.copy(unknownFields, "unknownFields");
  }
}
