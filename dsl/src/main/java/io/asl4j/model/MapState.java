package io.asl4j.model;

import io.asl4j.internal.Ordered;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code Map} state: runs its item processor for each item, inline or as a Distributed Map.
 *
 * <p>Components follow the canonical JSON key order of {@code AslWriter}.
 *
 * @param comment {@code Comment}: free text for humans
 * @param queryLanguage {@code QueryLanguage}: overrides the inherited query language
 * @param inputPath {@code InputPath} (JSONPath): selects the effective input
 * @param arguments {@code Arguments} (JSONata): an object whose values may be expressions, or one expression
 * @param items the items to iterate: {@code ItemsPath} when a {@link JsonPath}, otherwise {@code Items} (JSONata: an array, object or expression)
 * @param itemReader {@code ItemReader}: reads the items from S3 (Distributed Map)
 * @param itemSelector {@code ItemSelector}: reshapes each item
 * @param parameters {@code Parameters}: the legacy spelling of {@code ItemSelector} (JSONPath)
 * @param itemBatcher {@code ItemBatcher}: groups items into batches (Distributed Map)
 * @param maxConcurrency {@code MaxConcurrency}, or {@code MaxConcurrencyPath} when a {@link JsonPath}
 * @param toleratedFailurePercentage {@code ToleratedFailurePercentage}, or its {@code ...Path} twin when a {@link JsonPath}
 * @param toleratedFailureCount {@code ToleratedFailureCount}, or its {@code ...Path} twin when a {@link JsonPath}
 * @param label {@code Label}: names the Map Run of a Distributed Map
 * @param itemProcessor {@code ItemProcessor} (or the legacy {@code Iterator}): the graph run per item
 * @param legacyIterator {@code true} when the definition spells the processor as the legacy {@code Iterator} field
 * @param resultWriter {@code ResultWriter}: writes the results to S3 (Distributed Map)
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
public record MapState(
    Optional<String> comment,
    Optional<QueryLanguage> queryLanguage,
    Optional<Path> inputPath,
    Optional<Value> arguments,
    Optional<Value> items,
    Optional<ItemReader> itemReader,
    Optional<Value> itemSelector,
    Optional<Value> parameters,
    Optional<ItemBatcher> itemBatcher,
    Optional<DynamicNumber> maxConcurrency,
    Optional<DynamicNumber> toleratedFailurePercentage,
    Optional<DynamicNumber> toleratedFailureCount,
    Optional<String> label,
    ItemProcessor itemProcessor,
    boolean legacyIterator,
    Optional<ResultWriter> resultWriter,
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
   * @param arguments {@code Arguments} (JSONata): an object whose values may be expressions, or one expression
   * @param items the items to iterate: {@code ItemsPath} when a {@link JsonPath}, otherwise {@code Items} (JSONata: an array, object or expression)
   * @param itemReader {@code ItemReader}: reads the items from S3 (Distributed Map)
   * @param itemSelector {@code ItemSelector}: reshapes each item
   * @param parameters {@code Parameters}: the legacy spelling of {@code ItemSelector} (JSONPath)
   * @param itemBatcher {@code ItemBatcher}: groups items into batches (Distributed Map)
   * @param maxConcurrency {@code MaxConcurrency}, or {@code MaxConcurrencyPath} when a {@link JsonPath}
   * @param toleratedFailurePercentage {@code ToleratedFailurePercentage}, or its {@code ...Path} twin when a {@link JsonPath}
   * @param toleratedFailureCount {@code ToleratedFailureCount}, or its {@code ...Path} twin when a {@link JsonPath}
   * @param label {@code Label}: names the Map Run of a Distributed Map
   * @param itemProcessor {@code ItemProcessor} (or the legacy {@code Iterator}): the graph run per item
   * @param legacyIterator {@code true} when the definition spells the processor as the legacy {@code Iterator} field
   * @param resultWriter {@code ResultWriter}: writes the results to S3 (Distributed Map)
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
  public MapState {
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(queryLanguage, "queryLanguage");
    Objects.requireNonNull(inputPath, "inputPath");
    Objects.requireNonNull(arguments, "arguments");
    Checks.notMemberExpression(arguments, "Arguments");
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(itemReader, "itemReader");
    Objects.requireNonNull(itemSelector, "itemSelector");
    Checks.notMemberExpression(itemSelector, "ItemSelector");
    Objects.requireNonNull(parameters, "parameters");
    Checks.notMemberExpression(parameters, "Parameters");
    Objects.requireNonNull(itemBatcher, "itemBatcher");
    Objects.requireNonNull(maxConcurrency, "maxConcurrency");
    Objects.requireNonNull(toleratedFailurePercentage, "toleratedFailurePercentage");
    Objects.requireNonNull(toleratedFailureCount, "toleratedFailureCount");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(itemProcessor, "itemProcessor");
    Objects.requireNonNull(resultWriter, "resultWriter");
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

  /**
   * Whether this is a Distributed Map: its item processor's {@code ProcessorConfig} has
   * {@code "Mode": "DISTRIBUTED"}, so the items run as child workflow executions. Without a
   * ProcessorConfig or a Mode, a Map runs inline.
   *
   * @return {@code true} for a Distributed Map
   */
  public boolean isDistributed() {
    return itemProcessor.processorConfig().flatMap(ProcessorConfig::mode)
        .orElse(ProcessorMode.INLINE) == ProcessorMode.DISTRIBUTED;
  }
}
