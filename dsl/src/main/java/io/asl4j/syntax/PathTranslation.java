package io.asl4j.syntax;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same simple reference in both query languages: {@code $.order.id} in JSONPath is
 * {@code $states.input.order.id} in JSONata, {@code $$.Execution.Id} is
 * {@code $states.context.Execution.Id}, and a variable {@code $total} is {@code $total} in both.
 * Messages that find a value of one language in a state of the other suggest the translation.
 *
 * <p>Only references made of names and indexes translate; anything else (filters, wildcards,
 * quoted names, functions) has no one-line equivalent, and the methods return {@code null}.
 */
public final class PathTranslation {

  private static final String STEPS = "((?:\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\])*)";
  private static final Pattern PATH = Pattern.compile(
      "\\$(\\$|[A-Za-z_][A-Za-z0-9_]*)?" + STEPS);
  private static final Pattern JSONATA = Pattern.compile(
      "\\$(states\\.input|states\\.context|[A-Za-z_][A-Za-z0-9_]*)" + STEPS);

  private PathTranslation() {}

  /**
   * Translates a JSONPath reference to the JSONata expression that reads the same value.
   *
   * <pre>{@code toJsonata("$.order.id")   // "$states.input.order.id"}</pre>
   *
   * @param path a JSONPath, e.g. {@code $.order.id}
   * @return the JSONata expression, or {@code null} if the path is not a simple reference
   */
  public static String toJsonata(String path) {
    Matcher m = PATH.matcher(JsonPathSyntax.withoutTrailingSpaces(path));
    if (!m.matches()) {
      return null;
    }
    String root = m.group(1);
    String base = root == null ? "$states.input" : root.equals("$") ? "$states.context"
        : "$" + root;
    if (base.equals("$states")) {
      return null; // a JSONPath variable named states would read JSONata's $states
    }
    return base + m.group(2);
  }

  /**
   * Translates a JSONata reference to the JSONPath that reads the same value.
   *
   * <pre>{@code toPath("$states.input.order.id")   // "$.order.id"}</pre>
   *
   * @param expression a JSONata expression without delimiters
   * @return the JSONPath, or {@code null} if the expression is not a simple reference
   */
  public static String toPath(String expression) {
    Matcher m = JSONATA.matcher(expression.strip());
    if (!m.matches()) {
      return null;
    }
    String root = m.group(1);
    if (root.equals("states")) {
      return null; // $states itself, or an unknown member of it
    }
    String base = root.equals("states.input") ? "$" : root.equals("states.context") ? "$$"
        : "$" + root;
    return base + m.group(2);
  }
}
