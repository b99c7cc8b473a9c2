package io.asl4j.validation;

import io.asl4j.model.ChoiceState;
import io.asl4j.model.JsonObject;
import io.asl4j.model.MapState;
import io.asl4j.model.ParallelState;
import io.asl4j.model.PassState;
import io.asl4j.model.State;
import io.asl4j.model.StateGraph;
import io.asl4j.model.TaskState;
import io.asl4j.model.WaitState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One graph's transitions, variable assignments and variable reads, for the variable analysis. */
final class VariableFlow {
  final StateGraph graph;
  /** The graph's states by position. */
  final StateIndex index;
  /** The transitions out of each state, by position. */
  final List<List<Edge>> edges;
  final VariableFlow parent;
  final String parentState;
  final boolean distributed;
  /** Every variable read. */
  final List<Read> reads = new ArrayList<>();
  /** Variables the states assign, including those of states that end the graph. */
  final Set<String> declared = new HashSet<>();
  /** Where each variable is first assigned in this graph (a JSON pointer). */
  final Map<String, Loc> declaredAt = new LinkedHashMap<>();
  private final Map<String, Set<String>> unassigned = new HashMap<>();
  private Set<String> assigned;

  /**
   * A state's read of a variable.
   *
   * @param state the state that reads
   * @param variable the variable's name, without {@code $}
   * @param location where it is read, put together only if it is reported
   */
  record Read(String state, String variable, Loc location) {}

  VariableFlow(StateGraph graph, StateIndex index, List<List<Edge>> edges, VariableFlow parent,
      String parentState, boolean distributed) {
    this.graph = graph;
    this.index = index;
    this.edges = edges;
    this.parent = parent;
    this.parentState = parentState;
    this.distributed = distributed;
  }

  /** The states that may run before {@code variable} has been assigned. */
  Set<String> unassigned(String variable) {
    Set<String> known = unassigned.get(variable);
    if (known != null) {
      return known;
    }
    Set<String> seen = new HashSet<>();
    // a branch or inline processor starts with what its Parallel or Map state had
    boolean atEntry = parent != null && !distributed
        && !parent.unassigned(variable).contains(parentState);
    int start = atEntry ? -1 : index.of(graph.startAt());
    if (start >= 0) {
      int[] work = new int[index.size()];
      boolean[] reached = new boolean[index.size()];
      int top = 0;
      work[top++] = start;
      reached[start] = true;
      while (top > 0) {
        int s = work[--top];
        seen.add(index.names[s]);
        for (Edge e : edges.get(s)) {
          int t;
          if (!e.assigns().contains(variable) && (t = index.of(e.target())) >= 0 && !reached[t]) {
            reached[t] = true;
            work[top++] = t;
          }
        }
      }
    }
    unassigned.put(variable, seen);
    return seen;
  }

  /** Whether some transition into {@code state} assigns the variable. */
  boolean assignedBefore(String variable, String state) {
    for (List<Edge> out : edges) {
      for (Edge e : out) {
        if (e.target().equals(state) && e.assigns().contains(variable)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether this graph or an enclosing one (up to a Distributed Map) assigns the variable. */
  boolean inScope(String variable) {
    for (VariableFlow f = this; f != null; f = f.distributed ? null : f.parent) {
      if (f.assignedAnywhere().contains(variable)) {
        return true;
      }
    }
    return distributed; // reported with its own message
  }

  Set<String> assignedAnywhere() {
    if (assigned == null) {
      assigned = new HashSet<>(declared);
      for (List<Edge> out : edges) {
        for (Edge e : out) {
          assigned.addAll(e.assigns());
        }
      }
    }
    return assigned;
  }

  /** The variables an Assign gives values to. */
  static Set<String> assigned(Optional<JsonObject> assign) {
    return assign.map(a -> a.members().keySet()).orElse(Set.of());
  }

  /** The state-level Assign of any state that has one. */
  static Optional<JsonObject> stateAssign(State s) {
    if (s instanceof TaskState t) {
      return t.assign();
    } else if (s instanceof PassState p) {
      return p.assign();
    } else if (s instanceof WaitState w) {
      return w.assign();
    } else if (s instanceof ParallelState p) {
      return p.assign();
    } else if (s instanceof MapState m) {
      return m.assign();
    } else if (s instanceof ChoiceState c) {
      return c.assign();
    }
    return Optional.empty();
  }
}
