package io.asl4j.validation;

import static io.asl4j.validation.DiagnosticCode.DUPLICATE_STATE_NAME;
import static io.asl4j.validation.DiagnosticCode.INVALID_STATE_NAME;
import static io.asl4j.validation.DiagnosticCode.MISSING_FIELD;
import static io.asl4j.validation.DiagnosticCode.MISSING_TERMINAL_STATE;
import static io.asl4j.validation.DiagnosticCode.MISSING_TRANSITION_TARGET;
import static io.asl4j.validation.DiagnosticCode.NO_PATH_TO_END;
import static io.asl4j.validation.DiagnosticCode.QUERY_LANGUAGE_DOWNGRADE;
import static io.asl4j.validation.DiagnosticCode.STATE_NAME_TOO_LONG;
import static io.asl4j.validation.DiagnosticCode.TRANSITION_LEAVES_SCOPE;
import static io.asl4j.validation.DiagnosticCode.UNREACHABLE_STATE;
import static io.asl4j.validation.ExpressionText.escape;

import io.asl4j.model.ChoiceState;
import io.asl4j.model.FailState;
import io.asl4j.model.HasTransition;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.RawState;
import io.asl4j.model.State;
import io.asl4j.model.StateGraph;
import io.asl4j.model.SucceedState;
import io.asl4j.model.Transition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of a state graph (the workflow, a Parallel branch, a Map item processor): unique state
 * names, transition targets inside the graph, reachability from StartAt, a terminal state, and a
 * way out of every state.
 */
final class GraphRules extends RuleGroup {

  /**
   * Every state name in the whole workflow, with the graph it belongs to; null until a second
   * graph (a branch, an item processor) or a missing target needs it: names within one graph are
   * unique already, as keys of its States.
   */
  private Map<String, String> names;
  /** The first graph's states and label, until {@link #names} is made. */
  private StateIndex first;
  private String firstLabel;
  /** Each graph checked, with its states by position and its transitions, for the data flow. */
  private final Map<StateGraph, Transitions> transitions = new IdentityHashMap<>(4);

  /**
   * A graph's states by position and, for each, the positions of the states it may go to (Next,
   * the Choice rules and Default, the catchers, in that order; missing targets left out).
   */
  record Transitions(StateIndex index, int[][] targets) {}

  GraphRules(ValidationRun run) {
    super(run);
  }

  /**
   * Checks one graph: the workflow, a branch or an item processor.
   *
   * @param topLanguage the workflow's query language (for the no-downgrade rule)
   * @param distributed whether the graph runs as Distributed Map child executions
   */
  void graph(StateGraph g, String at, QueryLanguage inherited, QueryLanguage topLanguage,
      String label, boolean distributed) {
    QueryLanguage ql = g.queryLanguage().orElse(inherited);
    if (topLanguage == QueryLanguage.JSONATA
        && g.queryLanguage().orElse(null) == QueryLanguage.JSONPATH && !at.isEmpty()) {
      report(QUERY_LANGUAGE_DOWNGRADE, at + "/QueryLanguage", "\"QueryLanguage\" can not be"
          + " \"JSONPath\" in a workflow whose QueryLanguage is \"JSONata\"");
    }
    if (g.states().isEmpty()) {
      report(MISSING_FIELD, at + "/States", label + " has no states; it needs at least one");
      return;
    }
    StateIndex index = new StateIndex(g);
    Map<String, String> names = null;
    if (first == null && this.names == null) {
      first = index;
      firstLabel = label;
    } else {
      names = names();
    }
    // names are unique across the whole workflow, branches and item processors included
    for (String name : index.names) {
      int length = name.length() > 80 ? name.codePointCount(0, name.length()) : name.length();
      if (length > 80) {
        report(STATE_NAME_TOO_LONG, at + "/States/" + escape(name), "state name is " + length
            + " characters; at most 80");
      } else if (length == 0) {
        report(INVALID_STATE_NAME, at + "/States/" + escape(name), "a state name cannot be empty");
      }
      String other = names == null ? null : names.putIfAbsent(name, label);
      if (other != null) {
        report(DUPLICATE_STATE_NAME, at + "/States/" + escape(name), "state \"" + name + "\" is also defined in " + other
            + "; names must be unique in the whole workflow");
      }
    }
    List<List<Edge>> edges = new ArrayList<>(index.size());
    VariableRules variables = run.variables;
    VariableFlow outer = variables.flow;
    String outerState = variables.currentState;
    variables.flow = new VariableFlow(g, index, edges, outer, outerState, distributed);
    variables.flows.add(variables.flow);
    Loc statesAt = Loc.of(at).at("States");
    for (int i = 0; i < index.size(); i++) {
      Loc p = statesAt.at(index.names[i]);
      List<Edge> out = new ArrayList<>(2);
      edges.add(out);
      variables.currentState = index.names[i];
      run.states.state(index.states[i], p, ql, topLanguage, out);
    }
    variables.flow = outer;
    variables.currentState = outerState;
    int[][] targets = transitions(g, at, label, edges, index);
    int count = 0;
    for (List<Edge> out : edges) {
      count += out.size();
    }
    for (int[] t : targets) {
      count -= t.length;
    }
    this.transitions.put(g, new Transitions(index, targets));
    structure(g, at, label, targets, count > 0, index);
  }

  /** The names of every graph checked so far, made when first needed. */
  private Map<String, String> names() {
    if (names == null) {
      names = new HashMap<>();
      for (String name : first.names) {
        names.put(name, firstLabel);
      }
    }
    return names;
  }

