package io.asl4j.validation;

import io.asl4j.model.Catcher;
import io.asl4j.model.ChoiceRule;
import io.asl4j.model.ChoiceState;
import io.asl4j.model.DynamicString;
import io.asl4j.model.FailState;
import io.asl4j.model.JsonArray;
import io.asl4j.model.JsonObject;
import io.asl4j.model.Jsonata;
import io.asl4j.model.MapState;
import io.asl4j.model.ParallelState;
import io.asl4j.model.PassState;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.State;
import io.asl4j.model.SucceedState;
import io.asl4j.model.TaskState;
import io.asl4j.model.Value;
import io.asl4j.model.WaitState;
import io.asl4j.validation.Shape.Member;
import io.asl4j.validation.Shape.Presence;
import io.asl4j.validation.ShapePath.Found;
import io.asl4j.validation.ShapePath.Read;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a JSONata state does to the data: Arguments, the result, Output and Assign, each
 * {@code {% %}} expression that is a plain path into {@code $states.input}, {@code $states.result}
 * or {@code $states.errorOutput} checked against what it reads (an expression that gives nothing
 * fails the state with {@code States.QueryEvaluationError}); any other expression gives anything.
 */
final class JsonataFlow {

  /** {@code $states.input.a.b}: a plain path, whose value is undefined when a name is missing. */
  private static final Pattern PLAIN = Pattern.compile(
      "\\$states\\.(input|result|errorOutput|context\\.Execution\\.Input"
      + "|context\\.Map\\.Item\\.Value)"
      + "((?:\\.[A-Za-z_][A-Za-z0-9_]*)*)");

  /** A plain path: what {@code $states} member it starts from, and its steps. */
  private record Plain(String root, ShapePath path) {}

  /** Plain paths by expression text, shared by every validation; bounded. */
  private static final Map<String, Object> PLAIN_PATHS = new ConcurrentHashMap<>();
  private static final Object NOT_PLAIN = new Object();

  /** What {@code $states} holds in one field; null where it holds nothing. */
  private record Bindings(Shape input, Shape result, Shape errorOutput, Shape item) {}

  private final StateFlow f;
  private final String name;

  JsonataFlow(StateFlow f) {
    this.f = f;
    this.name = f.name;
  }

  void transfer(State st, Shape in) {
    Bindings before = new Bindings(in, null, null, null);
    if (st instanceof TaskState t) {
      t.arguments().ifPresent(a -> value(a, before, f.at.at("Arguments"), null));
      Shape result = f.taskResult(t.resource(), t.arguments());
      after(st, t.assign(), t.output(), in, result);
      catchers(t.catchers(), in);
    } else if (st instanceof PassState p) {
      after(st, p.assign(), p.output(), in, in);
    } else if (st instanceof WaitState w) {
      after(st, w.assign(), w.output(), in, in);
    } else if (st instanceof ChoiceState c) {
      c.assign().ifPresent(a -> value(a, before, f.at.at("Assign"), null));
      Shape out = c.output().map(o -> value(o, before, f.at.at("Output"),
          Origin.of(Origin.Form.OUTPUT, name))).orElse(in);
      for (int i = 0; i < c.choices().size(); i++) {
        ChoiceRule r = c.choices().get(i);
        Loc rp = f.at.at("Choices").at(i);
        r.assign().ifPresent(a -> value(a, before, rp.at("Assign"), null));
        f.g.flowTo(f.s, r.next(), r.output().map(o -> value(o, before, rp.at("Output"),
            Origin.of(Origin.Form.RULE_OUTPUT, name))).orElse(out));
      }
      c.defaultState().ifPresent(d -> f.g.flowTo(f.s, d, out));
    } else if (st instanceof SucceedState sc) {
      f.g.ends(sc.output().map(o -> value(o, before, f.at.at("Output"),
          Origin.of(Origin.Form.OUTPUT, name))).orElse(in));
    } else if (st instanceof FailState fail) {
      expression(fail.error(), before, "Error");
      expression(fail.cause(), before, "Cause");
    } else if (st instanceof ParallelState p) {
      Shape branchInput = p.arguments().map(a -> value(a, before, f.at.at("Arguments"),
          Origin.of(Origin.Form.ARGUMENTS, name))).orElse(in);
      after(st, p.assign(), p.output(), in, f.parallel(p, branchInput));
      catchers(p.catchers(), in);
    } else if (st instanceof MapState m) {
      Shape items = m.items().map(v -> value(v, before, f.at.at("Items"), null)).orElse(in);
      Shape element = StateFlow.element(items);
      Shape item = m.itemSelector().map(v -> value(v, new Bindings(in, null, null, element),
          f.at.at("ItemSelector"), Origin.of(Origin.Form.ITEM_SELECTOR, name))).orElse(element);
      after(st, m.assign(), m.output(), in, f.map(m, item));
      catchers(m.catchers(), in);
    }
  }

