package io.asl4j;

import io.asl4j.json.JsonValues;
import io.asl4j.model.Field;
import io.asl4j.model.JsonArray;
import io.asl4j.model.JsonBoolean;
import io.asl4j.model.JsonNull;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonPath;
import io.asl4j.model.JsonString;
import io.asl4j.model.Jsonata;
import io.asl4j.model.Value;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Typed values for payloads and dynamic fields, meant for static import.
 *
 * <p>A value is a literal, a JSONPath reference ({@link #path(String)}, {@link #context(String)},
 * {@link #variable(String)}), an intrinsic function ({@link Intrinsics}) or a JSONata expression
 * ({@link #jsonata(String)}). The writer turns them into ASL: {@code field("name", path("$.x"))}
 * becomes {@code "name.$": "$.x"}, {@code field("name", jsonata("$x"))} becomes
 * {@code "name": "{% $x %}"}. A plain string that is a valid path is refused, so the classic
 * mistake of a {@code "$.x"} value under a key without {@code .$} cannot be written by accident
 * (text such as {@code "$5 off"} is not a path and stays text).
 *
 * <p>{@link #path}, {@link #context}, {@link #variable} and {@link Intrinsics} are JSONPath
 * values, {@link #jsonata} is JSONata: a state evaluates only the values of its query language,
 * and {@code build()} refuses the others ({@code VALUE_IN_OTHER_QUERY_LANGUAGE}).
 */
public final class Values {

  private Values() {}

  /**
   * A JSONPath reference into the state input, the context object or a variable.
   *
   * <pre>{@code path("$.order.id")   // "x.$": "$.order.id"}</pre>
   *
   * @param path the path: {@code $}, {@code $.field}, {@code $[0]}, {@code $$.Execution.Id} or
   *     {@code $variable.field}
   * @return the path
   * @throws IllegalArgumentException if {@code path} does not start with {@code $}
   */
  public static JsonPath path(String path) {
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("$")) {
      throw new IllegalArgumentException("a JSONPath starts with $ ($.field, $$.Execution.Id,"
          + " $variable), got \"" + path + "\"");
    }
    return new JsonPath(path);
  }

  /**
   * A path into the context object, {@code $$}.
   *
   * <pre>{@code context("Execution.Id")   // "$$.Execution.Id"}</pre>
   *
   * @param field the field below {@code $$}, e.g. {@code Execution.Id} or {@code Task.Token}
   * @return the path
   */
  public static JsonPath context(String field) {
    return new JsonPath("$$." + Objects.requireNonNull(field, "field"));
  }

  /**
   * A reference to a workflow variable set by an earlier state's {@code Assign}.
   *
   * <pre>{@code variable("orderId")   // "$orderId"}</pre>
   *
   * @param name the variable name: letters, digits and underscores, not starting with a digit
   * @return the path
   * @throws IllegalArgumentException if {@code name} is not a variable name
   */
  public static JsonPath variable(String name) {
    Objects.requireNonNull(name, "name");
    if (!isVariableName(name)) {
      throw new IllegalArgumentException("a variable name is letters, digits and underscores,"
          + " not starting with a digit; got \"" + name + "\"");
    }
    return new JsonPath("$" + name);
  }

  /**
   * A JSONata expression, written {@code "{% expression %}"}.
   *
   * <pre>{@code jsonata("$states.input.id")   // "{% $states.input.id %}"}</pre>
   *
   * @param expression the expression without delimiters
   * @return the expression
   */
  public static Jsonata jsonata(String expression) {
    return Jsonata.of(expression);
  }

  /**
   * A literal string, even one that looks like a path: {@code literal("$5 off")} stays text.
   *
   * @param text the string
   * @return the literal
   */
  public static JsonString literal(String text) {
    return new JsonString(text);
  }

  /**
   * A literal number.
   *
   * @param number the number
   * @return the literal
   */
  public static JsonNumber literal(long number) {
    return JsonNumber.of(number);
  }

  /**
   * A literal number.
   *
   * @param number a finite number
   * @return the literal
   */
  public static JsonNumber literal(double number) {
    return JsonNumber.of(number);
  }

  /**
   * A literal number.
   *
   * @param number the number
   * @return the literal
   */
  public static JsonNumber literal(BigDecimal number) {
    return JsonNumber.of(number);
  }

  /**
   * A literal boolean.
   *
   * @param value the boolean
   * @return the literal
   */
  public static JsonBoolean literal(boolean value) {
    return JsonBoolean.of(value);
  }

  /**
   * The JSON literal {@code null}.
   *
   * @return {@code null}
   */
  public static JsonNull nullValue() {
    return JsonNull.INSTANCE;
  }

  /**
   * A string value that must not be mistaken for something evaluated. Strings that are a valid
   * path ({@code $.x}, {@code $$.x}, {@code $var}), an intrinsic call ({@code States.…(…)}) or a
   * JSONata expression are refused: use {@link #path}, {@link Intrinsics} or {@link #jsonata} to
   * evaluate them, or {@link #literal(String)} to keep the text. CloudFormation placeholders such
   * as {@code ${LambdaArn}} are plain text.
   *
   * @param text the string
   * @return the literal
   * @throws IllegalArgumentException if the string looks evaluated
   */
  public static JsonString text(String text) {
    return JsonString.plainText(text);
  }

  /**
   * An object member of a payload: a name and a value.
   *
   * @param name the member name, without any {@code .$} suffix (the writer adds it)
   * @param value the value
   * @return the member
   */
  public static Field field(String name, Value value) {
    return new Field(name, value);
  }

  /**
   * An object member with a text value, refused if it looks like a path or expression (see
   * {@link #text(String)}).
   *
   * <pre>{@code field("JobName", "nightly-etl")   // "JobName": "nightly-etl"}</pre>
   *
   * @param name the member name
   * @param text the text
   * @return the member
   */
  public static Field field(String name, String text) {
    return new Field(name, text(text));
  }

  /**
   * An object member with a number value.
   *
   * @param name the member name
   * @param number the number
   * @return the member
   */
  public static Field field(String name, long number) {
    return new Field(name, JsonNumber.of(number));
  }

  /**
   * An object member with a boolean value.
   *
   * @param name the member name
   * @param value the boolean
   * @return the member
   */
  public static Field field(String name, boolean value) {
    return new Field(name, JsonBoolean.of(value));
  }

  /**
   * A payload object.
   *
   * <pre>{@code object(field("id", path("$.id")), field("source", "api"))
   * // {"id.$": "$.id", "source": "api"}}</pre>
   *
   * @param fields the members, in order
   * @return the object
   * @throws IllegalArgumentException if a member name repeats
   */
  public static JsonObject object(Field... fields) {
    return JsonObject.of(fields);
  }

  /**
   * A JSON array.
   *
   * @param elements the elements, in order (literals, objects, arrays or JSONata expressions)
   * @return the array
   */
  public static JsonArray array(Value... elements) {
    return new JsonArray(Arrays.asList(elements));
  }

  /**
   * A JSON array of strings, refused if one looks evaluated (see {@link #text(String)}).
   *
   * @param texts the strings
   * @return the array
   */
  public static JsonArray array(String... texts) {
    return new JsonArray(Arrays.stream(texts).map(Values::text).map(Value.class::cast).toList());
  }

  /**
   * Escape hatch: constant JSON from text, evaluated nowhere (no {@code .$}, no JSONata).
   *
   * @param json a JSON value
   * @return the value
   * @throws io.asl4j.json.AslReadException if {@code json} is not JSON
   */
  public static Value rawJson(String json) {
    return JsonValues.parseLiteral(json);
  }

  /**
   * Escape hatch: a JSONPath payload template from text, where keys ending in {@code .$} are
   * evaluated, exactly as in an ASL file.
   *
   * @param json a JSON value
   * @return the value
   * @throws io.asl4j.json.AslReadException if {@code json} is not JSON or a {@code .$} key has no
   *     string value
   */
  public static Value rawJsonPathTemplate(String json) {
    return JsonValues.parsePathTemplate(json);
  }

  /**
   * Escape hatch: a JSONata value from text, where strings written {@code "{% ... %}"} are
   * evaluated, exactly as in an ASL file.
   *
   * @param json a JSON value
   * @return the value
   * @throws io.asl4j.json.AslReadException if {@code json} is not JSON
   */
  public static Value rawJsonata(String json) {
    return JsonValues.parseJsonata(json);
  }

  private static boolean isVariableName(String name) {
    if (name.isEmpty() || !isIdentifierStart(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(isIdentifierStart(c) || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIdentifierStart(char c) {
    return c == '_' || Character.isLetter(c);
  }

  /**
   * Collects fields into an object; for code that builds payloads in a loop.
   *
   * @param fields the members, in order
   * @return the object
   */
  public static JsonObject object(List<Field> fields) {
    return JsonObject.of(fields);
  }
}
