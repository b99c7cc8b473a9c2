package io.asl4j.dsl;

import java.util.Objects;

/**
 * A reference to a state by name, for loops and forward jumps (to a state reachable from the start
 * or declared with {@code states(...)}); resolved, within the same branch or
 * item processor, when the workflow is built.
 *
 * @param name the name of the state referred to
 */
public record StepRef(String name) implements Step {

  /**
   * Creates the reference.
   *
   * @param name the name of the state referred to
   */
  public StepRef {
    Objects.requireNonNull(name, "name");
  }
}
