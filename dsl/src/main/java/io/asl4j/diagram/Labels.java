package io.asl4j.diagram;

import io.asl4j.json.AslWriter;
import io.asl4j.model.Catcher;
import io.asl4j.model.Condition;
import io.asl4j.model.JsonBoolean;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonPath;
import io.asl4j.model.JsonString;
import io.asl4j.model.Jsonata;
import io.asl4j.model.NestedRule;
import io.asl4j.model.Retrier;
import io.asl4j.model.Value;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The plain text of diagram labels, before either syntax escapes it: conditions in a readable,
 * C-like form, retry and catch notes, and the clean-up every label gets (invisible characters
 * spelled out, long text cut short).
 */
final class Labels {

  /** The longest label line, in code points; longer lines end in an ellipsis. */
  static final int MAX_LINE = 80;

  private static final AslWriter JSON = AslWriter.compact();

  private Labels() {}

  /**
   * Writes a Choice condition readably: {@code $.a == "x"}, {@code $.n > 5}, {@code $.a >= $.b},
   * {@code IsPresent($.x)} / {@code !IsPresent($.x)}, {@code (a) && (b)}, {@code (a) || (b)},
   * {@code !(a)}, and a JSONata condition as its expression.
   *
   * @param c the condition
   * @return the text, not yet cleaned or truncated
   */
  static String condition(Condition c) {
    if (c instanceof Condition.Comparison cmp) {
      return comparison(cmp);
    } else if (c instanceof Condition.And and) {
      return combine(and.rules(), " && ", "And []");
    } else if (c instanceof Condition.Or or) {
      return combine(or.rules(), " || ", "Or []");
    } else if (c instanceof Condition.Not not) {
      return "!(" + condition(not.rule().condition()) + ")";
    }
    Value test = ((Condition.JsonataTest) c).condition();
    return test instanceof Jsonata j ? j.expression() : operand(test);
  }

  private static String combine(List<NestedRule> rules, String operator, String empty) {
    if (rules.isEmpty()) {
      return empty; // not valid ASL, but the reader may keep it: show what is there
    }
    return rules.stream().map(r -> "(" + condition(r.condition()) + ")")
        .collect(Collectors.joining(operator));
  }

  private static String comparison(Condition.Comparison c) {
    String name = c.operator().jsonName();
    // the ...Path twins read like their literal operators; the operand shows it is a path
    String base = c.operand() instanceof JsonPath && name.endsWith("Path")
        ? name.substring(0, name.length() - "Path".length()) : name;
    String variable = c.variable().text();
    if (base.startsWith("Is")) {
      boolean expected = !(c.operand() instanceof JsonBoolean b) || b.value();
      return (expected ? "" : "!") + base + "(" + variable + ")";
    }
    if (base.equals("StringMatches")) {
      return variable + " matches " + operand(c.operand());
    }
    return variable + " " + symbol(base) + " " + operand(c.operand());
  }

  private static String symbol(String operator) {
    // longest suffix first: "...LessThanEquals" also ends with "Equals"
    if (operator.endsWith("GreaterThanEquals")) {
      return ">=";
    } else if (operator.endsWith("LessThanEquals")) {
      return "<=";
    } else if (operator.endsWith("GreaterThan")) {
      return ">";
    } else if (operator.endsWith("LessThan")) {
      return "<";
    }
    return "==";
  }

  private static String operand(Value v) {
    if (v instanceof JsonPath p) {
      return p.text();
    } else if (v instanceof JsonNumber n) {
      return n.text();
    } else if (v instanceof JsonBoolean b) {
      return Boolean.toString(b.value());
    } else if (v instanceof JsonString) {
      return JSON.write(v); // quoted, with JSON escapes
    }
    return JSON.write(v);
  }

  /**
   * Notes a retrier on its state: {@code retry: States.TaskFailed ×3}, with the ASL default of 3
   * attempts when {@code MaxAttempts} is absent.
   *
   * @param r the retrier
   * @return the note
   */
  static String retry(Retrier r) {
    return "retry: " + String.join(", ", r.errorEquals()) + " ×"
        + r.maxAttempts().map(JsonNumber::text).orElse("3");
  }

  /**
   * Labels a catcher's edge: {@code catch States.ALL}.
   *
   * @param c the catcher
   * @return the label
   */
  static String catcher(Catcher c) {
    return "catch " + String.join(", ", c.errorEquals());
  }

  /**
   * Makes text safe to show on one line: line breaks, tabs and other invisible characters
   * (controls, format characters such as bidi overrides, separators, lone surrogates) become
   * {@code \n}, {@code \t} or {@code \}{@code uXXXX}; then text longer than {@link #MAX_LINE} code
   * points is cut to {@code MAX_LINE - 1} and an ellipsis.
   *
   * @param text any text, e.g. a state name
   * @return the visible, possibly shortened text; still to be escaped for a syntax
   */
  static String clean(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      switch (cp) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (invisible(cp)) {
            sb.append(String.format("\\u%04X", cp));
          } else {
            sb.appendCodePoint(cp);
          }
        }
      }
    });
    String visible = sb.toString();
    if (visible.codePointCount(0, visible.length()) <= MAX_LINE) {
      return visible;
    }
    return visible.substring(0, visible.offsetByCodePoints(0, MAX_LINE - 1)) + "…";
  }

  private static boolean invisible(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.SURROGATE;
  }
}
