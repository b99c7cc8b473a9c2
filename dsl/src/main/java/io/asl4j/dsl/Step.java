package io.asl4j.dsl;

/**
 * A complete, named state of a workflow being defined: a state whose transition is decided, so it
 * can be the target of another state's {@code next}, a Choice rule or a Catch.
 *
 * <p>Only complete states are steps. A Task, Pass, Wait, Parallel or Map becomes one when
 * {@code next(...)} or {@code end()} is called; Succeed and Fail are steps from the start; a Choice
 * becomes one with its first rule. A loop or forward jump uses {@link io.asl4j.Asl#ref(String)},
 * resolved when the workflow is built.
 */
public sealed interface Step permits DefinedStep, StepRef, ChoiceStep, SucceedStep, FailStep {

  /**
   * Returns the state's name, its key in {@code States}.
   *
   * @return the name
   */
  String name();
}
