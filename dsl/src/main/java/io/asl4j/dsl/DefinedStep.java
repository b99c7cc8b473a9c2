package io.asl4j.dsl;

import io.asl4j.model.State;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A complete state: its name, its transitions, and how to make its model state. Parallel and Map
 * states also hold the first step of each nested graph, built in its own scope.
 */
final class DefinedStep implements Step {

  private final String name;
  private final List<Edge> edges;
  private final List<Edge> nested;
  private final Function<Graphs, State> model;

  DefinedStep(String name, List<Edge> edges, List<Edge> nested,
      Function<Graphs, State> model) {
    this.name = Objects.requireNonNull(name, "name");
    this.edges = List.copyOf(edges);
    this.nested = List.copyOf(nested);
    this.model = Objects.requireNonNull(model, "model");
  }

  @Override
  public String name() {
    return name;
  }

  List<Edge> edges() {
    return edges;
  }

  /** The first state of each nested graph, labelled {@code Branches/0}, {@code ItemProcessor}... */
  List<Edge> nested() {
    return nested;
  }

  State toModel(Graphs graphs) {
    return model.apply(graphs);
  }

  @Override
  public String toString() {
    return "Step[" + name + "]";
  }
}
