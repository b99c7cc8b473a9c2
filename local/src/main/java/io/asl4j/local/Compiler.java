package io.asl4j.local;

import io.asl4j.Workflow;
import io.asl4j.model.Catcher;
import io.asl4j.model.ChoiceRule;
import io.asl4j.model.ChoiceState;
import io.asl4j.model.ComparisonOperator;
import io.asl4j.model.Condition;
import io.asl4j.model.DynamicNumber;
import io.asl4j.model.DynamicString;
import io.asl4j.model.FailState;
import io.asl4j.model.HasErrorHandling;
import io.asl4j.model.Intrinsic;
import io.asl4j.model.JsonBoolean;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonPath;
import io.asl4j.model.JsonString;
import io.asl4j.model.Jsonata;
import io.asl4j.model.MapState;
import io.asl4j.model.NestedRule;
import io.asl4j.model.ParallelState;
import io.asl4j.model.PassState;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.Retrier;
import io.asl4j.model.State;
import io.asl4j.model.StateGraph;
import io.asl4j.model.SucceedState;
import io.asl4j.model.TaskState;
import io.asl4j.model.Transition;
import io.asl4j.model.Value;
import io.asl4j.model.WaitState;
import io.asl4j.model.WaitTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compiles a {@link Workflow} into executable graphs: every state becomes a {@link Node} whose
 * transitions point at nodes, every path and expression is compiled. State names are looked up
 * here, once, and never while running.
 */
final class Compiler {

  private final QueryLanguage topLanguage;
  private final IntrinsicCompiler intrinsics;
  private final List<String> taskNames = new ArrayList<>();
  private final List<String> taskResources = new ArrayList<>();
  private final Map<String, String> stateTypes = new java.util.LinkedHashMap<>();

  /**
   * A compiled workflow: its top-level graph, its Task states numbered (names and resources), every
   * state's type by name, and the workflow's own TimeoutSeconds.
   */
  record Program(Graph graph, String[] taskNames, String[] taskResources,
      Map<String, String> stateTypes, Optional<Long> timeoutSeconds) {}

  private Compiler(Workflow w, IntrinsicCompiler intrinsics) {
    this.topLanguage = w.queryLanguage().orElse(QueryLanguage.JSONPATH);
    this.intrinsics = intrinsics;
  }

  static Program compile(Workflow w, IntrinsicCompiler intrinsics) {
    Compiler c = new Compiler(w, intrinsics);
    Graph g = c.graph(w, c.topLanguage);
    return new Program(g, c.taskNames.toArray(new String[0]),
        c.taskResources.toArray(new String[0]), java.util.Collections.unmodifiableMap(c.stateTypes),
        w.timeoutSeconds().map(n -> n.decimalValue().longValue()));
  }

  private Graph graph(StateGraph g, QueryLanguage inherited) {
    QueryLanguage lang = g.queryLanguage().orElse(inherited);
    Map<String, Node> nodes = new HashMap<>();
    Map<String, State> states = g.states();
    for (Map.Entry<String, State> e : states.entrySet()) {
      stateTypes.putIfAbsent(e.getKey(), e.getValue().type());
      nodes.put(e.getKey(), node(e.getKey(), e.getValue(), lang));
    }
    for (Map.Entry<String, State> e : states.entrySet()) {
      link(nodes.get(e.getKey()), e.getValue(), nodes);
    }
    Graph graph = new Graph();
    graph.start = target(nodes, g.startAt(), "StartAt");
    return graph;
  }

  private static Node target(Map<String, Node> nodes, String name, String where) {
    Node n = nodes.get(name);
    if (n == null) {
      throw new LocalExecutionException(where + ": unknown state \"" + name + "\"");
    }
    return n;
  }

