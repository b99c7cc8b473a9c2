package io.asl4j.dsl;

import io.asl4j.model.State;
import io.asl4j.model.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A state that continues or ends the workflow: Task, Pass, Wait, Parallel, Map. It becomes a
 * {@link Step} only through {@link #next(Step)} or {@link #end()}, so a state without exactly one
 * of {@code Next} or {@code End} cannot be written.
 *
 * @param <S> the concrete builder type
 */
public abstract class FlowBuilder<S extends FlowBuilder<S>> extends AssignBuilder<S> {

  FlowBuilder(String name, Fields fields) {
    super(name, fields);
  }

  /**
   * Completes the state with {@code "Next": next.name()}.
   *
   * @param next the state that follows, or {@link io.asl4j.Asl#ref(String)} for a loop or a state
   *     defined later
   * @return the complete state
   */
  public Step next(Step next) {
    Objects.requireNonNull(next, "next");
    return define(Transition.next(next.name()), new Edge("Next", next));
  }

  /**
   * Completes the state with {@code "End": true}.
   *
   * @return the complete state
   */
  public Step end() {
    return define(Transition.end(), null);
  }

  private Step define(Transition transition, Edge nextEdge) {
    List<Edge> edges = new ArrayList<>();
    if (nextEdge != null) {
      edges.add(nextEdge);
    }
    edges.addAll(otherEdges());
    Fields f = fields;
    return new DefinedStep(name, edges, nestedStarts(), graphs -> toState(f, transition, graphs));
  }

  /** Builds the model state once the workflow is assembled. */
  abstract State toState(Fields fields, Transition transition, Graphs graphs);

  /** Transitions besides {@code Next}: Catch targets. */
  List<Edge> otherEdges() {
    return List.of();
  }

  /** First states of nested graphs (Parallel branches, the Map item processor), labelled. */
  List<Edge> nestedStarts() {
    return List.of();
  }
}
