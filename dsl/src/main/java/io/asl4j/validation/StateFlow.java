package io.asl4j.validation;

import io.asl4j.model.Catcher;
import io.asl4j.model.ChoiceRule;
import io.asl4j.model.ChoiceState;
import io.asl4j.model.ComparisonOperator;
import io.asl4j.model.Condition;
import io.asl4j.model.DynamicNumber;
import io.asl4j.model.DynamicString;
import io.asl4j.model.FailState;
import io.asl4j.model.Expression;
import io.asl4j.model.HasErrorHandling;
import io.asl4j.model.HasTransition;
import io.asl4j.model.Intrinsic;
import io.asl4j.model.JsonArray;
import io.asl4j.model.JsonBoolean;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonPath;
import io.asl4j.model.MapState;
import io.asl4j.model.NestedRule;
import io.asl4j.model.ParallelState;
import io.asl4j.model.PassState;
import io.asl4j.model.Path;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.ResultShapes;
import io.asl4j.model.State;
import io.asl4j.model.SucceedState;
import io.asl4j.model.TaskState;
import io.asl4j.model.Transition;
import io.asl4j.model.Value;
import io.asl4j.model.WaitState;
import io.asl4j.model.WaitTime;
import io.asl4j.validation.Shape.Member;
import io.asl4j.validation.Shape.Presence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one state does to the data, in either query language: the shape it passes to each
 * transition (and, at an end, outputs), from the shape of its input. With {@code report}, each
 * path it reads is checked against the shape it reads from ({@link ValueFlow} evaluates payloads).
 */
final class StateFlow {

  /** The error output a catcher receives: the error name and its cause. */
  private static final Shape ERROR_OUTPUT = errorOutputShape();

  final GraphFlow g;
  final int s;
  final boolean report;
  final String name;
  /** The state's JSON pointer, put together only if a diagnostic needs it. */
  final Loc at;
  final QueryLanguage ql;
  final ValueFlow values;
  /** What each resource returns, without where: the table's shapes, converted once. */
  private static final Map<String, Shape> RESULTS = new java.util.concurrent.ConcurrentHashMap<>();

  StateFlow(GraphFlow g, int s, boolean report) {
    this.g = g;
    this.s = s;
    this.report = report;
    this.name = g.name(s);
    this.at = g.pointer(s);
    this.ql = g.state(s).queryLanguage().orElse(g.language);
    this.values = new ValueFlow(this);
  }

  void transfer() {
    State st = g.state(s);
    Shape in = g.input(s);
    if (ql == QueryLanguage.JSONATA) {
      new JsonataFlow(this).transfer(st, in);
      return;
    }
    if (st instanceof TaskState t) {
      Shape eff = inputPath(t.inputPath(), in);
      t.parameters().ifPresent(v -> values.template(v, eff, null, at.at("Parameters"),
          Origin.of(Origin.Form.PARAMETERS, name), t.inputPath().isEmpty()));
      if (t.inputPath().isEmpty()) {
        numberPath(t.timeoutSeconds(), "TimeoutSecondsPath", eff);
        numberPath(t.heartbeatSeconds(), "HeartbeatSecondsPath", eff);
      }
      Shape result = taskResult(t.resource(), t.parameters());
      next(t.transition(), output(t.resultSelector(), t.resultPath(), t.outputPath(), in,
          result));
      catchers(t.catchers(), in);
    } else if (st instanceof PassState p) {
      Shape eff = inputPath(p.inputPath(), in);
      // with a Result, whether Parameters is evaluated at all is not known: its reads are not
      // checked
      Shape result = p.result().isPresent()
          ? Shape.of(p.result().get(), Origin.of(Origin.Form.RESULT_VALUE, name))
          : p.parameters().map(v -> values.template(v, eff, null, at.at("Parameters"),
              Origin.of(Origin.Form.PARAMETERS, name), p.inputPath().isEmpty())).orElse(eff);
      next(p.transition(), output(Optional.empty(), p.resultPath(), p.outputPath(), in, result));
    } else if (st instanceof WaitState w) {
      Shape eff = inputPath(w.inputPath(), in);
      if (w.inputPath().isEmpty()) {
        if (w.time() instanceof WaitTime.Seconds secs) {
          numberPath(Optional.of(secs.seconds()), "SecondsPath", eff);
        } else if (((WaitTime.Timestamp) w.time()).timestamp() instanceof JsonPath ts) {
          referencePath(ts.text(), eff, "TimestampPath");
        }
      }
      next(w.transition(), outputPath(w.outputPath(), eff));
    } else if (st instanceof ChoiceState c) {
      choice(c, inputPath(c.inputPath(), in));
    } else if (st instanceof SucceedState sc) {
      g.ends(outputPath(sc.outputPath(), inputPath(sc.inputPath(), in)));
    } else if (st instanceof FailState f) {
      failPath(f.error(), "ErrorPath", in);
      failPath(f.cause(), "CausePath", in);
    } else if (st instanceof ParallelState p) {
      Shape eff = inputPath(p.inputPath(), in);
      Shape branchInput = p.parameters().map(v -> values.template(v, eff, null,
          at.at("Parameters"), Origin.of(Origin.Form.PARAMETERS, name), p.inputPath().isEmpty()))
          .orElse(eff);
      next(p.transition(), output(p.resultSelector(), p.resultPath(), p.outputPath(), in,
          parallel(p, branchInput)));
      catchers(p.catchers(), in);
    } else if (st instanceof MapState m) {
      Shape eff = inputPath(m.inputPath(), in);
      Shape items = eff;
      if (m.items().orElse(null) instanceof JsonPath itemsPath) {
        items = referencePath(itemsPath.text(), eff, "ItemsPath");
      }
      Shape element = element(items);
      Optional<Value> selector = m.itemSelector().or(m::parameters);
      boolean itemSelector = m.itemSelector().isPresent();
      Shape item = selector.map(v -> values.template(v, eff, element, at.at(itemSelector
          ? "ItemSelector" : "Parameters"), Origin.of(itemSelector ? Origin.Form.ITEM_SELECTOR
          : Origin.Form.PARAMETERS, name), m.inputPath().isEmpty())).orElse(element);
      next(m.transition(), output(m.resultSelector(), m.resultPath(), m.outputPath(), in,
          map(m, item)));
      catchers(m.catchers(), in);
    }
  }

