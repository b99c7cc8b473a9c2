package io.asl4j.model;

import io.asl4j.internal.Ordered;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code Pass} state: passes its input to its output, optionally injecting a fixed {@code Result}.
 *
 * <p>Components follow the canonical JSON key order of {@code AslWriter}.
 *
 * @param comment {@code Comment}: free text for humans
 * @param queryLanguage {@code QueryLanguage}: overrides the inherited query language
 * @param inputPath {@code InputPath} (JSONPath): selects the effective input
 * @param parameters {@code Parameters} (JSONPath): the payload template for the effective input
 * @param result {@code Result} (JSONPath): constant JSON used as the result; never evaluated
 * @param resultPath {@code ResultPath} (JSONPath): where the result goes in the state input
 * @param outputPath {@code OutputPath} (JSONPath): selects the state output
 * @param output {@code Output} (JSONata): the state output; {@code {% %}} strings are evaluated at any depth
 * @param assign {@code Assign}: workflow variables to set, name to value
 * @param transition {@code Next} or {@code End}
 * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
 */
public record PassState(
    Optional<String> comment,
    Optional<QueryLanguage> queryLanguage,
    Optional<Path> inputPath,
    Optional<Value> parameters,
    Optional<Value> result,
    Optional<Path> resultPath,
    Optional<Path> outputPath,
    Optional<Value> output,
    Optional<JsonObject> assign,
    Transition transition,
    Map<String, Value> unknownFields) implements State, HasTransition {

  /**
   * Creates the record, copying collections into unmodifiable ones.
   *
   * @param comment {@code Comment}: free text for humans
   * @param queryLanguage {@code QueryLanguage}: overrides the inherited query language
   * @param inputPath {@code InputPath} (JSONPath): selects the effective input
   * @param parameters {@code Parameters} (JSONPath): the payload template for the effective input
   * @param result {@code Result} (JSONPath): constant JSON used as the result; never evaluated
   * @param resultPath {@code ResultPath} (JSONPath): where the result goes in the state input
   * @param outputPath {@code OutputPath} (JSONPath): selects the state output
   * @param output {@code Output} (JSONata): the state output; {@code {% %}} strings are evaluated at any depth
   * @param assign {@code Assign}: workflow variables to set, name to value
   * @param transition {@code Next} or {@code End}
   * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
   */
  public PassState {
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(queryLanguage, "queryLanguage");
    Objects.requireNonNull(inputPath, "inputPath");
    Objects.requireNonNull(parameters, "parameters");
    Checks.notMemberExpression(parameters, "Parameters");
    Objects.requireNonNull(result, "result");
    Checks.notMemberExpression(result, "Result");
    Objects.requireNonNull(resultPath, "resultPath");
    Objects.requireNonNull(outputPath, "outputPath");
    Objects.requireNonNull(output, "output");
    Checks.notMemberExpression(output, "Output");
    Objects.requireNonNull(assign, "assign");
    Objects.requireNonNull(transition, "transition");
    unknownFields = Ordered.copy(unknownFields, "unknownFields");
    result.ifPresent(r -> {
      if (!r.isConstant()) {
        throw new IllegalArgumentException("Result is constant JSON and never evaluated; use Parameters (JSONPath) or Output (JSONata) for computed values");
      }
    });
  }
}
