package io.asl4j.model;

import io.asl4j.syntax.JsonPathSyntax;
import java.util.Objects;

/**
 * A constant JSON string. A string that looks like a path ({@code "$.name"}) stays a literal here;
 * use {@link JsonPath} for a value Step Functions should evaluate.
 *
 * @param value the string's characters, without JSON escaping
 */
public record JsonString(String value) implements Value, DynamicString, IntrinsicArgument {

  /**
   * Creates a string value.
   *
   * @param value the string's characters, without JSON escaping
   */
  public JsonString {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Creates a string value.
   *
   * @param value the string's characters
   * @return the JSON string
   */
  public static JsonString of(String value) {
    return new JsonString(value);
  }

  /**
   * Creates a string value that cannot be mistaken for something Step Functions evaluates: text
   * that is a valid JSONPath ({@code $.x}, {@code $$.x}, {@code $var}, as
   * {@link JsonPathSyntax} reads it), an intrinsic function call
   * ({@code States.…(…)}) or a JSONata expression is refused, and the message names what to use
   * instead ({@code path}, {@code Intrinsics}, {@code jsonata} or {@code literal} of
   * {@code io.asl4j.Values}). CloudFormation placeholders such as {@code ${LambdaArn}} are plain
   * text. The DSL's text arguments go through here; {@link #of(String)} takes any text.
   *
   * <pre>{@code JsonString.plainText("nightly-etl")   // "nightly-etl"
   * JsonString.plainText("$5 off")        // "$5 off": not a path
   * JsonString.plainText("$.name")        // IllegalArgumentException}</pre>
   *
   * @param text the string
   * @return the string value
   * @throws IllegalArgumentException if the text looks evaluated
   */
  public static JsonString plainText(String text) {
    Objects.requireNonNull(text, "text");
    String hint = evaluatedLookalike(text);
    if (hint != null) {
      throw new IllegalArgumentException("\"" + text + "\" " + hint);
    }
    return new JsonString(text);
  }

  /** Tells why a string would be taken for something evaluated, or returns null. */
  private static String evaluatedLookalike(String s) {
    if (s.length() >= 2 && s.charAt(0) == '$' && s.charAt(1) == '{') {
      return null; // a CloudFormation/SAM substitution such as ${LambdaArn}
    }
    // only text that is a path is one: "$5 off" and "$AAPL crossed 200" are just text
    if (s.startsWith("$") && JsonPathSyntax.check(s).valid()) {
      return "looks like a JSONPath but would stay literal text; use path(\"" + s + "\") to"
          + " evaluate it, or literal(\"" + s + "\") to keep the text";
    }
    if (s.startsWith("States.") && s.endsWith(")")) {
      return "looks like an intrinsic function but would stay literal text; build it with"
          + " Intrinsics, or use literal(...) to keep the text";
    }
    if (Jsonata.isDelimited(s)) {
      return "looks like a JSONata expression; use jsonata(...) to evaluate it";
    }
    return null;
  }

  @Override
  public boolean isConstant() {
    return true;
  }
}
