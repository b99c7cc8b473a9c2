package io.asl4j.local;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state being run in one graph run (the top level, a branch or an iteration): what the context
 * object and error messages need to know about it. One instance per graph run, updated on every
 * transition, so that a transition allocates nothing for it.
 */
final class Step {

  final Run run;
  final Scope scope;
  Node node;
  int enteredId;
  long enteredTime;
  int retryCount;
  String taskToken;
  // the Map item while a Map state evaluates its ItemSelector
  boolean hasItem;
  long itemIndex;
  Object itemValue;
  // $states for JSONata
  Object statesInput;
  Object statesResult;
  Object statesErrorOutput;
  /** The output of the state just run. */
  Object output;
  /** How the state just run was left, for the {@link ExecutionListener}. */
  ExecutionListener.Exit exit;
  /** The Choice rule or catcher taken, -1 for none. */
  int exitIndex;

  Step(Run run, Scope scope) {
    this.run = run;
    this.scope = scope;
  }

  /** Builds the context object ({@code $$}, {@code $states.context}) for the current state. */
  Map<String, Object> context() {
    Map<String, Object> ctx = new LinkedHashMap<>();
    ctx.put("Execution", run.executionContext());
    ctx.put("StateMachine", run.stateMachineContext());
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("Name", node.name);
    state.put("EnteredTime", Run.iso(enteredTime));
    if (node instanceof Node.Retrying) {
      state.put("RetryCount", (long) retryCount);
    }
    ctx.put("State", state);
    if (taskToken != null) {
      Map<String, Object> task = new LinkedHashMap<>();
      task.put("Token", taskToken);
      ctx.put("Task", task);
    }
    if (hasItem) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("Index", itemIndex);
      item.put("Value", itemValue);
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("Item", item);
      ctx.put("Map", map);
    }
    return ctx;
  }

  /** The start of every interpreter error cause: which state, entered at which event. */
  String where() {
    return "An error occurred while executing the state '" + node.name + "' (entered at the event id #"
        + enteredId + "). ";
  }
}
