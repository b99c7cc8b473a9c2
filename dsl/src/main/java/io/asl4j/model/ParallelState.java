package io.asl4j.model;

import io.asl4j.internal.Ordered;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code Parallel} state: runs every branch on the same input and collects their outputs in order.
 *
 * <p>Components follow the canonical JSON key order of {@code AslWriter}.
 *
 * @param comment {@code Comment}: free text for humans
 * @param queryLanguage {@code QueryLanguage}: overrides the inherited query language
 * @param inputPath {@code InputPath} (JSONPath): selects the effective input
 * @param parameters {@code Parameters} (JSONPath): the payload template for the effective input
 * @param arguments {@code Arguments} (JSONata): an object whose values may be expressions, or one expression
 * @param branches {@code Branches}: the nested state graphs
 * @param resultSelector {@code ResultSelector} (JSONPath): the payload template applied to the raw result
 * @param resultPath {@code ResultPath} (JSONPath): where the result goes in the state input
 * @param outputPath {@code OutputPath} (JSONPath): selects the state output
 * @param output {@code Output} (JSONata): the state output; {@code {% %}} strings are evaluated at any depth
 * @param assign {@code Assign}: workflow variables to set, name to value
 * @param retry {@code Retry}: retriers in order (present but empty is kept as {@code []})
 * @param catchers {@code Catch}: catchers in order (present but empty is kept as {@code []})
 * @param transition {@code Next} or {@code End}
 * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
 */
public record ParallelState(
    Optional<String> comment,
    Optional<QueryLanguage> queryLanguage,
    Optional<Path> inputPath,
    Optional<Value> parameters,
    Optional<Value> arguments,
    List<Branch> branches,
    Optional<JsonObject> resultSelector,
    Optional<Path> resultPath,
    Optional<Path> outputPath,
    Optional<Value> output,
    Optional<JsonObject> assign,
    Optional<List<Retrier>> retry,
    Optional<List<Catcher>> catchers,
    Transition transition,
    Map<String, Value> unknownFields) implements State, HasTransition, HasErrorHandling {

  /**
   * Creates the record, copying collections into unmodifiable ones.
   *
   * @param comment {@code Comment}: free text for humans
   * @param queryLanguage {@code QueryLanguage}: overrides the inherited query language
   * @param inputPath {@code InputPath} (JSONPath): selects the effective input
   * @param parameters {@code Parameters} (JSONPath): the payload template for the effective input
   * @param arguments {@code Arguments} (JSONata): an object whose values may be expressions, or one expression
   * @param branches {@code Branches}: the nested state graphs
   * @param resultSelector {@code ResultSelector} (JSONPath): the payload template applied to the raw result
   * @param resultPath {@code ResultPath} (JSONPath): where the result goes in the state input
   * @param outputPath {@code OutputPath} (JSONPath): selects the state output
   * @param output {@code Output} (JSONata): the state output; {@code {% %}} strings are evaluated at any depth
   * @param assign {@code Assign}: workflow variables to set, name to value
   * @param retry {@code Retry}: retriers in order (present but empty is kept as {@code []})
   * @param catchers {@code Catch}: catchers in order (present but empty is kept as {@code []})
   * @param transition {@code Next} or {@code End}
   * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
   */
  public ParallelState {
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(queryLanguage, "queryLanguage");
    Objects.requireNonNull(inputPath, "inputPath");
    Objects.requireNonNull(parameters, "parameters");
    Checks.notMemberExpression(parameters, "Parameters");
    Objects.requireNonNull(arguments, "arguments");
    Checks.notMemberExpression(arguments, "Arguments");
    branches = Ordered.copy(branches, "branches");
    Objects.requireNonNull(resultSelector, "resultSelector");
    Objects.requireNonNull(resultPath, "resultPath");
    Objects.requireNonNull(outputPath, "outputPath");
    Objects.requireNonNull(output, "output");
    Checks.notMemberExpression(output, "Output");
    Objects.requireNonNull(assign, "assign");
    retry = Ordered.copy(retry, "retry");
    catchers = Ordered.copy(catchers, "catchers");
    Objects.requireNonNull(transition, "transition");
    unknownFields = Ordered.copy(unknownFields, "unknownFields");
  }
}
