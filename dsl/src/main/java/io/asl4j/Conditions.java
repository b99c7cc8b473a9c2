package io.asl4j;

import io.asl4j.model.ComparisonOperator;
import io.asl4j.model.Condition;
import io.asl4j.model.JsonBoolean;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonPath;
import io.asl4j.model.JsonString;
import io.asl4j.model.Jsonata;
import io.asl4j.model.NestedRule;
import io.asl4j.model.Value;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Choice rule conditions, meant for static import: every JSONPath comparison operator with its
 * {@code ...Path} twin as an overload taking a {@link JsonPath}, the type tests, {@code And},
 * {@code Or}, {@code Not}, and JSONata conditions.
 *
 * <pre>{@code and(stringEquals(path("$.status"), "PAID"), numericGreaterThan(path("$.total"), 100))}</pre>
 */
public final class Conditions {

  private Conditions() {}

  /**
   * {@code StringEquals}: the string at {@code variable} equals {@code value}.
   *
   * @param variable the reference path of the tested value
   * @param value the string compared with
   * @return the condition
   */
  public static Condition stringEquals(JsonPath variable, String value) {
    return compare(variable, ComparisonOperator.STRING_EQUALS, new JsonString(value));
  }

  /**
   * {@code StringEqualsPath}: the string at {@code variable} equals the one at {@code other}.
   *
   * @param variable the reference path of the tested value
   * @param other the reference path of the value compared with
   * @return the condition
   */
  public static Condition stringEquals(JsonPath variable, JsonPath other) {
    return compare(variable, ComparisonOperator.STRING_EQUALS_PATH, other);
  }

  /**
   * {@code StringLessThan}: the string at {@code variable} is less than {@code value}.
   *
   * @param variable the reference path of the tested value
   * @param value the string compared with
   * @return the condition
   */
  public static Condition stringLessThan(JsonPath variable, String value) {
    return compare(variable, ComparisonOperator.STRING_LESS_THAN, new JsonString(value));
  }

  /**
   * {@code StringLessThanPath}: the string at {@code variable} is less than the one at {@code other}.
   *
   * @param variable the reference path of the tested value
   * @param other the reference path of the value compared with
   * @return the condition
   */
  public static Condition stringLessThan(JsonPath variable, JsonPath other) {
    return compare(variable, ComparisonOperator.STRING_LESS_THAN_PATH, other);
  }

  /**
   * {@code StringGreaterThan}: the string at {@code variable} is greater than {@code value}.
   *
   * @param variable the reference path of the tested value
   * @param value the string compared with
   * @return the condition
   */
  public static Condition stringGreaterThan(JsonPath variable, String value) {
    return compare(variable, ComparisonOperator.STRING_GREATER_THAN, new JsonString(value));
  }

  /**
   * {@code StringGreaterThanPath}: the string at {@code variable} is greater than the one at {@code other}.
   *
   * @param variable the reference path of the tested value
   * @param other the reference path of the value compared with
   * @return the condition
   */
  public static Condition stringGreaterThan(JsonPath variable, JsonPath other) {
    return compare(variable, ComparisonOperator.STRING_GREATER_THAN_PATH, other);
  }

  /**
   * {@code StringLessThanEquals}: the string at {@code variable} is at most {@code value}.
   *
   * @param variable the reference path of the tested value
   * @param value the string compared with
   * @return the condition
   */
  public static Condition stringLessThanEquals(JsonPath variable, String value) {
    return compare(variable, ComparisonOperator.STRING_LESS_THAN_EQUALS, new JsonString(value));
  }

  /**
   * {@code StringLessThanEqualsPath}: the string at {@code variable} is at most the one at {@code other}.
   *
   * @param variable the reference path of the tested value
   * @param other the reference path of the value compared with
   * @return the condition
   */
  public static Condition stringLessThanEquals(JsonPath variable, JsonPath other) {
    return compare(variable, ComparisonOperator.STRING_LESS_THAN_EQUALS_PATH, other);
  }

  /**
   * {@code StringGreaterThanEquals}: the string at {@code variable} is at least {@code value}.
   *
   * @param variable the reference path of the tested value
   * @param value the string compared with
   * @return the condition
   */
  public static Condition stringGreaterThanEquals(JsonPath variable, String value) {
    return compare(variable, ComparisonOperator.STRING_GREATER_THAN_EQUALS, new JsonString(value));
  }

