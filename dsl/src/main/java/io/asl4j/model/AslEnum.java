package io.asl4j.model;

import java.util.Optional;

/** An enumerated ASL field value: each constant knows how it is spelled in JSON. */
public interface AslEnum {

  /**
   * Returns the value as it is spelled in ASL JSON.
   *
   * @return the JSON spelling, e.g. {@code "JSONata"}
   */
  String jsonName();

  /**
   * Finds the constant spelled {@code jsonName} (case-sensitive, as ASL is).
   *
   * @param type the enum class
   * @param jsonName the JSON spelling
   * @param <E> the enum type
   * @return the constant, or empty when no constant is spelled that way
   */
  static <E extends Enum<E> & AslEnum> Optional<E> fromJsonName(Class<E> type, String jsonName) {
    for (E e : type.getEnumConstants()) {
      if (e.jsonName().equals(jsonName)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
