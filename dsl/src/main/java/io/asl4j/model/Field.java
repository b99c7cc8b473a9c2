package io.asl4j.model;

import java.util.Objects;

/**
 * One member of a payload object under construction: a name and a value. Made with
 * {@code io.asl4j.Values.field(...)} and collected with {@link JsonObject#of(Field...)}.
 *
 * <pre>{@code field("id", path("$.id"))   // "id.$": "$.id"}</pre>
 *
 * @param name the member name, without any {@code .$} suffix (the writer adds it)
 * @param value the value
 */
public record Field(String name, Value value) {

  /**
   * Creates the member.
   *
   * @param name the member name, without any {@code .$} suffix
   * @param value the value
   */
  public Field {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }
}
