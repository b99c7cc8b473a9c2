package io.asl4j.validation;

import io.asl4j.model.State;
import io.asl4j.model.StateGraph;
import java.util.HashMap;
import java.util.Map;

/**
 * The states of one graph by position, in definition order, and the position of a name: what the
 * graph rules, the variable analysis and the data-flow analysis walk instead of maps keyed by name.
 */
final class StateIndex {

  /** Graphs up to this size are searched linearly: cheaper than hashing into a map built first. */
  private static final int LINEAR = 8;

  /** The state names, in definition order. */
  final String[] names;
  /** The states, in the same order. */
  final State[] states;
  /** The position of each name, for larger graphs only. */
  private final Map<String, Integer> positions;

  StateIndex(StateGraph g) {
    int n = g.states().size();
    names = new String[n];
    states = new State[n];
    int i = 0;
    for (Map.Entry<String, State> e : g.states().entrySet()) {
      names[i] = e.getKey();
      states[i++] = e.getValue();
    }
    if (n > LINEAR) {
      positions = new HashMap<>(n * 2);
      for (int k = 0; k < n; k++) {
        positions.put(names[k], k);
      }
    } else {
      positions = null;
    }
  }

  /** How many states the graph has. */
  int size() {
    return names.length;
  }

  /** The position of the state named {@code name}, or -1 when the graph has none. */
  int of(String name) {
    if (positions != null) {
      Integer i = positions.get(name);
      return i == null ? -1 : i;
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
