package io.asl4j.model;

import java.util.Objects;

/**
 * A JSONPath expression (JSONPath query language): a path into the state input ({@code $.x}), the
 * context object ({@code $$.Execution.Id}) or a workflow variable ({@code $orderId.total}).
 *
 * <p>In a payload template it is written as a member with the {@code .$} key suffix; in a field
 * with a {@code ...Path} twin (for example {@code TimeoutSeconds}) it is written to the twin
 * ({@code TimeoutSecondsPath}).
 *
 * @param text the path exactly as written
 */
public record JsonPath(String text) implements Expression, Path, DynamicNumber, DynamicString,
    IntrinsicArgument {

  /**
   * Creates a path.
   *
   * @param text the path exactly as written
   */
  public JsonPath {
    Objects.requireNonNull(text, "text");
  }

  /**
   * Creates a path.
   *
   * @param text the path, e.g. {@code $.order.id}
   * @return the path
   */
  public static JsonPath of(String text) {
    return new JsonPath(text);
  }
}
