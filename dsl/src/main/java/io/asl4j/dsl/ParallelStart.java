package io.asl4j.dsl;

import java.util.Objects;

/** A Parallel state before its first branch: a Parallel needs at least one. */
public final class ParallelStart {

  private final String name;

  ParallelStart(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  /**
   * Starts the state; {@code io.asl4j.Asl} is the usual way in.
   *
   * @param name the state's name, 1 to 80 characters
   * @return the start of the state
   */
  public static ParallelStart named(String name) {
    return new ParallelStart(Names.check(name));
  }

  /**
   * Adds the first branch.
   *
   * @param start the branch's first state
   * @return the Parallel, ready for more branches, settings and a transition
   */
  public ParallelStep branch(Step start) {
    return branch(Graph.startingAt(start));
  }

  /**
   * Adds the first branch, with its own Comment or QueryLanguage.
   *
   * @param branch the branch
   * @return the Parallel, ready for more branches, settings and a transition
   */
  public ParallelStep branch(Graph branch) {
    return new ParallelStep(name, Fields.EMPTY).branch(branch);
  }
}
