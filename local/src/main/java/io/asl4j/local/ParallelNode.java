package io.asl4j.local;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled Parallel state. Branches run one after the other in branch order: concurrency is
 * semantic, so the result does not depend on scheduling.
 */
final class ParallelNode extends GuardedNode {

  Graph[] branches;
  DataPath inputPath = DataPath.IDENTITY;
  Eval parameters;
  Eval arguments;

  ParallelNode(String name, boolean jsonata) {
    super(name, "Parallel", jsonata);
  }

  @Override
  Object attempt(Step s, Object input) throws Failure {
    Run run = s.run;
    Object payload;
    if (jsonata) {
      s.statesResult = null;
      payload = arguments == null ? input : arguments.eval(s, input);
    } else {
      Object effective = inputPath.apply(s, input);
      payload = parameters == null ? effective : parameters.eval(s, effective);
    }
    run.event("ParallelStateStarted", s.enteredId, null);
    List<Object> results = new ArrayList<>(branches.length);
    // branches run one after the other, but on the virtual clock they all start together and the
    // state ends when the slowest one does
    long start = run.clock;
    long end = start;
    for (Graph g : branches) {
      try {
        run.clock = start;
        results.add(g.run(run, new Scope(s.scope), payload));
        end = Math.max(end, run.clock);
      } catch (Failure f) {
        run.event("ParallelStateFailed", run.lastEventId, run.recording()
            ? details("error", f.error, "cause", f.cause) : null);
        throw f;
      }
    }
    run.clock = end;
    run.event("ParallelStateSucceeded", run.lastEventId, null);
    return finish(s, input, results);
  }
}
