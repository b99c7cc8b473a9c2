package io.asl4j.model;

import io.asl4j.internal.Ordered;
import java.util.List;
import java.util.Objects;

/**
 * The test of a Choice rule: a JSONPath {@link Comparison}, a boolean combination ({@link And},
 * {@link Or}, {@link Not}) of nested rules, or a JSONata {@link JsonataTest}.
 */
public sealed interface Condition
    permits Condition.Comparison, Condition.And, Condition.Or, Condition.Not, Condition.JsonataTest {

  /**
   * {@code "Variable": variable, "<Operator>": operand} (JSONPath).
   *
   * @param variable {@code Variable}: the reference path whose value is tested
   * @param operator the comparison operator
   * @param operand what the value is compared with: a {@link JsonString}, {@link JsonNumber} or
   *     {@link JsonBoolean} literal, or a {@link JsonPath} for the {@code ...Path} operators
   */
  record Comparison(JsonPath variable, ComparisonOperator operator, Value operand)
      implements Condition {

    /**
     * Creates the comparison.
     *
     * @param variable the reference path whose value is tested
     * @param operator the comparison operator
     * @param operand the literal or path compared with
     * @throws IllegalArgumentException if the operand's type does not suit the operator
     */
    public Comparison {
      Objects.requireNonNull(variable, "variable");
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(operand, "operand");
      boolean ok = switch (operator.operand()) {
        case STRING, TIMESTAMP -> operand instanceof JsonString;
        case NUMBER -> operand instanceof JsonNumber;
        case BOOLEAN -> operand instanceof JsonBoolean;
        case PATH -> operand instanceof JsonPath;
      };
      if (!ok) {
        throw new IllegalArgumentException(operator.jsonName() + " takes "
            + describe(operator.operand()) + ", not " + operand);
      }
    }

    private static String describe(ComparisonOperator.Operand kind) {
      return switch (kind) {
        case STRING -> "a string";
        case TIMESTAMP -> "a timestamp string";
        case NUMBER -> "a number";
        case BOOLEAN -> "a boolean";
        case PATH -> "a reference path";
      };
    }
  }

  /**
   * {@code "And": [...]}: holds when every nested rule holds.
   *
   * @param rules the nested rules
   */
  record And(List<NestedRule> rules) implements Condition {

    /**
     * Creates the conjunction.
     *
     * @param rules the nested rules
     */
    public And {
      rules = Ordered.copy(rules, "rules");
    }
  }

  /**
   * {@code "Or": [...]}: holds when any nested rule holds.
   *
   * @param rules the nested rules
   */
  record Or(List<NestedRule> rules) implements Condition {

    /**
     * Creates the disjunction.
     *
     * @param rules the nested rules
     */
    public Or {
      rules = Ordered.copy(rules, "rules");
    }
  }

  /**
   * {@code "Not": {...}}: holds when the nested rule does not.
   *
   * @param rule the negated rule
   */
  record Not(NestedRule rule) implements Condition {

    /**
     * Creates the negation.
     *
     * @param rule the negated rule
     */
    public Not {
      Objects.requireNonNull(rule, "rule");
    }
  }

  /**
   * {@code "Condition": ...} (JSONata): a {@link Jsonata} expression or a boolean literal.
   *
   * @param condition the expression, normally a {@link Jsonata} or {@link JsonBoolean}
   */
  record JsonataTest(Value condition) implements Condition {

    /**
     * Creates the JSONata condition.
     *
     * @param condition the expression or literal
     */
    public JsonataTest {
      Objects.requireNonNull(condition, "condition");
    }
  }
}
