package io.asl4j.codegen;

import io.asl4j.json.JsonPointer;
import io.asl4j.model.Branch;
import io.asl4j.model.ChoiceState;
import io.asl4j.model.HasErrorHandling;
import io.asl4j.model.HasTransition;
import io.asl4j.model.MapState;
import io.asl4j.model.ParallelState;
import io.asl4j.model.State;
import io.asl4j.model.StateGraph;
import io.asl4j.model.Transition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order states are written in (every state after the states it goes to, so most transitions
 * name a local that exists), and the sizes that decide whether a workflow is split into methods.
 */
final class StateOrder {

  private StateOrder() {}

  /** States in depth-first post-order from the start: a state's targets come before it. */
  static List<String> postOrder(StateGraph g, String at) {
    List<String> order = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    ArrayDeque<Object[]> stack = new ArrayDeque<>();
    if (!g.states().containsKey(g.startAt())) {
      throw new GenerationException(at + "/StartAt", "no state \"" + g.startAt() + "\"");
    }
    requireTargets(g, at);
    seen.add(g.startAt());
    stack.push(new Object[] {g.startAt(), targets(g.states().get(g.startAt())), 0});
    while (!stack.isEmpty()) {
      Object[] top = stack.peek();
      @SuppressWarnings("unchecked")
      List<String> next = (List<String>) top[1];
      int i = (int) top[2];
      if (i < next.size()) {
        top[2] = i + 1;
        String t = next.get(i);
        if (g.states().containsKey(t) && seen.add(t)) {
          stack.push(new Object[] {t, targets(g.states().get(t)), 0});
        }
      } else {
        order.add((String) top[0]);
        stack.pop();
      }
    }
    if (order.size() != g.states().size()) {
      for (String name : g.states().keySet()) {
        if (!seen.contains(name)) {
          throw new GenerationException(JsonPointer.child(at + "/States", name), "state \"" + name
              + "\" is not reachable from \"" + g.startAt() + "\"; the DSL only builds reachable"
              + " states");
        }
      }
    }
    return order;
  }

  /**
   * Refuses a transition to a state that is not in the graph: the DSL's transitions point at steps
   * (or at {@code ref(name)}, resolved when the workflow is built), so it cannot write one that goes
   * nowhere, even through {@code buildUnvalidated()}.
   */
  private static void requireTargets(StateGraph g, String at) {
    for (Map.Entry<String, State> e : g.states().entrySet()) {
      String where = JsonPointer.child(at + "/States", e.getKey());
      State s = e.getValue();
      if (s instanceof ChoiceState c) {
        for (int i = 0; i < c.choices().size(); i++) {
          requireTarget(g, c.choices().get(i).next(), where + "/Choices/" + i + "/Next");
        }
        c.defaultState().ifPresent(d -> requireTarget(g, d, where + "/Default"));
      }
      if (s instanceof HasTransition h && h.transition() instanceof Transition.Next n) {
        requireTarget(g, n.state(), where + "/Next");
      }
      if (s instanceof HasErrorHandling h && h.catchers().isPresent()) {
        for (int i = 0; i < h.catchers().get().size(); i++) {
          requireTarget(g, h.catchers().get().get(i).next(), where + "/Catch/" + i + "/Next");
        }
      }
    }
  }

  private static void requireTarget(StateGraph g, String target, String where) {
    if (!g.states().containsKey(target)) {
      throw new GenerationException(where, "no state \"" + target + "\" in this graph; the"
          + " DSL cannot write a transition to a state that does not exist");
    }
  }

  /** The states a state can go to, in the order its JSON names them. */
  private static List<String> targets(State s) {
    List<String> out = new ArrayList<>();
    if (s instanceof ChoiceState c) {
      c.choices().forEach(r -> out.add(r.next()));
      c.defaultState().ifPresent(out::add);
    }
    if (s instanceof HasTransition h && h.transition() instanceof Transition.Next n) {
      out.add(n.state());
    }
    if (s instanceof HasErrorHandling e) {
      e.catchers().ifPresent(cs -> cs.forEach(c -> out.add(c.next())));
    }
    return out;
  }

  /**
   * Refuses a state name used in two graphs of the workflow (say, at the top level and in a
   * Parallel branch): the DSL finds states by name across the whole workflow, so it cannot build
   * two states with one name, even through {@code buildUnvalidated()}. Iterative, since graphs nest
   * as deep as the reader allows.
   */
  static void requireUniqueNames(StateGraph workflow) {
    Map<String, String> seen = new java.util.HashMap<>();
    ArrayDeque<Object[]> graphs = new ArrayDeque<>();
    graphs.push(new Object[] {workflow, ""});
    while (!graphs.isEmpty()) {
      Object[] top = graphs.pop();
      StateGraph g = (StateGraph) top[0];
      String at = (String) top[1];
      for (Map.Entry<String, State> e : g.states().entrySet()) {
        String where = JsonPointer.child(at + "/States", e.getKey());
        String first = seen.putIfAbsent(e.getKey(), where);
        if (first != null) {
          throw new GenerationException(where, "the name \"" + e.getKey() + "\" is also used"
              + " at " + first + "; state names must be unique across the workflow, and the DSL"
              + " cannot write two states with one name");
        }
        if (e.getValue() instanceof ParallelState p) {
          for (int i = p.branches().size() - 1; i >= 0; i--) {
            graphs.push(new Object[] {p.branches().get(i), where + "/Branches/" + i});
          }
        } else if (e.getValue() instanceof MapState m) {
          graphs.push(new Object[] {m.itemProcessor(),
              where + (m.legacyIterator() ? "/Iterator" : "/ItemProcessor")});
        }
      }
    }
  }

  /** The number of states in a graph, nested ones included. */
  static int countStates(StateGraph g) {
    int n = 0;
    for (State s : g.states().values()) {
      n++;
      if (s instanceof ParallelState p) {
        for (Branch b : p.branches()) {
          n += countStates(b);
        }
      } else if (s instanceof MapState m) {
        n += countStates(m.itemProcessor());
      }
    }
    return n;
  }

  /** The most rules of any Choice in a graph, nested ones included. */
  static int largestChoice(StateGraph g) {
    int n = 0;
    for (State s : g.states().values()) {
      if (s instanceof ChoiceState c) {
        n = Math.max(n, c.choices().size());
      } else if (s instanceof ParallelState p) {
        for (Branch b : p.branches()) {
          n = Math.max(n, largestChoice(b));
        }
      } else if (s instanceof MapState m) {
        n = Math.max(n, largestChoice(m.itemProcessor()));
      }
    }
    return n;
  }
}
