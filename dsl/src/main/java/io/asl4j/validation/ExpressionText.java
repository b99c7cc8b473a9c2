package io.asl4j.validation;

import io.asl4j.json.JsonPointer;
import java.util.regex.Pattern;

/**
 * Text-level helpers the rules share: test-harness placeholders, deployment substitutions
 * ({@code ${Key}}), string literals inside expressions, and JSON pointer segments.
 */
final class ExpressionText {

  private static final Pattern TEST_PLACEHOLDER = Pattern.compile("_+tbd_+");
  /** CloudFormation/SAM/CDK substitutions and test-harness markers filled in before deploying. */
  static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{[^}]*}|%[A-Z][A-Z0-9_]*%");

  private ExpressionText() {}

  /** A test-harness marker such as {@code __tbd__} that stands for a value never filled in. */
  static boolean isTestPlaceholder(String t) {
    return t.length() >= 5 && t.charAt(0) == '_' && t.indexOf("tbd") > 0
        && TEST_PLACEHOLDER.matcher(t).matches();
  }

  /**
   * Whether the text holds a substitution filled in before deploying: what {@link #SUBSTITUTION}
   * finds, decided by scanning (CloudFormation templates put {@code ${..}} in many values).
   */
  static boolean hasPlaceholder(String s) {
    int dollar = s.indexOf("${");
    if (dollar >= 0 && s.indexOf('}', dollar + 2) >= 0) {
      return true; // a "${" with no '}' after the first has none after a later one either
    }
    for (int p = s.indexOf('%'); p >= 0; p = s.indexOf('%', p + 1)) {
      int i = p + 1;
      if (i < s.length() && isUpper(s.charAt(i))) {
        do {
          i++;
        } while (i < s.length() && (isUpper(s.charAt(i)) || isDigit(s.charAt(i))
            || s.charAt(i) == '_'));
        if (i < s.length() && s.charAt(i) == '%') {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** An ASCII digit: what {@code [0-9]} matches. */
  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Stands a neutral name in for each substitution placeholder, so {@code $.${Key}.S} is checked
   * as the path it becomes; {@code null} when the whole text is a placeholder.
   */
  static String withoutPlaceholders(String text) {
    if (!hasPlaceholder(text)) {
      return text;
    }
    String replaced = SUBSTITUTION.matcher(text).replaceAll("x");
    return replaced.startsWith("$") ? replaced : null;
  }

  /** Removes string literals so a {@code $} inside quotes is not taken for a reference. */
  static String stripStrings(String expression) {
    if (expression.indexOf('"') < 0 && expression.indexOf('\'') < 0) {
      return expression;
    }
    StringBuilder sb = new StringBuilder(expression.length());
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < expression.length() && expression.charAt(j) != c) {
          j += expression.charAt(j) == '\\' ? 2 : 1;
        }
        sb.append("''");
        i = j;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The last segment of a JSON pointer, unescaped. */
  static String lastSegment(String pointer) {
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    return last.replace("~1", "/").replace("~0", "~");
  }

  /** Escapes a name as a JSON pointer segment ({@code ~} and {@code /}). */
  static String escape(String segment) {
    return JsonPointer.escape(segment);
  }
}
