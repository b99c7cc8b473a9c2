package io.asl4j;

import io.asl4j.dsl.ChoiceStart;
import io.asl4j.dsl.FailStep;
import io.asl4j.dsl.Graph;
import io.asl4j.dsl.MapStart;
import io.asl4j.dsl.ParallelStart;
import io.asl4j.dsl.PassStep;
import io.asl4j.dsl.Step;
import io.asl4j.dsl.StepRef;
import io.asl4j.dsl.SucceedStep;
import io.asl4j.dsl.TaskStart;
import io.asl4j.dsl.WaitStart;

/**
 * The entry point of the DSL, meant for static import: one method per state type, references for
 * loops, and the workflow itself. Values, intrinsic functions and conditions live in
 * {@link Values}, {@link Intrinsics} and {@link Conditions}.
 *
 * <pre>{@code
 * Step done = succeed("Done");
 * Step charge = task("Charge").call(Lambda.invoke("charge")).next(done);
 * Workflow w = startAt(charge).build();
 * }</pre>
 */
public final class Asl {

  private Asl() {}

  /**
   * A Task state: {@code "Type": "Task"}. Choose what it calls next.
   *
   * @param name the state's name
   * @return the task's start
   */
  public static TaskStart task(String name) {
    return TaskStart.named(name);
  }

  /**
   * A Pass state: {@code "Type": "Pass"}.
   *
   * @param name the state's name
   * @return the builder
   */
  public static PassStep pass(String name) {
    return PassStep.named(name);
  }

  /**
   * A Choice state: {@code "Type": "Choice"}. Add at least one rule with {@code when}.
   *
   * @param name the state's name
   * @return the choice's start
   */
  public static ChoiceStart choice(String name) {
    return ChoiceStart.named(name);
  }

  /**
   * A Wait state: {@code "Type": "Wait"}. Give it exactly one time form next. (Named so because
   * {@code Object.wait} would hide a statically imported {@code wait}.)
   *
   * @param name the state's name
   * @return the wait's start
   */
  public static WaitStart waitState(String name) {
    return WaitStart.named(name);
  }

  /**
   * A Succeed state: {@code "Type": "Succeed"}, already complete.
   *
   * @param name the state's name
   * @return the state
   */
  public static SucceedStep succeed(String name) {
    return SucceedStep.named(name);
  }

  /**
   * A Fail state: {@code "Type": "Fail"}, already complete.
   *
   * @param name the state's name
   * @return the state
   */
  public static FailStep fail(String name) {
    return FailStep.named(name);
  }

  /**
   * A Parallel state: {@code "Type": "Parallel"}. Add at least one branch next.
   *
   * @param name the state's name
   * @return the parallel's start
   */
  public static ParallelStart parallel(String name) {
    return ParallelStart.named(name);
  }

  /**
   * A Map state: {@code "Type": "Map"}. Give its item processor next.
   *
   * @param name the state's name
   * @return the map's start
   */
  public static MapStart map(String name) {
    return MapStart.named(name);
  }

  /**
   * A reference to a state by name, for loops and for states defined later; resolved when the
   * workflow is built, within the same graph, to a state reachable from its start or declared
   * with {@code startAt(..).states(..)} (or {@code graph(..).states(..)}), so that a workflow can
   * be written in reading order.
   *
   * <pre>{@code task("Poll").call(...).next(ref("Check"))}</pre>
   *
   * @param name the state's name
   * @return the reference
   */
  public static Step ref(String name) {
    return new StepRef(name);
  }

  /**
   * A nested graph (a Parallel branch or Map item processor) with its own Comment or
   * QueryLanguage.
   *
   * @param start the first state
   * @return the graph
   */
  public static Graph graph(Step start) {
    return Graph.startingAt(start);
  }

  /**
   * A workflow starting at {@code start} ({@code "StartAt"}); {@code build()} gathers every
   * reachable state and those declared with {@code states(...)}. (Not named {@code workflow}, so
   * that classes may offer a {@code workflow()} method of their own.)
   *
   * <pre>{@code Workflow w = startAt(charge).comment("orders").build();
   * Workflow r = startAt(fetch).states(check, done).strict().build(); // in reading order}</pre>
   *
   * @param start the first state
   * @return the builder
   */
  public static WorkflowBuilder startAt(Step start) {
    return WorkflowBuilder.startingAt(start);
  }
}
