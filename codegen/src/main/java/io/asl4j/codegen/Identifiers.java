package io.asl4j.codegen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Hands out the Java names of one generated class: a local variable per state ({@code "SNS
 * Notify"} becomes {@code snsNotify}, a second one {@code snsNotify2}) and helper method names
 * ({@code states1}, {@code routeRules1}), each unique and never a keyword.
 */
final class Identifiers {

  private final Set<String> variables = new HashSet<>();
  private final Set<String> methods = new HashSet<>(Set.of("workflow"));

  /** A local variable name for a state, not used yet in this class. */
  String variable(String stateName) {
    String base = camel(stateName);
    if (SourceVersion.isKeyword(base) || base.equals("var") || base.equals("record")
        || base.equals("yield") || base.equals("steps")) {
      base = base + "State";
    }
    String name = base;
    for (int n = 2; !variables.add(name); n++) {
      name = base + n;
    }
    return name;
  }

  /** A helper method name not used yet: base1, base2, ... */
  String method(String base) {
    String name = base + 1;
    for (int n = 2; !methods.add(name); n++) {
      name = base + n;
    }
    return name;
  }

  /** A state name as a lowerCamel Java name: "SNS Notify" and "sns-notify" give snsNotify. */
  static String camel(String stateName) {
    // words of ASCII letters and digits; "SNS Notify" and "sns-notify" both give snsNotify
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= stateName.length(); i++) {
      char c = i < stateName.length() ? stateName.charAt(i) : ' ';
      boolean part = c < 0x80 && Character.isLetterOrDigit(c);
      boolean boundary = part && word.length() > 0 && Character.isUpperCase(c)
          && Character.isLowerCase(word.charAt(word.length() - 1));
      if (!part || boundary) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      }
      if (part) {
        word.append(c);
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      sb.append(sb.length() == 0 ? lower
          : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
    }
    String base = sb.length() == 0 ? "state" : sb.toString();
    if (Character.isDigit(base.charAt(0))) {
      base = "state" + base;
    }
    return base.length() > 40 ? base.substring(0, 40) : base;
  }
}