  /**
   * {@code StringGreaterThanEqualsPath}: the string at {@code variable} is at least the one at {@code other}.
   *
   * @param variable the reference path of the tested value
   * @param other the reference path of the value compared with
   * @return the condition
   */
  public static Condition stringGreaterThanEquals(JsonPath variable, JsonPath other) {
    return compare(variable, ComparisonOperator.STRING_GREATER_THAN_EQUALS_PATH, other);
  }

  /**
   * {@code StringMatches}: the string at {@code variable} matches {@code pattern}, where {@code *} matches any run of characters (escape a literal {@code *} or {@code \\} with a backslash).
   *
   * @param variable the reference path of the tested value
   * @param pattern the pattern
   * @return the condition
   */
  public static Condition stringMatches(JsonPath variable, String pattern) {
    return compare(variable, ComparisonOperator.STRING_MATCHES, new JsonString(pattern));
  }

  /**
   * {@code NumericEquals}: the number at {@code variable} equals {@code value}.
   *
   * @param variable the reference path of the tested value
   * @param value the number compared with
   * @return the condition
   */
  public static Condition numericEquals(JsonPath variable, long value) {
    return compare(variable, ComparisonOperator.NUMERIC_EQUALS, JsonNumber.of(value));
  }

  /**
   * {@code NumericEquals}: the number at {@code variable} equals {@code value}.
   *
   * @param variable the reference path of the tested value
   * @param value the number compared with
   * @return the condition
   */
  public static Condition numericEquals(JsonPath variable, double value) {
    return compare(variable, ComparisonOperator.NUMERIC_EQUALS, JsonNumber.of(value));
  }

  /**
   * {@code NumericEquals}: the number at {@code variable} equals {@code value}.
   *
   * @param variable the reference path of the tested value
   * @param value the number compared with
   * @return the condition
   */
  public static Condition numericEquals(JsonPath variable, BigDecimal value) {
    return compare(variable, ComparisonOperator.NUMERIC_EQUALS, JsonNumber.of(value));
  }

  /**
   * {@code NumericEqualsPath}: the number at {@code variable} equals the one at {@code other}.
   *
   * @param variable the reference path of the tested value
   * @param other the reference path of the value compared with
   * @return the condition
   */
  public static Condition numericEquals(JsonPath variable, JsonPath other) {
    return compare(variable, ComparisonOperator.NUMERIC_EQUALS_PATH, other);
  }

  /**
   * {@code NumericLessThan}: the number at {@code variable} is less than {@code value}.
   *
   * @param variable the reference path of the tested value
   * @param value the number compared with
   * @return the condition
   */
  public static Condition numericLessThan(JsonPath variable, long value) {
    return compare(variable, ComparisonOperator.NUMERIC_LESS_THAN, JsonNumber.of(value));
  }

  /**
   * {@code NumericLessThan}: the number at {@code variable} is less than {@code value}.
   *
   * @param variable the reference path of the tested value
   * @param value the number compared with
   * @return the condition
   */
  public static Condition numericLessThan(JsonPath variable, double value) {
    return compare(variable, ComparisonOperator.NUMERIC_LESS_THAN, JsonNumber.of(value));
  }

  /**
   * {@code NumericLessThan}: the number at {@code variable} is less than {@code value}.
   *
   * @param variable the reference path of the tested value
   * @param value the number compared with
   * @return the condition
   */
  public static Condition numericLessThan(JsonPath variable, BigDecimal value) {
    return compare(variable, ComparisonOperator.NUMERIC_LESS_THAN, JsonNumber.of(value));
  }

  /**
   * {@code NumericLessThanPath}: the number at {@code variable} is less than the one at {@code other}.
   *
   * @param variable the reference path of the tested value
   * @param other the reference path of the value compared with
   * @return the condition
   */
  public static Condition numericLessThan(JsonPath variable, JsonPath other) {
    return compare(variable, ComparisonOperator.NUMERIC_LESS_THAN_PATH, other);
  }

  /**
   * {@code NumericGreaterThan}: the number at {@code variable} is greater than {@code value}.
   *
   * @param variable the reference path of the tested value
   * @param value the number compared with
   * @return the condition
   */
  public static Condition numericGreaterThan(JsonPath variable, long value) {
    return compare(variable, ComparisonOperator.NUMERIC_GREATER_THAN, JsonNumber.of(value));
  }

