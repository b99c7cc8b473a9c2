package io.asl4j.syntax;

import io.asl4j.syntax.IntrinsicNode.BooleanLiteral;
import io.asl4j.syntax.IntrinsicNode.Call;
import io.asl4j.syntax.IntrinsicNode.NullLiteral;
import io.asl4j.syntax.IntrinsicNode.NumberLiteral;
import io.asl4j.syntax.IntrinsicNode.PathReference;
import io.asl4j.syntax.IntrinsicNode.StringLiteral;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Parses an intrinsic function call of the JSONPath query language into a tree of
 * {@link IntrinsicNode}s: the one parser of intrinsic syntax, used by the validator and the code
 * generator.
 *
 * <pre>{@code
 * Call call = IntrinsicParser.parse("States.Format('Hello {}', $.name)");
 * call.name();                // "Format"
 * call.arguments().get(1);    // PathReference[offset=26, source=$.name, kind=INPUT]
 * }</pre>
 *
 * <p>The grammar: {@code States.} and a name (letters and digits), optional white space, then
 * arguments in parentheses separated by commas, white space allowed around each. An argument is a
 * string in single quotes (escapes {@code \'}, <code>\{</code>, <code>\}</code> and
 * {@code \\}), a number ({@code -?digits(.digits)?([eE][+-]?digits)?}), {@code true},
 * {@code false}, {@code null}, a path starting with {@code $}, or a nested call. No white space
 * is allowed before or after the call: Step Functions would not take the text for one.
 *
 * <p>The parser checks syntax only: whether a function exists, takes these arguments, or nests
 * at most {@value #STEP_FUNCTIONS_NESTING} deep (Step Functions' limit) is for the validator. It
 * refuses calls nested deeper than {@link InputLimits#MAX_INTRINSIC_NESTING}, so that no text
 * makes it, or a recursive walk of its tree, run out of stack.
 */
public final class IntrinsicParser {

  /**
   * The deepest nesting of calls the parser accepts, {@link InputLimits#MAX_INTRINSIC_NESTING}
   * (100); Step Functions itself allows {@value #STEP_FUNCTIONS_NESTING}.
   */
  public static final int MAX_NESTING = InputLimits.MAX_INTRINSIC_NESTING;

  /** The deepest nesting of calls Step Functions allows in one field: 10. */
  public static final int STEP_FUNCTIONS_NESTING = 10;

  private static final String PREFIX = "States.";
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

  private final String s;
  private final Consumer<? super IntrinsicNode> completed;
  private int i;

  private IntrinsicParser(String s, Consumer<? super IntrinsicNode> completed) {
    this.s = s;
    this.completed = completed;
  }

  /**
   * Parses an intrinsic function call.
   *
   * @param text the call, e.g. {@code States.Format('{}', $.x)}
   * @return the call's tree
   * @throws IntrinsicSyntaxException if the text is not a call, with the offset of the problem
   */
  public static Call parse(String text) {
    return parse(text, node -> { });
  }

  /**
   * Parses an intrinsic function call, telling {@code completed} of each argument and call as
   * soon as it is parsed, inner before outer. A checker that reports every problem uses it to
   * check the parts that were complete before a syntax error.
   *
   * @param text the call, e.g. {@code States.Format('{}', $.x)}
   * @param completed told of each node when it is complete: the arguments of a call in order,
   *     then the call
   * @return the call's tree
   * @throws IntrinsicSyntaxException if the text is not a call, with the offset of the problem
   */
  public static Call parse(String text, Consumer<? super IntrinsicNode> completed) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(completed, "completed");
    IntrinsicParser p = new IntrinsicParser(text, completed);
    if (!text.startsWith(PREFIX)) {
      throw p.error(0, "not a JSONPath or intrinsic function call: an intrinsic starts with"
          + " \"States.\"");
    }
    Call call = p.call(1);
    if (p.i < text.length()) {
      throw p.error(p.i, "unexpected text after the call: \"" + text.substring(p.i) + "\"");
    }
    return call;
  }

  /**
   * Returns the name of the function a text calls, without parsing its arguments.
   *
   * @param text the text of a call, e.g. {@code States.Format('{}', $.x)}
   * @return the letters and digits after {@code States.} (empty when there are none), or empty
   *     when the text does not start with {@code States.}
   */
  public static Optional<String> functionName(String text) {
    if (!text.startsWith(PREFIX)) {
      return Optional.empty();
    }
    return Optional.of(text.substring(PREFIX.length(), nameEnd(text, PREFIX.length())));
  }

  private static int nameEnd(String text, int from) {
    int k = from;
    while (k < text.length() && Character.isLetterOrDigit(text.charAt(k))) {
      k++;
    }
    return k;
  }

  /** A call, at {@code States.}; {@code depth} counts it and the calls around it. */
  private Call call(int depth) {
    int start = i;
    i += PREFIX.length();
    int nameStart = i;
    i = nameEnd(s, i);
    String name = s.substring(nameStart, i);
    skipSpace();
    if (i >= s.length() || s.charAt(i) != '(') {
      throw error(i, "expected '(' after States." + name);
    }
    i++;
    List<IntrinsicNode> arguments = new ArrayList<>();
    skipSpace();
    if (i < s.length() && s.charAt(i) == ')') {
      i++;
    } else {
      while (true) {
        arguments.add(argument(name, depth));
        skipSpace();
        if (i < s.length() && s.charAt(i) == ',') {
          i++;
          skipSpace();
          continue;
        }
        if (i < s.length() && s.charAt(i) == ')') {
          i++;
          break;
        }
        throw error(i, "expected ',' or ')' in the arguments of States." + name);
      }
    }
    return completed(new Call(start, s.substring(start, i), name, arguments));
  }

  private IntrinsicNode argument(String function, int depth) {
    if (i >= s.length()) {
      throw error(i, "unexpected end of the text in the arguments of States." + function);
    }
    char c = s.charAt(i);
    if (c == '\'') {
      return completed(string());
    }
    if (c == '$') {
      return completed(path());
    }
    if (s.startsWith(PREFIX, i)) {
      if (depth == MAX_NESTING) {
        // checked before descending, so that no nesting runs the parser out of stack
        throw new IntrinsicSyntaxException(s, i, "intrinsic calls nest more than " + MAX_NESTING
            + " deep", true);
      }
      return call(depth + 1);
    }
    return completed(literal());
  }

  /** A single-quoted string; only \' \{ \} and \\ are escapes. */
  private StringLiteral string() {
    int start = i++;
    StringBuilder value = new StringBuilder();
    while (i < s.length() && s.charAt(i) != '\'') {
      char c = s.charAt(i);
      if (c == '\\') {
        if (i + 1 >= s.length() || "'{}\\".indexOf(s.charAt(i + 1)) < 0) {
          throw error(i, "illegal escape \\" + (i + 1 < s.length() ? s.charAt(i + 1) : "")
              + " in a string argument; only \\' \\{ \\} and \\\\ are escapes");
        }
        c = s.charAt(++i);
      }
      value.append(c);
      i++;
    }
    if (i >= s.length()) {
      throw error(start, "unclosed string argument");
    }
    i++;
    return new StringLiteral(start, s.substring(start, i), value.toString());
  }

  /** A path: up to a ',' or ')' outside brackets and parentheses, white space after it dropped. */
  private PathReference path() {
    int start = i;
    int open = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '(' || c == '[') {
        open++;
      } else if ((c == ')' || c == ']') && open > 0) {
        open--;
      } else if ((c == ',' || c == ')') && open == 0) {
        break;
      }
      i++;
    }
    String path = s.substring(start, i).strip();
    return new PathReference(start, path, PathReference.Kind.of(path));
  }

  /** A number, boolean or null: up to the next ',' or ')', white space after it dropped. */
  private IntrinsicNode literal() {
    int start = i;
    while (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != ')') {
      i++;
    }
    String literal = s.substring(start, i).strip();
    switch (literal) {
      case "true":
        return new BooleanLiteral(start, literal, true);
      case "false":
        return new BooleanLiteral(start, literal, false);
      case "null":
        return new NullLiteral(start, literal);
      default:
        if (NUMBER.matcher(literal).matches()) {
          return new NumberLiteral(start, literal);
        }
        throw error(start, "argument \"" + literal + "\" is not a string ('...'), number,"
            + " boolean, null, path or intrinsic call");
    }
  }

  private <T extends IntrinsicNode> T completed(T node) {
    completed.accept(node);
    return node;
  }

  private void skipSpace() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
  }

  private IntrinsicSyntaxException error(int offset, String problem) {
    return new IntrinsicSyntaxException(s, offset, problem, false);
  }
}
