package io.asl4j.integrations;

import io.asl4j.model.DynamicString;
import io.asl4j.model.Expression;
import io.asl4j.model.JsonArray;
import io.asl4j.model.JsonBoolean;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonString;
import io.asl4j.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A DynamoDB attribute value, which names its type: {@code {"S": "o-1"}}, {@code {"N": "42"}},
 * {@code {"BOOL": true}}, {@code {"M": {...}}}... The {@link DynamoDb} integrations take their
 * {@code Key}, {@code Item} and {@code ExpressionAttributeValues} only in this form, so an untyped
 * value, which DynamoDB refuses at run time, cannot be written.
 *
 * <pre>{@code DynamoDb.getItem("orders").key("id", AttributeValue.s(path("$.id")))
 * // "Parameters": {"TableName": "orders", "Key": {"id": {"S.$": "$.id"}}}}</pre>
 *
 * <p>Each type takes its content as a literal or as an expression read at run time (a path, an
 * intrinsic call or JSONata); {@link #from(Expression)} takes a whole attribute value computed at
 * run time. Immutable.
 */
public final class AttributeValue {

  /** The type names of an attribute value, as DynamoDB spells them. */
  private static final Set<String> TYPES = Set.of("S", "N", "B", "BOOL", "NULL", "L", "M", "SS",
      "NS", "BS");

  /** The payload members of the item operations that hold attribute values by name. */
  static final Set<String> MAPS = Set.of("Key", "Item", "ExpressionAttributeValues",
      "ExclusiveStartKey");

  /**
   * A named attribute of a map value ({@link #m(Attribute...)}).
   *
   * @param name the attribute name
   * @param value its value
   */
  public record Attribute(String name, AttributeValue value) {

    /**
     * Creates the attribute.
     *
     * @param name the attribute name
     * @param value its value
     */
    public Attribute {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }

  private final String type;
  private final Value value;

  private AttributeValue(String type, Value value) {
    this.type = type;
    this.value = Objects.requireNonNull(value, type);
  }

  /**
   * A string: {@code {"S": "text"}}.
   *
   * @param text the string; text that is a path is refused, as everywhere in the DSL
   * @return the value
   */
  public static AttributeValue s(String text) {
    return new AttributeValue("S", JsonString.plainText(text));
  }

  /**
   * A string read at run time, or a literal: {@code s(path("$.id"))} is {@code {"S.$": "$.id"}}.
   *
   * @param text a path, intrinsic, JSONata expression or {@code literal(..)}
   * @return the value
   */
  public static AttributeValue s(DynamicString text) {
    return new AttributeValue("S", (Value) text);
  }

  /**
   * A number: {@code {"N": "42"}} (DynamoDB sends numbers as text).
   *
   * @param number the number
   * @return the value
   */
  public static AttributeValue n(long number) {
    return new AttributeValue("N", new JsonString(Long.toString(number)));
  }

  /**
   * A number written as given: {@code n("12.50")} is {@code {"N": "12.50"}}.
   *
   * @param number the number's text
   * @return the value
   * @throws IllegalArgumentException if the text is not a number
   */
  public static AttributeValue n(String number) {
    Objects.requireNonNull(number, "number");
    try {
      new BigDecimal(number);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a DynamoDB number is written as decimal text, such as"
          + " \"42\" or \"12.50\"; got \"" + number + "\" (use n(path(..)) for a number read at"
          + " run time)");
    }
    return new AttributeValue("N", new JsonString(number));
  }

  /**
   * A number read at run time: {@code n(path("$.total"))} is {@code {"N.$": "$.total"}}; the value
   * must be the number's text (e.g. {@code States.Format('{}', $.total)}).
   *
   * @param number a path, intrinsic or JSONata expression
   * @return the value
   */
  public static AttributeValue n(Expression number) {
    return new AttributeValue("N", number);
  }

  /**
   * Binary data: {@code {"B": "base64"}}.
   *
   * @param base64 the data, Base64-encoded
   * @return the value
   */
  public static AttributeValue b(String base64) {
    return new AttributeValue("B", JsonString.plainText(base64));
  }

  /**
   * Binary data read at run time, Base64-encoded.
   *
   * @param base64 a path, intrinsic or JSONata expression
   * @return the value
   */
  public static AttributeValue b(Expression base64) {
    return new AttributeValue("B", base64);
  }

  /**
   * A boolean: {@code {"BOOL": true}}.
   *
   * @param value the boolean
   * @return the value
   */
  public static AttributeValue bool(boolean value) {
    return new AttributeValue("BOOL", JsonBoolean.of(value));
  }

  /**
   * A boolean read at run time.
   *
   * @param value a path, intrinsic or JSONata expression
   * @return the value
   */
  public static AttributeValue bool(Expression value) {
    return new AttributeValue("BOOL", value);
  }

  /**
   * The null value: {@code {"NULL": true}}.
   *
   * @return the value
   */
  public static AttributeValue nullValue() {
    return new AttributeValue("NULL", JsonBoolean.of(true));
  }

  /**
   * A list of attribute values: {@code {"L": [{"S": "a"}, {"N": "1"}]}}.
   *
   * @param elements the elements, in order
   * @return the value
   */
  public static AttributeValue l(AttributeValue... elements) {
    List<Value> list = new ArrayList<>(elements.length);
    for (AttributeValue e : elements) {
      list.add(Objects.requireNonNull(e, "element").toJson());
    }
    return new AttributeValue("L", new JsonArray(list));
  }

  /**
   * A list read at run time, whose elements are typed attribute values.
   *
   * @param elements a path, intrinsic or JSONata expression
   * @return the value
   */
  public static AttributeValue l(Expression elements) {
    return new AttributeValue("L", elements);
  }

  /**
   * A map of named attribute values: {@code {"M": {"city": {"S": "Oslo"}}}}.
   *
   * @param attributes the attributes, in order
   * @return the value
   * @throws IllegalArgumentException if a name repeats
   */
  public static AttributeValue m(Attribute... attributes) {
    Map<String, Value> members = new LinkedHashMap<>();
    for (Attribute a : attributes) {
      if (members.put(a.name(), a.value().toJson()) != null) {
        throw new IllegalArgumentException("attribute \"" + a.name() + "\" is given twice");
      }
    }
    return new AttributeValue("M", new JsonObject(members));
  }

  /**
   * A map read at run time, whose members are typed attribute values.
   *
   * @param attributes a path, intrinsic or JSONata expression
   * @return the value
   */
  public static AttributeValue m(Expression attributes) {
    return new AttributeValue("M", attributes);
  }

  /**
   * A named attribute, for {@link #m(Attribute...)}.
   *
   * @param name the attribute name
   * @param value its value
   * @return the attribute
   */
  public static Attribute attribute(String name, AttributeValue value) {
    return new Attribute(name, value);
  }

  /**
   * A string set: {@code {"SS": ["a", "b"]}}.
   *
   * @param texts the strings
   * @return the value
   */
  public static AttributeValue ss(String... texts) {
    return new AttributeValue("SS", strings(texts, true));
  }

  /**
   * A string set read at run time.
   *
   * @param texts a path, intrinsic or JSONata expression
   * @return the value
   */
  public static AttributeValue ss(Expression texts) {
    return new AttributeValue("SS", texts);
  }

  /**
   * A number set: {@code {"NS": ["1", "2.5"]}}.
   *
   * @param numbers the numbers' text
   * @return the value
   * @throws IllegalArgumentException if one is not a number
   */
  public static AttributeValue ns(String... numbers) {
    for (String n : numbers) {
      n(n);
    }
    return new AttributeValue("NS", strings(numbers, false));
  }

  /**
   * A number set read at run time.
   *
   * @param numbers a path, intrinsic or JSONata expression
   * @return the value
   */
  public static AttributeValue ns(Expression numbers) {
    return new AttributeValue("NS", numbers);
  }

  /**
   * A binary set: {@code {"BS": ["base64", ...]}}.
   *
   * @param base64 the data, Base64-encoded
   * @return the value
   */
  public static AttributeValue bs(String... base64) {
    return new AttributeValue("BS", strings(base64, true));
  }

  /**
   * A binary set read at run time.
   *
   * @param base64 a path, intrinsic or JSONata expression
   * @return the value
   */
  public static AttributeValue bs(Expression base64) {
    return new AttributeValue("BS", base64);
  }

  /**
   * A whole attribute value computed at run time, its type included: {@code from(path("$.key"))}
   * is {@code "name.$": "$.key"}, where {@code $.key} holds e.g. {@code {"S": "o-1"}}.
   *
   * @param typed a path, intrinsic or JSONata expression giving a typed attribute value
   * @return the value
   */
  public static AttributeValue from(Expression typed) {
    return new AttributeValue("", typed);
  }

  /**
   * Reads an attribute value from its JSON, as the code generator does: the typed form where the
   * JSON names one type and its content fits it.
   *
   * @param json the value in a {@code Key}, {@code Item} or {@code ExpressionAttributeValues}
   * @return the attribute value, or empty if the JSON is untyped or its content does not fit
   */
  public static Optional<AttributeValue> fromJson(Value json) {
    if (json instanceof Expression e) {
      return Optional.of(from(e));
    }
    if (!(json instanceof JsonObject o) || o.members().size() != 1) {
      return Optional.empty();
    }
    Map.Entry<String, Value> only = o.members().entrySet().iterator().next();
    Value c = only.getValue();
    try {
      AttributeValue made = switch (only.getKey()) {
        case "S" -> c instanceof DynamicString d ? s(d) : null;
        case "N" -> c instanceof JsonString t ? n(t.value()) : c instanceof Expression e ? n(e)
            : null;
        case "B" -> c instanceof JsonString t ? b(t.value()) : c instanceof Expression e ? b(e)
            : null;
        case "BOOL" -> c instanceof JsonBoolean t ? bool(t.value()) : c instanceof Expression e
            ? bool(e) : null;
        case "NULL" -> c.equals(JsonBoolean.of(true)) ? nullValue() : null;
        case "L", "M" -> nested(only.getKey(), c);
        case "SS", "NS", "BS" -> set(only.getKey(), c);
        default -> null;
      };
      return Optional.ofNullable(made).filter(a -> a.toJson().equals(json));
    } catch (IllegalArgumentException notThisType) {
      return Optional.empty();
    }
  }

  private static AttributeValue nested(String type, Value c) {
    if (c instanceof Expression e) {
      return type.equals("L") ? l(e) : m(e);
    }
    if (type.equals("L") && c instanceof JsonArray a) {
      List<AttributeValue> elements = new ArrayList<>();
      for (Value v : a.elements()) {
        Optional<AttributeValue> e = fromJson(v);
        if (e.isEmpty()) {
          return null;
        }
        elements.add(e.get());
      }
      return l(elements.toArray(AttributeValue[]::new));
    }
    if (type.equals("M") && c instanceof JsonObject o) {
      List<Attribute> attributes = new ArrayList<>();
      for (Map.Entry<String, Value> m : o.members().entrySet()) {
        Optional<AttributeValue> e = fromJson(m.getValue());
        if (e.isEmpty()) {
          return null;
        }
        attributes.add(attribute(m.getKey(), e.get()));
      }
      return m(attributes.toArray(Attribute[]::new));
    }
    return null;
  }

  private static AttributeValue set(String type, Value c) {
    if (c instanceof Expression e) {
      return new AttributeValue(type, e);
    }
    if (!(c instanceof JsonArray a)) {
      return null;
    }
    String[] texts = new String[a.elements().size()];
    for (int i = 0; i < texts.length; i++) {
      if (!(a.elements().get(i) instanceof JsonString t)) {
        return null;
      }
      texts[i] = t.value();
    }
    return type.equals("SS") ? ss(texts) : type.equals("NS") ? ns(texts) : bs(texts);
  }

  private static JsonArray strings(String[] texts, boolean plain) {
    return new JsonArray(Arrays.stream(texts).map(t -> (Value) (plain ? JsonString.plainText(t)
        : new JsonString(t))).toList());
  }

  /**
   * Returns the type name: {@code S}, {@code N}, {@code B}, {@code BOOL}, {@code NULL}, {@code L},
   * {@code M}, {@code SS}, {@code NS} or {@code BS}; empty for a value {@link #from} an expression.
   *
   * @return the type name
   */
  public String type() {
    return type;
  }

  /**
   * Returns what the type name holds: {@code "o-1"} of {@code {"S": "o-1"}}, a path, a list of
   * typed values... For a value {@link #from} an expression, the expression.
   *
   * @return the content
   */
  public Value content() {
    return value;
  }

  /**
   * Returns the attribute value as it goes into the payload: {@code {"S": ...}}, or the
   * expression of a value {@link #from} one.
   *
   * @return the JSON value
   */
  public Value toJson() {
    return type.isEmpty() ? value : JsonObject.of(type, value);
  }

  /**
   * Checks a whole {@code Key}, {@code Item} or {@code ExpressionAttributeValues} given as a
   * value: an expression (its typed members come at run time), or an object of typed values.
   *
   * @param operation the integration, for the message, e.g. {@code DynamoDb.getItem}
   * @param member the payload member
   * @param value the value given
   * @throws IllegalArgumentException naming the first untyped attribute and the typed methods
   */
  static void requireTyped(String operation, String member, Value value) {
    if (value instanceof Expression) {
      return;
    }
    if (!(value instanceof JsonObject o)) {
      throw new IllegalArgumentException(operation + ": " + member + " is an object of attribute"
          + " values by name, or an expression that gives one; got " + describe(value));
    }
    for (Map.Entry<String, Value> e : o.members().entrySet()) {
      Value v = e.getValue();
      boolean typed = v instanceof Expression || v instanceof JsonObject t
          && t.members().size() == 1 && TYPES.contains(t.members().keySet().iterator().next());
      if (!typed) {
        throw new IllegalArgumentException(operation + ": " + member + " \"" + e.getKey()
            + "\" is " + describe(v) + "; DynamoDB takes an attribute value that names its type:"
            + " use " + method(member) + "(\"" + e.getKey() + "\", AttributeValue.s(..)), or"
            + " AttributeValue.n, bool, m, l, ...");
      }
    }
  }

  /** The typed method that sets one attribute of a member: key, item, expressionAttributeValue. */
  static String method(String member) {
    return switch (member) {
      case "Key" -> "key";
      case "Item" -> "item";
      default -> "expressionAttributeValue";
    };
  }

  private static String describe(Value v) {
    return v instanceof JsonString s ? "\"" + s.value() + "\"" : v instanceof JsonObject
        ? "an object without a type" : v instanceof JsonArray ? "an array" : v.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AttributeValue a && a.type.equals(type) && a.value.equals(value);
  }

  @Override
  public int hashCode() {
    return type.hashCode() * 31 + value.hashCode();
  }

  @Override
  public String toString() {
    return "AttributeValue" + (type.isEmpty() ? "" : "." + type) + "[" + value + "]";
  }
}