  /**
   * {@code NumericGreaterThan}: the number at {@code variable} is greater than {@code value}.
   *
   * @param variable the reference path of the tested value
   * @param value the number compared with
   * @return the condition
   */
  public static Condition numericGreaterThan(JsonPath variable, double value) {
    return compare(variable, ComparisonOperator.NUMERIC_GREATER_THAN, JsonNumber.of(value));
  }

  /**
   * {@code NumericGreaterThan}: the number at {@code variable} is greater than {@code value}.
   *
   * @param variable the reference path of the tested value
   * @param value the number compared with
   * @return the condition
   */
  public static Condition numericGreaterThan(JsonPath variable, BigDecimal value) {
    return compare(variable, ComparisonOperator.NUMERIC_GREATER_THAN, JsonNumber.of(value));
  }

  /**
   * {@code NumericGreaterThanPath}: the number at {@code variable} is greater than the one at {@code other}.
   *
   * @param variable the reference path of the tested value
   * @param other the reference path of the value compared with
   * @return the condition
   */
  public static Condition numericGreaterThan(JsonPath variable, JsonPath other) {
    return compare(variable, ComparisonOperator.NUMERIC_GREATER_THAN_PATH, other);
  }

  /**
   * {@code NumericLessThanEquals}: the number at {@code variable} is at most {@code value}.
   *
   * @param variable the reference path of the tested value
   * @param value the number compared with
   * @return the condition
   */
  public static Condition numericLessThanEquals(JsonPath variable, long value) {
    return compare(variable, ComparisonOperator.NUMERIC_LESS_THAN_EQUALS, JsonNumber.of(value));
  }

  /**
   * {@code NumericLessThanEquals}: the number at {@code variable} is at most {@code value}.
   *
   * @param variable the reference path of the tested value
   * @param value the number compared with
   * @return the condition
   */
  public static Condition numericLessThanEquals(JsonPath variable, double value) {
    return compare(variable, ComparisonOperator.NUMERIC_LESS_THAN_EQUALS, JsonNumber.of(value));
  }

  /**
   * {@code NumericLessThanEquals}: the number at {@code variable} is at most {@code value}.
   *
   * @param variable the reference path of the tested value
   * @param value the number compared with
   * @return the condition
   */
  public static Condition numericLessThanEquals(JsonPath variable, BigDecimal value) {
    return compare(variable, ComparisonOperator.NUMERIC_LESS_THAN_EQUALS, JsonNumber.of(value));
  }

  /**
   * {@code NumericLessThanEqualsPath}: the number at {@code variable} is at most the one at {@code other}.
   *
   * @param variable the reference path of the tested value
   * @param other the reference path of the value compared with
   * @return the condition
   */
  public static Condition numericLessThanEquals(JsonPath variable, JsonPath other) {
    return compare(variable, ComparisonOperator.NUMERIC_LESS_THAN_EQUALS_PATH, other);
  }

  /**
   * {@code NumericGreaterThanEquals}: the number at {@code variable} is at least {@code value}.
   *
   * @param variable the reference path of the tested value
   * @param value the number compared with
   * @return the condition
   */
  public static Condition numericGreaterThanEquals(JsonPath variable, long value) {
    return compare(variable, ComparisonOperator.NUMERIC_GREATER_THAN_EQUALS, JsonNumber.of(value));
  }

  /**
   * {@code NumericGreaterThanEquals}: the number at {@code variable} is at least {@code value}.
   *
   * @param variable the reference path of the tested value
   * @param value the number compared with
   * @return the condition
   */
  public static Condition numericGreaterThanEquals(JsonPath variable, double value) {
    return compare(variable, ComparisonOperator.NUMERIC_GREATER_THAN_EQUALS, JsonNumber.of(value));
  }

  /**
   * {@code NumericGreaterThanEquals}: the number at {@code variable} is at least {@code value}.
   *
   * @param variable the reference path of the tested value
   * @param value the number compared with
   * @return the condition
   */
  public static Condition numericGreaterThanEquals(JsonPath variable, BigDecimal value) {
    return compare(variable, ComparisonOperator.NUMERIC_GREATER_THAN_EQUALS, JsonNumber.of(value));
  }

