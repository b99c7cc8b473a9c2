package io.asl4j.model;

/** A state that ends in exactly one of {@code Next} or {@code End}: Task, Pass, Wait, Parallel, Map. */
public interface HasTransition {

  /**
   * Returns where the workflow goes after this state.
   *
   * @return {@code Next} or {@code End}
   */
  Transition transition();
}
