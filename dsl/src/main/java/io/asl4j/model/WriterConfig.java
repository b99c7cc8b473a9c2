package io.asl4j.model;

import io.asl4j.internal.Ordered;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A result writer's {@code WriterConfig}.
 *
 * <p>Components follow the canonical JSON key order of {@code AslWriter}.
 *
 * @param outputType {@code OutputType}: {@code JSON} or {@code JSONL}
 * @param transformation {@code Transformation}: {@code NONE}, {@code COMPACT} or {@code FLATTEN}
 * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
 */
public record WriterConfig(
    Optional<WriterOutputType> outputType,
    Optional<WriterTransformation> transformation,
    Map<String, Value> unknownFields) {

  /**
   * Creates the record, copying collections into unmodifiable ones.
   *
   * @param outputType {@code OutputType}: {@code JSON} or {@code JSONL}
   * @param transformation {@code Transformation}: {@code NONE}, {@code COMPACT} or {@code FLATTEN}
   * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
   */
  public WriterConfig {
    Objects.requireNonNull(outputType, "outputType");
    Objects.requireNonNull(transformation, "transformation");
    unknownFields = Ordered.copy(unknownFields, "unknownFields");
  }
}
