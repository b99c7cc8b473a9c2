package io.asl4j.model;

/**
 * The comparison operators of a JSONPath Choice rule. Each literal operator has a {@code ...Path}
 * twin that compares with the value at a reference path instead (all but {@code StringMatches} and
 * the type tests).
 */
public enum ComparisonOperator implements AslEnum {
  /** {@code StringEquals}: the input string equals a literal. */
  STRING_EQUALS("StringEquals", Operand.STRING),

  /** {@code StringEqualsPath}: like StringEquals, comparing with the value at a reference path. */
  STRING_EQUALS_PATH("StringEqualsPath", Operand.PATH),

  /** {@code StringLessThan}: the input string is less than a literal. */
  STRING_LESS_THAN("StringLessThan", Operand.STRING),

  /** {@code StringLessThanPath}: like StringLessThan, comparing with the value at a reference path. */
  STRING_LESS_THAN_PATH("StringLessThanPath", Operand.PATH),

  /** {@code StringGreaterThan}: the input string is greater than a literal. */
  STRING_GREATER_THAN("StringGreaterThan", Operand.STRING),

  /** {@code StringGreaterThanPath}: like StringGreaterThan, comparing with the value at a reference path. */
  STRING_GREATER_THAN_PATH("StringGreaterThanPath", Operand.PATH),

  /** {@code StringLessThanEquals}: the input string is at most a literal. */
  STRING_LESS_THAN_EQUALS("StringLessThanEquals", Operand.STRING),

  /** {@code StringLessThanEqualsPath}: like StringLessThanEquals, comparing with the value at a reference path. */
  STRING_LESS_THAN_EQUALS_PATH("StringLessThanEqualsPath", Operand.PATH),

  /** {@code StringGreaterThanEquals}: the input string is at least a literal. */
  STRING_GREATER_THAN_EQUALS("StringGreaterThanEquals", Operand.STRING),

  /** {@code StringGreaterThanEqualsPath}: like StringGreaterThanEquals, comparing with the value at a reference path. */
  STRING_GREATER_THAN_EQUALS_PATH("StringGreaterThanEqualsPath", Operand.PATH),

  /** {@code StringMatches}: the input string matches a pattern where {@code *} is a wildcard. */
  STRING_MATCHES("StringMatches", Operand.STRING),

  /** {@code NumericEquals}: the input number equals a literal. */
  NUMERIC_EQUALS("NumericEquals", Operand.NUMBER),

  /** {@code NumericEqualsPath}: like NumericEquals, comparing with the value at a reference path. */
  NUMERIC_EQUALS_PATH("NumericEqualsPath", Operand.PATH),

  /** {@code NumericLessThan}: the input number is less than a literal. */
  NUMERIC_LESS_THAN("NumericLessThan", Operand.NUMBER),

  /** {@code NumericLessThanPath}: like NumericLessThan, comparing with the value at a reference path. */
  NUMERIC_LESS_THAN_PATH("NumericLessThanPath", Operand.PATH),

  /** {@code NumericGreaterThan}: the input number is greater than a literal. */
  NUMERIC_GREATER_THAN("NumericGreaterThan", Operand.NUMBER),

  /** {@code NumericGreaterThanPath}: like NumericGreaterThan, comparing with the value at a reference path. */
  NUMERIC_GREATER_THAN_PATH("NumericGreaterThanPath", Operand.PATH),

  /** {@code NumericLessThanEquals}: the input number is at most a literal. */
  NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", Operand.NUMBER),

  /** {@code NumericLessThanEqualsPath}: like NumericLessThanEquals, comparing with the value at a reference path. */
  NUMERIC_LESS_THAN_EQUALS_PATH("NumericLessThanEqualsPath", Operand.PATH),

  /** {@code NumericGreaterThanEquals}: the input number is at least a literal. */
  NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", Operand.NUMBER),

  /** {@code NumericGreaterThanEqualsPath}: like NumericGreaterThanEquals, comparing with the value at a reference path. */
  NUMERIC_GREATER_THAN_EQUALS_PATH("NumericGreaterThanEqualsPath", Operand.PATH),

  /** {@code TimestampEquals}: the input timestamp equals a literal. */
  TIMESTAMP_EQUALS("TimestampEquals", Operand.TIMESTAMP),

