package io.asl4j.model;

import java.util.Map;
import java.util.Optional;

/**
 * A state of a workflow, branch or item processor. The eight ASL state types are records; a
 * {@link RawState} holds a {@code States} entry that the reader was told to keep without
 * understanding it.
 *
 * <p>A state does not know its own name: names are the keys of {@link StateGraph#states()}.
 */
public sealed interface State
    permits TaskState, PassState, ChoiceState, WaitState, SucceedState, FailState, ParallelState,
        MapState, RawState {

  /**
   * Returns the state's {@code Comment}.
   *
   * @return the comment, if any
   */
  Optional<String> comment();

  /**
   * Returns the state's own {@code QueryLanguage}, not the inherited one.
   *
   * @return the declared query language, if any
   */
  Optional<QueryLanguage> queryLanguage();

  /**
   * Returns fields kept verbatim because the reader did not recognise them.
   *
   * @return the unknown fields in definition order; empty unless read with
   *     {@code AslReader#keepUnknownFields}
   */
  Map<String, Value> unknownFields();

  /**
   * Returns the ASL {@code Type} of this state.
   *
   * @return the type, e.g. {@code "Task"}; for a {@link RawState} whatever its {@code Type} member
   *     holds, or {@code ""} when it has none
   */
  default String type() {
    if (this instanceof TaskState) {
      return "Task";
    } else if (this instanceof PassState) {
      return "Pass";
    } else if (this instanceof ChoiceState) {
      return "Choice";
    } else if (this instanceof WaitState) {
      return "Wait";
    } else if (this instanceof SucceedState) {
      return "Succeed";
    } else if (this instanceof FailState) {
      return "Fail";
    } else if (this instanceof ParallelState) {
      return "Parallel";
    } else if (this instanceof MapState) {
      return "Map";
    }
    return ((RawState) this).declaredType();
  }
}
