package io.asl4j.local;

import java.util.Optional;

/**
 * Told, as an execution runs, which states it enters, which way it leaves each one and which
 * Retry policy answers each failure: what test tools need to measure which paths of a workflow the
 * tests exercised (asl4j-junit's workflow coverage) and what AWS bills. Passed to
 * {@link LocalExecutor#run(Object, TaskHandler, ExecutionOptions, ExecutionListener)}.
 *
 * <p>It hears the states of the execution and of its Map iterations, inline or distributed, but not
 * those of the child executions that {@code states:startExecution} tasks start (they are
 * executions of other workflows). It is called on the executor's thread, in the order things
 * happen; it must not throw. The history need not be on.
 */
public interface ExecutionListener {

  /** How a state was left. */
  enum Exit {
    /** Through its {@code Next}, or a Parallel or Map state's {@code Next} after it completed. */
    NEXT,
    /** Through a Choice rule's {@code Next}; the index is the rule's, from 0. */
    CHOICE_RULE,
    /** Through a Choice state's {@code Default}. */
    CHOICE_DEFAULT,
    /** Through a {@code Catch} entry's {@code Next}; the index is the catcher's, from 0. */
    CATCH,
    /**
     * At the end of its graph ({@code End: true} or a Succeed state; in a Parallel branch or a
     * Map iteration, the end of that branch or iteration).
     */
    END
  }

  /**
   * A state was entered (once per entry: a Map iteration or loop enters a state again).
   *
   * @param state the state's name
   */
  default void stateEntered(String state) {}

  /**
   * A state was left: it succeeded, or a catcher handled its failure. A state that fails the
   * execution (a Fail state, an error nothing catches) is entered but never left.
   *
   * @param state the state's name
   * @param exit how it was left
   * @param index the Choice rule's or the catcher's index for {@code CHOICE_RULE} and
   *     {@code CATCH}; -1 otherwise
   * @param next the state entered next; empty for {@code END}
   */
  default void stateExited(String state, Exit exit, int index, Optional<String> next) {}

  /**
   * A Retry policy answered a failure of a state: the state is about to be tried again.
   *
   * @param state the state's name
   * @param retrier the index of the {@code Retry} entry whose {@code ErrorEquals} matched, from 0
   * @param error the error name that it matched, empty when the failure had none
   */
  default void retried(String state, int retrier, Optional<String> error) {}
}