  /** {@code TimestampEqualsPath}: like TimestampEquals, comparing with the value at a reference path. */
  TIMESTAMP_EQUALS_PATH("TimestampEqualsPath", Operand.PATH),

  /** {@code TimestampLessThan}: the input timestamp is less than a literal. */
  TIMESTAMP_LESS_THAN("TimestampLessThan", Operand.TIMESTAMP),

  /** {@code TimestampLessThanPath}: like TimestampLessThan, comparing with the value at a reference path. */
  TIMESTAMP_LESS_THAN_PATH("TimestampLessThanPath", Operand.PATH),

  /** {@code TimestampGreaterThan}: the input timestamp is greater than a literal. */
  TIMESTAMP_GREATER_THAN("TimestampGreaterThan", Operand.TIMESTAMP),

  /** {@code TimestampGreaterThanPath}: like TimestampGreaterThan, comparing with the value at a reference path. */
  TIMESTAMP_GREATER_THAN_PATH("TimestampGreaterThanPath", Operand.PATH),

  /** {@code TimestampLessThanEquals}: the input timestamp is at most a literal. */
  TIMESTAMP_LESS_THAN_EQUALS("TimestampLessThanEquals", Operand.TIMESTAMP),

  /** {@code TimestampLessThanEqualsPath}: like TimestampLessThanEquals, comparing with the value at a reference path. */
  TIMESTAMP_LESS_THAN_EQUALS_PATH("TimestampLessThanEqualsPath", Operand.PATH),

  /** {@code TimestampGreaterThanEquals}: the input timestamp is at least a literal. */
  TIMESTAMP_GREATER_THAN_EQUALS("TimestampGreaterThanEquals", Operand.TIMESTAMP),

  /** {@code TimestampGreaterThanEqualsPath}: like TimestampGreaterThanEquals, comparing with the value at a reference path. */
  TIMESTAMP_GREATER_THAN_EQUALS_PATH("TimestampGreaterThanEqualsPath", Operand.PATH),

  /** {@code BooleanEquals}: the input boolean equals a literal. */
  BOOLEAN_EQUALS("BooleanEquals", Operand.BOOLEAN),

  /** {@code BooleanEqualsPath}: the input boolean equals the value at a reference path. */
  BOOLEAN_EQUALS_PATH("BooleanEqualsPath", Operand.PATH),

  /** {@code IsNull}: type test: the input is (or is not) {@code null}, as the boolean operand says. */
  IS_NULL("IsNull", Operand.BOOLEAN),

  /** {@code IsPresent}: type test: the input exists (or does not), as the boolean operand says. */
  IS_PRESENT("IsPresent", Operand.BOOLEAN),

  /** {@code IsNumeric}: type test: the input is (or is not) a number, as the boolean operand says. */
  IS_NUMERIC("IsNumeric", Operand.BOOLEAN),

  /** {@code IsString}: type test: the input is (or is not) a string, as the boolean operand says. */
  IS_STRING("IsString", Operand.BOOLEAN),

  /** {@code IsBoolean}: type test: the input is (or is not) a boolean, as the boolean operand says. */
  IS_BOOLEAN("IsBoolean", Operand.BOOLEAN),

  /** {@code IsTimestamp}: type test: the input is (or is not) an RFC 3339 timestamp string, as the boolean operand says. */
  IS_TIMESTAMP("IsTimestamp", Operand.BOOLEAN);

  /** What kind of operand an operator takes. */
  public enum Operand {
    /** A JSON string. */
    STRING,
    /** A JSON number. */
    NUMBER,
    /** A JSON boolean. */
    BOOLEAN,
    /** A JSON string holding an RFC 3339 timestamp. */
    TIMESTAMP,
    /** A reference path ({@link JsonPath}). */
    PATH
  }

  private final String jsonName;
  private final Operand operand;

  ComparisonOperator(String jsonName, Operand operand) {
    this.jsonName = jsonName;
    this.operand = operand;
  }

  @Override
  public String jsonName() {
    return jsonName;
  }

  /**
   * Returns the kind of operand this operator compares with.
   *
   * @return the operand kind
   */
  public Operand operand() {
    return operand;
  }
}
