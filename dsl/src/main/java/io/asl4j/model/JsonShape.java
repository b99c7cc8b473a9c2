package io.asl4j.model;

import io.asl4j.internal.Ordered;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What is known about a JSON value before a run: anything at all, a scalar kind, an array, an
 * array of known length, or an object with known members. The validator's data-flow analysis
 * follows such shapes through a workflow, and {@link ResultShapes} says which shape each service
 * integration returns.
 *
 * <p>An object is <em>closed</em> when its members are all known (reading any other member fails
 * at run time) and <em>open</em> when it may have others; each known member is either required
 * (always there) or optional (there on some runs only).
 *
 * <pre>{@code JsonShape.closedObject()
 *     .required("MessageId", JsonShape.Scalar.STRING)
 *     .optional("SequenceNumber", JsonShape.Scalar.STRING)
 * // sns:publish's result, less its SDK metadata}</pre>
 */
public sealed interface JsonShape
    permits JsonShape.Anything, JsonShape.Scalar, JsonShape.ArrayOf, JsonShape.TupleOf,
        JsonShape.ObjectOf {

  /** Any JSON value: nothing is known. */
  JsonShape ANY = Anything.INSTANCE;

  /**
   * Whether a JSON value could have this shape: its kind matches, a closed object has no member
   * the shape lacks, and every required member is there. Expressions inside the value (paths,
   * JSONata) are taken to match anything.
   *
   * <pre>{@code ResultShapes.of("arn:aws:states:::sns:publish").accepts(recordedResult)}</pre>
   *
   * @param value a JSON value
   * @return {@code true} when the value fits
   */
  boolean accepts(Value value);

  /**
   * Creates a closed object with no members yet: add them with {@link ObjectOf#required} and
   * {@link ObjectOf#optional}.
   *
   * @return the empty closed object, {@code {}}
   */
  static ObjectOf closedObject() {
    return new ObjectOf(Map.of(), false);
  }

  /**
   * Creates an open object with no known members yet: any object fits it.
   *
   * @return the open object
   */
  static ObjectOf openObject() {
    return new ObjectOf(Map.of(), true);
  }

  /** Any JSON value. */
  enum Anything implements JsonShape {
    /** The only instance, also {@link JsonShape#ANY}. */
    INSTANCE;

    @Override
    public boolean accepts(Value value) {
      Objects.requireNonNull(value, "value");
      return true;
    }
  }

  /** A JSON string, number, boolean or {@code null}. */
  enum Scalar implements JsonShape {
    /** A string. */
    STRING,
    /** A number. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** {@code null}. */
    NULL;

    @Override
    public boolean accepts(Value value) {
      return value instanceof Expression || switch (this) {
        case STRING -> value instanceof JsonString;
        case NUMBER -> value instanceof JsonNumber;
        case BOOLEAN -> value instanceof JsonBoolean;
        case NULL -> value instanceof JsonNull;
      };
    }
  }

  /**
   * An array of any length whose elements all have one shape.
   *
   * @param element the shape of every element
   */
  record ArrayOf(JsonShape element) implements JsonShape {

    /**
     * Creates the shape.
     *
     * @param element the shape of every element
     */
    public ArrayOf {
      Objects.requireNonNull(element, "element");
    }

    @Override
    public boolean accepts(Value value) {
      if (value instanceof Expression) {
        return true;
      }
      if (!(value instanceof JsonArray a)) {
        return false;
      }
      for (Value e : a.elements()) {
        if (!element.accepts(e)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * An array of exactly these elements, such as a Parallel state's result (one per branch).
   *
   * @param elements the shape of each element, in order
   */
  record TupleOf(List<JsonShape> elements) implements JsonShape {

    /**
     * Creates the shape.
     *
     * @param elements the shape of each element, in order; copied
     */
    public TupleOf {
      elements = Ordered.copy(elements, "elements");
    }

    @Override
    public boolean accepts(Value value) {
      if (value instanceof Expression) {
        return true;
      }
      if (!(value instanceof JsonArray a) || a.size() != elements.size()) {
        return false;
      }
      for (int i = 0; i < elements.size(); i++) {
        if (!elements.get(i).accepts(a.elements().get(i))) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * A member of an {@link ObjectOf}.
   *
   * @param shape the shape of its value
   * @param required {@code true} when the member is always there, {@code false} when only on some
   *     runs
   */
  record Member(JsonShape shape, boolean required) {

    /**
     * Creates a member.
     *
     * @param shape the shape of its value
     * @param required whether it is always there
     */
    public Member {
      Objects.requireNonNull(shape, "shape");
    }
  }

  /**
   * An object with known members.
   *
   * @param members the known members by name, in order; copied
   * @param open {@code true} when the object may have members besides these
   */
  record ObjectOf(Map<String, Member> members, boolean open) implements JsonShape {

    /**
     * Creates the shape.
     *
     * @param members the known members by name, in order; copied
     * @param open whether other members may be there
     */
    public ObjectOf {
      members = Ordered.copy(members, "members");
    }

    /**
     * Returns this shape with a member that is always there.
     *
     * @param name the member name
     * @param shape the shape of its value
     * @return the new shape
     */
    public ObjectOf required(String name, JsonShape shape) {
      return with(name, new Member(shape, true));
    }

    /**
     * Returns this shape with a member that is there on some runs only.
     *
     * @param name the member name
     * @param shape the shape of its value
     * @return the new shape
     */
    public ObjectOf optional(String name, JsonShape shape) {
      return with(name, new Member(shape, false));
    }

    private ObjectOf with(String name, Member member) {
      Map<String, Member> m = new LinkedHashMap<>(members);
      m.put(Objects.requireNonNull(name, "name"), member);
      return new ObjectOf(m, open);
    }

    @Override
    public boolean accepts(Value value) {
      if (value instanceof Expression) {
        return true;
      }
      if (!(value instanceof JsonObject o)) {
        return false;
      }
      for (Map.Entry<String, Member> e : members.entrySet()) {
        Value v = o.members().get(e.getKey());
        if (v == null ? e.getValue().required() : !e.getValue().shape().accepts(v)) {
          return false;
        }
      }
      return open || members.keySet().containsAll(o.members().keySet());
    }
  }
}
