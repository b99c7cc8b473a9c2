package io.asl4j.dsl;

import io.asl4j.model.QueryLanguage;
import io.asl4j.model.State;
import java.util.Map;

/**
 * Gives a state what it learns only when the workflow is assembled: the model states of its nested
 * graphs, and the query language its graph's states inherit.
 */
interface Graphs {

  /** The states of the graph that starts at {@code start}, in definition order. */
  Map<String, State> states(Step start);

  /**
   * The query language a state of this graph uses when it sets none itself: the graph's own, or
   * the one of the state holding the graph, or the workflow's. A Task's integration payload is
   * written as {@code Arguments} in JSONata and {@code Parameters} in JSONPath by it.
   */
  default QueryLanguage language() {
    return QueryLanguage.JSONPATH;
  }
}
