package io.asl4j.model;

import io.asl4j.internal.Ordered;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule inside {@code And}, {@code Or} or {@code Not}: a condition with no transition of its own.
 *
 * <p>Components follow the canonical JSON key order of {@code AslWriter}.
 *
 * @param comment {@code Comment}: free text for humans
 * @param condition the test
 * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
 */
public record NestedRule(
    Optional<String> comment,
    Condition condition,
    Map<String, Value> unknownFields) {

  /**
   * Creates the record, copying collections into unmodifiable ones.
   *
   * @param comment {@code Comment}: free text for humans
   * @param condition the test
   * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
   */
  public NestedRule {
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(condition, "condition");
    unknownFields = Ordered.copy(unknownFields, "unknownFields");
  }
}
