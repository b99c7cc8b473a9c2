package io.asl4j.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A JSON number, kept exactly as written.
 *
 * <p>The text is stored rather than a {@code double} or {@code long}, so {@code 1e400}, a 30-digit
 * integer, {@code -0} or {@code 2.0} survive a read and write unchanged. Equality is therefore
 * textual ({@code 2} and {@code 2.0} differ); use {@link #numericallyEquals(JsonNumber)} to compare
 * values.
 *
 * @param text the number in JSON syntax, e.g. {@code "3"}, {@code "-0.5"}, {@code "1e400"}
 */
public record JsonNumber(String text) implements Value, DynamicNumber, IntrinsicArgument {

  /**
   * Creates a number from its JSON text.
   *
   * @param text the number in JSON syntax
   * @throws IllegalArgumentException if {@code text} is not a JSON number
   */
  public JsonNumber {
    Objects.requireNonNull(text, "text");
    if (!isJsonNumber(text)) {
      throw new IllegalArgumentException("not a JSON number: \"" + text + "\"");
    }
  }

  /**
   * Creates an integer number.
   *
   * @param value the integer
   * @return the number, written without a fraction
   */
  public static JsonNumber of(long value) {
    return new JsonNumber(Long.toString(value));
  }

  /**
   * Creates a number from a decimal, written in plain notation.
   *
   * @param value the decimal
   * @return the number
   */
  public static JsonNumber of(BigDecimal value) {
    return new JsonNumber(value.toPlainString());
  }

  /**
   * Creates a number from a double, written in its shortest decimal form ({@code 1.5}, {@code 2.0}).
   *
   * @param value a finite double
   * @return the number
   * @throws IllegalArgumentException if {@code value} is NaN or infinite (JSON has neither)
   */
  public static JsonNumber of(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("JSON has no " + value + "; use a finite number");
    }
    return new JsonNumber(Double.toString(value).replace("E", "e"));
  }

  /**
   * Returns the exact value.
   *
   * @return the value as a decimal (exact, whatever the magnitude)
   */
  public BigDecimal decimalValue() {
    return new BigDecimal(text);
  }

  /**
   * Tells whether the value is a whole number ({@code 3}, {@code 3.0} and {@code 3e2} are).
   *
   * @return {@code true} for whole numbers
   */
  public boolean isIntegral() {
    if (isPlainInteger()) {
      return true;
    }
    BigDecimal d = decimalValue();
    return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
  }

  /**
   * Returns the value as a {@code long} when it is a whole number in {@code long} range.
   *
   * @return the value, or empty when it has a fraction or does not fit a {@code long}
   */
  public OptionalLong longValue() {
    if (isPlainInteger() && text.length() <= 18) {
      return OptionalLong.of(Long.parseLong(text));
    }
    if (!isIntegral()) {
      return OptionalLong.empty();
    }
    BigInteger i = decimalValue().toBigIntegerExact();
    return i.bitLength() < 64 ? OptionalLong.of(i.longValue()) : OptionalLong.empty();
  }

  /**
   * Compares by value: {@code 2}, {@code 2.0} and {@code 0.2e1} are numerically equal.
   *
   * @param other the number to compare with
   * @return {@code true} when both denote the same value
   */
  public boolean numericallyEquals(JsonNumber other) {
    return text.equals(other.text) || decimalValue().compareTo(other.decimalValue()) == 0;
  }

  @Override
  public boolean isConstant() {
    return true;
  }

  private boolean isPlainInteger() {
    int i = text.charAt(0) == '-' ? 1 : 0;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Checks RFC 8259 number syntax: {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}. */
  private static boolean isJsonNumber(String s) {
    int n = s.length();
    int i = 0;
    if (i < n && s.charAt(i) == '-') {
      i++;
    }
    if (i >= n) {
      return false;
    }
    if (s.charAt(i) == '0') {
      i++;
    } else if (isDigit(s.charAt(i))) {
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
    } else {
      return false;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      int start = i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      if (i == start) {
        return false;
      }
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int start = i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      if (i == start) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
