package io.asl4j.model;

import io.asl4j.internal.Ordered;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Distributed Map's {@code ItemReader}: where the items come from.
 *
 * <p>Components follow the canonical JSON key order of {@code AslWriter}.
 *
 * @param resource {@code Resource}, e.g. {@code arn:aws:states:::s3:getObject}
 * @param readerConfig {@code ReaderConfig}: the format and limits of the source
 * @param parameters {@code Parameters} (JSONPath): bucket, key or prefix
 * @param arguments {@code Arguments} (JSONata): bucket, key or prefix
 * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
 */
public record ItemReader(
    String resource,
    Optional<ReaderConfig> readerConfig,
    Optional<Value> parameters,
    Optional<Value> arguments,
    Map<String, Value> unknownFields) {

  /**
   * Creates the record, copying collections into unmodifiable ones.
   *
   * @param resource {@code Resource}, e.g. {@code arn:aws:states:::s3:getObject}
   * @param readerConfig {@code ReaderConfig}: the format and limits of the source
   * @param parameters {@code Parameters} (JSONPath): bucket, key or prefix
   * @param arguments {@code Arguments} (JSONata): bucket, key or prefix
   * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
   */
  public ItemReader {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(readerConfig, "readerConfig");
    Objects.requireNonNull(parameters, "parameters");
    Checks.notMemberExpression(parameters, "Parameters");
    Objects.requireNonNull(arguments, "arguments");
    Checks.notMemberExpression(arguments, "Arguments");
    unknownFields = Ordered.copy(unknownFields, "unknownFields");
  }
}
