package io.asl4j.model;

/**
 * A value Step Functions computes at run time: a {@link JsonPath}, an {@link Intrinsic} function
 * call (both JSONPath query language) or a {@link Jsonata} expression.
 *
 * <p>The model keeps an expression's text exactly as written; its syntax is checked by the
 * validator, not here, so that a definition with a placeholder in it can still be read and
 * reported on.
 */
public sealed interface Expression extends Value permits JsonPath, Intrinsic, Jsonata {

  /**
   * Returns the expression as it appears in the JSON string.
   *
   * @return the text, e.g. {@code $.order.id}, {@code States.Format('{}', $.x)} or
   *     {@code {% $states.input.id %}}
   */
  String text();

  @Override
  default boolean isConstant() {
    return false;
  }
}
