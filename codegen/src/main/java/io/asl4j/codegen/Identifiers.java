package io.asl4j.codegen;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
  /**
   * The last number given to each base: the numbers below it are taken, so the search for a free
   * one starts there (thousands of states with one base would otherwise cost quadratic time).
   */
  private final Map<String, Integer> lastNumber = new HashMap<>();

  /** A local variable name for a state, not used yet in this class. */
  String variable(String stateName) {
    String base = base(stateName);
    if (SourceVersion.isKeyword(base) || base.equals("var") || base.equals("record")
        || base.equals("yield") || base.equals("steps")) {
      base = base + "State";
    }
    String name = base;
    if (!variables.add(name)) {
      int n = lastNumber.getOrDefault("v:" + base, 1) + 1;
      for (name = base + n; !variables.add(name); n++) {
        name = base + (n + 1);
      }
      lastNumber.put("v:" + base, n);
    }
    return name;
  }

  /** A helper method name not used yet: base1, base2, ... */
  String method(String base) {
    int n = lastNumber.getOrDefault("m:" + base, 0) + 1;
    String name = base + n;
    while (!methods.add(name)) {
      name = base + ++n;
    }
    lastNumber.put("m:" + base, n);
    return name;
  }

  /**
   * The base of a state's Java names: its lowerCamel form ({@link JavaNames}), {@code state} in
   * front when that is empty or starts with a digit, at most 40 characters.
   */
  static String base(String stateName) {
    String base = JavaNames.lowerCamel(stateName);
    if (base.isEmpty() || Character.isDigit(base.charAt(0))) {
      base = "state" + base;
    }
    return base.length() > 40 ? base.substring(0, 40) : base;
  }
}
