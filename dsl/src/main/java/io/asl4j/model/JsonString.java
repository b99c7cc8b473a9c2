package io.asl4j.model;

import java.util.Objects;

/**
 * A constant JSON string. A string that looks like a path ({@code "$.name"}) stays a literal here;
 * use {@link JsonPath} for a value Step Functions should evaluate.
 *
 * @param value the string's characters, without JSON escaping
 */
public record JsonString(String value) implements Value, DynamicString, IntrinsicArgument {

  /**
   * Creates a string value.
   *
   * @param value the string's characters, without JSON escaping
   */
  public JsonString {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Creates a string value.
   *
   * @param value the string's characters
   * @return the JSON string
   */
  public static JsonString of(String value) {
    return new JsonString(value);
  }

  @Override
  public boolean isConstant() {
    return true;
  }
}
