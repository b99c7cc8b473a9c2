package io.asl4j.junit;

import io.asl4j.Workflow;
import io.asl4j.diagram.Diagram;
import io.asl4j.diagram.Highlight;
import io.asl4j.local.Json;
import io.asl4j.model.Catcher;
import io.asl4j.model.ChoiceRule;
import io.asl4j.model.ChoiceState;
import io.asl4j.model.HasErrorHandling;
import io.asl4j.model.HasTransition;
import io.asl4j.model.MapState;
import io.asl4j.model.ParallelState;
import io.asl4j.model.Retrier;
import io.asl4j.model.State;
import io.asl4j.model.StateGraph;
import io.asl4j.model.Transition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which parts of one workflow the runs of a test class (or of the whole test run) exercised, as
 * JaCoCo measures code: every state (nested ones included), every transition (each
 * {@code Next}, each Choice rule and {@code Default}, each {@code Catch} entry) and every
 * {@code Retry} policy, each with the number of times it was taken.
 *
 * <p>Printed as a summary ({@link #summary()}), written as JSON ({@link #toJson()}) and drawn
 * ({@link #mermaid()}, {@link #dot()}) with covered and uncovered parts told apart. Thread-safe.
 */
public final class WorkflowCoverage {

  /**
   * A transition of the workflow.
   *
   * @param state the state it leaves
   * @param field the field naming its target, relative to the state: {@code Next},
   *     {@code Choices/<i>/Next}, {@code Default} or {@code Catch/<i>/Next}
   * @param target the state it enters
   */
  public record Edge(String state, String field, String target) {

    @Override
    public String toString() {
      return "\"" + state + "\" " + field + " -> \"" + target + "\"";
    }
  }

  /**
   * A Retry policy of the workflow.
   *
   * @param state the state it belongs to
   * @param index its index in the state's {@code Retry}, from 0
   * @param errors its {@code ErrorEquals}
   */
  public record Policy(String state, int index, List<String> errors) {

    /**
     * Copies the errors.
     *
     * @param state the state
     * @param index the index
     * @param errors the errors
     */
    public Policy {
      errors = List.copyOf(errors);
    }

    @Override
    public String toString() {
      return "\"" + state + "\" Retry/" + index + " " + errors;
    }
  }

  /**
   * Covered items out of all.
   *
   * @param covered how many were exercised
   * @param total how many there are
   */
  public record Ratio(int covered, int total) {

    /**
     * Returns the percentage covered; 100 when there is nothing to cover.
     *
     * @return 0 to 100
     */
    public double percent() {
      return total == 0 ? 100.0 : covered * 100.0 / total;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d/%d (%s%%)", covered, total, format(percent()));
    }
  }

  private final String name;
  private final Workflow workflow;
  private final Map<String, Long> states = new LinkedHashMap<>();
  private final Map<Edge, Long> edges = new LinkedHashMap<>();
  private final Map<Policy, Long> policies = new LinkedHashMap<>();
  private long runs;

  /**
   * Creates the coverage of a workflow, nothing exercised yet.
   *
   * @param name the workflow's name in reports
   * @param workflow the workflow
   */
  public WorkflowCoverage(String name, Workflow workflow) {
    this.name = Objects.requireNonNull(name, "name");
    this.workflow = Objects.requireNonNull(workflow, "workflow");
    collect(workflow);
  }

  private void collect(StateGraph graph) {
    for (Map.Entry<String, State> e : graph.states().entrySet()) {
      String n = e.getKey();
      State s = e.getValue();
      states.put(n, 0L);
      if (s instanceof HasTransition t && t.transition() instanceof Transition.Next next) {
        edges.put(new Edge(n, "Next", next.state()), 0L);
      } else if (s instanceof ChoiceState c) {
        for (int i = 0; i < c.choices().size(); i++) {
          ChoiceRule r = c.choices().get(i);
          edges.put(new Edge(n, "Choices/" + i + "/Next", r.next()), 0L);
        }
        c.defaultState().ifPresent(d -> edges.put(new Edge(n, "Default", d), 0L));
      }
      if (s instanceof HasErrorHandling h) {
        List<Catcher> catchers = h.catchers().orElse(List.of());
        for (int i = 0; i < catchers.size(); i++) {
          edges.put(new Edge(n, "Catch/" + i + "/Next", catchers.get(i).next()), 0L);
        }
        List<Retrier> retriers = h.retry().orElse(List.of());
        for (int i = 0; i < retriers.size(); i++) {
          policies.put(new Policy(n, i, retriers.get(i).errorEquals()), 0L);
        }
      }
      if (s instanceof ParallelState p) {
        p.branches().forEach(this::collect);
      } else if (s instanceof MapState m) {
        collect(m.itemProcessor());
      }
    }
  }

  /**
   * Returns the workflow's name in reports.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the workflow.
   *
   * @return the workflow
   */
  public Workflow workflow() {
    return workflow;
  }

  /**
   * Counts what a run of this workflow exercised.
   *
   * @param trace the run's trace
   */
  public synchronized void record(ExecutionTrace trace) {
    runs++;
    for (String s : trace.entered()) {
      states.computeIfPresent(s, (k, v) -> v + 1);
    }
    for (ExecutionTrace.Transition t : trace.transitions()) {
      edges.computeIfPresent(new Edge(t.state(), t.field(), t.target()), (k, v) -> v + 1);
    }
    for (ExecutionTrace.Retry r : trace.retries()) {
      for (Map.Entry<Policy, Long> e : policies.entrySet()) {
        if (e.getKey().state().equals(r.state()) && e.getKey().index() == r.retrier()) {
          e.setValue(e.getValue() + 1);
        }
      }
    }
  }

  /**
   * Adds what another coverage of the same workflow counted.
   *
   * @param other coverage of the same workflow (same name)
   */
  public synchronized void add(WorkflowCoverage other) {
    Map<String, Long> s;
    Map<Edge, Long> e;
    Map<Policy, Long> p;
    long r;
    synchronized (other) {
      s = new LinkedHashMap<>(other.states);
      e = new LinkedHashMap<>(other.edges);
      p = new LinkedHashMap<>(other.policies);
      r = other.runs;
    }
    s.forEach((k, v) -> states.computeIfPresent(k, (x, old) -> old + v));
    e.forEach((k, v) -> edges.computeIfPresent(k, (x, old) -> old + v));
    p.forEach((k, v) -> policies.computeIfPresent(k, (x, old) -> old + v));
    runs += r;
  }

  /**
   * Returns how many runs were counted.
   *
   * @return the runs
   */
  public synchronized long runs() {
    return runs;
  }

  /**
   * Returns how many times each state was entered, in definition order (nested states after
   * their Parallel or Map).
   *
   * @return state names to counts
   */
  public synchronized Map<String, Long> stateCounts() {
    return new LinkedHashMap<>(states);
  }

  /**
   * Returns how many times each transition was taken.
   *
   * @return transitions to counts, in definition order
   */
  public synchronized Map<Edge, Long> transitionCounts() {
    return new LinkedHashMap<>(edges);
  }

  /**
   * Returns how many times each Retry policy answered a failure.
   *
   * @return policies to counts, in definition order
   */
  public synchronized Map<Policy, Long> retryCounts() {
    return new LinkedHashMap<>(policies);
  }

  /**
   * Returns the states covered out of all.
   *
   * @return the ratio
   */
  public Ratio states() {
    return ratio(stateCounts());
  }

  /**
   * Returns the transitions covered out of all.
   *
   * @return the ratio
   */
  public Ratio transitions() {
    return ratio(transitionCounts());
  }

  /**
   * Returns the Retry policies covered out of all.
   *
   * @return the ratio
   */
  public Ratio retries() {
    return ratio(retryCounts());
  }

  /**
   * Returns the states no run entered.
   *
   * @return their names
   */
  public List<String> uncoveredStates() {
    return zero(stateCounts());
  }

  /**
   * Returns the transitions no run took.
   *
   * @return the transitions
   */
  public List<Edge> uncoveredTransitions() {
    return zero(transitionCounts());
  }

  /**
   * Returns the Retry policies that answered no failure.
   *
   * @return the policies
   */
  public List<Policy> uncoveredRetries() {
    return zero(retryCounts());
  }

  private static <K> Ratio ratio(Map<K, Long> m) {
    int covered = 0;
    for (long v : m.values()) {
      if (v > 0) {
        covered++;
      }
    }
    return new Ratio(covered, m.size());
  }

  private static <K> List<K> zero(Map<K, Long> m) {
    List<K> out = new ArrayList<>();
    m.forEach((k, v) -> {
      if (v == 0) {
        out.add(k);
      }
    });
    return out;
  }

  /**
   * Describes the coverage for people: one line of totals, then what is not covered.
   *
   * <pre>
   * workflow coverage of GlueLambdaSns (4 runs): states 5/5 (100%), transitions 3/3 (100%), retries 0/0 (100%)
   * </pre>
   *
   * @return one or more lines, each ending in a line break
   */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    long r = runs();
    sb.append("workflow coverage of ").append(name).append(" (").append(r)
        .append(r == 1 ? " run" : " runs").append("): states ").append(states())
        .append(", transitions ").append(transitions()).append(", retries ").append(retries())
        .append('\n');
    for (String s : uncoveredStates()) {
      sb.append("  state not entered: \"").append(s).append("\"\n");
    }
    for (Edge e : uncoveredTransitions()) {
      sb.append("  transition not taken: ").append(e).append('\n');
    }
    for (Policy p : uncoveredRetries()) {
      sb.append("  retry not used: ").append(p).append('\n');
    }
    return sb.toString();
  }

  /**
   * Returns the coverage as a JSON report: totals, then every state, transition and Retry policy
   * with its count.
   *
   * <pre>{@code {"workflow": "GlueLambdaSns", "runs": 4,
   *  "states": {"covered": 5, "total": 5, "percent": 100.0},
   *  "transitions": {...}, "retries": {...},
   *  "stateCounts": [{"state": "Run Glue Job", "count": 4}, ...],
   *  "transitionCounts": [{"state": "Run Glue Job", "field": "Next", "target": "Fetch Data",
   *    "count": 2}, ...],
   *  "retryCounts": [{"state": ..., "index": 0, "errors": [...], "count": 1}, ...]}}</pre>
   *
   * @return the JSON text, indented
   */
  public String toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("workflow", name);
    m.put("runs", runs());
    m.put("states", ratioJson(states()));
    m.put("transitions", ratioJson(transitions()));
    m.put("retries", ratioJson(retries()));
    List<Object> s = new ArrayList<>();
    stateCounts().forEach((k, v) -> s.add(AwsShapes.object("state", k, "count", v)));
    m.put("stateCounts", s);
    List<Object> t = new ArrayList<>();
    transitionCounts().forEach((k, v) -> t.add(AwsShapes.object("state", k.state(), "field",
        k.field(), "target", k.target(), "count", v)));
    m.put("transitionCounts", t);
    List<Object> p = new ArrayList<>();
    retryCounts().forEach((k, v) -> p.add(AwsShapes.object("state", k.state(), "index",
        (long) k.index(), "errors", new ArrayList<Object>(k.errors()), "count", v)));
    m.put("retryCounts", p);
    return Json.writePretty(m) + "\n";
  }

  private static Map<String, Object> ratioJson(Ratio r) {
    return AwsShapes.object("covered", (long) r.covered(), "total", (long) r.total(), "percent",
        Math.round(r.percent() * 10) / 10.0);
  }

  /**
   * Returns what is covered, for the diagram renderers.
   *
   * @return the highlight
   */
  public Highlight highlight() {
    List<String> s = new ArrayList<>();
    stateCounts().forEach((k, v) -> {
      if (v > 0) {
        s.add(k);
      }
    });
    List<Highlight.Transition> t = new ArrayList<>();
    transitionCounts().forEach((k, v) -> {
      if (v > 0) {
        t.add(new Highlight.Transition(k.state(), k.field()));
      }
    });
    return new Highlight(new java.util.HashSet<>(s), new java.util.HashSet<>(t));
  }

  /**
   * Draws the workflow as a Mermaid flowchart, covered states and transitions in green, the others
   * grey and dashed.
   *
   * @return the Mermaid text
   */
  public String mermaid() {
    return Diagram.mermaid(workflow, highlight());
  }

  /**
   * Draws the workflow as a DOT digraph, covered states and transitions in green, the others grey
   * and dashed.
   *
   * @return the DOT text
   */
  public String dot() {
    return Diagram.dot(workflow, highlight());
  }

  static String format(double percent) {
    double rounded = Math.floor(percent * 10) / 10;
    return rounded == Math.rint(rounded) ? Long.toString((long) rounded)
        : String.format(Locale.ROOT, "%.1f", rounded);
  }
}
