package io.asl4j.junit;

import io.asl4j.local.ExecutionListener;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What one execution did, as the executor told it ({@link ExecutionListener}): the states it
 * entered, the transitions it took, the Retry policies that answered its failures. The facts
 * behind coverage, the path in assertion messages, and the billed state transitions.
 */
public final class ExecutionTrace implements ExecutionListener {

  /**
   * A transition taken: from a state, through one of its fields, to another state.
   *
   * @param state the state left
   * @param field the field that names the target, relative to the state: {@code Next},
   *     {@code Choices/<i>/Next}, {@code Default} or {@code Catch/<i>/Next}
   * @param target the state entered next
   */
  public record Transition(String state, String field, String target) {

    @Override
    public String toString() {
      return "\"" + state + "\" -[" + field + "]-> \"" + target + "\"";
    }
  }

  /**
   * A retry.
   *
   * @param state the state retried
   * @param retrier the index of the {@code Retry} entry that matched, from 0
   * @param error the error it matched, if the failure had one
   */
  public record Retry(String state, int retrier, Optional<String> error) {}

  private final List<String> entered = new ArrayList<>();
  private final List<Transition> transitions = new ArrayList<>();
  private final List<Retry> retries = new ArrayList<>();

  /** Creates an empty trace, to pass to the executor. */
  public ExecutionTrace() {}

  @Override
  public void stateEntered(String state) {
    entered.add(state);
  }

  @Override
  public void stateExited(String state, Exit exit, int index, Optional<String> next) {
    String field = switch (exit) {
      case NEXT -> "Next";
      case CHOICE_RULE -> "Choices/" + index + "/Next";
      case CHOICE_DEFAULT -> "Default";
      case CATCH -> "Catch/" + index + "/Next";
      case END -> null;
    };
    if (field != null && next.isPresent()) {
      transitions.add(new Transition(state, field, next.get()));
    }
  }

  @Override
  public void retried(String state, int retrier, Optional<String> error) {
    retries.add(new Retry(state, retrier, error));
  }

  /**
   * Returns the states entered, in order: one entry per entry, Map iterations (inline and
   * distributed) and Parallel branches included.
   *
   * @return the states entered
   */
  public List<String> entered() {
    return Collections.unmodifiableList(entered);
  }

  /**
   * Returns the transitions taken between states, in order (not the ends of graphs).
   *
   * @return the transitions
   */
  public List<Transition> transitions() {
    return Collections.unmodifiableList(transitions);
  }

  /**
   * Returns the retries, in order.
   *
   * @return the retries
   */
  public List<Retry> retries() {
    return Collections.unmodifiableList(retries);
  }

  /**
   * Returns the state transitions AWS bills for a Standard workflow: one per state entered,
   * retries included ("each retry will be charged as an additional state transition", AWS's
   * pricing page), Distributed Map child executions included.
   *
   * @return the billed state transitions
   */
  public long billedTransitions() {
    return entered.size() + (long) retries.size();
  }
}
