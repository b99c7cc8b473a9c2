package io.asl4j.dsl;

import io.asl4j.dsl.Fields.F;
import io.asl4j.model.Branch;
import io.asl4j.model.ParallelState;
import io.asl4j.model.State;
import io.asl4j.model.Transition;
import java.util.List;
import java.util.Map;

/** A Parallel state with at least one branch: every branch runs on the same input. */
public final class ParallelStep extends GuardedBuilder<ParallelStep> {

  ParallelStep(String name, Fields fields) {
    super(name, fields);
  }

  @Override
  ParallelStep with(Fields f) {
    return new ParallelStep(name, f);
  }

  /**
   * Adds a branch.
   *
   * @param start the branch's first state
   * @return the Parallel with the branch added
   */
  public ParallelStep branch(Step start) {
    return branch(Graph.startingAt(start));
  }

  /**
   * Adds a branch with its own Comment or QueryLanguage.
   *
   * @param branch the branch
   * @return the Parallel with the branch added
   */
  public ParallelStep branch(Graph branch) {
    return with(fields.append(F.BRANCHES, branch));
  }

  @Override
  List<Edge> nestedStarts() {
    List<Graph> branches = fields.list(F.BRANCHES);
    List<Edge> starts = new java.util.ArrayList<>();
    for (int i = 0; i < branches.size(); i++) {
      Graph g = branches.get(i);
      starts.add(new Edge("Branches/" + i, g.start(),
          g.language().or(() -> get(F.QUERY_LANGUAGE)), g.declared()));
    }
    return starts;
  }

  @Override
  State toState(Fields f, Transition transition, Graphs graphs) {
    List<Branch> branches = f.<Graph>list(F.BRANCHES).stream()
        .map(g -> new Branch(g.commentText(), g.language(), g.start().name(),
            graphs.states(g.start()), Map.of()))
        .toList();
    return new ParallelState(f.get(F.COMMENT), f.get(F.QUERY_LANGUAGE), f.get(F.INPUT_PATH),
        f.get(F.PARAMETERS), f.get(F.ARGUMENTS), branches, f.get(F.RESULT_SELECTOR),
        f.get(F.RESULT_PATH), f.get(F.OUTPUT_PATH), f.get(F.OUTPUT), f.get(F.ASSIGN),
        retriers(f), catchers(f), transition, Map.of());
  }
}
