package io.asl4j.model;

import io.asl4j.internal.Ordered;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code Choice} state: takes the {@code Next} of the first matching rule, else {@code Default}.
 *
 * <p>Components follow the canonical JSON key order of {@code AslWriter}.
 *
 * @param comment {@code Comment}: free text for humans
 * @param queryLanguage {@code QueryLanguage}: overrides the inherited query language
 * @param inputPath {@code InputPath} (JSONPath): selects the effective input
 * @param outputPath {@code OutputPath} (JSONPath): selects the state output
 * @param output {@code Output} (JSONata): the state output; {@code {% %}} strings are evaluated at any depth
 * @param assign {@code Assign}: variables set when no rule matches (the {@code Default} path)
 * @param choices {@code Choices}: the rules in evaluation order
 * @param defaultState {@code Default}: the state to go to when no rule matches
 * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
 */
public record ChoiceState(
    Optional<String> comment,
    Optional<QueryLanguage> queryLanguage,
    Optional<Path> inputPath,
    Optional<Path> outputPath,
    Optional<Value> output,
    Optional<JsonObject> assign,
    List<ChoiceRule> choices,
    Optional<String> defaultState,
    Map<String, Value> unknownFields) implements State {

  /**
   * Creates the record, copying collections into unmodifiable ones.
   *
   * @param comment {@code Comment}: free text for humans
   * @param queryLanguage {@code QueryLanguage}: overrides the inherited query language
   * @param inputPath {@code InputPath} (JSONPath): selects the effective input
   * @param outputPath {@code OutputPath} (JSONPath): selects the state output
   * @param output {@code Output} (JSONata): the state output; {@code {% %}} strings are evaluated at any depth
   * @param assign {@code Assign}: variables set when no rule matches (the {@code Default} path)
   * @param choices {@code Choices}: the rules in evaluation order
   * @param defaultState {@code Default}: the state to go to when no rule matches
   * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
   */
  public ChoiceState {
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(queryLanguage, "queryLanguage");
    Objects.requireNonNull(inputPath, "inputPath");
    Objects.requireNonNull(outputPath, "outputPath");
    Objects.requireNonNull(output, "output");
    Checks.notMemberExpression(output, "Output");
    Objects.requireNonNull(assign, "assign");
    choices = Ordered.copy(choices, "choices");
    Objects.requireNonNull(defaultState, "defaultState");
    unknownFields = Ordered.copy(unknownFields, "unknownFields");
  }
}
