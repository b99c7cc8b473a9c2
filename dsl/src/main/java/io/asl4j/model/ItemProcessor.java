package io.asl4j.model;

import io.asl4j.internal.Ordered;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Map state's {@code ItemProcessor} (or legacy {@code Iterator}): the state graph run for each item.
 *
 * <p>Components follow the canonical JSON key order of {@code AslWriter}.
 *
 * @param comment {@code Comment}: free text for humans
 * @param queryLanguage {@code QueryLanguage}: overrides the inherited query language
 * @param processorConfig {@code ProcessorConfig}: inline or distributed, and the child execution type
 * @param startAt {@code StartAt}: the first state
 * @param states {@code States}: the states by name, in definition order
 * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
 */
public record ItemProcessor(
    Optional<String> comment,
    Optional<QueryLanguage> queryLanguage,
    Optional<ProcessorConfig> processorConfig,
    String startAt,
    Map<String, State> states,
    Map<String, Value> unknownFields) implements StateGraph {

  /**
   * Creates the record, copying collections into unmodifiable ones.
   *
   * @param comment {@code Comment}: free text for humans
   * @param queryLanguage {@code QueryLanguage}: overrides the inherited query language
   * @param processorConfig {@code ProcessorConfig}: inline or distributed, and the child execution type
   * @param startAt {@code StartAt}: the first state
   * @param states {@code States}: the states by name, in definition order
   * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
   */
  public ItemProcessor {
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(queryLanguage, "queryLanguage");
    Objects.requireNonNull(processorConfig, "processorConfig");
    Objects.requireNonNull(startAt, "startAt");
    states = Ordered.copy(states, "states");
    unknownFields = Ordered.copy(unknownFields, "unknownFields");
  }
}
