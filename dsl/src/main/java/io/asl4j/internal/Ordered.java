package io.asl4j.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Immutable copies that keep insertion order. Internal to asl4j: not an API, may change without
 * notice.
 */
public final class Ordered {

  private Ordered() {}

  /**
   * Copies a map into an unmodifiable map with the same iteration order, rejecting null names and
   * values.
   *
   * @param map the map to copy
   * @param what what the map holds, for the null-check message
   * @param <V> the value type
   * @return an unmodifiable, insertion-ordered copy
   */
  public static <V> Map<String, V> copy(Map<String, V> map, String what) {
    Objects.requireNonNull(map, what);
    try {
      return OrderedMap.copyOf(map);
    } catch (NullPointerException e) {
      throw new NullPointerException(what + " has a null " + e.getMessage());
    }
  }

  /**
   * Copies a list into an unmodifiable list, rejecting nulls.
   *
   * @param list the list to copy
   * @param what what the list holds, for the null-check message
   * @param <T> the element type
   * @return an unmodifiable copy
   */
  public static <T> List<T> copy(List<T> list, String what) {
    Objects.requireNonNull(list, what);
    return List.copyOf(list);
  }

  /**
   * Copies an optional list.
   *
   * @param list the optional list
   * @param what what the list holds, for the null-check message
   * @param <T> the element type
   * @return the optional holding an unmodifiable copy
   */
  public static <T> Optional<List<T>> copy(Optional<List<T>> list, String what) {
    Objects.requireNonNull(list, what);
    return list.map(l -> List.copyOf(l));
  }
}
