package io.asl4j.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code States} entry kept verbatim because it is not a state asl4j knows: an unknown or
 * missing {@code Type} (say, a state type newer than this library) or a value that is not an
 * object. Only {@code AslReader#keepUnknownFields} produces one; the writer emits it unchanged.
 *
 * @param json the entry exactly as read
 */
public record RawState(Value json) implements State {

  /**
   * Creates the raw state.
   *
   * @param json the entry exactly as read
   */
  public RawState {
    Objects.requireNonNull(json, "json");
  }

  /**
   * Returns the entry's {@code Type} member when it is a string.
   *
   * @return the declared type, or {@code ""}
   */
  public String declaredType() {
    if (json instanceof JsonObject o && o.get("Type").orElse(null) instanceof JsonString s) {
      return s.value();
    }
    return "";
  }

  @Override
  public Optional<String> comment() {
    return Optional.empty();
  }

  @Override
  public Optional<QueryLanguage> queryLanguage() {
    return Optional.empty();
  }

  @Override
  public Map<String, Value> unknownFields() {
    return Map.of();
  }
}
