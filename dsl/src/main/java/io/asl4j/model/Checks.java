package io.asl4j.model;

import java.util.Optional;

/** Argument checks shared by the model's records. */
final class Checks {

  private Checks() {}

  /**
   * Rejects a field value that is itself a JSONPath or intrinsic expression: ASL evaluates those only
   * as object members marked with the {@code .$} suffix, so such a value has no JSON form.
   *
   * @param value the field's value
   * @param field the ASL field name, for the message
   * @throws IllegalArgumentException if the value is a {@link JsonPath} or {@link Intrinsic}
   */
  static void notMemberExpression(Optional<? extends Value> value, String field) {
    if (value.isPresent() && (value.get() instanceof JsonPath || value.get() instanceof Intrinsic)) {
      throw new IllegalArgumentException(field + " cannot be the expression \""
          + ((Expression) value.get()).text() + "\" itself: JSONPath and intrinsic expressions are"
          + " only evaluated as object members (keys ending in .$); wrap it in an object");
    }
  }
}