  /**
   * {@code NumericGreaterThanEqualsPath}: the number at {@code variable} is at least the one at {@code other}.
   *
   * @param variable the reference path of the tested value
   * @param other the reference path of the value compared with
   * @return the condition
   */
  public static Condition numericGreaterThanEquals(JsonPath variable, JsonPath other) {
    return compare(variable, ComparisonOperator.NUMERIC_GREATER_THAN_EQUALS_PATH, other);
  }

  /**
   * {@code TimestampEquals}: the timestamp at {@code variable} equals {@code timestamp} (RFC 3339, e.g. {@code 2026-01-01T00:00:00Z}).
   *
   * @param variable the reference path of the tested value
   * @param timestamp the timestamp compared with
   * @return the condition
   */
  public static Condition timestampEquals(JsonPath variable, String timestamp) {
    return compare(variable, ComparisonOperator.TIMESTAMP_EQUALS, new JsonString(timestamp));
  }

  /**
   * {@code TimestampEqualsPath}: the timestamp at {@code variable} equals the one at {@code other}.
   *
   * @param variable the reference path of the tested value
   * @param other the reference path of the value compared with
   * @return the condition
   */
  public static Condition timestampEquals(JsonPath variable, JsonPath other) {
    return compare(variable, ComparisonOperator.TIMESTAMP_EQUALS_PATH, other);
  }

  /**
   * {@code TimestampLessThan}: the timestamp at {@code variable} is less than {@code timestamp} (RFC 3339, e.g. {@code 2026-01-01T00:00:00Z}).
   *
   * @param variable the reference path of the tested value
   * @param timestamp the timestamp compared with
   * @return the condition
   */
  public static Condition timestampLessThan(JsonPath variable, String timestamp) {
    return compare(variable, ComparisonOperator.TIMESTAMP_LESS_THAN, new JsonString(timestamp));
  }

  /**
   * {@code TimestampLessThanPath}: the timestamp at {@code variable} is less than the one at {@code other}.
   *
   * @param variable the reference path of the tested value
   * @param other the reference path of the value compared with
   * @return the condition
   */
  public static Condition timestampLessThan(JsonPath variable, JsonPath other) {
    return compare(variable, ComparisonOperator.TIMESTAMP_LESS_THAN_PATH, other);
  }

  /**
   * {@code TimestampGreaterThan}: the timestamp at {@code variable} is greater than {@code timestamp} (RFC 3339, e.g. {@code 2026-01-01T00:00:00Z}).
   *
   * @param variable the reference path of the tested value
   * @param timestamp the timestamp compared with
   * @return the condition
   */
  public static Condition timestampGreaterThan(JsonPath variable, String timestamp) {
    return compare(variable, ComparisonOperator.TIMESTAMP_GREATER_THAN, new JsonString(timestamp));
  }

  /**
   * {@code TimestampGreaterThanPath}: the timestamp at {@code variable} is greater than the one at {@code other}.
   *
   * @param variable the reference path of the tested value
   * @param other the reference path of the value compared with
   * @return the condition
   */
  public static Condition timestampGreaterThan(JsonPath variable, JsonPath other) {
    return compare(variable, ComparisonOperator.TIMESTAMP_GREATER_THAN_PATH, other);
  }

  /**
   * {@code TimestampLessThanEquals}: the timestamp at {@code variable} is at most {@code timestamp} (RFC 3339, e.g. {@code 2026-01-01T00:00:00Z}).
   *
   * @param variable the reference path of the tested value
   * @param timestamp the timestamp compared with
   * @return the condition
   */
  public static Condition timestampLessThanEquals(JsonPath variable, String timestamp) {
    return compare(variable, ComparisonOperator.TIMESTAMP_LESS_THAN_EQUALS, new JsonString(timestamp));
  }

  /**
   * {@code TimestampLessThanEqualsPath}: the timestamp at {@code variable} is at most the one at {@code other}.
   *
   * @param variable the reference path of the tested value
   * @param other the reference path of the value compared with
   * @return the condition
   */
  public static Condition timestampLessThanEquals(JsonPath variable, JsonPath other) {
    return compare(variable, ComparisonOperator.TIMESTAMP_LESS_THAN_EQUALS_PATH, other);
  }