  /**
   * Puts the indexes of the states a state may go to (Next, the Choice rules and Default, the
   * catchers) into {@code out}, and returns how many there are (more than fit: call again with
   * a larger array). Unknown names are left out.
   */
  static int targets(State st, StateIndex index, int[] out) {
    int k = 0;
    if (st instanceof HasTransition h && h.transition() instanceof Transition.Next n) {
      k = put(index.of(n.state()), out, k);
    }
    if (st instanceof ChoiceState c) {
      for (ChoiceRule r : c.choices()) {
        k = put(index.of(r.next()), out, k);
      }
      if (c.defaultState().isPresent()) {
        k = put(index.of(c.defaultState().get()), out, k);
      }
    }
    if (st instanceof HasErrorHandling e && e.catchers().isPresent()) {
      for (Catcher c : e.catchers().get()) {
        k = put(index.of(c.next()), out, k);
      }
    }
    return k;
  }

  private static int put(int target, int[] out, int k) {
    if (target < 0) {
      return k;
    }
    if (k < out.length) {
      out[k] = target;
    }
    return k + 1;
  }

  /** The items a Map iterates over: the elements of an array, anything otherwise. */
  static Shape element(Shape items) {
    return items.kind == Shape.Kind.ARRAY ? items.element : Shape.ANY;
  }

  /** The task's result, as its integration returns it. */
  Shape taskResult(String resource, Optional<Value> payload) {
    Shape result = RESULTS.get(resource);
    if (result == null) {
      if (RESULTS.size() > 4096) {
        RESULTS.clear(); // bounded: resources are few, but placeholders may make them many
      }
      result = Shape.of(ResultShapes.of(resource));
      RESULTS.put(resource, result);
    }
    if (result == Shape.ANY || payload.isPresent() && passesToken(payload.get())) {
      return Shape.ANY; // nothing known, or whatever a callback sends
    }
    return result.from(new Origin(Origin.Form.RESULT, name, resource));
  }

