package io.asl4j.local;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The filter expressions of JSONPath ({@code [?(@.price < 10 && @.name == 'x')]}): comparisons of
 * {@code @...} and {@code $...} paths and literals, {@code =~} regular expressions, {@code in} and
 * {@code nin}, joined by {@code &&}, {@code ||} and {@code !}.
 */
final class JsonPathFilter {

  private JsonPathFilter() {}

  /**
   * Compiles a filter.
   *
   * @param source the text between {@code [?(} and {@code )]}
   * @param whole the whole path, for messages
   * @return the predicate
   */
  static Pred parse(String source, String whole) {
    return new Parser(source, whole).parse();
  }

  /** A filter predicate, evaluated with {@code @} bound to the candidate. */
  interface Pred {
    boolean test(Object at, Object root);
  }

  /** An operand of a filter comparison. */
  private interface Operand {
    /** The value, or {@link #JsonPathExpr.MISSING}. */
    Object value(Object at, Object root);
  }

  private static Pred compare(Operand l, String op, Operand r) {
    return (at, root) -> {
      Object a = l.value(at, root);
      Object b = r.value(at, root);
      switch (op) {
        case "==":
          return a != JsonPathExpr.MISSING && b != JsonPathExpr.MISSING && Json.equal(a, b);
        case "!=":
          return !(a != JsonPathExpr.MISSING && b != JsonPathExpr.MISSING && Json.equal(a, b));
        case "=~":
          return a instanceof String s && b instanceof Pattern p && p.matcher(s).matches();
        case "in":
          return b instanceof List<?> lb && lb.stream().anyMatch(x -> Json.equal(a, x));
        case "nin":
          return !(b instanceof List<?> lb && lb.stream().anyMatch(x -> Json.equal(a, x)));
        default:
          int c;
          if (a instanceof Number x && b instanceof Number y) {
            c = Json.compareNumbers(x, y);
          } else if (a instanceof String x && b instanceof String y) {
            c = x.compareTo(y);
          } else {
            return false;
          }
          return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
          };
      }
    };
  }

  /** Parses a filter expression: comparisons of {@code @...}, {@code $...} and literals. */
  private static final class Parser {
    private final String s;
    private final String whole;
    private int i;

    Parser(String s, String whole) {
      this.s = s;
      this.whole = whole;
    }

    Pred parse() {
      Pred p = or();
      skip();
      if (i < s.length()) {
        throw bad();
      }
      return p;
    }

    private Pred or() {
      Pred l = and();
      while (true) {
        skip();
        if (s.startsWith("||", i)) {
          i += 2;
          Pred a = l;
          Pred b = and();
          l = (at, root) -> a.test(at, root) || b.test(at, root);
        } else {
          return l;
        }
      }
    }

    private Pred and() {
      Pred l = unary();
      while (true) {
        skip();
        if (s.startsWith("&&", i)) {
          i += 2;
          Pred a = l;
          Pred b = unary();
          l = (at, root) -> a.test(at, root) && b.test(at, root);
        } else {
          return l;
        }
      }
    }

    private Pred unary() {
      skip();
      if (i < s.length() && s.charAt(i) == '!') {
        i++;
        Pred p = unary();
        return (at, root) -> !p.test(at, root);
      }
      if (i < s.length() && s.charAt(i) == '(') {
        i++;
        Pred p = or();
        skip();
        if (i >= s.length() || s.charAt(i) != ')') {
          throw bad();
        }
        i++;
        return p;
      }
      Operand l = operand();
      skip();
      for (String op : new String[] {"==", "!=", "<=", ">=", "=~", "<", ">", " in ", " nin "}) {
        String o = op.strip();
        if (s.startsWith(o, i) && (!Character.isLetter(o.charAt(0)) || true)) {
          if (Character.isLetter(o.charAt(0)) && !(i + o.length() < s.length()
              && s.charAt(i + o.length()) == ' ')) {
            continue;
          }
          i += o.length();
          Operand r = operand();
          return compare(l, o, r);
        }
      }
      // existence test
      return (at, root) -> {
        Object v = l.value(at, root);
        return v != JsonPathExpr.MISSING && v != Json.NULL && !Boolean.FALSE.equals(v);
      };
    }

    private Operand operand() {
      skip();
      if (i >= s.length()) {
        throw bad();
      }
      char c = s.charAt(i);
      if (c == '@' || c == '$') {
        int start = i;
        i++;
        while (i < s.length()) {
          char d = s.charAt(i);
          if (d == '[') {
            int depth = 0;
            while (i < s.length()) {
              char e = s.charAt(i++);
              if (e == '[') {
                depth++;
              } else if (e == ']' && --depth == 0) {
                break;
              }
            }
          } else if (Character.isLetterOrDigit(d) || d == '.' || d == '_' || d == '-'
              || d == '(' || d == ')' && s.substring(start, i).endsWith("length(")) {
            i++;
          } else {
            break;
          }
        }
        String path = s.substring(start, i);
        JsonPathExpr p = JsonPathExpr.compile("$" + path.substring(1));
        boolean relative = c == '@';
        return (at, root) -> {
          Object v = p.find(relative ? at : root);
          return v;
        };
      }
      if (c == '\'' || c == '"') {
        i++;
        StringBuilder sb = new StringBuilder();
        while (i < s.length() && s.charAt(i) != c) {
          char d = s.charAt(i++);
          if (d == '\\' && i < s.length()) {
            d = s.charAt(i++);
          }
          sb.append(d);
        }
        i++;
        String v = sb.toString();
        return (at, root) -> v;
      }
      if (c == '/') {
        int end = s.indexOf('/', i + 1);
        String re = s.substring(i + 1, end);
        i = end + 1;
        int flags = 0;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
          if (s.charAt(i) == 'i') {
            flags |= Pattern.CASE_INSENSITIVE;
          }
          i++;
        }
        Pattern p = Pattern.compile(re, flags);
        return (at, root) -> p;
      }
      if (c == '[') {
        int end = s.indexOf(']', i);
        String body = s.substring(i, end + 1).replace('\'', '"');
        i = end + 1;
        Object v = Json.parseInternal(body);
        return (at, root) -> v;
      }
      int start = i;
      while (i < s.length() && " )&|=!<>".indexOf(s.charAt(i)) < 0) {
        i++;
      }
      String lit = s.substring(start, i);
      Object v;
      try {
        v = Json.parseInternal(lit);
      } catch (IllegalArgumentException e) {
        throw bad();
      }
      return (at, root) -> v;
    }

    private void skip() {
      while (i < s.length() && s.charAt(i) == ' ') {
        i++;
      }
    }

    private IllegalArgumentException bad() {
      return new IllegalArgumentException("invalid JSONPath '" + whole + "': bad filter '" + s
          + "'");
    }
  }
}
