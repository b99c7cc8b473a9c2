package io.asl4j.model;

import io.asl4j.internal.Ordered;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A top-level rule of a Choice state: a condition and the state to go to when it holds.
 *
 * <p>Components follow the canonical JSON key order of {@code AslWriter}.
 *
 * @param comment {@code Comment}: free text for humans
 * @param condition the test: a comparison, {@code And}/{@code Or}/{@code Not}, or a JSONata {@code Condition}
 * @param assign {@code Assign}: variables to set when this rule matches
 * @param output {@code Output} (JSONata): the state output when this rule matches
 * @param next {@code Next}: the state to go to when the condition holds
 * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
 */
public record ChoiceRule(
    Optional<String> comment,
    Condition condition,
    Optional<JsonObject> assign,
    Optional<Value> output,
    String next,
    Map<String, Value> unknownFields) {

  /**
   * Creates the record, copying collections into unmodifiable ones.
   *
   * @param comment {@code Comment}: free text for humans
   * @param condition the test: a comparison, {@code And}/{@code Or}/{@code Not}, or a JSONata {@code Condition}
   * @param assign {@code Assign}: variables to set when this rule matches
   * @param output {@code Output} (JSONata): the state output when this rule matches
   * @param next {@code Next}: the state to go to when the condition holds
   * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
   */
  public ChoiceRule {
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(assign, "assign");
    Objects.requireNonNull(output, "output");
    Checks.notMemberExpression(output, "Output");
    Objects.requireNonNull(next, "next");
    unknownFields = Ordered.copy(unknownFields, "unknownFields");
  }
}