  private void link(Node n, State st, Map<String, Node> nodes) {
    if (st instanceof io.asl4j.model.HasTransition t
        && t.transition() instanceof Transition.Next next) {
      n.next = target(nodes, next.state(), "/States/" + n.name + "/Next");
    }
    if (st instanceof HasErrorHandling h && n instanceof GuardedNode g) {
      List<Catcher> cs = h.catchers().orElse(List.of());
      for (int i = 0; i < cs.size(); i++) {
        g.catchers[i].next = target(nodes, cs.get(i).next(), "/States/" + n.name + "/Catch/" + i
            + "/Next");
      }
    }
    if (st instanceof ChoiceState c) {
      ChoiceNode cn = (ChoiceNode) n;
      for (int i = 0; i < c.choices().size(); i++) {
        cn.rules[i].next = target(nodes, c.choices().get(i).next(), "/States/" + n.name
            + "/Choices/" + i + "/Next");
      }
      if (c.defaultState().isPresent()) {
        cn.defaultNode = target(nodes, c.defaultState().get(), "/States/" + n.name + "/Default");
      }
    }
  }

  private Node node(String name, State st, QueryLanguage inherited) {
    boolean ja = st.queryLanguage().orElse(inherited) == QueryLanguage.JSONATA;
    if (st instanceof PassState p) {
      PassNode n = new PassNode(name, ja);
      n.inputPath = Node.DataPath.of(p.inputPath());
      n.parameters = p.parameters().map(v -> PathTemplate.compile(v, intrinsics)).orElse(null);
      n.result = p.result().map(Eval::literal).orElse(null);
      n.resultTooLarge = n.result != null && Json.utf8Length(n.result) > TaskNode.MAX_PAYLOAD_BYTES;
      n.resultPath = Node.ResultPath.of(p.resultPath());
      n.outputPath = Node.DataPath.of(p.outputPath());
      n.output = p.output().map(v -> JsonataEval.compile(v, "Output")).orElse(null);
      n.assign = assign(p.assign(), ja);
      n.mayGrow = ja ? n.output != null : n.resultPath.merges()
          || p.parameters().filter(PathTemplate::mayGrow).isPresent();
      return n;
    } else if (st instanceof TaskState t) {
      TaskNode n = new TaskNode(name, ja, t.resource());
      n.taskIndex = taskNames.size();
      taskNames.add(name);
      taskResources.add(t.resource());
      n.inputPath = Node.DataPath.of(t.inputPath());
      n.parameters = t.parameters().map(v -> PathTemplate.compile(v, intrinsics)).orElse(null);
      n.arguments = t.arguments().map(v -> JsonataEval.compile(v, "Arguments")).orElse(null);
      n.resultSelector = t.resultSelector().map(v -> PathTemplate.compile(v, intrinsics))
          .orElse(null);
      n.resultPath = Node.ResultPath.of(t.resultPath());
      n.outputPath = Node.DataPath.of(t.outputPath());
      n.output = t.output().map(v -> JsonataEval.compile(v, "Output")).orElse(null);
      n.assign = assign(t.assign(), ja);
      n.timeoutSeconds = t.timeoutSeconds().map(d -> dynamicNumber(d, "TimeoutSeconds"))
          .orElse(null);
      n.timeoutSecondsPath = t.timeoutSeconds().filter(d -> d instanceof JsonPath)
          .map(d -> ((JsonPath) d).text()).orElse(null);
      n.heartbeatSeconds = t.heartbeatSeconds().map(d -> dynamicNumber(d, "HeartbeatSeconds"))
          .orElse(null);
      n.heartbeatSecondsPath = t.heartbeatSeconds().filter(d -> d instanceof JsonPath)
          .map(d -> ((JsonPath) d).text()).orElse(null);
      guard(n, t, ja);
      return n;
    } else if (st instanceof ChoiceState c) {
      ChoiceNode n = new ChoiceNode(name, ja);
      n.inputPath = Node.DataPath.of(c.inputPath());
      n.outputPath = Node.DataPath.of(c.outputPath());
      n.output = c.output().map(v -> JsonataEval.compile(v, "Output")).orElse(null);
      n.assign = assign(c.assign(), ja);
      n.rules = new ChoiceNode.Rule[c.choices().size()];
      for (int i = 0; i < n.rules.length; i++) {
        ChoiceRule r = c.choices().get(i);
        n.rules[i] = new ChoiceNode.Rule(condition(r.condition()), assign(r.assign(), ja),
            r.output().map(v -> JsonataEval.compile(v, "Output")).orElse(null));
      }
      // a JSONPath Choice passes (part of) its input on; a JSONata Output may build anything
      n.mayGrow = c.output().isPresent()
          || c.choices().stream().anyMatch(r -> r.output().isPresent());
      return n;
    } else if (st instanceof WaitState w) {
      WaitNode n = new WaitNode(name, ja);
      n.inputPath = Node.DataPath.of(w.inputPath());
      n.outputPath = Node.DataPath.of(w.outputPath());
      n.output = w.output().map(v -> JsonataEval.compile(v, "Output")).orElse(null);
      n.assign = assign(w.assign(), ja);
      if (w.time() instanceof WaitTime.Seconds sec) {
        if (sec.seconds() instanceof JsonPath p) {
          n.secondsPath = p.text();
        }
        n.seconds = dynamicNumber(sec.seconds(), "Seconds");
      } else if (w.time() instanceof WaitTime.Timestamp ts) {
        if (ts.timestamp() instanceof JsonPath p) {
          n.timestampPath = p.text();
        }
        n.timestamp = dynamicString(ts.timestamp(), "Timestamp");
      }
      n.mayGrow = n.output != null;
      return n;
    } else if (st instanceof SucceedState su) {
      SucceedNode n = new SucceedNode(name, ja);
      n.inputPath = Node.DataPath.of(su.inputPath());
      n.outputPath = Node.DataPath.of(su.outputPath());
      n.output = su.output().map(v -> JsonataEval.compile(v, "Output")).orElse(null);
      n.mayGrow = n.output != null;
      return n;
    } else if (st instanceof FailState f) {
      FailNode n = new FailNode(name, ja);
      n.error = f.error().map(d -> dynamicString(d, "Error")).orElse(null);
      n.cause = f.cause().map(d -> dynamicString(d, "Cause")).orElse(null);
      return n;
    } else if (st instanceof ParallelState p) {
      ParallelNode n = new ParallelNode(name, ja);
      n.branches = new Graph[p.branches().size()];
      for (int i = 0; i < n.branches.length; i++) {
        n.branches[i] = graph(p.branches().get(i), topLanguage);
      }
      n.inputPath = Node.DataPath.of(p.inputPath());
      n.parameters = p.parameters().map(v -> PathTemplate.compile(v, intrinsics)).orElse(null);
      n.arguments = p.arguments().map(v -> JsonataEval.compile(v, "Arguments")).orElse(null);
      n.resultSelector = p.resultSelector().map(v -> PathTemplate.compile(v, intrinsics))
          .orElse(null);
      n.resultPath = Node.ResultPath.of(p.resultPath());
      n.outputPath = Node.DataPath.of(p.outputPath());
      n.output = p.output().map(v -> JsonataEval.compile(v, "Output")).orElse(null);
      n.assign = assign(p.assign(), ja);
      guard(n, p, ja);
      return n;
    } else if (st instanceof MapState m) {
      MapNode n = new MapNode(name, ja);
      n.processor = graph(m.itemProcessor(), topLanguage);
      n.distributed = m.isDistributed();
      n.inputPath = Node.DataPath.of(m.inputPath());
      if (ja) {
        n.items = m.items().map(v -> JsonataEval.compile(v, "Items")).orElse(null);
        n.itemSelector = m.itemSelector().map(v -> JsonataEval.compile(v, "ItemSelector"))
            .orElse(null);
      } else {
        Optional<Value> items = m.items();
        if (items.isPresent() && items.get() instanceof JsonPath p) {
          JsonPathExpr e = JsonPathExpr.compile(p.text());
          n.itemsPath = e.isRoot() ? null : new PathEval(e, PathEval.JAYWAY);
        } else if (items.isPresent()) {
          n.items = Eval.constant(Eval.constantValue(items.get()));
        }
        Optional<Value> selector = m.itemSelector().or(m::parameters);
        n.itemSelector = selector.map(v -> PathTemplate.compile(v, intrinsics)).orElse(null);
      }
      n.resultSelector = m.resultSelector().map(v -> PathTemplate.compile(v, intrinsics))
          .orElse(null);
      n.resultPath = Node.ResultPath.of(m.resultPath());
      n.outputPath = Node.DataPath.of(m.outputPath());
      n.output = m.output().map(v -> JsonataEval.compile(v, "Output")).orElse(null);
      n.assign = assign(m.assign(), ja);
      if (m.maxConcurrency().isPresent()) {
        DynamicNumber d = m.maxConcurrency().get();
        n.maxConcurrency = dynamicNumber(d, "MaxConcurrency");
        n.maxConcurrencyPath = d instanceof JsonPath p ? p.text() : null;
      }
      n.label = m.label().orElse(name);
      m.itemReader().ifPresent(r -> n.reader = reader(r, ja));
      m.itemBatcher().ifPresent(b -> {
        n.batched = true;
        b.maxItemsPerBatch().ifPresent(d -> {
          n.maxItemsPerBatch = dynamicNumber(d, "MaxItemsPerBatch");
          n.maxItemsPerBatchPath = d instanceof JsonPath p ? p.text() : null;
        });
        b.maxInputBytesPerBatch().ifPresent(d -> {
          n.maxBytesPerBatch = dynamicNumber(d, "MaxInputBytesPerBatch");
          n.maxBytesPerBatchPath = d instanceof JsonPath p ? p.text() : null;
        });
        n.batchInput = b.batchInput().map(v -> ja ? JsonataEval.compile(v, "BatchInput")
            : PathTemplate.compile(v, intrinsics)).orElse(null);
      });
      m.resultWriter().ifPresent(w -> {
        ResultWriting rw = new ResultWriting();
        Optional<Value> params = ja ? w.arguments() : w.parameters();
        if (w.resource().isPresent()) {
          rw.parameters = params.map(v -> ja ? JsonataEval.compile(v, "Arguments")
              : PathTemplate.compile(v, intrinsics)).orElse(Eval.constant(Map.of()));
        }
        w.writerConfig().ifPresent(c -> {
          rw.transformation = c.transformation().orElse(null);
          c.outputType().ifPresent(t -> rw.outputType = t);
        });
        n.writer = rw;
      });
      if (m.toleratedFailureCount().isPresent()) {
        DynamicNumber d = m.toleratedFailureCount().get();
        n.toleratedCount = dynamicNumber(d, "ToleratedFailureCount");
        n.toleratedCountPath = d instanceof JsonPath p ? p.text() : null;
      }
      if (m.toleratedFailurePercentage().isPresent()) {
        DynamicNumber d = m.toleratedFailurePercentage().get();
        n.toleratedPercentage = dynamicNumber(d, "ToleratedFailurePercentage");
        n.toleratedPercentagePath = d instanceof JsonPath p ? p.text() : null;
      }
      guard(n, m, ja);
      return n;
    }
    throw new LocalExecutionException("/States/" + name + ": the local executor cannot run a state"
        + " of type \"" + st.type() + "\"");
  }

