package io.asl4j.validation;

import io.asl4j.syntax.InputLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a JSONata expression says, worked out once per distinct expression in a validation.
 *
 * @param problem what is wrong with it, the whole message ({@code invalid JSONata: ...}, or a limit
 *     of {@link InputLimits} passed), or "" when it parses
 * @param variables the workflow variables it reads
 * @param root a JSONPath-style {@code $} or {@code $$} at its start, or null
 * @param names {kind, name} of intrinsics, $eval and $states members it uses
 */
record JsonataFacts(String problem, List<String> variables, String root, List<String[]> names) {

  /** A variable read in JSONata: {@code $name} not called as a function. */
  private static final Pattern JSONATA_VARIABLE =
      Pattern.compile("(?<![\\p{L}\\p{N}_$])\\$([\\p{L}_][\\p{L}\\p{N}_]*+)(?!\\s*\\()");
  /** {@code States.Name(}, {@code $eval(} and {@code $states.member} in JSONata code. */
  private static final Pattern JSONATA_NAMES = Pattern.compile(
      "(?<![\\p{L}\\p{N}_$.])States\\.([A-Za-z0-9]+)\\s*\\(|(?<![\\p{L}\\p{N}_$])\\$(eval)\\s*\\("
      + "|(?<![\\p{L}\\p{N}_$])\\$states\\.([\\p{L}_][\\p{L}\\p{N}_]*+)");
  /** JSONata's and Step Functions' functions, which an expression may pass around as values. */
  private static final Set<String> JSONATA_FUNCTIONS = Set.of("sum", "count", "max", "min",
      "average", "string", "substring", "substringBefore", "substringAfter", "lowercase",
      "uppercase", "length", "trim", "pad", "contains", "split", "join", "match", "replace",
      "now", "millis", "fromMillis", "toMillis", "formatNumber", "formatBase", "formatInteger",
      "parseInteger", "number", "abs", "floor", "ceil", "round", "power", "sqrt", "random",
      "boolean", "not", "exists", "append", "sort", "reverse", "shuffle", "distinct", "zip",
      "keys", "lookup", "spread", "merge", "sift", "each", "error", "assert", "type", "map",
      "filter", "single", "reduce", "base64encode", "base64decode", "encodeUrlComponent",
      "encodeUrl", "decodeUrlComponent", "decodeUrl", "eval", "partition", "range", "hash",
      "uuid", "parse");
  /** A JSONata name bound in the expression: {@code $x :=} or a function parameter. */
  private static final Pattern JSONATA_BINDING = Pattern.compile(
      "\\$([\\p{L}_][\\p{L}\\p{N}_]*)\\s*:=|function\\s*\\(([^)]*)\\)");
  /** {@code $}, {@code $$}, {@code $.x} or {@code $[0]} at the start: JSONPath habits. */
  private static final Pattern JSONATA_ROOT = Pattern.compile("\\$\\$?(?![\\p{L}_0-9])");

  static JsonataFacts of(String expression) {
    String problem = parseJsonata(expression);
    if (!problem.isEmpty()) {
      return new JsonataFacts(problem, List.of(), null, List.of());
    }
    List<String> variables = new ArrayList<>();
    for (String v : jsonataVariables(expression)) {
      if (!JSONATA_FUNCTIONS.contains(v)) {
        variables.add(v);
      }
    }
    Matcher root = JSONATA_ROOT.matcher(expression.strip());
    List<String[]> names = new ArrayList<>();
    if (expression.indexOf('$') >= 0 || expression.contains("States.")) {
      Matcher m = JSONATA_NAMES.matcher(ExpressionText.stripStrings(expression));
      while (m.find()) {
        names.add(m.group(1) != null ? new String[] {"intrinsic", m.group(1)}
            : m.group(2) != null ? new String[] {"eval", "eval"}
            : new String[] {"states", m.group(3)});
      }
    }
    return new JsonataFacts(problem, variables, root.lookingAt() ? root.group() : null, names);
  }

  /**
   * Parses a JSONata expression, only to check its syntax; one past the limits of
   * {@link InputLimits} is not handed to the parser, which recurses once per level and takes
   * time growing with the square of the length.
   *
   * @return the message, or "" when it parses
   */
  private static String parseJsonata(String expression) {
    if (isSimplePath(expression)) {
      return "";
    }
    Optional<String> limit = InputLimits.jsonataProblem(expression);
    if (limit.isPresent()) {
      return limit.get();
    }
    try {
      com.dashjoin.jsonata.Jsonata.jsonata(expression);
      return "";
    } catch (com.dashjoin.jsonata.JException e) {
      return "invalid JSONata: " + e.getMessage();
    } catch (RuntimeException e) {
      return "invalid JSONata: " + e; // the parser's own bugs must not stop the validation
    } catch (StackOverflowError e) {
      // Not expected within the nesting limit; if the third-party parser still recurses deeper
      // on some shape the measure does not foresee, the validation must go on all the same.
      return InputLimits.jsonataTooDeep();
    }
  }

  /** {@code $states.input.a.b}: a variable and field names, always valid JSONata. */
  private static boolean isSimplePath(String expression) {
    String e = expression.strip();
    if (e.length() < 2 || e.charAt(0) != '$') {
      return false;
    }
    boolean nameStart = true;
    for (int i = 1; i < e.length(); i++) {
      char c = e.charAt(i);
      if (c == '.' && !nameStart) {
        nameStart = true;
      } else if (c < 0x80 && (Character.isLetter(c) || c == '_'
          || (!nameStart && Character.isDigit(c)))) {
        nameStart = false;
      } else {
        return false;
      }
    }
    return !nameStart;
  }

  /** Variables a JSONata expression reads, for the assigned-before-read warning. */
  static Set<String> jsonataVariables(String expression) {
    if (expression.indexOf('$') < 0) {
      return Set.of();
    }
    String code = ExpressionText.stripStrings(expression);
    Set<String> vars = new TreeSet<>();
    Matcher m = JSONATA_VARIABLE.matcher(code);
    while (m.find()) {
      vars.add(m.group(1));
    }
    Matcher b = JSONATA_BINDING.matcher(code);
    while (b.find()) {
      if (b.group(1) != null) {
        vars.remove(b.group(1));
      } else {
        Matcher param = VariableRules.JSONPATH_VARIABLE.matcher(b.group(2));
        while (param.find()) {
          vars.remove(param.group(1));
        }
      }
    }
    vars.remove("states");
    return vars;
  }
}