  /** A graph's states and transitions, as checked; null for a graph not checked or empty. */
  Transitions checked(StateGraph g) {
    return transitions.get(g);
  }

  /**
   * Targets must exist in the same graph. Returns the transitions as state indexes
   * ({@code targets[i]} lists state i's targets in the graph; missing targets are left out), for
   * {@link #structure}.
   */
  private int[][] transitions(StateGraph g, String at, String label, List<List<Edge>> edges,
      StateIndex index) {
    if (index.of(g.startAt()) < 0) {
      target(g, at + "/StartAt", g.startAt(), label);
    }
    int[][] targets = new int[index.size()][];
    for (int i = 0; i < targets.length; i++) {
      List<Edge> out = edges.get(i);
      int[] t = new int[out.size()];
      int n = 0;
      for (int j = 0; j < out.size(); j++) {
        Edge edge = out.get(j);
        int k = index.of(edge.target());
        if (k >= 0) {
          t[n++] = k;
        } else {
          target(g, at + "/States/" + escape(index.names[i]) + "/" + edge.field(),
              edge.target(), label);
        }
      }
      targets[i] = n == t.length ? t : Arrays.copyOf(t, n);
    }
    return targets;
  }

  /** A target that is not a state of the graph: in another graph, or nowhere. */
  private void target(StateGraph g, String location, String name, String label) {
    String elsewhere = first == null && names == null ? null : names().get(name);
    if (elsewhere != null) {
      report(TRANSITION_LEAVES_SCOPE, location, "\"" + name + "\" is in " + elsewhere
          + ", outside " + label + "; transitions cannot leave a Parallel branch or Map item"
          + " processor");
    } else {
      report(MISSING_TRANSITION_TARGET, location, "unknown state \"" + name + "\" (known: "
          + known(g) + ")");
    }
  }

  /** Reachability from StartAt, a terminal state, and a way out of every state. */
  private void structure(StateGraph g, String at, String label, int[][] targets,
      boolean dangling, StateIndex index) {
    int n = targets.length;
    String[] stateNames = index.names;
    int start = index.of(g.startAt());
    boolean[] reached = new boolean[n];
    int[] work = new int[Math.max(n, 1)];
    int top = 0;
    if (start >= 0) {
      reached[start] = true;
      work[top++] = start;
    }
    while (top > 0) {
      for (int t : targets[work[--top]]) {
        if (!reached[t]) {
          reached[t] = true;
          work[top++] = t;
        }
      }
    }
    if (start >= 0 && !run.graphRepaired) {
      // (a repaired copy may have lost the transition that reached a state)
      for (int i = 0; i < n; i++) {
        if (!reached[i]) {
          report(UNREACHABLE_STATE, at + "/States/" + escape(stateNames[i]), "state \""
              + stateNames[i] + "\" is not reachable from \"" + g.startAt() + "\"; remove it or"
              + " add a transition to it");
        }
      }
    }
    boolean[] canEnd = new boolean[n];
    boolean terminal = false;
    for (int i = 0; i < n; i++) {
      State s = index.states[i];
      if (exits(s)) {
        canEnd[i] = true;
        work[top++] = i;
        terminal |= !(s instanceof ChoiceState);
      }
    }
    // a Choice without Default can end the execution, but only by failing
    if (!terminal) {
      report(MISSING_TERMINAL_STATE, at.isEmpty() ? "/States" : at + "/States", label
          + " has no terminal state; end one state with \"End\": true, or add a Succeed or Fail"
          + " state");
      return;
    }
    if (dangling || run.graphRepaired) {
      return; // a missing target is reported already, and may well have been the way out
    }
    // states that can reach an exit, by walking transitions backwards from the exits
    int[] inCount = new int[n + 1];
    for (int[] out : targets) {
      for (int t : out) {
        inCount[t + 1]++;
      }
    }
    for (int k = 0; k < n; k++) {
      inCount[k + 1] += inCount[k];
    }
    int[] from = new int[inCount[n]];
    int[] fill = Arrays.copyOf(inCount, n);
    for (int k = 0; k < n; k++) {
      for (int t : targets[k]) {
        from[fill[t]++] = k;
      }
    }
    while (top > 0) {
      int s = work[--top];
      for (int k = inCount[s]; k < inCount[s + 1]; k++) {
        if (!canEnd[from[k]]) {
          canEnd[from[k]] = true;
          work[top++] = from[k];
        }
      }
    }
    for (int k = 0; k < n; k++) {
      if (reached[k] && !canEnd[k]) {
        report(NO_PATH_TO_END, at + "/States/" + escape(stateNames[k]), "no transition from"
            + " \"" + stateNames[k] + "\" ever leads to an end: the execution can only loop"
            + " until it times out; add a way out (a Choice to an ending state)");
      }
    }
  }

  /** Whether a state can end its graph: End, Succeed, Fail, or a Choice with no Default. */
  private static boolean exits(State s) {
    if (s instanceof SucceedState || s instanceof FailState || s instanceof RawState) {
      return true;
    }
    if (s instanceof ChoiceState c) {
      return c.defaultState().isEmpty(); // no match fails with States.NoChoiceMatched
    }
    return s instanceof HasTransition h && h.transition() instanceof Transition.End;
  }

  private static String known(StateGraph g) {
    StringBuilder sb = new StringBuilder();
    int n = 0;
    for (String name : g.states().keySet()) {
      if (n == 10) {
        return sb.append(", ...").toString();
      }
      sb.append(n++ == 0 ? "" : ", ").append('"').append(name).append('"');
    }
    return sb.toString();
  }
}
