package io.asl4j.local;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The executor's JSON values and their text: objects are {@link Map}s (insertion order kept),
 * arrays are {@link List}s, strings are {@link String}s, booleans are {@link Boolean}s, JSON
 * {@code null} is Java {@code null}, and numbers keep AWS's distinction between integers and
 * floats: an integer is a {@link Long} (a {@link BigInteger} beyond its range), a number with a
 * fraction or exponent is a {@link Double} (a {@link BigDecimal} beyond its range), so {@code 1}
 * and {@code 1.0} read and write back as written.
 *
 * <p>These are the very values JSONata evaluates (com.dashjoin.jsonata works on plain maps and
 * lists), so no value is copied between the two query languages.
 */
public final class Json {

  /**
   * JSON {@code null} inside the executor: JSONata's own null, so that JSONata tells {@code null}
   * from a missing value; Java {@code null} means "no value" there. Public methods convert.
   */
  static final Object NULL = com.dashjoin.jsonata.Jsonata.NULL_VALUE;

  private Json() {}

  /**
   * Parses JSON text into the executor's internal values (JSON {@code null} is {@link #NULL}).
   *
   * @param text the JSON text
   * @return the value
   */
  static Object parseInternal(String text) {
    Parser p = new Parser(text);
    p.internal = true;
    return p.document();
  }

