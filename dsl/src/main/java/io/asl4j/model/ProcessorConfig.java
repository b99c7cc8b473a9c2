package io.asl4j.model;

import io.asl4j.internal.Ordered;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Map item processor's {@code ProcessorConfig}.
 *
 * <p>Components follow the canonical JSON key order of {@code AslWriter}.
 *
 * @param mode {@code Mode}: {@code INLINE} (default) or {@code DISTRIBUTED}
 * @param executionType {@code ExecutionType}: {@code STANDARD} or {@code EXPRESS} child executions (Distributed Map)
 * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
 */
public record ProcessorConfig(
    Optional<ProcessorMode> mode,
    Optional<ExecutionType> executionType,
    Map<String, Value> unknownFields) {

  /**
   * Creates the record, copying collections into unmodifiable ones.
   *
   * @param mode {@code Mode}: {@code INLINE} (default) or {@code DISTRIBUTED}
   * @param executionType {@code ExecutionType}: {@code STANDARD} or {@code EXPRESS} child executions (Distributed Map)
   * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
   */
  public ProcessorConfig {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(executionType, "executionType");
    unknownFields = Ordered.copy(unknownFields, "unknownFields");
  }
}