  /** Assign and Output, which see the input and the result; the output goes to Next or ends. */
  private void after(State st, Optional<JsonObject> assign, Optional<Value> output, Shape in,
      Shape result) {
    if (result == null) {
      return; // never succeeds
    }
    Bindings b = new Bindings(in, result, null, null);
    assign.ifPresent(a -> value(a, b, f.at.at("Assign"), null));
    f.next(st, output.map(o -> value(o, b, f.at.at("Output"), Origin.of(Origin.Form.OUTPUT,
        name))).orElse(result));
  }

  private void catchers(Optional<List<Catcher>> catchers, Shape in) {
    List<Catcher> list = catchers.orElse(List.of());
    for (int i = 0; i < list.size(); i++) {
      Catcher c = list.get(i);
      Loc cp = f.at.at("Catch").at(i);
      Bindings b = new Bindings(in, null, f.errorOutput(), null);
      c.assign().ifPresent(a -> value(a, b, cp.at("Assign"), null));
      f.g.flowTo(f.s, c.next(), c.output().map(o -> value(o, b, cp.at("Output"),
          Origin.of(Origin.Form.CATCHER_OUTPUT, name))).orElse(f.errorOutput()));
    }
  }

  private void expression(Optional<DynamicString> v, Bindings b, String field) {
    if (v.orElse(null) instanceof Jsonata j) {
      expression(j, b, f.at.at(field));
    }
  }

  /** The shape of a JSONata value: JSON, with {@code {% %}} strings evaluated at any depth. */
  private Shape value(Value v, Bindings b, Loc location, Origin origin) {
    if (v instanceof Jsonata j) {
      return expression(j, b, location);
    } else if (v instanceof JsonObject o) {
      Shape.Members m = new Shape.Members(o.members().size());
      for (Map.Entry<String, Value> e : o.members().entrySet()) {
        m.add(e.getKey(), new Member(value(e.getValue(), b, location.at(e.getKey()), null),
            Presence.CERTAIN));
      }
      return Shape.object(m, false, origin);
    } else if (v instanceof JsonArray a) {
      List<Shape> items = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        items.add(value(a.elements().get(i), b, location.at(i), null));
      }
      return Shape.tuple(items, origin);
    }
    return Shape.of(v, origin);
  }

  /** A plain path into {@code $states} is read and checked; other expressions give anything. */
  private Shape expression(Jsonata j, Bindings b, Loc location) {
    String text = j.text();
    int start = 2;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (!text.startsWith("$states.", start)) {
      return Shape.ANY; // not a plain path: most expressions, decided without a regex
    }
    Object plain = PLAIN_PATHS.get(text);
    if (plain == null) {
      Matcher m = PLAIN.matcher(j.expression());
      ShapePath steps = m.matches() ? f.g.rules.path("$" + m.group(2)) : null;
      plain = steps == null ? NOT_PLAIN : new Plain(m.group(1),
          new ShapePath("$states." + m.group(1), steps.steps(), j.expression()));
      if (text.length() <= 1024) {
        if (PLAIN_PATHS.size() >= 20_000) {
          PLAIN_PATHS.clear();
        }
        PLAIN_PATHS.put(text, plain);
      }
    }
    if (plain == NOT_PLAIN) {
      return Shape.ANY;
    }
    String root = ((Plain) plain).root();
    ShapePath p = ((Plain) plain).path();
    Shape from = switch (root) {
      case "input" -> b.input;
      case "result" -> b.result;
      case "errorOutput" -> b.errorOutput;
      case "context.Map.Item.Value" -> b.item;
      default -> f.g.execution;
    };
    if (from == null) {
      return Shape.ANY; // not bound here: the expression rules report it
    }
    Read r = p.read(from, 0);
    if (f.report) {
      Origin base = switch (root) {
        case "input", "result", "errorOutput" -> new Origin(Origin.Form.STATES, null, root);
        case "context.Map.Item.Value" -> Origin.of(Origin.Form.ITEM, null);
        default -> Origin.of(Origin.Form.EXECUTION_INPUT, null);
      };
      f.g.rules.found(f.g, f.s, p, r, location, base, QueryLanguage.JSONATA,
          root.equals("input"));
    }
    return r.found() == Found.ABSENT || r.shape() == null ? Shape.ANY : r.shape();
  }
}
