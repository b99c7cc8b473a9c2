package io.asl4j.dsl;

import io.asl4j.model.State;
import java.util.Map;

/** Gives a Parallel or Map state the model states of its nested graphs, once they are gathered. */
interface Graphs {

  /** The states of the graph that starts at {@code start}, in definition order. */
  Map<String, State> states(Step start);
}
