package io.asl4j.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses an intrinsic function call ({@code States.Format('{}', $.x)}) and checks the function
 * name, the number of arguments, the nesting depth (at most 10 calls in one field), string escapes
 * and the paths in arguments.
 */
final class IntrinsicSyntax {

  /** Minimum and maximum argument counts; -1 for no maximum. */
  private static final Map<String, int[]> ARITY = Map.ofEntries(
      Map.entry("Format", new int[] {1, -1}), Map.entry("StringToJson", new int[] {1, 1}),
      Map.entry("JsonToString", new int[] {1, 1}), Map.entry("Array", new int[] {0, -1}),
      Map.entry("ArrayPartition", new int[] {2, 2}), Map.entry("ArrayContains", new int[] {2, 2}),
      Map.entry("ArrayRange", new int[] {3, 3}), Map.entry("ArrayGetItem", new int[] {2, 2}),
      Map.entry("ArrayLength", new int[] {1, 1}), Map.entry("ArrayUnique", new int[] {1, 1}),
      Map.entry("Base64Encode", new int[] {1, 1}), Map.entry("Base64Decode", new int[] {1, 1}),
      Map.entry("Hash", new int[] {2, 2}), Map.entry("JsonMerge", new int[] {3, 3}),
      Map.entry("MathRandom", new int[] {2, 3}), Map.entry("MathAdd", new int[] {2, 2}),
      Map.entry("StringSplit", new int[] {2, 2}), Map.entry("UUID", new int[] {0, 0}));

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

  private static final List<String> HASHES =
      List.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");

  /** A problem found, with the diagnostic code it maps to. */
  record Problem(String code, String message) {}

  private final String s;
  private int i;
  private int maxDepth;
  private final List<Problem> problems = new ArrayList<>();
  private String topName;

  private IntrinsicSyntax(String s) {
    this.s = s;
  }

  /** Checks a call; an empty list means valid. */
  static List<Problem> check(String text) {
    IntrinsicSyntax p = new IntrinsicSyntax(text);
    p.run();
    return p.problems;
  }

  /** The outermost function's name, e.g. {@code Format}, or null if the text is not a call. */
  static String functionName(String text) {
    IntrinsicSyntax p = new IntrinsicSyntax(text);
    p.run();
    return p.topName;
  }

  private void run() {
    try {
      // no white space around the call: Step Functions would take " States.X()" for a path
      call(1);
      if (i < s.length()) {
        fail("INVALID_INTRINSIC", "unexpected text after the call: \"" + s.substring(i) + "\"");
      }
      if (maxDepth > 10) {
        fail("INTRINSIC_NESTING", "nests " + maxDepth + " intrinsic calls; at most 10 are allowed"
            + " in one field");
      }
    } catch (Stop e) {
      // the problem is recorded
    }
  }

