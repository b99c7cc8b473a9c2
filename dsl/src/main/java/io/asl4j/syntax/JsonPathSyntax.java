package io.asl4j.syntax;

/**
 * Checks JSONPath as ASL uses it. A <em>path</em> ({@code InputPath}, {@code OutputPath}, payload
 * values) may select several nodes: {@code ..}, {@code *}, unions, slices, filters and functions.
 * A <em>reference path</em> ({@code ResultPath}, {@code ItemsPath}, every {@code ...Path} field,
 * Choice variables) names exactly one node: only {@code .field}, {@code ['field']} and
 * {@code [index]} steps.
 *
 * <p>Roots: {@code $} (the input), {@code $$} (the context object) or {@code $name} (a variable).
 *
 * <p>The one JSONPath checker of asl4j: the validator reports with it, and the DSL asks it whether
 * a text it is given would be a path (so {@code "$AAPL crossed 200"} is text, {@code "$.id"} is
 * not).
 */
public final class JsonPathSyntax {

  /**
   * What a path string is, or why it is not one.
   *
   * @param valid whether the text is a JSONPath Step Functions accepts
   * @param reference whether it names exactly one node (a reference path)
   * @param problem why it is not valid, with the character where reading stopped; null if valid
   */
  public record Result(boolean valid, boolean reference, String problem) {
    /** A valid reference path: one result for all, as most paths are. */
    static final Result REFERENCE = new Result(true, true, null);
    /** A valid path that may select several nodes. */
    static final Result PATH = new Result(true, false, null);

    static Result invalid(String problem) {
      return new Result(false, false, problem);
    }
  }

  private final String s;
  private int i;
  private boolean reference = true;

  private JsonPathSyntax(String s) {
    this.s = s;
  }

  /**
   * Parses {@code path}: valid or not, and whether it is a reference path. Spaces at the end are
   * ignored, as Step Functions does: it evaluates paths with Jayway JsonPath (its run-time errors
   * are Jayway's, e.g. "Missing property in path $['no']"), whose compiler trims the path, so
   * {@code "$$.Execution.Name "} reads the execution's name.
   *
   * @param path the text
   * @return whether it is a path, a reference path, or why not
   */
  public static Result check(String path) {
    return new JsonPathSyntax(withoutTrailingSpaces(path)).parse();
  }

  /**
   * Returns the path without the spaces at its end, which Step Functions ignores.
   *
   * @param path the text
   * @return the text without trailing spaces
   */
  public static String withoutTrailingSpaces(String path) {
    int end = path.length();
    while (end > 0 && path.charAt(end - 1) == ' ') {
      end--;
    }
    return end == path.length() ? path : path.substring(0, end);
  }

  private Result parse() {
    if (!s.startsWith("$")) {
      return Result.invalid("a path starts with $");
    }
    i = 1;
    if (i < s.length() && s.charAt(i) == '$') {
      i++;
    } else if (i < s.length() && isNameStart(s.charAt(i))) {
      while (i < s.length() && isNamePart(s.charAt(i))) {
        i++;
      }
    }
    while (i < s.length()) {
      String problem = segment();
      if (problem != null) {
        return Result.invalid(problem + " at character " + (i + 1));
      }
    }
    return reference ? Result.REFERENCE : Result.PATH;
  }

  private String segment() {
    char c = s.charAt(i);
    if (c == '.') {
      i++;
      if (i < s.length() && s.charAt(i) == '.') {
        reference = false; // deep scan
        i++;
        if (i < s.length() && s.charAt(i) == '[') {
          return bracket();
        }
      } else if (i < s.length() && s.charAt(i) == '[') {
        return bracket(); // "$.[0]": Jayway accepts a dot before brackets
      }
      if (i >= s.length()) {
        return "a name must follow '.'";
      }
      if (s.charAt(i) == '*') {
        reference = false;
        i++;
        return null;
      }
      int start = i;
      char d;
      while (i < s.length() && isDotNameChar(d = s.charAt(i))) {
        if (d == '@' || d == ':') {
          reference = false; // reference paths exclude the operators @ , : ?
        }
        i++;
      }
      if (i == start) {
        return "a name must follow '.'";
      }
      if (i < s.length() && s.charAt(i) == '(') {
        reference = false; // a function such as length()
        if (i + 1 < s.length() && s.charAt(i + 1) == ')') {
          i += 2;
          return null;
        }
        return "a function call takes no arguments here";
      }
      return null;
    }
    if (c == '[') {
      return bracket();
    }
    return "unexpected '" + c + "'";
  }

