package io.asl4j.codegen;

import com.palantir.javapoet.CodeBlock;
import io.asl4j.model.DynamicNumber;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.Limit;
import java.math.BigDecimal;

/**
 * Java literals for definition text and numbers: string literals that survive any text, whole
 * numbers as {@code int} or {@code long} literals, and other numbers kept as their exact text.
 */
final class JavaLiterals {

  private JavaLiterals() {}

  /**
   * The most bytes of a string literal the generator writes: javac refuses a string constant of
   * 65,535 characters or more, or over 65,535 bytes in the class file's modified UTF-8, and it
   * folds a concatenation of literals into one constant.
   */
  static final int MAX_CONSTANT_BYTES = 65_534;

  /**
   * A Java expression for any text: a string literal, or for text past javac's constant limit
   * literals joined at run time, {@code "...".concat("...")}, each piece under the limit and no
   * surrogate pair cut in two. JavaPoet's {@code $S} leaves U+2028 and U+2029 raw, and its line
   * splitting then breaks the literal; and a written {@code \u000a} would become a line break
   * before javac even tokenizes, so line breaks are escaped as {@code \n} and {@code \r}.
   */
  static String q(String s) {
    if (s.length() <= MAX_CONSTANT_BYTES / 3) {
      return literal(s, 0, s.length()); // short enough whatever its characters
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    int from = 0;
    do {
      int to = pieceEnd(s, from);
      if (from > 0) {
        sb.append(".concat(");
      }
      sb.append(literal(s, from, to));
      if (from > 0) {
        sb.append(')');
      }
      from = to;
    } while (from < s.length());
    return sb.toString();
  }

  /** How many constants {@link #q} writes for the text: the pieces it is cut into. */
  static int constants(String s) {
    if (s.length() <= MAX_CONSTANT_BYTES / 3) {
      return 1;
    }
    int n = 0;
    for (int from = 0; from < s.length(); from = pieceEnd(s, from)) {
      n++;
    }
    return n;
  }

  /** Where the piece of {@code s} that starts at {@code from} ends: the constant limit. */
  private static int pieceEnd(String s, int from) {
    int bytes = 0;
    int i = from;
    while (i < s.length()) {
      char c = s.charAt(i);
      // modified UTF-8: U+0000 and U+0080..U+07FF take 2 bytes, other non-ASCII 3 per char
      int size = c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
      if (bytes + size > MAX_CONSTANT_BYTES) {
        break;
      }
      bytes += size;
      i++;
    }
    if (i < s.length() && i > from + 1 && Character.isLowSurrogate(s.charAt(i))
        && Character.isHighSurrogate(s.charAt(i - 1))) {
      i--; // keep the pair together
    }
    return i;
  }

  /** The string literal for {@code s.substring(from, to)}. */
  private static String literal(String s, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from + 2).append('"');
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
              || Character.isSurrogate(c) && !validPair(s, i)) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** Whether the surrogate at {@code i} is half of a well-formed pair. */
  private static boolean validPair(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /** Whether a number is a whole number written as {@code Long.toString} writes it. */
  static boolean isLong(JsonNumber n) {
    String t = n.text();
    try {
      return Long.toString(Long.parseLong(t)).equals(t);
    } catch (NumberFormatException notLong) {
      return false;
    }
  }

  /** A whole number as Java source: {@code 30}, or {@code 30000000000L} beyond int. */
  static String javaLong(JsonNumber n) {
    long v = Long.parseLong(n.text());
    return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? n.text() : n.text() + "L";
  }

  /** A whole number in [min, max], which the DSL's long setters take; else null. */
  static String inRange(DynamicNumber v, long min, long max) {
    if (v instanceof JsonNumber n && isLong(n)) {
      long x = Long.parseLong(n.text());
      return x >= min && x <= max ? javaLong(n) : null;
    }
    return null;
  }

  /**
   * A whole number for a DSL setter that takes a {@code long} in the field's range, or a refusal
   * naming where it is: the setter would throw when the generated code runs.
   */
  static CodeBlock wholeNumber(JsonNumber n, Limit limit, String at) {
    if (!isLong(n)) {
      throw new GenerationException(at, n.text() + " cannot be written as a whole"
          + " number the DSL keeps exactly");
    }
    requireInRange(n, limit, at);
    return CodeBlock.of("$L", javaLong(n));
  }

  /**
   * A number for a setter that takes any number in the field's range, as Java source: a whole
   * number as an {@code int} or {@code long} literal, a {@code double} literal when {@code
   * JsonNumber.of(double)} gives back the same text, else {@code new JsonNumber("...")}; so 1e400,
   * which no {@code double} holds, keeps its text.
   */
  static CodeBlock anyNumber(JsonNumber n, Limit limit, String at) {
    requireInRange(n, limit, at);
    if (isLong(n)) {
      return CodeBlock.of("$L", javaLong(n));
    }
    double d = Double.parseDouble(n.text());
    return Double.isFinite(d) && JsonNumber.of(d).equals(n) ? CodeBlock.of("$L", n.text())
        : number(n);
  }

  /** Refuses a number the DSL's setter for the field would refuse. */
  private static void requireInRange(JsonNumber n, Limit limit, String at) {
    if (!limit.allows(n.decimalValue())) {
      throw new GenerationException(at, limit.problem(n.text()) + " to be written with"
          + " the DSL");
    }
  }

  /**
   * Whether a number's text is a plain decimal, as {@code BigDecimal.toPlainString} writes it
   * ({@code 2.50}, not {@code 2.5e0}); checked without expanding an exponent such as {@code
   * 1e999999999}, whose plain form would not fit in memory.
   */
  static boolean isPlainDecimal(JsonNumber n) {
    String t = n.text();
    return t.indexOf('e') < 0 && t.indexOf('E') < 0
        && new BigDecimal(t).toPlainString().equals(t);
  }

  /** Any number as {@code new JsonNumber("2.50")}, which keeps its text exactly. */
  static CodeBlock number(JsonNumber n) {
    return CodeBlock.of("new $T($L)", JsonNumber.class, q(n.text()));
  }
}
