package io.asl4j.codegen;

import io.asl4j.model.Value;
import java.util.Map;
import java.util.TreeSet;

/**
 * Refuses fields a lenient read kept ({@code keepUnknownFields}): the DSL has no way to write
 * them, and dropping them would break the promise that the class reproduces its definition.
 */
final class UnknownFields {

  private UnknownFields() {}

  /** Throws when {@code fields} is not empty, naming them in order and where they are. */
  static void refuse(Map<String, Value> fields, String at) {
    if (!fields.isEmpty()) {
      throw new GenerationException(at, "unknown fields "
          + new TreeSet<>(fields.keySet()) + " cannot be written with the DSL");
    }
  }
}
