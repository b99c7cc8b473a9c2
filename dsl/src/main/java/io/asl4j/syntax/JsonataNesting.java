package io.asl4j.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures how deep a JSONata expression nests, for {@link InputLimits#jsonataProblem(String)},
 * without parsing it: one loop over its tokens, lexed as JSONata's own tokenizer lexes them, that
 * works out the depth of the tree the parser would build, not the tree.
 *
 * <p>The JSONata parser, its later passes and an evaluator recurse once per node on the way down
 * that tree, so its depth is what costs stack, weighted by what a node costs: a bracket (a group,
 * an array or object, a call, a filter, a group-by) is a whole level, an operator (a path step
 * {@code .}, {@code &}, a prefix minus, {@code :=}, ...) half of one, and so is a comment (the
 * tokenizer recurses over a run of them). The weights follow the stack each took in
 * {@code com.dashjoin:jsonata} 0.9.10 under the C1 compiler: about 2.3 KiB per bracket and
 * 1.3 KiB per operator. The result is in half levels.
 *
 * <p>Operators are combined by their precedence and associativity as the parser combines them
 * (operator precedence parsing, with a stack per open bracket), so that operands side by side in
 * a concatenation do not add up, while a long chain does. Commas and semicolons start a new
 * operand. Strings, quoted names, comments and regular expressions are skipped as the tokenizer
 * skips them, so that their brackets do not count. A {@code /} starts a regular expression where
 * an operand is expected; where JSONata's tokenizer disagrees, it takes the {@code /} for division
 * there and its parser stops at once, so nothing deeper is reached. Where the text is not valid
 * JSONata, the measure may count more than the parser reaches before it stops, never less.
 */
final class JsonataNesting {

  /** JSONata's one-character operators; any of them, or white space, ends a name. */
  private static final String OPERATORS = ".[]{}(),@#;:?+-*/%|=<>^&!~";

  /** Weights, in half levels. */
  static final int BRACKET = 2;
  static final int OPERATOR = 1;
  static final int COMMENT = 1;

  /** An operator waiting on a bracket's stack for its right operand. */
  private record Op(int precedence, int weight, boolean prefix, boolean rightAssociative) {}

  /** One open bracket (or the whole expression): its operand depths and pending operators. */
  private static final class Frame {
    final int weight;
    final boolean postfix;
    int[] operands = new int[8];
    int count;
    final List<Op> ops = new ArrayList<>();
    int comments;
    int best;

    Frame(int weight, boolean postfix) {
      this.weight = weight;
      this.postfix = postfix;
    }

    void push(int depth) {
      if (count == operands.length) {
        operands = Arrays.copyOf(operands, count * 2);
      }
      operands[count++] = depth;
    }

    int pop() {
      return count == 0 ? 0 : operands[--count];
    }

    void binary(int precedence, int weight, boolean rightAssociative) {
      while (!ops.isEmpty()) {
        Op top = ops.get(ops.size() - 1);
        if (top.precedence() > precedence
            || (top.precedence() == precedence && !rightAssociative)) {
          reduce();
        } else {
          break;
        }
      }
      ops.add(new Op(precedence, weight, false, rightAssociative));
    }

    void reduce() {
      Op op = ops.remove(ops.size() - 1);
      if (op.prefix()) {
        push(op.weight() + pop());
      } else {
        int right = pop();
        int left = pop();
        push(op.weight() + Math.max(left, right));
      }
    }

    /** Ends an operand at a comma or semicolon: its depth counts, the stacks start again. */
    void endSegment() {
      while (!ops.isEmpty()) {
        reduce();
      }
      int deepest = 0;
      for (int i = 0; i < count; i++) {
        deepest = Math.max(deepest, operands[i]);
      }
      best = Math.max(best, deepest + comments);
      count = 0;
      comments = 0;
    }

    int close() {
      endSegment();
      return best;
    }
  }

  private final List<Frame> frames = new ArrayList<>();

  private JsonataNesting() {
    frames.add(new Frame(0, false));
  }

  /** The nesting of an expression (without its delimiters), in half levels. */
  static int of(String e) {
    return new JsonataNesting().measure(e);
  }

  private Frame frame() {
    return frames.get(frames.size() - 1);
  }

  private int measure(String e) {
    int n = e.length();
    int i = 0;
    boolean operandExpected = true;
    while (i < n) {
      char c = e.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        i++;
      } else if (c == '/' && i + 1 < n && e.charAt(i + 1) == '*') {
        frame().comments += COMMENT;
        int end = e.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2; // an unclosed comment ends the parse
      } else if (c == '/' && operandExpected) {
        i = afterRegex(e, i + 1);
        operandExpected = operand(operandExpected);
      } else if (c == '(' || c == '[' || c == '{') {
        // after a value: a call, filter or group-by applied to it; else a group or constructor
        frames.add(new Frame(BRACKET, !operandExpected));
        operandExpected = true;
        i++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (frames.size() > 1) {
          closeFrame();
        }
        operandExpected = false;
        i++;
      } else if (c == ',' || c == ';') {
        frame().endSegment();
        operandExpected = true;
        i++;
      } else if (OPERATORS.indexOf(c) >= 0) {
        boolean pair = i + 1 < n && isPair(c, e.charAt(i + 1));
        if (!operandExpected) {
          binary(pair ? e.substring(i, i + 2) : String.valueOf(c));
          operandExpected = true;
        } else if (c == '-' && !pair) {
          frame().ops.add(new Op(70, OPERATOR, true, false)); // a prefix minus binds at 70
        } else {
          operandExpected = operand(true); // *, ** and % stand for values where one is expected
        }
        i += pair ? 2 : 1;
      } else if (c == '"' || c == '\'') {
        i = afterString(e, i);
        operandExpected = operand(operandExpected);
      } else if (c == '`') {
        int end = e.indexOf('`', i + 1);
        i = end < 0 ? n : end + 1;
        operandExpected = operand(operandExpected);
      } else if (c >= '0' && c <= '9') {
        i = afterNumber(e, i);
        operandExpected = operand(operandExpected);
      } else {
        int start = i;
        while (i < n && !endsName(e.charAt(i))) {
          i++;
        }
        boolean keyword = isWord(e, start, i, "and") || isWord(e, start, i, "or")
            || isWord(e, start, i, "in");
        if (keyword && !operandExpected) {
          binary(e.substring(start, i));
          operandExpected = true;
        } else {
          operandExpected = operand(operandExpected);
        }
      }
    }
    while (frames.size() > 1) {
      closeFrame(); // brackets left open: the parser fails there, but it got this deep first
    }
    return frame().close();
  }

  /** An operand; after another one, as if an operator stood between them. */
  private boolean operand(boolean operandExpected) {
    if (!operandExpected) {
      frame().binary(0, OPERATOR, false);
    }
    frame().push(0);
    return false;
  }

  private void binary(String op) {
    // JSONata's binding powers; := and the ternary's ? and : group to the right
    switch (op) {
      case "@", "#" -> frame().binary(80, OPERATOR, false);
      case "." -> frame().binary(75, OPERATOR, false);
      case "*", "/", "%", "**" -> frame().binary(60, OPERATOR, false);
      case "+", "-", "&" -> frame().binary(50, OPERATOR, false);
      case "=", "!=", "<", "<=", ">", ">=", "in", "^", "~>", "?:", "??" ->
          frame().binary(40, OPERATOR, false);
      case "and" -> frame().binary(30, OPERATOR, false);
      case "or" -> frame().binary(25, OPERATOR, false);
      case "?", ":" -> frame().binary(20, OPERATOR, true);
      case ":=" -> frame().binary(10, OPERATOR, true);
      default -> frame().binary(20, OPERATOR, false); // | and .. and anything else
    }
  }

  /** Closes the innermost bracket: a value of its own, or applied to the value before it. */
  private void closeFrame() {
    Frame closed = frames.remove(frames.size() - 1);
    int inner = closed.close();
    Frame outer = frame();
    if (closed.postfix && outer.count > 0) {
      outer.operands[outer.count - 1] = closed.weight
          + Math.max(outer.operands[outer.count - 1], inner);
    } else {
      outer.push(closed.weight + inner);
    }
  }

  /** The two-character operators: {@code .. := != >= <= ** ~> ?: ??}. */
  private static boolean isPair(char a, char b) {
    return (a == '.' && b == '.') || (b == '=' && (a == ':' || a == '!' || a == '>' || a == '<'))
        || (a == '*' && b == '*') || (a == '~' && b == '>') || (a == '?' && (b == ':' || b == '?'));
  }

  private static boolean endsName(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || OPERATORS.indexOf(c) >= 0;
  }

  private static boolean isWord(String e, int start, int end, String word) {
    return end - start == word.length() && e.startsWith(word, start);
  }

  /** After a string literal in single or double quotes; a backslash escapes the next character. */
  private static int afterString(String e, int i) {
    char quote = e.charAt(i);
    int k = i + 1;
    while (k < e.length()) {
      char c = e.charAt(k);
      if (c == '\\') {
        k += 2;
      } else if (c == quote) {
        return k + 1;
      } else {
        k++;
      }
    }
    return e.length();
  }

  /** After a number: digits, then optionally a fraction and an exponent. */
  private static int afterNumber(String e, int i) {
    int k = digits(e, i);
    if (k + 1 < e.length() && e.charAt(k) == '.' && isDigit(e.charAt(k + 1))) {
      k = digits(e, k + 1);
    }
    if (k < e.length() && (e.charAt(k) == 'e' || e.charAt(k) == 'E')) {
      int m = k + 1;
      if (m < e.length() && (e.charAt(m) == '+' || e.charAt(m) == '-')) {
        m++;
      }
      if (m < e.length() && isDigit(e.charAt(m))) {
        k = digits(e, m);
      }
    }
    return k;
  }

  private static int digits(String e, int i) {
    int k = i;
    while (k < e.length() && isDigit(e.charAt(k))) {
      k++;
    }
    return k;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * After a regular expression whose opening {@code /} is just before {@code i}: it ends at a
   * {@code /} outside brackets and not escaped, then its flags ({@code i}, {@code m}).
   */
  private static int afterRegex(String e, int i) {
    int depth = 0;
    for (int k = i; k < e.length(); k++) {
      char c = e.charAt(k);
      boolean escaped = e.charAt(k - 1) == '\\';
      if (c == '/' && depth == 0 && backslashesBefore(e, k) % 2 == 0) {
        int m = k + 1;
        while (m < e.length() && (e.charAt(m) == 'i' || e.charAt(m) == 'm')) {
          m++;
        }
        return m;
      }
      if ((c == '(' || c == '[' || c == '{') && !escaped) {
        depth++;
      } else if ((c == ')' || c == ']' || c == '}') && !escaped) {
        depth--;
      }
    }
    return e.length(); // unclosed: the parser stops here
  }

  private static int backslashesBefore(String e, int k) {
    int n = 0;
    while (k - n - 1 >= 0 && e.charAt(k - n - 1) == '\\') {
      n++;
    }
    return n;
  }
}