  private void call(int depth) {
    maxDepth = Math.max(maxDepth, depth);
    if (!s.startsWith("States.", i)) {
      stop("INVALID_INTRINSIC", "not a JSONPath or intrinsic function call: an intrinsic starts"
          + " with \"States.\"");
    }
    i += "States.".length();
    int start = i;
    while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
      i++;
    }
    String name = s.substring(start, i);
    if (depth == 1) {
      topName = name;
    }
    skip();
    if (i >= s.length() || s.charAt(i) != '(') {
      stop("INVALID_INTRINSIC", "expected '(' after States." + name);
    }
    i++;
    int count = 0;
    List<Object> args = new ArrayList<>();
    skip();
    if (i < s.length() && s.charAt(i) == ')') {
      i++;
    } else {
      while (true) {
        args.add(argument(depth));
        count++;
        skip();
        if (i < s.length() && s.charAt(i) == ',') {
          i++;
          skip();
          continue;
        }
        if (i < s.length() && s.charAt(i) == ')') {
          i++;
          break;
        }
        stop("INVALID_INTRINSIC", "expected ',' or ')' in the arguments of States." + name);
      }
    }
    int[] arity = ARITY.get(name);
    if (arity == null) {
      fail("UNKNOWN_INTRINSIC", "unknown intrinsic function States." + name + "; known: States."
          + String.join(", States.", new java.util.TreeSet<>(ARITY.keySet())));
    } else if (count < arity[0] || (arity[1] >= 0 && count > arity[1])) {
      String expected = arity[1] < 0 ? "at least " + arity[0]
          : arity[0] == arity[1] ? Integer.toString(arity[0]) : arity[0] + " or " + arity[1];
      fail("INTRINSIC_ARGUMENTS", "States." + name + " takes " + expected + " argument"
          + (expected.equals("1") ? "" : "s") + ", got " + count);
    } else {
      literals(name, args);
    }
  }

  /** Checks the literal arguments a function constrains; paths and calls are known at run time. */
  private void literals(String name, List<Object> args) {
    switch (name) {
      case "Format" -> {
        if (args.get(0) instanceof Quoted template) {
          int slots = 0;
          for (int k = template.raw().indexOf("{}"); k >= 0;
              k = template.raw().indexOf("{}", k + 2)) {
            if (k == 0 || template.raw().charAt(k - 1) != '\\') {
              slots++;
            }
          }
          if (slots != args.size() - 1) {
            fail("INTRINSIC_ARGUMENTS", "the States.Format template has " + slots + " {}"
                + " placeholder" + (slots == 1 ? "" : "s") + " for " + (args.size() - 1)
                + " value" + (args.size() == 2 ? "" : "s") + "; they must match");
          }
        }
      }
      case "Hash" -> {
        if (args.get(1) instanceof Quoted algorithm && !HASHES.contains(algorithm.raw())) {
          fail("INTRINSIC_ARGUMENTS", "States.Hash does not know the algorithm '"
              + algorithm.raw() + "'; use one of " + String.join(", ", HASHES));
        }
      }
      case "JsonMerge" -> {
        if (!Boolean.FALSE.equals(args.get(2)) && !(args.get(2) instanceof Dynamic)) {
          fail("INTRINSIC_ARGUMENTS", "the third argument of States.JsonMerge must be false:"
              + " only shallow merges are supported");
        }
      }
      case "ArrayRange" -> {
        if (args.get(2) instanceof java.math.BigDecimal step && step.signum() == 0) {
          fail("INTRINSIC_ARGUMENTS", "States.ArrayRange needs a step other than 0");
        } else if (args.get(0) instanceof java.math.BigDecimal from
            && args.get(1) instanceof java.math.BigDecimal to
            && args.get(2) instanceof java.math.BigDecimal step
            && to.subtract(from).divide(step, java.math.RoundingMode.FLOOR).longValue() >= 1000) {
          fail("INTRINSIC_ARGUMENTS", "States.ArrayRange makes at most 1000 elements");
        }
      }
      case "ArrayPartition" -> {
        if (args.get(1) instanceof java.math.BigDecimal size
            && size.compareTo(java.math.BigDecimal.ONE) < 0) {
          fail("INTRINSIC_ARGUMENTS", "States.ArrayPartition needs a chunk size of at least 1");
        }
      }
      default -> {
        // the other functions take any value their types allow
      }
    }
  }

  /** A quoted string argument, as written between the quotes. */
  private record Quoted(String raw) {}

  /** A path or nested call: its value is known only at run time. */
  private enum Dynamic { VALUE }

  private Object argument(int depth) {
    char c = s.charAt(i);
    if (c == '\'') {
      int start = i + 1;
      string();
      return new Quoted(s.substring(start, i - 1));
    } else if (c == '$') {
      int start = i;
      int parens = 0;
      while (i < s.length()) {
        char d = s.charAt(i);
        if (d == '(' || d == '[') {
          parens++;
        } else if ((d == ')' || d == ']') && parens > 0) {
          parens--;
        } else if ((d == ',' || d == ')') && parens == 0) {
          break;
        }
        i++;
      }
      String path = s.substring(start, i).strip();
      JsonPathSyntax.Result r = JsonPathSyntax.check(path);
      if (!r.valid()) {
        fail("INVALID_PATH", "argument \"" + path + "\" is not a valid path: " + r.problem());
      }
      return Dynamic.VALUE;
    } else if (s.startsWith("States.", i)) {
      call(depth + 1);
      return Dynamic.VALUE;
    } else {
      int start = i;
      while (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != ')') {
        i++;
      }
      String literal = s.substring(start, i).strip();
      if (!(literal.equals("true") || literal.equals("false") || literal.equals("null")
          || NUMBER.matcher(literal).matches())) {
        stop("INVALID_INTRINSIC", "argument \"" + literal + "\" is not a string ('...'), number,"
            + " boolean, null, path or intrinsic call");
      }
      return switch (literal) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        case "null" -> Dynamic.VALUE;
        default -> new java.math.BigDecimal(literal);
      };
    }
  }

  /** A single-quoted string; only \' \{ \} and \\ are escapes. */
  private void string() {
    i++;
    while (i < s.length() && s.charAt(i) != '\'') {
      if (s.charAt(i) == '\\') {
        if (i + 1 >= s.length() || "'{}\\".indexOf(s.charAt(i + 1)) < 0) {
          stop("INVALID_INTRINSIC", "illegal escape \\" + (i + 1 < s.length() ? s.charAt(i + 1)
              : "") + " in a string argument; only \\' \\{ \\} and \\\\ are escapes");
        }
        i++;
      }
      i++;
    }
    if (i >= s.length()) {
      stop("INVALID_INTRINSIC", "unclosed string argument");
    }
    i++;
  }

  private void skip() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
  }

  private void fail(String code, String message) {
    problems.add(new Problem(code, message));
  }

  private void stop(String code, String message) {
    fail(code, message);
    throw new Stop();
  }

  /** Ends parsing at the first syntax error. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }
}
