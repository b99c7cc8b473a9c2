package io.asl4j.model;

import io.asl4j.internal.Ordered;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Distributed Map's {@code ItemBatcher}: how items are grouped per child execution.
 *
 * <p>Components follow the canonical JSON key order of {@code AslWriter}.
 *
 * @param maxItemsPerBatch {@code MaxItemsPerBatch}, or its {@code ...Path} twin when a {@link JsonPath}
 * @param maxInputBytesPerBatch {@code MaxInputBytesPerBatch}, or its {@code ...Path} twin when a {@link JsonPath}
 * @param batchInput {@code BatchInput}: fixed input added to every batch
 * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
 */
public record ItemBatcher(
    Optional<DynamicNumber> maxItemsPerBatch,
    Optional<DynamicNumber> maxInputBytesPerBatch,
    Optional<Value> batchInput,
    Map<String, Value> unknownFields) {

  /**
   * Creates the record, copying collections into unmodifiable ones.
   *
   * @param maxItemsPerBatch {@code MaxItemsPerBatch}, or its {@code ...Path} twin when a {@link JsonPath}
   * @param maxInputBytesPerBatch {@code MaxInputBytesPerBatch}, or its {@code ...Path} twin when a {@link JsonPath}
   * @param batchInput {@code BatchInput}: fixed input added to every batch
   * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
   */
  public ItemBatcher {
    Objects.requireNonNull(maxItemsPerBatch, "maxItemsPerBatch");
    Objects.requireNonNull(maxInputBytesPerBatch, "maxInputBytesPerBatch");
    Objects.requireNonNull(batchInput, "batchInput");
    Checks.notMemberExpression(batchInput, "BatchInput");
    unknownFields = Ordered.copy(unknownFields, "unknownFields");
  }
}
