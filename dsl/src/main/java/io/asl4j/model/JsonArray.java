package io.asl4j.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A JSON array whose elements may contain expressions.
 *
 * <p>An element cannot itself be a {@link JsonPath} or {@link Intrinsic}: ASL evaluates those only
 * as the value of an object member whose key ends in {@code .$}. A {@link Jsonata} element is fine.
 *
 * @param elements the elements in order; copied into an unmodifiable list
 */
public record JsonArray(List<Value> elements) implements Value {

  /**
   * Creates an array.
   *
   * @param elements the elements in order; copied into an unmodifiable list
   * @throws IllegalArgumentException if an element is a JSONPath expression or an intrinsic call
   */
  public JsonArray {
    elements = List.copyOf(Objects.requireNonNull(elements, "elements"));
    for (int i = 0; i < elements.size(); i++) {
      Value v = elements.get(i);
      if (v instanceof JsonPath || v instanceof Intrinsic) {
        throw new IllegalArgumentException("array element " + i + " is the expression \""
            + ((Expression) v).text() + "\": a JSONPath or intrinsic value must be an object member"
            + " (ASL marks it with a .$ key suffix); wrap it in an object or use a JSONata expression");
      }
    }
  }

  /**
   * Creates an array of the given elements.
   *
   * @param elements the elements
   * @return the array
   */
  public static JsonArray of(Value... elements) {
    return new JsonArray(Arrays.asList(elements));
  }

  /**
   * Returns the number of elements.
   *
   * @return the number of elements
   */
  public int size() {
    return elements.size();
  }

  @Override
  public boolean isConstant() {
    for (Value v : elements) {
      if (!v.isConstant()) {
        return false;
      }
    }
    return true;
  }
}
