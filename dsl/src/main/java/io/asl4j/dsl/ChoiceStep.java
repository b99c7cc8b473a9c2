package io.asl4j.dsl;

import io.asl4j.dsl.Fields.F;
import io.asl4j.model.ChoiceRule;
import io.asl4j.model.ChoiceState;
import io.asl4j.model.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Choice state with at least one rule: already a {@link Step}; more rules and a default may be
 * added. Without {@link #otherwise(Step)}, an input no rule matches fails with
 * {@code States.NoChoiceMatched}.
 */
public final class ChoiceStep extends AssignBuilder<ChoiceStep> implements Step {

  /** A rule and the state it goes to. */
  record Branch(ChoiceRule rule, Step target) {}

  ChoiceStep(String name, Fields fields) {
    super(name, fields);
  }

  @Override
  ChoiceStep with(Fields f) {
    return new ChoiceStep(name, f);
  }

  /**
   * Returns the state's name, its key in {@code States}.
   *
   * @return the name
   */
  @Override
  public String name() {
    return name;
  }

  /**
   * Adds a rule: when {@code condition} holds, go to {@code next}. Rules are tried in order.
   *
   * @param condition the test
   * @param next the state to go to
   * @return the Choice with the rule added
   */
  public ChoiceStep when(Condition condition, Step next) {
    return when(Rule.of(condition), next);
  }

  /**
   * Adds a rule with its own Comment, Assign or Output.
   *
   * @param rule the rule
   * @param next the state to go to
   * @return the Choice with the rule added
   */
  public ChoiceStep when(Rule rule, Step next) {
    Objects.requireNonNull(next, "next");
    return with(fields.append(F.RULES, new Branch(rule.toRule(next.name()), next)));
  }

  /**
   * Sets {@code "Default"}: where to go when no rule matches.
   *
   * @param next the state to go to
   * @return the Choice with the default
   * @throws IllegalArgumentException if a default is already set (the set-once rule of every
   *     single-valued setting)
   */
  public ChoiceStep otherwise(Step next) {
    Objects.requireNonNull(next, "next");
    return set(F.DEFAULT, "otherwise(\"" + next.name() + "\")", next);
  }

  DefinedStep defined() {
    Fields f = fields;
    List<Branch> branches = f.list(F.RULES);
    Optional<Step> fallback = f.get(F.DEFAULT);
    List<Edge> edges = new ArrayList<>();
    for (int i = 0; i < branches.size(); i++) {
      edges.add(new Edge("Choices/" + i + "/Next", branches.get(i).target()));
    }
    fallback.ifPresent(d -> edges.add(new Edge("Default", d)));
    List<ChoiceRule> rules = branches.stream().map(Branch::rule).toList();
    return new DefinedStep(name, edges, List.of(), graphs -> new ChoiceState(f.get(F.COMMENT),
        f.get(F.QUERY_LANGUAGE), f.get(F.INPUT_PATH), f.get(F.OUTPUT_PATH), f.get(F.OUTPUT),
        f.get(F.ASSIGN), rules, fallback.map(Step::name), Map.of()));
  }
}
