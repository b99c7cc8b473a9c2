package io.asl4j.model;

import io.asl4j.internal.Ordered;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON object whose member values may be expressions (a payload template).
 *
 * <p>Member names are stored without the {@code .$} suffix: in a JSONPath payload the member
 * {@code "Message.$": "$.text"} is the name {@code Message} with the value {@link JsonPath}
 * {@code $.text}, and the writer adds the suffix back. Members keep their order for writing;
 * equality ignores order, as JSON does.
 *
 * @param members the members in order; copied into an unmodifiable map
 */
public record JsonObject(Map<String, Value> members) implements Value {

  private static final JsonObject EMPTY = new JsonObject(Map.of());

  /**
   * Creates an object.
   *
   * @param members the members in order; copied into an unmodifiable map
   */
  public JsonObject {
    members = Ordered.copy(members, "members");
  }

  /**
   * Returns the empty object {@code {}}.
   *
   * @return the empty object
   */
  public static JsonObject empty() {
    return EMPTY;
  }

  /**
   * Creates an object from alternating names and values.
   *
   * @param namesAndValues {@code name1, value1, name2, value2, ...}: names are strings, values are
   *     {@link Value}s
   * @return the object
   * @throws IllegalArgumentException if the arguments do not alternate name and value or a name
   *     repeats
   */
  public static JsonObject of(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("expected name/value pairs, got an odd number of arguments");
    }
    Map<String, Value> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (!(namesAndValues[i] instanceof String name)) {
        throw new IllegalArgumentException("argument " + i + " must be a member name (String)");
      }
      if (!(namesAndValues[i + 1] instanceof Value value)) {
        throw new IllegalArgumentException("argument " + (i + 1) + " must be a Value");
      }
      if (m.put(name, value) != null) {
        throw new IllegalArgumentException("duplicate member \"" + name + "\"");
      }
    }
    return new JsonObject(m);
  }

  /**
   * Collects payload members into an object, in order.
   *
   * <pre>{@code JsonObject.of(field("id", path("$.id")), field("source", "api"))
   * // {"id.$": "$.id", "source": "api"}}</pre>
   *
   * @param fields the members, in order
   * @return the object
   * @throws IllegalArgumentException if a member name repeats
   */
  public static JsonObject of(Field... fields) {
    return of(Arrays.asList(fields));
  }

  /**
   * Collects payload members into an object, in order; for code that builds payloads in a loop.
   *
   * @param fields the members, in order
   * @return the object
   * @throws IllegalArgumentException if a member name repeats
   */
  public static JsonObject of(List<Field> fields) {
    Map<String, Value> members = new LinkedHashMap<>();
    for (Field f : fields) {
      if (members.put(f.name(), f.value()) != null) {
        throw new IllegalArgumentException("member \"" + f.name() + "\" is set twice");
      }
    }
    return new JsonObject(members);
  }

  /**
   * Looks up a member.
   *
   * @param name the member name (without any {@code .$} suffix)
   * @return the member's value, or empty when there is no such member
   */
  public Optional<Value> get(String name) {
    return Optional.ofNullable(members.get(name));
  }

  /**
   * Returns the number of members.
   *
   * @return the number of members
   */
  public int size() {
    return members.size();
  }

  @Override
  public boolean isConstant() {
    for (Value v : members.values()) {
      if (!v.isConstant()) {
        return false;
      }
    }
    return true;
  }
}
