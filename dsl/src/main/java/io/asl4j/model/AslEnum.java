package io.asl4j.model;

import java.util.HashMap;
import java.util.Map;
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
  @SuppressWarnings("unchecked")
  static <E extends Enum<E> & AslEnum> Optional<E> fromJsonName(Class<E> type, String jsonName) {
    return Optional.ofNullable((E) Lookup.BY_NAME.get(type).get(jsonName));
  }

  /** Per-enum name tables, built once: the reader looks names up for every operator and enum. */
  final class Lookup {
    private static final ClassValue<Map<String, Object>> BY_NAME = new ClassValue<>() {
      @Override
      protected Map<String, Object> computeValue(Class<?> type) {
        Map<String, Object> m = new HashMap<>();
        for (Object e : type.getEnumConstants()) {
          m.put(((AslEnum) e).jsonName(), e);
        }
        return Map.copyOf(m);
      }
    };

    private Lookup() {}
  }
}