  /**
   * {@code TimestampGreaterThanEquals}: the timestamp at {@code variable} is at least {@code timestamp} (RFC 3339, e.g. {@code 2026-01-01T00:00:00Z}).
   *
   * @param variable the reference path of the tested value
   * @param timestamp the timestamp compared with
   * @return the condition
   */
  public static Condition timestampGreaterThanEquals(JsonPath variable, String timestamp) {
    return compare(variable, ComparisonOperator.TIMESTAMP_GREATER_THAN_EQUALS, new JsonString(timestamp));
  }

  /**
   * {@code TimestampGreaterThanEqualsPath}: the timestamp at {@code variable} is at least the one at {@code other}.
   *
   * @param variable the reference path of the tested value
   * @param other the reference path of the value compared with
   * @return the condition
   */
  public static Condition timestampGreaterThanEquals(JsonPath variable, JsonPath other) {
    return compare(variable, ComparisonOperator.TIMESTAMP_GREATER_THAN_EQUALS_PATH, other);
  }

  /**
   * {@code BooleanEquals}: the boolean at {@code variable} equals {@code value}.
   *
   * @param variable the reference path of the tested value
   * @param value the boolean compared with
   * @return the condition
   */
  public static Condition booleanEquals(JsonPath variable, boolean value) {
    return compare(variable, ComparisonOperator.BOOLEAN_EQUALS, JsonBoolean.of(value));
  }

  /**
   * {@code BooleanEqualsPath}: the boolean at {@code variable} equals the one at {@code other}.
   *
   * @param variable the reference path of the tested value
   * @param other the reference path of the value compared with
   * @return the condition
   */
  public static Condition booleanEquals(JsonPath variable, JsonPath other) {
    return compare(variable, ComparisonOperator.BOOLEAN_EQUALS_PATH, other);
  }

  /**
   * {@code "IsNull": true}: the value at {@code variable} is {@code null}.
   *
   * @param variable the reference path of the tested value
   * @return the condition
   */
  public static Condition isNull(JsonPath variable) {
    return compare(variable, ComparisonOperator.IS_NULL, JsonBoolean.TRUE);
  }

  /**
   * {@code "IsNull": expected}: whether the value at {@code variable} is {@code null} equals {@code expected}.
   *
   * @param variable the reference path of the tested value
   * @param expected what the test must yield
   * @return the condition
   */
  public static Condition isNull(JsonPath variable, boolean expected) {
    return compare(variable, ComparisonOperator.IS_NULL, JsonBoolean.of(expected));
  }

  /**
   * {@code "IsPresent": true}: the value at {@code variable} exists.
   *
   * @param variable the reference path of the tested value
   * @return the condition
   */
  public static Condition isPresent(JsonPath variable) {
    return compare(variable, ComparisonOperator.IS_PRESENT, JsonBoolean.TRUE);
  }

  /**
   * {@code "IsPresent": expected}: whether the value at {@code variable} exists equals {@code expected}.
   *
   * @param variable the reference path of the tested value
   * @param expected what the test must yield
   * @return the condition
   */
  public static Condition isPresent(JsonPath variable, boolean expected) {
    return compare(variable, ComparisonOperator.IS_PRESENT, JsonBoolean.of(expected));
  }

  /**
   * {@code "IsNumeric": true}: the value at {@code variable} is a number.
   *
   * @param variable the reference path of the tested value
   * @return the condition
   */
  public static Condition isNumeric(JsonPath variable) {
    return compare(variable, ComparisonOperator.IS_NUMERIC, JsonBoolean.TRUE);
  }

  /**
   * {@code "IsNumeric": expected}: whether the value at {@code variable} is a number equals {@code expected}.
   *
   * @param variable the reference path of the tested value
   * @param expected what the test must yield
   * @return the condition
   */
  public static Condition isNumeric(JsonPath variable, boolean expected) {
    return compare(variable, ComparisonOperator.IS_NUMERIC, JsonBoolean.of(expected));
  }

  /**
   * {@code "IsString": true}: the value at {@code variable} is a string.
   *
   * @param variable the reference path of the tested value
   * @return the condition
   */
  public static Condition isString(JsonPath variable) {
    return compare(variable, ComparisonOperator.IS_STRING, JsonBoolean.TRUE);
  }

  /**
   * {@code "IsString": expected}: whether the value at {@code variable} is a string equals {@code expected}.
   *
   * @param variable the reference path of the tested value
   * @param expected what the test must yield
   * @return the condition
   */
  public static Condition isString(JsonPath variable, boolean expected) {
    return compare(variable, ComparisonOperator.IS_STRING, JsonBoolean.of(expected));
  }

