package io.asl4j.local;

import java.util.Map;

/**
 * A compiled state graph: the top level, a Parallel branch or a Map item processor.
 */
final class Graph {

  Node start;

  /**
   * Runs the graph from its start state until a state ends it.
   *
   * @param run the execution
   * @param scope the variables scope of this graph run
   * @param input the input of the start state
   * @return the output of the last state
   * @throws Failure when a state fails and nothing in the graph handles it
   */
  /** A state's output over AWS's payload quota, as AWS words it. */
  static Failure tooLarge(Node n) {
    return Failure.dataLimit("The state/task '" + n.name + "' returned a result with a size "
        + "exceeding the maximum number of bytes service limit.");
  }

  Object run(Run run, Scope scope, Object input) throws Failure {
    Step s = new Step(run, scope);
    Node n = start;
    Object data = input;
    while (true) {
      s.node = n;
      s.enteredTime = run.clock;
      s.retryCount = 0;
      s.taskToken = null;
      s.hasItem = false;
      s.statesResult = null;
      s.statesErrorOutput = null;
      s.statesInput = data;
      Map<String, Object> details = run.recording() ? Node.details("name", n.name, "input",
          Json.write(data)) : null;
      s.enteredId = run.event(n.enteredType, run.lastEventId, details);
      if (run.statesEntered != null) {
        run.statesEntered.add(n.name);
      }
      run.transitions++;
      ExecutionListener listener = run.listener;
      if (listener != null) {
        listener.stateEntered(n.name);
        s.exit = ExecutionListener.Exit.NEXT;
        s.exitIndex = -1;
      }
      Node next = n.execute(s, data);
      Object in = data;
      data = s.output;
      // an output that is the input, already checked, cannot be over the quota
      if (n.mayGrow && data != in && JsonSize.exceeds(data, TaskNode.MAX_PAYLOAD_BYTES)) {
        throw tooLarge(n);
      }
      run.event(n.exitedType, s.enteredId, run.recording() ? Node.details("name", n.name, "output",
          Json.write(data)) : null);
      if (listener != null) {
        listener.stateExited(n.name, next == null ? ExecutionListener.Exit.END : s.exit,
            next == null ? -1 : s.exitIndex,
            next == null ? java.util.Optional.empty() : java.util.Optional.of(next.name));
      }
      if (next == null) {
        return data;
      }
      if (run.clock > run.deadline) {
        Failure f = new Failure("States.Timeout", "The execution timed out", true, false);
        f.timeout = true;
        throw f;
      }
      n = next;
    }
  }
}