  private String bracket() {
    i++; // '['
    if (i >= s.length()) {
      return "unclosed '['";
    }
    char c = s.charAt(i);
    if (c == '\'' || c == '"') {
      int parts = 0;
      while (true) {
        String problem = quoted();
        if (problem != null) {
          return problem;
        }
        parts++;
        skipSpaces();
        if (i < s.length() && s.charAt(i) == ',') {
          i++;
          skipSpaces();
          continue;
        }
        break;
      }
      if (parts > 1) {
        reference = false;
      }
      return close();
    }
    if (c == '*') {
      reference = false;
      i++;
      return close();
    }
    if (c == '?' || c == '(') {
      reference = false;
      if (c == '?' && (i + 1 >= s.length() || s.charAt(i + 1) != '(')) {
        return "a filter is written [?(...)]";
      }
      if (c == '?') {
        i++;
      }
      int depth = 0;
      for (; i < s.length(); i++) {
        char d = s.charAt(i);
        if (d == '(') {
          depth++;
        } else if (d == ')' && --depth == 0) {
          i++;
          return close();
        }
      }
      return c == '?' ? "unclosed filter" : "unclosed script expression";
    }
    // indexes, unions of indexes and slices
    int start = i;
    boolean plainIndex = true;
    while (i < s.length() && s.charAt(i) != ']') {
      char d = s.charAt(i);
      if (d == ':' || d == ',') {
        plainIndex = false;
      } else if (!(Character.isDigit(d) || d == '-' || d == ' ')) {
        return "unexpected '" + d + "' in brackets";
      }
      i++;
    }
    if (i == start) {
      return "empty brackets";
    }
    String inside = s.substring(start, i).strip();
    if (plainIndex && !isInteger(inside)) {
      return "bad index '" + inside + "'";
    }
    if (!plainIndex || inside.startsWith("-")) {
      reference = false;
    }
    return close();
  }

  private String quoted() {
    char quote = s.charAt(i++);
    while (i < s.length() && s.charAt(i) != quote) {
      if (s.charAt(i) == '\\') {
        i++;
      }
      i++;
    }
    if (i >= s.length()) {
      return "unclosed quoted name";
    }
    i++;
    return null;
  }

  private String close() {
    skipSpaces();
    if (i >= s.length() || s.charAt(i) != ']') {
      return "expected ']'";
    }
    i++;
    return null;
  }

  private static boolean isInteger(String s) {
    int start = s.startsWith("-") ? 1 : 0;
    if (s.length() == start) {
      return false;
    }
    for (int k = start; k < s.length(); k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }

  private void skipSpaces() {
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
  }

  private static boolean isNameStart(char c) {
    return c == '_' || Character.isLetter(c);
  }

  private static boolean isNamePart(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }

  /** {@link #isDotNameChar} of each ASCII character: names are read a character at a time. */
  private static final boolean[] ASCII_DOT_NAME_CHARS = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_DOT_NAME_CHARS[c] = dotNameChar(c);
    }
  }

  /** Characters allowed in a dot-notation name: anything but path syntax and white space. */
  private static boolean isDotNameChar(char c) {
    return c < 128 ? ASCII_DOT_NAME_CHARS[c] : dotNameChar(c);
  }

  private static boolean dotNameChar(char c) {
    return !(c == '.' || c == '[' || c == ']' || c == '(' || c == ')' || c == '\'' || c == '"'
        || c == '*' || c == '?' || c == ',' || c == '$' || Character.isWhitespace(c));
  }
}
