package io.asl4j.validation;

import io.asl4j.internal.OrderedMap;
import io.asl4j.model.State;
import io.asl4j.model.StateGraph;
import java.util.Map;

/**
 * The states of one graph by position, in definition order, and the position of a name: what the
 * graph rules, the variable analysis and the data-flow analysis walk instead of maps keyed by name.
 */
final class StateIndex {

  /** The state names, in definition order. */
  final String[] names;
  /** The states, in the same order. */
  final State[] states;
  /** The graph's own states map, whose index finds a name's position. */
  private final OrderedMap<State> byName;

  StateIndex(StateGraph g) {
    int n = g.states().size();
    names = new String[n];
    states = new State[n];
    int i = 0;
    for (Map.Entry<String, State> e : g.states().entrySet()) {
      names[i] = e.getKey();
      states[i++] = e.getValue();
    }
    // the model keeps its states in an OrderedMap, already indexed; another make of graph is copied
    byName = g.states() instanceof OrderedMap<State> m ? m : OrderedMap.copyOf(g.states());
  }

  /** How many states the graph has. */
  int size() {
    return names.length;
  }

  /** The position of the state named {@code name}, or -1 when the graph has none. */
  int of(String name) {
    return byName.position(name);
  }
}
