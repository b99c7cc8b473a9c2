package io.asl4j.validation;

import io.asl4j.model.QueryLanguage;
import io.asl4j.model.State;
import io.asl4j.model.StateGraph;
import io.asl4j.validation.ShapePath.Found;
import io.asl4j.validation.ShapePath.Read;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;

/**
 * The data-flow analysis of one graph (the workflow, a branch, an item processor): the shape of
 * each state's input, found by following transitions from StartAt and joining where routes meet,
 * until nothing changes (loops included). Then one last pass reports what each state reads, and a
 * warning about something missing on some route gets the route.
 */
final class GraphFlow {

  /** Updates of one state's input after which it is taken as anything: a loop's fixed point. */
  private static final int MAX_UPDATES = 8;

  final DataFlowRules rules;
  final StateGraph graph;
  /** The graph's JSON pointer. */
  final Loc at;
  /** The query language states inherit. */
  final QueryLanguage language;
  /** What {@code $$.Execution.Input} holds. */
  final Shape execution;
  private final Shape entry;
  private final String[] names;
  private final State[] states;
  private final StateIndex index;
  /** The transitions the graph rules found, by position; null when they did not check it. */
  private final int[][] checkedTargets;
  /** The pointer of the graph's States, made once for the pointers of its states. */
  private Loc statesAt;
  private final Shape[] in;
  /** For a graph with a loop only: how often each state's input changed, and which are queued. */
  private int[] updates;
  private boolean[] queued;
  /** The states whose input changed, while a graph with a loop looks for its fixed point. */
  private ArrayDeque<Integer> work;
  /** The edges of the reporting pass: for each state, its targets and what flows there. */
  private List<Map<Integer, Shape>> edges;
  /** For each state, the states with a transition to it (in the reporting pass). */
  private List<List<Integer>> predecessors;
  private boolean recording;
  /** Whether inputs are still being joined while recording (a graph run again for its routes). */
  private boolean joining;
  private Shape output;
  /** The warnings that wait for their routes; null while there are none. */
  private List<Object[]> pending;
  private int[] parents;
  /** Whether the graph has no loop, so that one pass in topological order is enough. */
  private boolean acyclic;

  GraphFlow(DataFlowRules rules, StateGraph graph, Loc at, QueryLanguage inherited,
      Shape entry, Shape execution) {
    this.rules = rules;
    this.graph = graph;
    this.at = at;
    this.language = graph.queryLanguage().orElse(inherited);
    this.entry = entry;
    this.execution = execution;
    GraphRules.Transitions checked = rules.run.graphs.checked(graph);
    index = checked != null ? checked.index() : new StateIndex(graph);
    checkedTargets = checked != null ? checked.targets() : null;
    names = index.names;
    states = index.states;
    int n = names.length;
    in = new Shape[n];
  }

  String name(int state) {
    return names[state];
  }

  State state(int s) {
    return states[s];
  }

  Shape input(int s) {
    return in[s];
  }

  /** The state's JSON pointer. */
  Loc pointer(int s) {
    if (statesAt == null) {
      statesAt = at.at("States");
    }
    return statesAt.at(names[s]);
  }

  /**
   * Finds the fixed point, then (with {@code report}) reports what each state reads.
   *
   * <p>A graph without a loop is run once in topological order, each state's input dropped as soon
   * as the state has run: memory stays flat however many states there are. Only when a warning
   * needs its route is the graph run again, keeping every input and transition.
   *
   * @return the join of what the graph's ending states output; null when it never ends normally
   */
  Shape run(boolean report) {
    int start = index.of(graph.startAt());
    if (start < 0) {
      return Shape.ANY;
    }
    in[start] = entry;
    int[] order = topologicalOrder();
    if (order != null) {
      for (int s : order) {
        if (in[s] != null) {
          new StateFlow(this, s, report).transfer();
          in[s] = null; // seen by every state before it, needed by none after
        }
      }
    } else {
      work = new ArrayDeque<>();
      updates = new int[states.length];
      queued = new boolean[states.length];
      queue(start);
      while (!work.isEmpty()) {
        int s = work.poll();
        queued[s] = false;
        new StateFlow(this, s, false).transfer();
      }
      if (report) {
        record(false);
        for (int s = 0; s < states.length; s++) {
          if (in[s] != null) {
            new StateFlow(this, s, true).transfer();
          }
        }
      }
    }
    if (report && pending != null) {
      if (order != null) {
        // again, quietly, keeping what the routes are traced through
        Arrays.fill(in, null);
        in[start] = entry;
        output = null;
        record(true);
        for (int s : order) {
          if (in[s] != null) {
            new StateFlow(this, s, false).transfer();
          }
        }
      }
      for (Object[] p : pending) {
        int s = (Integer) p[0];
        rules.maybe((ShapePath) p[1], (Read) p[2], (Loc) p[3], (Origin) p[4], names[s],
            route(s, (ShapePath) p[1], (Boolean) p[6]), (QueryLanguage) p[5]);
      }
    }
    return output;
  }

  /** From now on, every transition is kept for tracing routes (and inputs still joined: {@code join}). */
  private void record(boolean join) {
    recording = true;
    joining = join;
    edges = new ArrayList<>(states.length);
    for (int s = 0; s < states.length; s++) {
      edges.add(new LinkedHashMap<>(4));
    }
  }

