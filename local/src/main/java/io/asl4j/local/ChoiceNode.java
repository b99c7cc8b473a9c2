package io.asl4j.local;

import io.asl4j.model.ComparisonOperator;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** A compiled Choice state. */
final class ChoiceNode extends Node {

  /** A compiled condition. */
  interface Cond {
    boolean test(Step s, Object data) throws Failure;
  }

  /** A top-level rule. */
  static final class Rule {
    final Cond cond;
    final Assign assign;
    final Eval output;
    Node next;

    Rule(Cond cond, Assign assign, Eval output) {
      this.cond = cond;
      this.assign = assign;
      this.output = output;
    }
  }

  Rule[] rules;
  Node defaultNode;
  DataPath inputPath = DataPath.IDENTITY;
  DataPath outputPath = DataPath.IDENTITY;
  Eval output;
  Assign assign;

  ChoiceNode(String name, boolean jsonata) {
    super(name, "Choice", jsonata);
  }

  @Override
  Node execute(Step s, Object input) throws Failure {
    Object effective = jsonata ? input : inputPath.apply(s, input);
    for (int i = 0; i < rules.length; i++) {
      Rule r = rules[i];
      if (r.cond.test(s, effective)) {
        s.exit = ExecutionListener.Exit.CHOICE_RULE;
        s.exitIndex = i;
        Map<String, Object> assigned = r.assign == null ? null : r.assign.evaluate(s, effective);
        if (jsonata) {
          Eval out = r.output != null ? r.output : output;
          s.output = out == null ? input : out.eval(s, input);
        } else {
          s.output = outputPath.apply(s, effective);
        }
        Assign.bind(s, assigned);
        return r.next;
      }
    }
    if (defaultNode == null) {
      throw Failure.of("States.NoChoiceMatched", s.where()
          + "No Matches!");
    }
    Map<String, Object> assigned = assign == null ? null : assign.evaluate(s, effective);
    if (jsonata) {
      s.output = output == null ? input : output.eval(s, input);
    } else {
      s.output = outputPath.apply(s, effective);
    }
    Assign.bind(s, assigned);
    s.exit = ExecutionListener.Exit.CHOICE_DEFAULT;
    return defaultNode;
  }

  // ---- JSONPath conditions

  static Cond and(List<Cond> cs) {
    Cond[] a = cs.toArray(new Cond[0]);
    return (s, d) -> {
      for (Cond c : a) {
        if (!c.test(s, d)) {
          return false;
        }
      }
      return true;
    };
  }

  static Cond or(List<Cond> cs) {
    Cond[] a = cs.toArray(new Cond[0]);
    return (s, d) -> {
      for (Cond c : a) {
        if (c.test(s, d)) {
          return true;
        }
      }
      return false;
    };
  }

  static Cond not(Cond c) {
    return (s, d) -> !c.test(s, d);
  }

  /** A JSONata {@code Condition} (or the constants {@code true}/{@code false}). */
  static Cond jsonata(Eval e, String expression) {
    return (s, d) -> {
      Object v = e.eval(s, d);
      if (v instanceof Boolean b) {
        return b;
      }
      throw Failure.query(s.where() + "The JSONata expression '" + expression
          + "' specified for the field 'Condition' returned an unexpected result type. Expected "
          + "'boolean', but was '" + Json.typeName(v) + "' for value: " + Json.write(v));
    };
  }

  /**
   * A data-test rule.
   *
   * @param variable the {@code Variable}
   * @param op the operator
   * @param constant the literal operand (internal value), for the non-Path operators
   * @param operandPath the operand path, for the {@code ...Path} operators
   */
  static Cond comparison(PathEval variable, ComparisonOperator op, Object constant,
      PathEval operandPath) {
    Object pattern = op == ComparisonOperator.STRING_MATCHES ? wildcard((String) constant) : null;
    Object constantTime = op.operand() == ComparisonOperator.Operand.TIMESTAMP
        ? timestamp(constant) : null;
    String name = op.jsonName();
    String base = name.endsWith("Path") ? name.substring(0, name.length() - 4) : name;
    int family = base.startsWith("String") ? 0 : base.startsWith("Numeric") ? 1 : 2;
    String relation = base.replaceFirst("^(String|Numeric|Timestamp|Boolean|Is)", "");
    int rel = switch (relation) {
      case "Equals" -> 0;
      case "LessThan" -> 1;
      case "GreaterThan" -> 2;
      case "LessThanEquals" -> 3;
      case "GreaterThanEquals" -> 4;
      default -> -1;
    };
    return (s, d) -> {
      Object v = variable.find(s, d);
      if (op == ComparisonOperator.IS_PRESENT) {
        return (v != JsonPathExpr.MISSING) == (Boolean) constant;
      }
      if (v == JsonPathExpr.MISSING) {
        // evaluating the path again throws AWS's "Invalid path" failure
        variable.eval(s, d);
      }
      Object operand = constant;
      if (operandPath != null) {
        operand = operandPath.eval(s, d);
      }
      return test(op, v, operand, pattern, constantTime, family, rel);
    };
  }

  private static boolean test(ComparisonOperator op, Object v, Object operand, Object pattern,
      Object constantTime, int family, int rel) {
    switch (op) {
      case IS_NULL:
        return (v == Json.NULL) == (Boolean) operand;
      case IS_NUMERIC:
        return (v instanceof Number) == (Boolean) operand;
      case IS_STRING:
        return (v instanceof String) == (Boolean) operand;
      case IS_BOOLEAN:
        return (v instanceof Boolean) == (Boolean) operand;
      case IS_TIMESTAMP:
        return (timestamp(v) != null) == (Boolean) operand;
      case STRING_MATCHES:
        return v instanceof String str && ((java.util.regex.Pattern) pattern).matcher(str).matches();
      case BOOLEAN_EQUALS:
      case BOOLEAN_EQUALS_PATH:
        return v instanceof Boolean && operand instanceof Boolean && v.equals(operand);
      default:
        break;
    }
    int c;
    if (family == 0) {
      if (!(v instanceof String a) || !(operand instanceof String b)) {
        return false;
      }
      c = a.compareTo(b);
    } else if (family == 1) {
      if (!(v instanceof Number a) || !(operand instanceof Number b)) {
        return false;
      }
      c = Json.compareNumbers(a, b);
    } else {
      OffsetDateTime a = timestamp(v);
      OffsetDateTime b = constantTime != null ? (OffsetDateTime) constantTime : timestamp(operand);
      if (a == null || b == null) {
        return false;
      }
      c = a.toInstant().compareTo(b.toInstant());
    }
    return switch (rel) {
      case 0 -> c == 0;
      case 1 -> c < 0;
      case 2 -> c > 0;
      case 3 -> c <= 0;
      case 4 -> c >= 0;
      default -> throw new IllegalStateException(op.jsonName());
    };
  }

  /** Parses an RFC 3339 timestamp (upper-case T, Z or a numeric offset), or returns null. */
  static OffsetDateTime timestamp(Object v) {
    if (!(v instanceof String s) || s.indexOf('T') < 0) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** {@code StringMatches}: only {@code *} is a wildcard; {@code \*} and {@code \\} escape. */
  static java.util.regex.Pattern wildcard(String p) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\' && i + 1 < p.length()) {
        re.append(java.util.regex.Pattern.quote(String.valueOf(p.charAt(++i))));
      } else if (c == '*') {
        re.append(".*");
      } else {
        re.append(java.util.regex.Pattern.quote(String.valueOf(c)));
      }
    }
    return java.util.regex.Pattern.compile(re.toString(), java.util.regex.Pattern.DOTALL);
  }
}
