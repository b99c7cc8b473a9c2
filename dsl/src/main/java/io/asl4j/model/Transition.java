package io.asl4j.model;

import java.util.Objects;

/** Where a Task, Pass, Wait, Parallel or Map state goes next: {@code Next} or {@code End}. */
public sealed interface Transition permits Transition.Next, Transition.End {

  /**
   * Creates {@code "Next": state}.
   *
   * @param state the name of the next state
   * @return the transition
   */
  static Transition next(String state) {
    return new Next(state);
  }

  /**
   * Returns {@code "End": true}.
   *
   * @return the terminal transition
   */
  static Transition end() {
    return End.INSTANCE;
  }

  /**
   * {@code "Next": state}.
   *
   * @param state the name of the next state
   */
  record Next(String state) implements Transition {

    /**
     * Creates the transition.
     *
     * @param state the name of the next state
     */
    public Next {
      Objects.requireNonNull(state, "state");
    }
  }

  /** {@code "End": true}. */
  enum End implements Transition {
    /** The only instance. */
    INSTANCE
  }
}
