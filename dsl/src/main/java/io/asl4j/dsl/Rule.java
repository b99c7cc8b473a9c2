package io.asl4j.dsl;

import io.asl4j.model.ChoiceRule;
import io.asl4j.model.Condition;
import io.asl4j.model.Field;
import io.asl4j.model.JsonObject;
import io.asl4j.model.Value;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Choice rule's condition with its optional {@code Comment}, {@code Assign} and {@code Output};
 * given to {@code when(rule, next)}. Immutable; each setting is set once ({@link SetOnce}).
 *
 * <pre>{@code Rule.of(condition(jsonata("$total > 100"))).assign(field("tier", "gold"))}</pre>
 */
public final class Rule {

  private final Condition condition;
  private final String comment;
  private final JsonObject assign;
  private final Value output;

  private Rule(Condition condition, String comment, JsonObject assign, Value output) {
    this.condition = Objects.requireNonNull(condition, "condition");
    this.comment = comment;
    this.assign = assign;
    this.output = output;
  }

  /**
   * Starts a rule.
   *
   * @param condition the test, from {@link io.asl4j.Conditions}
   * @return the rule
   */
  public static Rule of(Condition condition) {
    return new Rule(condition, null, null, null);
  }

  /**
   * Sets the rule's {@code "Comment"}.
   *
   * @param text free text
   * @return the rule with the comment
   */
  public Rule comment(String text) {
    once(comment, "Comment", "comment");
    return new Rule(condition, text, assign, output);
  }

  /**
   * Sets the rule's {@code "Assign"}: variables set when it matches.
   *
   * @param variables one field per variable
   * @return the rule with the assignments
   */
  public Rule assign(Field... variables) {
    once(assign, "Assign", "assign");
    return new Rule(condition, comment, JsonObject.of(variables), output);
  }

  /**
   * Sets the rule's {@code "Output"} (JSONata): the state output when it matches.
   *
   * @param value the output
   * @return the rule with the output
   */
  public Rule output(Value value) {
    once(output, "Output", "output");
    return new Rule(condition, comment, assign, value);
  }

  /** The set-once rule: a setting given twice is refused, naming the first. */
  private static void once(Object current, String field, String method) {
    if (current != null) {
      throw SetOnce.twice("Choice rule", field, SetOnce.call(method, current));
    }
  }

  ChoiceRule toRule(String next) {
    return new ChoiceRule(Optional.ofNullable(comment), condition, Optional.ofNullable(assign),
        Optional.ofNullable(output), next, Map.of());
  }
}