  /**
   * Converts a public value (JSON {@code null} as Java {@code null}) to an internal one, copying
   * only where a {@code null} has to be replaced or a collection is not a plain map or list.
   *
   * @param v a public JSON value
   * @return the internal value
   */
  static Object internal(Object v) {
    if (v == null) {
      return NULL;
    } else if (v instanceof Map<?, ?> m) {
      Map<String, Object> c = new LinkedHashMap<>(Math.max(4, m.size() * 2));
      for (Map.Entry<?, ?> e : m.entrySet()) {
        c.put(String.valueOf(e.getKey()), internal(e.getValue()));
      }
      return c;
    } else if (v instanceof List<?> l) {
      List<Object> c = new ArrayList<>(l.size());
      for (Object o : l) {
        c.add(internal(o));
      }
      return c;
    } else if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    } else if (v instanceof Float f) {
      return f.doubleValue();
    } else if (v instanceof String || v instanceof Boolean || v instanceof Number) {
      return v;
    }
    throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
  }

  /**
   * Converts an internal value to a public one (JSON {@code null} as Java {@code null}).
   *
   * @param v an internal value
   * @return a fresh public value
   */
  static Object external(Object v) {
    if (v == null || v == NULL) {
      return null;
    } else if (v instanceof Map<?, ?> m) {
      Map<String, Object> c = new LinkedHashMap<>(Math.max(4, m.size() * 2));
      for (Map.Entry<?, ?> e : m.entrySet()) {
        c.put(String.valueOf(e.getKey()), external(e.getValue()));
      }
      return c;
    } else if (v instanceof List<?> l) {
      List<Object> c = new ArrayList<>(l.size());
      for (Object o : l) {
        c.add(external(o));
      }
      return c;
    }
    return v;
  }

  /**
   * Parses strict JSON (RFC 8259) text.
   *
   * @param text the JSON text
   * @return the value ({@code null} for JSON {@code null})
   * @throws IllegalArgumentException if the text is not JSON; the message gives the line, the
   *     column and what was expected
   */
  public static Object parse(String text) {
    return new Parser(text).document();
  }

  /**
   * Writes a value as compact JSON, the way AWS Step Functions writes a state's data (no spaces;
   * non-ASCII characters kept; floats as Java writes them, e.g. {@code 1.0}).
   *
   * @param value a JSON value of the kinds described above
   * @return the JSON text
   */
  public static String write(Object value) {
    StringBuilder sb = new StringBuilder();
    write(value, sb, null, 0);
    return sb.toString();
  }

  /**
   * Writes a value as indented JSON (two spaces), for people.
   *
   * @param value a JSON value
   * @return the JSON text
   */
  public static String writePretty(Object value) {
    StringBuilder sb = new StringBuilder();
    write(value, sb, "  ", 0);
    return sb.toString();
  }

  /**
   * Appends a value's compact JSON text.
   *
   * @param value the value
   * @param sb where to write
   */
  static void write(Object value, StringBuilder sb) {
    write(value, sb, null, 0);
  }

  private static void write(Object value, StringBuilder sb, String indent, int depth) {
    if (value == null || value == NULL) {
      sb.append("null");
    } else if (value instanceof String s) {
      quote(s, sb);
    } else if (value instanceof Boolean b) {
      sb.append(b.booleanValue());
    } else if (value instanceof Number n) {
      writeNumber(n, sb);
    } else if (value instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        newline(sb, indent, depth + 1);
        quote(String.valueOf(e.getKey()), sb);
        sb.append(indent == null ? ":" : ": ");
        write(e.getValue(), sb, indent, depth + 1);
      }
      newline(sb, indent, depth);
      sb.append('}');
    } else if (value instanceof List<?> l) {
      if (l.isEmpty()) {
        sb.append("[]");
        return;
      }
      sb.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        newline(sb, indent, depth + 1);
        write(l.get(i), sb, indent, depth + 1);
      }
      newline(sb, indent, depth);
      sb.append(']');
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  private static void newline(StringBuilder sb, String indent, int depth) {
    if (indent != null) {
      sb.append('\n');
      for (int i = 0; i < depth; i++) {
        sb.append(indent);
      }
    }
  }

  private static void writeNumber(Number n, StringBuilder sb) {
    if (n instanceof Double d) {
      double v = d;
      if (Double.isNaN(v) || Double.isInfinite(v)) {
        throw new IllegalArgumentException("JSON has no " + v);
      }
      sb.append(v);
    } else if (n instanceof Float f) {
      sb.append(f.doubleValue());
    } else if (n instanceof BigDecimal bd) {
      sb.append(bd.toString());
    } else {
      sb.append(n.toString());
    }
  }

  /**
   * Appends a JSON string literal: quotes, backslashes and control characters escaped.
   *
   * @param s the string
   * @param sb where to write
   */
  static void quote(String s, StringBuilder sb) {
    sb.append('"');
    int n = s.length();
    for (int i = 0; i < n; i++) {
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
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  /**
   * Measures a value's compact JSON text in UTF-8 bytes, as AWS's payload quotas count.
   *
   * @param v an internal value
   * @return the number of bytes
   */
  /** A numeric string counts as its number in numeric Map fields, as on AWS. */
  static Object numeric(Object v) {
    if (v instanceof String str) {
      try {
        return str.contains(".") || str.contains("e") || str.contains("E")
            ? (Object) Double.parseDouble(str) : (Object) Long.parseLong(str.strip());
      } catch (NumberFormatException e) {
        return v;
      }
    }
    return v;
  }

  static long utf8Length(Object v) {
    if (v instanceof String s) {
      return utf8(s) + 2;
    } else if (v instanceof Map<?, ?> m) {
      long n = 2 + Math.max(0, m.size() - 1);
      for (Map.Entry<?, ?> e : m.entrySet()) {
        n += utf8(String.valueOf(e.getKey())) + 3 + utf8Length(e.getValue());
      }
      return n;
    } else if (v instanceof List<?> l) {
      long n = 2 + Math.max(0, l.size() - 1);
      for (Object o : l) {
        n += utf8Length(o);
      }
      return n;
    } else if (v == null || v == NULL) {
      return 4;
    }
    return String.valueOf(v).length();
  }

  static long utf8(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n += c == '"' || c == '\\' ? 2 : c < 0x20 ? 2 : 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /**
   * Names a value's JSON type as AWS's messages do.
   *
   * @param v a JSON value
   * @return {@code object}, {@code array}, {@code string}, {@code number}, {@code boolean} or
   *     {@code null}
   */
  static String typeName(Object v) {
    if (v == null || v == NULL) {
      return "null";
    } else if (v instanceof Map) {
      return "object";
    } else if (v instanceof List) {
      return "array";
    } else if (v instanceof String) {
      return "string";
    } else if (v instanceof Number) {
      return "number";
    } else if (v instanceof Boolean) {
      return "boolean";
    }
    return v.getClass().getSimpleName();
  }

  /**
   * Copies a value deeply, so that a later change of the copy cannot reach the original.
   *
   * @param v a JSON value
   * @return an equal value sharing no map or list with {@code v}
   */
  static Object copy(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> c = new LinkedHashMap<>(Math.max(4, m.size() * 2));
      for (Map.Entry<?, ?> e : m.entrySet()) {
        c.put((String) e.getKey(), copy(e.getValue()));
      }
      return c;
    } else if (v instanceof List<?> l) {
      List<Object> c = new ArrayList<>(l.size());
      for (Object o : l) {
        c.add(copy(o));
      }
      return c;
    }
    return v;
  }

  /**
   * Compares two JSON values: objects ignore member order; numbers compare by value.
   *
   * @param a a value
   * @param b another value
   * @return whether they are the same JSON value
   */
  static boolean equal(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      return false;
    }
    if (a instanceof Number x && b instanceof Number y) {
      return compareNumbers(x, y) == 0;
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (Map.Entry<?, ?> e : x.entrySet()) {
        if (!y.containsKey(e.getKey()) || !equal(e.getValue(), y.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!equal(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /**
   * Compares two numbers by value, whatever their Java types.
   *
   * @param x a number
   * @param y another number
   * @return negative, zero or positive as {@code x} is less than, equal to or greater than {@code y}
   */
  static int compareNumbers(Number x, Number y) {
    boolean bigX = x instanceof BigInteger || x instanceof BigDecimal;
    boolean bigY = y instanceof BigInteger || y instanceof BigDecimal;
    if (!bigX && !bigY) {
      if (isIntegral(x) && isIntegral(y)) {
        return Long.compare(x.longValue(), y.longValue());
      }
      double a = x.doubleValue();
      double b = y.doubleValue();
      return a < b ? -1 : a > b ? 1 : 0;
    }
    return decimal(x).compareTo(decimal(y));
  }

  /**
   * Tells whether a number is of an integer Java type.
   *
   * @param n a number
   * @return true for Long, Integer, Short, Byte and BigInteger
   */
  static boolean isIntegral(Number n) {
    return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte
        || n instanceof BigInteger;
  }

  /**
   * Converts a number to an exact decimal.
   *
   * @param n a finite number
   * @return its value
   */
  static BigDecimal decimal(Number n) {
    if (n instanceof BigDecimal d) {
      return d;
    } else if (n instanceof BigInteger i) {
      return new BigDecimal(i);
    } else if (isIntegral(n)) {
      return BigDecimal.valueOf(n.longValue());
    }
    return new BigDecimal(n.doubleValue());
  }

  /** A recursive-descent parser of strict JSON. */
  private static final class Parser {
    private final String s;
    private int i;
    private int depth;
    boolean internal;

    Parser(String s) {
      this.s = s;
      if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
        i = 1;
      }
    }

    Object document() {
      skip();
      Object v = value();
      skip();
      if (i < s.length()) {
        throw error("expected the end of the text");
      }
      return v;
    }

    private Object value() {
      if (i >= s.length()) {
        throw error("expected a value");
      }
      char c = s.charAt(i);
      switch (c) {
        case '{':
          return object();
        case '[':
          return array();
        case '"':
          return string();
        case 't':
          return literal("true", Boolean.TRUE);
        case 'f':
          return literal("false", Boolean.FALSE);
        case 'n':
          return literal("null", internal ? NULL : null);
        default:
          if (c == '-' || (c >= '0' && c <= '9')) {
            return number();
          }
          throw error("expected a value");
      }
    }

    private Object literal(String word, Object value) {
      if (!s.startsWith(word, i)) {
        throw error("expected a value");
      }
      i += word.length();
      return value;
    }

    private Map<String, Object> object() {
      enter();
      i++;
      Map<String, Object> m = new LinkedHashMap<>();
      skip();
      if (peek() == '}') {
        i++;
        depth--;
        return m;
      }
      while (true) {
        skip();
        if (peek() != '"') {
          throw error("expected a member name");
        }
        String key = string();
        skip();
        if (peek() != ':') {
          throw error("expected ':'");
        }
        i++;
        skip();
        m.put(key, value());
        skip();
        char c = peek();
        i++;
        if (c == '}') {
          depth--;
          return m;
        } else if (c != ',') {
          i--;
          throw error("expected ',' or '}'");
        }
      }
    }

    private List<Object> array() {
      enter();
      i++;
      List<Object> l = new ArrayList<>();
      skip();
      if (peek() == ']') {
        i++;
        depth--;
        return l;
      }
      while (true) {
        skip();
        l.add(value());
        skip();
        char c = peek();
        i++;
        if (c == ']') {
          depth--;
          return l;
        } else if (c != ',') {
          i--;
          throw error("expected ',' or ']'");
        }
      }
    }

    private void enter() {
      if (++depth > 1000) {
        throw error("nesting deeper than 1000 levels");
      }
    }

    private String string() {
      i++;
      StringBuilder sb = null;
      int start = i;
      while (true) {
        if (i >= s.length()) {
          throw error("unterminated string");
        }
        char c = s.charAt(i);
        if (c == '"') {
          String r = sb == null ? s.substring(start, i) : sb.append(s, start, i).toString();
          i++;
          return r;
        }
        if (c < 0x20) {
          throw error("control character in a string");
        }
        if (c == '\\') {
          if (sb == null) {
            sb = new StringBuilder();
          }
          sb.append(s, start, i);
          i++;
          if (i >= s.length()) {
            throw error("unterminated string");
          }
          char e = s.charAt(i++);
          switch (e) {
            case '"' -> sb.append('"');
            case '\\' -> sb.append('\\');
            case '/' -> sb.append('/');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'u' -> {
              if (i + 4 > s.length()) {
                throw error("bad \\u escape");
              }
              try {
                sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
              } catch (NumberFormatException x) {
                throw error("bad \\u escape");
              }
              i += 4;
            }
            default -> {
              i--;
              throw error("bad escape");
            }
          }
          start = i;
        } else {
          i++;
        }
      }
    }

    private Number number() {
      int start = i;
      boolean fraction = false;
      if (peek() == '-') {
        i++;
      }
      if (peek() == '0') {
        i++;
      } else if (digit(peek())) {
        while (digit(peek())) {
          i++;
        }
      } else {
        throw error("expected a digit");
      }
      if (peek() == '.') {
        fraction = true;
        i++;
        if (!digit(peek())) {
          throw error("expected a digit");
        }
        while (digit(peek())) {
          i++;
        }
      }
      if (peek() == 'e' || peek() == 'E') {
        fraction = true;
        i++;
        if (peek() == '+' || peek() == '-') {
          i++;
        }
        if (!digit(peek())) {
          throw error("expected a digit");
        }
        while (digit(peek())) {
          i++;
        }
      }
      return Json.number(s.substring(start, i), fraction);
    }

    private boolean digit(char c) {
      return c >= '0' && c <= '9';
    }

    private char peek() {
      return i < s.length() ? s.charAt(i) : '\0';
    }

    private void skip() {
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
          i++;
        } else {
          break;
        }
      }
    }

    private IllegalArgumentException error(String what) {
      int line = 1;
      int col = 1;
      for (int k = 0; k < Math.min(i, s.length()); k++) {
        if (s.charAt(k) == '\n') {
          line++;
          col = 1;
        } else {
          col++;
        }
      }
      return new SyntaxError(line, col, what);
    }
  }

  /**
   * Text that is not JSON: the message is {@code invalid JSON at line L, column C: what}, and the
   * parts are kept for tools that place the problem themselves.
   */
  static final class SyntaxError extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;
    final String what;

    SyntaxError(int line, int column, String what) {
      super("invalid JSON at line " + line + ", column " + column + ": " + what);
      this.line = line;
      this.column = column;
      this.what = what;
    }

    /** The problem as a {@link LocalExecutionException} placed in a source. */
    LocalExecutionException in(String source) {
      return new LocalExecutionException(source + ": " + getMessage(), source, line, column,
          "invalid JSON: " + what);
    }
  }

  /**
   * Converts JSON number text to the executor's number types.
   *
   * @param text JSON number text
   * @param fraction whether it has a fraction or exponent
   * @return a Long, BigInteger, Double or BigDecimal
   */
  static Number number(String text, boolean fraction) {
    if (!fraction) {
      if (text.length() <= 18) {
        return Long.parseLong(text);
      }
      BigInteger b = new BigInteger(text);
      return b.bitLength() < 64 ? (Number) b.longValue() : b;
    }
    double d = Double.parseDouble(text);
    return Double.isInfinite(d) ? new BigDecimal(text) : (Number) d;
  }
}
