package io.asl4j.dsl;

import io.asl4j.model.Condition;
import java.util.Objects;

/** A Choice state before its first rule: a Choice needs at least one. */
public final class ChoiceStart {

  private final String name;

  ChoiceStart(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  /**
   * Starts the state; {@code io.asl4j.Asl} is the usual way in.
   *
   * @param name the state's name, 1 to 80 characters
   * @return the start of the state
   */
  public static ChoiceStart named(String name) {
    return new ChoiceStart(Names.check(name));
  }

  /**
   * Adds the first rule: when {@code condition} holds, go to {@code next}.
   *
   * <pre>{@code choice("Route").when(stringEquals(path("$.kind"), "A"), jobA)}</pre>
   *
   * @param condition the test
   * @param next the state to go to
   * @return the Choice, already a complete state
   */
  public ChoiceStep when(Condition condition, Step next) {
    return new ChoiceStep(name, Fields.EMPTY).when(condition, next);
  }

  /**
   * Adds the first rule with its own Comment, Assign or Output.
   *
   * @param rule the rule
   * @param next the state to go to
   * @return the Choice, already a complete state
   */
  public ChoiceStep when(Rule rule, Step next) {
    return new ChoiceStep(name, Fields.EMPTY).when(rule, next);
  }
}
