package io.asl4j.model;

/**
 * Any JSON value inside a definition: a payload template, a JSONata value, a literal or a
 * run-time expression.
 *
 * <p>Constants are {@link JsonObject}, {@link JsonArray}, {@link JsonString}, {@link JsonNumber},
 * {@link JsonBoolean} and {@link JsonNull}. An {@link Expression} is evaluated by Step Functions:
 * the writer marks a {@link JsonPath} or {@link Intrinsic} member with the {@code .$} key suffix and
 * writes a {@link Jsonata} expression as its {@code "{% ... %}"} string, so users never spell either.
 */
public sealed interface Value
    permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull, Expression {

  /**
   * Tells whether this value contains no expression at any depth, i.e. is plain JSON that Step
   * Functions passes through unchanged.
   *
   * @return {@code true} when no {@link Expression} occurs in this value
   */
  boolean isConstant();
}