  /**
   * {@code "IsBoolean": true}: the value at {@code variable} is a boolean.
   *
   * @param variable the reference path of the tested value
   * @return the condition
   */
  public static Condition isBoolean(JsonPath variable) {
    return compare(variable, ComparisonOperator.IS_BOOLEAN, JsonBoolean.TRUE);
  }

  /**
   * {@code "IsBoolean": expected}: whether the value at {@code variable} is a boolean equals {@code expected}.
   *
   * @param variable the reference path of the tested value
   * @param expected what the test must yield
   * @return the condition
   */
  public static Condition isBoolean(JsonPath variable, boolean expected) {
    return compare(variable, ComparisonOperator.IS_BOOLEAN, JsonBoolean.of(expected));
  }

  /**
   * {@code "IsTimestamp": true}: the value at {@code variable} is an RFC 3339 timestamp.
   *
   * @param variable the reference path of the tested value
   * @return the condition
   */
  public static Condition isTimestamp(JsonPath variable) {
    return compare(variable, ComparisonOperator.IS_TIMESTAMP, JsonBoolean.TRUE);
  }

  /**
   * {@code "IsTimestamp": expected}: whether the value at {@code variable} is an RFC 3339 timestamp equals {@code expected}.
   *
   * @param variable the reference path of the tested value
   * @param expected what the test must yield
   * @return the condition
   */
  public static Condition isTimestamp(JsonPath variable, boolean expected) {
    return compare(variable, ComparisonOperator.IS_TIMESTAMP, JsonBoolean.of(expected));
  }

  /**
   * {@code And}: holds when every condition holds.
   *
   * @param conditions the conditions, at least one
   * @return the condition
   */
  public static Condition and(Condition... conditions) {
    return new Condition.And(nested(conditions));
  }

  /**
   * {@code Or}: holds when any condition holds.
   *
   * @param conditions the conditions, at least one
   * @return the condition
   */
  public static Condition or(Condition... conditions) {
    return new Condition.Or(nested(conditions));
  }

  /**
   * {@code Not}: holds when the condition does not.
   *
   * @param condition the negated condition
   * @return the condition
   */
  public static Condition not(Condition condition) {
    return new Condition.Not(rule(condition));
  }

  /**
   * {@code And} over nested rules that carry comments (see {@link #commented}).
   *
   * @param rules the nested rules
   * @return the condition
   */
  public static Condition and(NestedRule... rules) {
    return new Condition.And(Arrays.asList(rules));
  }

  /**
   * {@code Or} over nested rules that carry comments (see {@link #commented}).
   *
   * @param rules the nested rules
   * @return the condition
   */
  public static Condition or(NestedRule... rules) {
    return new Condition.Or(Arrays.asList(rules));
  }

  /**
   * A nested rule with a {@code Comment}, for {@code And}, {@code Or} and {@code Not}.
   *
   * @param comment the comment
   * @param condition the condition
   * @return the nested rule
   */
  public static NestedRule commented(String comment, Condition condition) {
    return new NestedRule(Optional.of(comment), condition, Map.of());
  }

  /**
   * A JSONata {@code Condition}.
   *
   * <pre>{@code condition(jsonata("$states.input.total > 100"))   // "Condition": "{% ... %}"}</pre>
   *
   * @param expression the expression, yielding a boolean
   * @return the condition
   */
  public static Condition condition(Jsonata expression) {
    return new Condition.JsonataTest(expression);
  }

  /**
   * A constant JSONata {@code Condition}: {@code true} always matches.
   *
   * @param value the constant
   * @return the condition
   */
  public static Condition condition(boolean value) {
    return new Condition.JsonataTest(JsonBoolean.of(value));
  }

  private static Condition compare(JsonPath variable, ComparisonOperator operator, Value operand) {
    return new Condition.Comparison(Objects.requireNonNull(variable, "variable"), operator,
        operand);
  }

  private static NestedRule rule(Condition c) {
    return new NestedRule(Optional.empty(), Objects.requireNonNull(c, "condition"), Map.of());
  }

  private static List<NestedRule> nested(Condition[] conditions) {
    if (conditions.length == 0) {
      throw new IllegalArgumentException("And and Or need at least one condition");
    }
    return Arrays.stream(conditions).map(Conditions::rule).toList();
  }
}