  private ItemReading reader(io.asl4j.model.ItemReader r, boolean ja) {
    ItemReading ir = new ItemReading(r.resource());
    Optional<Value> params = ja ? r.arguments() : r.parameters();
    ir.parameters = params.map(v -> ja ? JsonataEval.compile(v, "Arguments")
        : PathTemplate.compile(v, intrinsics)).orElse(null);
    r.readerConfig().ifPresent(c -> {
      ir.inputType = c.inputType().orElse(null);
      ir.manifestType = c.manifestType().orElse(null);
      c.csvHeaderLocation().ifPresent(h -> ir.headerLocation = h);
      ir.headers = c.csvHeaders().orElse(null);
      c.csvDelimiter().ifPresent(d -> ir.delimiter = ItemReading.delimiter(d));
      ir.itemsPointer = c.itemsPointer().orElse(null);
      ir.loadAndFlatten = c.transformation()
          .filter(t -> t == io.asl4j.model.ReaderTransformation.LOAD_AND_FLATTEN).isPresent();
      c.maxItems().ifPresent(d -> {
        ir.maxItems = dynamicNumber(d, "MaxItems");
        ir.maxItemsPath = d instanceof JsonPath p ? p.text() : null;
      });
    });
    return ir;
  }

  private void guard(GuardedNode n, HasErrorHandling h, boolean ja) {
    List<Retrier> rs = h.retry().orElse(List.of());
    n.retriers = new GuardedNode.Retrier[rs.size()];
    for (int i = 0; i < rs.size(); i++) {
      Retrier r = rs.get(i);
      n.retriers[i] = new GuardedNode.Retrier(r.errorEquals(),
          r.intervalSeconds().map(x -> x.decimalValue().doubleValue()).orElse(1.0),
          r.maxAttempts().map(x -> x.decimalValue().longValue()).orElse(3L),
          r.backoffRate().map(x -> x.decimalValue().doubleValue()).orElse(2.0),
          r.maxDelaySeconds().map(x -> x.decimalValue().doubleValue()).orElse(0.0),
          r.jitterStrategy().filter(j -> j == io.asl4j.model.JitterStrategy.FULL).isPresent());
    }
    List<Catcher> cs = h.catchers().orElse(List.of());
    n.catchers = new GuardedNode.Catcher[cs.size()];
    for (int i = 0; i < cs.size(); i++) {
      Catcher c = cs.get(i);
      n.catchers[i] = new GuardedNode.Catcher(c.errorEquals(), Node.ResultPath.of(c.resultPath()),
          c.output().map(v -> JsonataEval.compile(v, "Output")).orElse(null), assign(c.assign(), ja));
    }
  }

