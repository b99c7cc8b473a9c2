package io.asl4j.diagram;

import io.asl4j.Workflow;
import io.asl4j.model.Branch;
import io.asl4j.model.Catcher;
import io.asl4j.model.ChoiceRule;
import io.asl4j.model.ChoiceState;
import io.asl4j.model.FailState;
import io.asl4j.model.HasErrorHandling;
import io.asl4j.model.HasTransition;
import io.asl4j.model.JsonBoolean;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonString;
import io.asl4j.model.MapState;
import io.asl4j.model.ParallelState;
import io.asl4j.model.PassState;
import io.asl4j.model.RawState;
import io.asl4j.model.Retrier;
import io.asl4j.model.State;
import io.asl4j.model.StateGraph;
import io.asl4j.model.SucceedState;
import io.asl4j.model.TaskState;
import io.asl4j.model.Transition;
import io.asl4j.model.WaitState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a diagram shows, independent of its syntax: nodes, nested clusters and edges, with ids
 * already assigned and labels cleaned ({@link Labels#clean}) but not yet escaped.
 *
 * <p>Both writers print the same layout, so Mermaid and DOT diagrams of a workflow always agree.
 *
 * @param items the top-level nodes and clusters, in definition order
 * @param edges every edge, in definition order
 */
record Layout(List<Item> items, List<Edge> edges) {

  /** Id of the start marker. */
  static final String START = "start";
  /** Id of the end marker ({@code end} is a Mermaid keyword). */
  static final String STOP = "stop";

  Layout {
    items = List.copyOf(items);
    edges = List.copyOf(edges);
  }

  /** What a node stands for; decides its shape and colours. */
  enum Kind { START, END, TASK, PASS, CHOICE, WAIT, SUCCEED, FAIL, PARALLEL, MAP, RAW, MISSING, JOIN }

  /** How an edge is drawn. */
  enum Style {
    /** {@code Next}, a Choice rule, an End, a branch entry or exit: a solid line. */
    PLAIN,
    /** A Choice state's {@code Default}: dashed. */
    DEFAULT,
    /** A {@code Catch}: dashed and red. */
    CATCH
  }

  /** A node or a cluster. */
  sealed interface Item permits Node, Cluster {}

  /**
   * A node.
   *
   * @param id the syntax-safe id
   * @param kind what it stands for
   * @param lines the label, one entry per line, cleaned
   */
  record Node(String id, Kind kind, List<String> lines, Highlight.Mark mark) implements Item {
    Node {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(mark, "mark");
      lines = List.copyOf(lines);
    }

    Node(String id, Kind kind, List<String> lines) {
      this(id, kind, lines, Highlight.Mark.NONE);
    }
  }

  /**
   * A nested graph: a Parallel branch or a Map item processor.
   *
   * @param id the syntax-safe id
   * @param title the cleaned title
   * @param items the nodes and clusters inside, in definition order
   */
  record Cluster(String id, String title, List<Item> items) implements Item {
    Cluster {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
      items = List.copyOf(items);
    }
  }

  /**
   * An edge.
   *
   * @param from the source node's id
   * @param to the target node's id
   * @param label the cleaned label; empty for none
   * @param style how it is drawn
   * @param mark whether it is drawn as covered
   */
  record Edge(String from, String to, String label, Style style, Highlight.Mark mark) {}

  /**
   * Lays out a workflow.
   *
   * @param workflow the workflow
   * @return its layout
   */
  static Layout of(Workflow workflow) {
    return new Builder(null).build(workflow);
  }

  /**
   * Lays out a workflow with its states and transitions marked covered or not.
   *
   * @param workflow the workflow
   * @param highlight what is covered
   * @return its layout
   */
  static Layout of(Workflow workflow, Highlight highlight) {
    return new Builder(Objects.requireNonNull(highlight, "highlight")).build(workflow);
  }

  /** Builds a layout in two passes: ids for every state first, so edges may point forwards. */
  private static final class Builder {
    // one per graph in document order; drawing visits the graphs in the same order. Not keyed by
    // the graph: a branch object reused in two places must still get two sets of ids
    private final Deque<Scope> scopes = new ArrayDeque<>();
    private final List<Edge> edges = new ArrayList<>();
    private int nextState;
    private int nextMissing;
    private boolean stopUsed;
    /** What to mark covered; {@code null} for a plain diagram. */
    private final Highlight highlight;

    Builder(Highlight highlight) {
      this.highlight = highlight;
    }

    private Highlight.Mark stateMark(String name) {
      return highlight == null ? Highlight.Mark.NONE : highlight.state(name);
    }

    private Highlight.Mark mark(String state, String field) {
      return highlight == null ? Highlight.Mark.NONE : highlight.transition(state, field);
    }

    /** The names of one graph's states and where that graph's nodes go. */
    private static final class Scope {
      final Map<String, String> ids = new HashMap<>();
      final Map<String, String> missing = new HashMap<>();
      List<Item> items;
    }

    Layout build(Workflow workflow) {
      number(workflow);
      List<Item> top = new ArrayList<>();
      top.add(new Node(START, Kind.START, List.of("Start")));
      draw(workflow, top, START, STOP);
      if (stopUsed) {
        top.add(new Node(STOP, Kind.END, List.of("End")));
      }
      return new Layout(top, edges);
    }

    /** Gives states ids {@code s0, s1, ...} in document order: a nested state after its parent. */
    private void number(StateGraph graph) {
      Scope scope = new Scope();
      scopes.add(scope);
      for (Map.Entry<String, State> e : graph.states().entrySet()) {
        scope.ids.put(e.getKey(), "s" + nextState++);
        if (e.getValue() instanceof ParallelState p) {
          p.branches().forEach(this::number);
        } else if (e.getValue() instanceof MapState m) {
          number(m.itemProcessor());
        }
      }
    }

    /**
     * Adds a graph's nodes to {@code items} and its edges; {@code entry} is the node that leads to
     * {@code StartAt}, {@code exit} the node that {@code End} and Succeed lead to.
     */
    private void draw(StateGraph graph, List<Item> items, String entry, String exit) {
      Scope scope = scopes.remove();
      scope.items = items;
      edge(entry, target(scope, graph.startAt()), "", Style.PLAIN);
      for (Map.Entry<String, State> e : graph.states().entrySet()) {
        String id = scope.ids.get(e.getKey());
        State state = e.getValue();
        Highlight.Mark covered = stateMark(e.getKey());
        List<String> lines = lines(e.getKey(), state);
        if (covered == Highlight.Mark.UNCOVERED) {
          lines.add("(not covered)");
        }
        items.add(new Node(id, kind(state), lines, covered));
        String from = id;
        if (state instanceof ParallelState p) {
          for (int i = 0; i < p.branches().size(); i++) {
            Branch b = p.branches().get(i);
            nested(b, id + "_b" + i, "Branch " + (i + 1), items, id);
          }
          from = join(id, items);
        } else if (state instanceof MapState m) {
          nested(m.itemProcessor(), id + "_items", processorTitle(m), items, id);
          from = join(id, items);
        }
        String name = e.getKey();
        if (state instanceof HasTransition t) {
          transition(scope, from, t.transition(), exit, name);
        } else if (state instanceof ChoiceState c) {
          for (int i = 0; i < c.choices().size(); i++) {
            ChoiceRule rule = c.choices().get(i);
            edge(id, target(scope, rule.next()), Labels.condition(rule.condition()), Style.PLAIN,
                mark(name, "Choices/" + i + "/Next"));
          }
          c.defaultState().ifPresent(d -> edge(id, target(scope, d), "Default", Style.DEFAULT,
              mark(name, "Default")));
        } else if (state instanceof SucceedState) {
          edge(id, exit, "", Style.PLAIN);
        } else if (state instanceof RawState r) {
          raw(scope, id, r, exit);
        }
        // a Fail state ends the execution with an error: no edge, its red shape says so
        if (state instanceof HasErrorHandling h) {
          List<Catcher> catchers = h.catchers().orElse(List.of());
          for (int i = 0; i < catchers.size(); i++) {
            Catcher c = catchers.get(i);
            edge(id, target(scope, c.next()), Labels.catcher(c), Style.CATCH,
                mark(name, "Catch/" + i + "/Next"));
          }
        }
      }
    }

    private void nested(StateGraph graph, String clusterId, String title, List<Item> items,
        String fork) {
      List<Item> inner = new ArrayList<>();
      draw(graph, inner, fork, fork + "_join");
      items.add(new Cluster(clusterId, Labels.clean(title), inner));
    }

    /** The node where a Parallel's branches or a Map's iterations end and the state goes on. */
    private static String join(String fork, List<Item> items) {
      String id = fork + "_join";
      items.add(new Node(id, Kind.JOIN, List.of("join")));
      return id;
    }

    private void transition(Scope scope, String from, Transition t, String exit, String state) {
      if (t instanceof Transition.Next n) {
        edge(from, target(scope, n.state()), "", Style.PLAIN, mark(state, "Next"));
      } else {
        edge(from, exit, "", Style.PLAIN);
      }
    }

    /** A state the reader kept verbatim: follow its {@code Next} or {@code End} if it has one. */
    private void raw(Scope scope, String id, RawState r, String exit) {
      if (!(r.json() instanceof JsonObject o)) {
        return;
      }
      if (o.get("Next").orElse(null) instanceof JsonString next) {
        edge(id, target(scope, next.value()), "", Style.PLAIN);
      } else if (JsonBoolean.TRUE.equals(o.get("End").orElse(null))) {
        edge(id, exit, "", Style.PLAIN);
      }
    }

    /** The id of a named state; a name with no state gets a dashed "missing" node of its own. */
    private String target(Scope scope, String name) {
      String id = scope.ids.get(name);
      if (id != null) {
        return id;
      }
      return scope.missing.computeIfAbsent(name, n -> {
        String missing = "m" + nextMissing++;
        scope.items.add(new Node(missing, Kind.MISSING,
            List.of(Labels.clean(n), "(no such state)")));
        return missing;
      });
    }

    private void edge(String from, String to, String label, Style style) {
      edge(from, to, label, style, Highlight.Mark.NONE);
    }

    private void edge(String from, String to, String label, Style style, Highlight.Mark mark) {
      if (to.equals(STOP)) {
        stopUsed = true;
      }
      edges.add(new Edge(from, to, label.isEmpty() ? "" : Labels.clean(label), style, mark));
    }

    private static String processorTitle(MapState m) {
      return (m.legacyIterator() ? "Iterator" : "Item processor")
          + (m.isDistributed() ? " (distributed)" : "");
    }

    private static Kind kind(State s) {
      if (s instanceof TaskState) {
        return Kind.TASK;
      } else if (s instanceof PassState) {
        return Kind.PASS;
      } else if (s instanceof ChoiceState) {
        return Kind.CHOICE;
      } else if (s instanceof WaitState) {
        return Kind.WAIT;
      } else if (s instanceof SucceedState) {
        return Kind.SUCCEED;
      } else if (s instanceof FailState) {
        return Kind.FAIL;
      } else if (s instanceof ParallelState) {
        return Kind.PARALLEL;
      } else if (s instanceof MapState) {
        return Kind.MAP;
      }
      return Kind.RAW;
    }

    /** The state's name, then one line per retrier; a kept-verbatim state also shows its type. */
    private static List<String> lines(String name, State s) {
      List<String> lines = new ArrayList<>();
      lines.add(Labels.clean(name));
      if (s instanceof RawState r) {
        String type = r.declaredType();
        lines.add(Labels.clean(type.isEmpty() ? "(no Type)" : "(" + type + ")"));
      }
      if (s instanceof HasErrorHandling h) {
        for (Retrier retrier : h.retry().orElse(List.of())) {
          lines.add(Labels.clean(Labels.retry(retrier)));
        }
      }
      return lines;
    }
  }
}
