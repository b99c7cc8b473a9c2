package io.asl4j.syntax;

import java.util.Arrays;

/**
 * Measures how deep a JSONata expression nests, for {@link InputLimits#jsonataNesting(String)},
 * without parsing it: a loop over its tokens, lexed as JSONata's own tokenizer lexes them.
 *
 * <p>The JSONata parser recurses once per bracket and per prefix operator, and its later passes
 * (and an evaluator) recurse once per node on the way down the tree. A chain of operators in one
 * operand ({@code a.b.c}, {@code a & b & c}, {@code - - 1}, {@code x ? y : z ? ...}) makes a tree
 * as deep as the chain, so each operator counts; a comment counts too (the tokenizer recurses
 * over a run of them). Commas and semicolons start a new operand, whose chain starts again at 0.
 * So the depth of a segment between separators is its operator count plus its deepest bracket,
 * and a bracket is one level more than its deepest segment. Counting every operator of a
 * segment, wherever a bracket sits in it, can only count more than the parser nests, never less.
 *
 * <p>Strings, quoted names, comments and regular expressions are skipped as the tokenizer skips
 * them, so that their brackets do not count. A {@code /} starts a regular expression where an
 * operand is expected (at the start, after an operator, an opening bracket or a separator);
 * where JSONata's tokenizer disagrees, it takes the {@code /} for division there and its parser
 * stops at once, so nothing deeper is reached.
 */
final class JsonataNesting {

  /** JSONata's one-character operators; any of them, or white space, ends a name. */
  private static final String OPERATORS = ".[]{}(),@#;:?+-*/%|=<>^&!~";

  /** Per open bracket: operators in the current segment, its deepest bracket, the best segment. */
  private int[] chain = new int[16];
  private int[] deepestChild = new int[16];
  private int[] best = new int[16];
  private int top;

  private JsonataNesting() {}

  static int of(String e) {
    return new JsonataNesting().measure(e);
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
        chain[top]++;
        int end = e.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2; // an unclosed comment ends the parse
      } else if (c == '/' && operandExpected) {
        i = afterRegex(e, i + 1);
        operandExpected = false;
      } else if (c == '(' || c == '[' || c == '{') {
        if (!operandExpected) {
          chain[top]++; // a call, filter or group-by applied to the value before it
        }
        open();
        operandExpected = true;
        i++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (top > 0) {
          close();
        }
        operandExpected = false;
        i++;
      } else if (c == ',' || c == ';') {
        endSegment();
        operandExpected = true;
        i++;
      } else if (OPERATORS.indexOf(c) >= 0) {
        chain[top]++;
        operandExpected = true;
        i += i + 1 < n && isPair(c, e.charAt(i + 1)) ? 2 : 1;
      } else if (c == '"' || c == '\'') {
        i = afterString(e, i);
        operandExpected = false;
      } else if (c == '`') {
        int end = e.indexOf('`', i + 1);
        i = end < 0 ? n : end + 1;
        operandExpected = false;
      } else if (c >= '0' && c <= '9') {
        i = afterNumber(e, i);
        operandExpected = false;
      } else {
        int start = i;
        while (i < n && !endsName(e.charAt(i))) {
          i++;
        }
        boolean keyword = isWord(e, start, i, "and") || isWord(e, start, i, "or")
            || isWord(e, start, i, "in");
        if (keyword) {
          chain[top]++;
        }
        operandExpected = keyword;
      }
    }
    while (top > 0) {
      close(); // brackets left open: the parser fails there, but it got this deep first
    }
    return Math.max(best[0], chain[0] + deepestChild[0]);
  }

  private void open() {
    if (++top == chain.length) {
      chain = Arrays.copyOf(chain, top * 2);
      deepestChild = Arrays.copyOf(deepestChild, top * 2);
      best = Arrays.copyOf(best, top * 2);
    }
    chain[top] = 0;
    deepestChild[top] = 0;
    best[top] = 0;
  }

  private void close() {
    int depth = 1 + Math.max(best[top], chain[top] + deepestChild[top]);
    top--;
    deepestChild[top] = Math.max(deepestChild[top], depth);
  }

  private void endSegment() {
    best[top] = Math.max(best[top], chain[top] + deepestChild[top]);
    chain[top] = 0;
    deepestChild[top] = 0;
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
      boolean escaped = k > i && e.charAt(k - 1) == '\\';
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