  /** The states in an order where each comes after every state with a transition to it. */
  private int[] topologicalOrder() {
    int n = states.length;
    int[][] targets = checkedTargets;
    if (targets == null) {
      targets = new int[n][];
      int[] buffer = new int[8];
      for (int s = 0; s < n; s++) {
        int k = StateFlow.targets(states[s], index, buffer);
        if (k > buffer.length) {
          buffer = new int[k];
          k = StateFlow.targets(states[s], index, buffer);
        }
        targets[s] = Arrays.copyOf(buffer, k);
      }
    }
    int[] incoming = new int[n];
    for (int[] out : targets) {
      for (int t : out) {
        incoming[t]++;
      }
    }
    int[] order = new int[n];
    int head = 0;
    int tail = 0;
    for (int s = 0; s < n; s++) {
      if (incoming[s] == 0) {
        order[tail++] = s;
      }
    }
    while (head < tail) {
      for (int t : targets[order[head++]]) {
        if (--incoming[t] == 0) {
          order[tail++] = t;
        }
      }
    }
    acyclic = tail == n;
    return acyclic ? order : null;
  }

  private void queue(int s) {
    if (!queued[s]) {
      queued[s] = true;
      work.add(s);
    }
  }

  /** What state {@code from} passes to the state named {@code target}. */
  void flowTo(int from, String target, Shape shape) {
    int t = index.of(target);
    if (t < 0 || shape == null) {
      return; // an unknown target is reported by the graph rules
    }
    if (recording) {
      edges.get(from).merge(t, shape, Shape::join);
      if (!joining) {
        return; // the inputs are final already
      }
    }
    Shape old = in[t];
    Shape joined = old == null ? shape : Shape.join(old, shape);
    if (acyclic) {
      in[t] = joined; // each state is run once, after every state before it
      return;
    }
    if (joined.equals(old)) {
      return;
    }
    in[t] = ++updates[t] > MAX_UPDATES ? Shape.ANY : joined;
    queue(t);
  }

  /** What an ending state outputs. */
  void ends(Shape shape) {
    output = output == null ? shape : Shape.join(output, shape);
  }

  /** Keeps a warning until its route is known. */
  void pending(int state, ShapePath p, Read r, Loc location, Origin base,
      QueryLanguage language, boolean onInput) {
    if (pending == null) {
      pending = new ArrayList<>();
    }
    pending.add(new Object[] {state, p, r, location, base, language, onInput});
  }

  /**
   * A route from StartAt to {@code s} on which the path is missing: back from {@code s} along
   * edges that lack it, to where it was certainly missing (or to the state that made it
   * optional), then the shortest way there from StartAt.
   */
  private List<String> route(int s, ShapePath p, boolean onInput) {
    LinkedList<Integer> tail = new LinkedList<>();
    tail.add(s);
    int cur = s;
    boolean[] seen = new boolean[states.length];
    seen[s] = true;
    if (predecessors == null) {
      predecessors = new ArrayList<>(states.length);
      for (int k = 0; k < states.length; k++) {
        predecessors.add(new ArrayList<>(2));
      }
      for (int k = 0; k < states.length; k++) {
        if (edges.get(k) != null) {
          for (int t : edges.get(k).keySet()) {
            predecessors.get(t).add(k);
          }
        }
      }
    }
    while (onInput) {
      int next = -1;
      boolean absent = false;
      for (int k : predecessors.get(cur)) {
        Shape e = edges.get(k).get(cur);
        Found f = p.read(e, 0).found();
        if (f == Found.ABSENT) {
          next = k;
          absent = true;
          break;
        } else if (f == Found.MAYBE && next < 0 && !seen[k]) {
          next = k;
        }
      }
      if (next < 0) {
        break;
      }
      tail.addFirst(next);
      seen[next] = true;
      cur = next;
      Found before = p.read(in[next], 0).found();
      if (absent || (before != Found.MAYBE && before != Found.ABSENT)) {
        break;
      }
    }
    LinkedList<String> route = new LinkedList<>();
    for (int k = parent(cur); k >= 0; k = parent(k)) {
      route.addFirst(names[k]);
    }
    for (int k : tail) {
      route.add(names[k]);
    }
    if (route.size() > 12) {
      List<String> shorter = new ArrayList<>(route.subList(0, 2));
      shorter.add("...");
      shorter.addAll(route.subList(route.size() - 9, route.size()));
      return shorter;
    }
    return route;
  }

  /** The state before {@code s} on a shortest route from StartAt, or -1. */
  private int parent(int s) {
    if (parents == null) {
      parents = new int[states.length];
      Arrays.fill(parents, -2);
      int start = index.of(graph.startAt());
      parents[start] = -1;
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      queue.add(start);
      while (!queue.isEmpty()) {
        int k = queue.poll();
        if (edges.get(k) == null) {
          continue;
        }
        for (int t : edges.get(k).keySet()) {
          if (parents[t] == -2) {
            parents[t] = k;
            queue.add(t);
          }
        }
      }
    }
    return parents[s] < 0 ? -1 : parents[s];
  }
}