  /** Whether a payload passes the task token, so that a callback may end the task. */
  static boolean passesToken(Value v) {
    if (v instanceof Expression e) {
      return e.text().contains("Task.Token");
    } else if (v instanceof JsonObject o) {
      for (Value m : o.members().values()) {
        if (passesToken(m)) {
          return true;
        }
      }
    } else if (v instanceof JsonArray a) {
      for (Value e : a.elements()) {
        if (passesToken(e)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A Parallel state's result: one element per branch, or null when a branch never ends. */
  Shape parallel(ParallelState p, Shape branchInput) {
    List<Shape> outputs = new ArrayList<>();
    for (int i = 0; i < p.branches().size(); i++) {
      Shape o = g.rules.nested(p.branches().get(i), at.at("Branches").at(i), ql, branchInput,
          g.execution, report);
      if (o == null) {
        return null;
      }
      outputs.add(o);
    }
    return Shape.tuple(outputs, Origin.of(Origin.Form.PARALLEL_RESULT, name));
  }

  /** A Map state's result: one element per item (a Distributed Map writing to S3: anything). */
  Shape map(MapState m, Shape item) {
    boolean distributed = m.isDistributed();
    Shape input = m.itemReader().isPresent() || m.itemBatcher().isPresent() ? Shape.ANY : item;
    Shape o = g.rules.nested(m.itemProcessor(), at.at(m.legacyIterator() ? "Iterator"
        : "ItemProcessor"), ql, input, distributed ? input : g.execution, report);
    if (m.resultWriter().isPresent()) {
      return Shape.ANY;
    }
    return Shape.array(o == null ? Shape.ANY : o, Origin.of(Origin.Form.MAP_RESULT, name));
  }

  /** ResultSelector, ResultPath and OutputPath after a result. */
  private Shape output(Optional<JsonObject> selector, Optional<Path> resultPath,
      Optional<Path> outputPath, Shape in, Shape result) {
    if (result == null) {
      return null; // never succeeds
    }
    Shape selected = selector.map(v -> values.template(v, result, null, at.at("ResultSelector"),
        Origin.of(Origin.Form.RESULT_SELECTOR, name), false, result.origin != null
            ? result.origin : new Origin(Origin.Form.RESULT, name, "its resource")))
        .orElse(result);
    return outputPath(outputPath, resultPath(resultPath, in, selected));
  }

  Shape inputPath(Optional<Path> p, Shape in) {
    if (p.isEmpty()) {
      return in; // (what the input is called is made only for a path to read)
    }
    return select(p, in, "InputPath", Origin.of(Origin.Form.INPUT, name), true,
        Origin.Form.INPUT_NULL);
  }

  Shape outputPath(Optional<Path> p, Shape out) {
    if (out == null || p.isEmpty()) {
      return out;
    }
    return select(p, out, "OutputPath", Origin.of(Origin.Form.OUTPUT_BEFORE_OUTPUT_PATH, name),
        false, Origin.Form.OUTPUT_NULL);
  }

  private Shape select(Optional<Path> p, Shape base, String field, Origin baseName,
      boolean onInput, Origin.Form discarded) {
    if (p.isEmpty()) {
      return base;
    }
    if (!(p.get() instanceof JsonPath jp)) {
      return Shape.EMPTY.from(Origin.of(discarded, name));
    }
    Shape found = values.read(jp.text(), base, null, at.at(field), baseName, onInput);
    if (field.equals("OutputPath") && !jp.text().strip().equals("$")) {
      return found.from(new Origin(Origin.Form.OUTPUT_PATH, name, jp.text()));
    }
    return found;
  }

  Shape resultPath(Optional<Path> p, Shape in, Shape result) {
    if (p.isEmpty()) {
      return result;
    }
    if (!(p.get() instanceof JsonPath jp)) {
      return in;
    }
    ShapePath path = g.rules.path(jp.text());
    if (path == null || !path.root().equals("$")) {
      return Shape.ANY;
    }
    return path.steps().isEmpty() ? result : path.write(in, result).from(null);
  }

  /** Where each catcher goes: the error output placed by its ResultPath into the input. */
  private void catchers(Optional<List<Catcher>> catchers, Shape in) {
    if (catchers.isPresent()) {
      for (Catcher c : catchers.get()) {
        g.flowTo(s, c.next(), resultPath(c.resultPath(), in, errorOutput()));
      }
    }
  }

  private static Shape errorOutputShape() {
    Shape.Members m = new Shape.Members(2);
    m.add("Error", new Member(Shape.ANY, Presence.CERTAIN));
    m.add("Cause", new Member(Shape.ANY, Presence.CERTAIN));
    return Shape.object(m, false, null);
  }

  Shape errorOutput() {
    return ERROR_OUTPUT.from(Origin.of(Origin.Form.ERROR_OUTPUT, name));
  }

  void next(Transition t, Shape out) {
    if (out == null) {
      return;
    }
    if (t instanceof Transition.Next n) {
      g.flowTo(s, n.state(), out);
    } else {
      g.ends(out);
    }
  }

  void next(State st, Shape out) {
    next(((HasTransition) st).transition(), out);
  }

  private void numberPath(Optional<DynamicNumber> v, String field, Shape eff) {
    if (v.orElse(null) instanceof JsonPath p) {
      referencePath(p.text(), eff, field);
    }
  }

  private void failPath(Optional<DynamicString> v, String field, Shape in) {
    if (v.orElse(null) instanceof JsonPath p) {
      referencePath(p.text(), in, field);
    } else if (v.orElse(null) instanceof Intrinsic i) {
      values.intrinsic(i.text(), in, null, at.at(field), Origin.of(Origin.Form.INPUT, name),
          true);
    }
  }

  private Shape referencePath(String text, Shape eff, String field) {
    return values.read(text, eff, null, at.at(field), Origin.of(Origin.Form.INPUT, name),
        true);
  }

  /** A Choice: each rule sees the input minus what the rules before it ruled out. */
  private void choice(ChoiceState c, Shape eff) {
    Shape remaining = eff;
    for (int i = 0; i < c.choices().size(); i++) {
      ChoiceRule r = c.choices().get(i);
      Loc rp = at.at("Choices").at(i);
      Shape matched = condition(r.condition(), remaining, rp, true);
      g.flowTo(s, r.next(), outputPath(c.outputPath(), matched));
      remaining = condition(r.condition(), remaining, rp, false);
    }
    Shape none = remaining; // no rule matched
    c.defaultState().ifPresent(d -> g.flowTo(s, d, outputPath(c.outputPath(), none)));
  }

  /**
   * Checks the paths a condition reads (with {@code matched}), and returns what the input is
   * known to be when it matched, or when it did not.
   */
  private Shape condition(Condition cond, Shape input, Loc at, boolean matched) {
    if (matched) {
      reads(cond, input, at);
    }
    return learn(cond, input, matched);
  }

  /** Reports the paths a comparison reads: a missing variable fails the execution. */
  private void reads(Condition cond, Shape input, Loc at) {
    if (cond instanceof Condition.Comparison cmp) {
      if (!isTypeTest(cmp.operator())) {
        values.read(cmp.variable().text(), input, null, at.at("Variable"),
            Origin.of(Origin.Form.INPUT, name), true);
        if (cmp.operand() instanceof JsonPath p) {
          values.read(p.text(), input, null, at.at(cmp.operator().jsonName()),
              Origin.of(Origin.Form.INPUT, name), true);
        }
      }
    } else if (cond instanceof Condition.And and) {
      Shape known = input;
      for (int i = 0; i < and.rules().size(); i++) {
        reads(and.rules().get(i).condition(), known, at.at("And").at(i));
        known = learn(and.rules().get(i).condition(), known, true);
      }
    } else if (cond instanceof Condition.Or or) {
      Shape known = input;
      for (int i = 0; i < or.rules().size(); i++) {
        reads(or.rules().get(i).condition(), known, at.at("Or").at(i));
        known = learn(or.rules().get(i).condition(), known, false);
      }
    }
  }

  /** IsNull and the type tests on a missing variable: what Step Functions does is not known. */
  private static boolean isTypeTest(ComparisonOperator op) {
    return switch (op) {
      case IS_NULL, IS_PRESENT, IS_NUMERIC, IS_STRING, IS_BOOLEAN, IS_TIMESTAMP -> true;
      default -> false;
    };
  }

  /** What a condition having matched (or not) says about the input. */
  private Shape learn(Condition cond, Shape input, boolean matched) {
    if (cond instanceof Condition.Comparison cmp) {
      ShapePath p = g.rules.path(cmp.variable().text());
      if (p == null || !p.root().equals("$")) {
        return input;
      }
      if (cmp.operator() == ComparisonOperator.IS_PRESENT) {
        boolean present = cmp.operand() instanceof JsonBoolean b
            && b.value() == matched;
        return p.refine(input, present ? Presence.CERTAIN : Presence.ABSENT);
      }
      if (matched && cmp.operator() != ComparisonOperator.IS_NULL) {
        Shape known = p.refine(input, Presence.CERTAIN);
        ShapePath other = cmp.operand() instanceof JsonPath o ? g.rules.path(o.text()) : null;
        if (other != null && other.root().equals("$")) {
          known = other.refine(known, Presence.CERTAIN);
        }
        return known;
      }
      if (!matched && !isTypeTest(cmp.operator())) {
        return p.refine(input, Presence.CERTAIN); // compared without failing: it is there
      }
      return input;
    } else if (cond instanceof Condition.And and && matched) {
      Shape known = input;
      for (NestedRule r : and.rules()) {
        known = learn(r.condition(), known, true);
      }
      return known;
    } else if (cond instanceof Condition.Or or && !matched) {
      Shape known = input;
      for (NestedRule r : or.rules()) {
        known = learn(r.condition(), known, false);
      }
      return known;
    } else if (cond instanceof Condition.Not not) {
      return learn(not.rule().condition(), input, !matched);
    }
    return input;
  }
}
