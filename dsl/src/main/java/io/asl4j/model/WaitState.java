package io.asl4j.model;

import io.asl4j.internal.Ordered;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code Wait} state: pauses for a time span or until a timestamp.
 *
 * <p>Components follow the canonical JSON key order of {@code AslWriter}.
 *
 * @param comment {@code Comment}: free text for humans
 * @param queryLanguage {@code QueryLanguage}: overrides the inherited query language
 * @param inputPath {@code InputPath} (JSONPath): selects the effective input
 * @param time how long or until when: {@code Seconds}, {@code SecondsPath}, {@code Timestamp} or {@code TimestampPath}
 * @param outputPath {@code OutputPath} (JSONPath): selects the state output
 * @param output {@code Output} (JSONata): the state output; {@code {% %}} strings are evaluated at any depth
 * @param assign {@code Assign}: workflow variables to set, name to value
 * @param transition {@code Next} or {@code End}
 * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
 */
public record WaitState(
    Optional<String> comment,
    Optional<QueryLanguage> queryLanguage,
    Optional<Path> inputPath,
    WaitTime time,
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
   * @param time how long or until when: {@code Seconds}, {@code SecondsPath}, {@code Timestamp} or {@code TimestampPath}
   * @param outputPath {@code OutputPath} (JSONPath): selects the state output
   * @param output {@code Output} (JSONata): the state output; {@code {% %}} strings are evaluated at any depth
   * @param assign {@code Assign}: workflow variables to set, name to value
   * @param transition {@code Next} or {@code End}
   * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
   */
  public WaitState {
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(queryLanguage, "queryLanguage");
    Objects.requireNonNull(inputPath, "inputPath");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(outputPath, "outputPath");
    Objects.requireNonNull(output, "output");
    Checks.notMemberExpression(output, "Output");
    Objects.requireNonNull(assign, "assign");
    Objects.requireNonNull(transition, "transition");
    unknownFields = Ordered.copy(unknownFields, "unknownFields");
  }
}
