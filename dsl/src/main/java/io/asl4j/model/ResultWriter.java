package io.asl4j.model;

import io.asl4j.internal.Ordered;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Distributed Map's {@code ResultWriter}: where and how the results are written.
 *
 * <p>Components follow the canonical JSON key order of {@code AslWriter}.
 *
 * @param resource {@code Resource}, e.g. {@code arn:aws:states:::s3:putObject}
 * @param writerConfig {@code WriterConfig}: the output format
 * @param parameters {@code Parameters} (JSONPath): bucket and prefix
 * @param arguments {@code Arguments} (JSONata): bucket and prefix
 * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
 */
public record ResultWriter(
    Optional<String> resource,
    Optional<WriterConfig> writerConfig,
    Optional<Value> parameters,
    Optional<Value> arguments,
    Map<String, Value> unknownFields) {

  /**
   * Creates the record, copying collections into unmodifiable ones.
   *
   * @param resource {@code Resource}, e.g. {@code arn:aws:states:::s3:putObject}
   * @param writerConfig {@code WriterConfig}: the output format
   * @param parameters {@code Parameters} (JSONPath): bucket and prefix
   * @param arguments {@code Arguments} (JSONata): bucket and prefix
   * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
   */
  public ResultWriter {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(writerConfig, "writerConfig");
    Objects.requireNonNull(parameters, "parameters");
    Checks.notMemberExpression(parameters, "Parameters");
    Objects.requireNonNull(arguments, "arguments");
    Checks.notMemberExpression(arguments, "Arguments");
    unknownFields = Ordered.copy(unknownFields, "unknownFields");
  }
}