  private Node.Assign assign(Optional<JsonObject> a, boolean ja) {
    if (a.isEmpty()) {
      return null;
    }
    return new Node.Assign(ja ? JsonataEval.compile(a.get(), "Assign")
        : PathTemplate.compile(a.get(), intrinsics));
  }

  private Eval dynamicNumber(DynamicNumber d, String field) {
    if (d instanceof JsonNumber n) {
      return Eval.constant(Eval.constantValue(n));
    } else if (d instanceof JsonPath p) {
      return new PathEval(JsonPathExpr.compile(p.text()), PathEval.JAYWAY);
    }
    return JsonataEval.compile((Jsonata) d, field);
  }

  private Eval dynamicString(DynamicString d, String field) {
    if (d instanceof JsonString s) {
      return Eval.constant(s.value());
    } else if (d instanceof JsonPath p) {
      return PathEval.member(p.text(), field + "Path");
    } else if (d instanceof Intrinsic i) {
      return intrinsics.compile(i.text(), field + "Path");
    }
    return JsonataEval.compile((Jsonata) d, field);
  }

  private ChoiceNode.Cond condition(Condition c) {
    if (c instanceof Condition.And a) {
      return ChoiceNode.and(nested(a.rules()));
    } else if (c instanceof Condition.Or o) {
      return ChoiceNode.or(nested(o.rules()));
    } else if (c instanceof Condition.Not n) {
      return ChoiceNode.not(condition(n.rule().condition()));
    } else if (c instanceof Condition.JsonataTest t) {
      Value v = t.condition();
      if (v instanceof JsonBoolean b) {
        return (s, d) -> b.value();
      }
      String text = v instanceof Jsonata j ? j.expression() : String.valueOf(v);
      return ChoiceNode.jsonata(JsonataEval.compile(v, "Condition"), text);
    }
    Condition.Comparison cmp = (Condition.Comparison) c;
    PathEval variable = new PathEval(JsonPathExpr.compile(cmp.variable().text()),
        PathEval.JAYWAY);
    ComparisonOperator op = cmp.operator();
    if (op.operand() == ComparisonOperator.Operand.PATH) {
      return ChoiceNode.comparison(variable, op, null, new PathEval(JsonPathExpr.compile(
          ((JsonPath) cmp.operand()).text()), PathEval.JAYWAY));
    }
    return ChoiceNode.comparison(variable, op, Eval.constantValue(cmp.operand()), null);
  }

  private List<ChoiceNode.Cond> nested(List<NestedRule> rules) {
    List<ChoiceNode.Cond> out = new ArrayList<>();
    for (NestedRule r : rules) {
      out.add(condition(r.condition()));
    }
    return out;
  }
}
