package io.asl4j.validation;

import io.asl4j.model.Intrinsic;
import io.asl4j.model.JsonArray;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonPath;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.Value;
import io.asl4j.syntax.IntrinsicNode;
import io.asl4j.validation.Shape.Member;
import io.asl4j.validation.Shape.Presence;
import io.asl4j.validation.ShapePath.Found;
import io.asl4j.validation.ShapePath.Read;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The values of a JSONPath state: paths read from the input (or the result, the execution input,
 * the Map item), payload templates with their paths and intrinsic calls, and the shape each gives.
 */
final class ValueFlow {

  private final StateFlow f;

  ValueFlow(StateFlow f) {
    this.f = f;
  }

  /**
   * The shape a payload template makes (Parameters, ItemSelector), its paths read from {@code $}.
   *
   * @param onInput whether {@code $} is the state's input as it came in (no InputPath)
   */
  Shape template(Value v, Shape dollar, Shape item, Loc location, Origin origin,
      boolean onInput) {
    return template(v, dollar, item, location, origin, onInput, Origin.of(onInput
        ? Origin.Form.INPUT : Origin.Form.INPUT_AFTER_INPUT_PATH, f.name));
  }

  /** A template whose {@code $} is named {@code base} in messages (ResultSelector: the result). */
  Shape template(Value v, Shape dollar, Shape item, Loc location, Origin origin,
      boolean onInput, Origin base) {
    if (v instanceof JsonObject o) {
      Shape.Members m = new Shape.Members(o.members().size());
      for (Map.Entry<String, Value> e : o.members().entrySet()) {
        Value value = e.getValue();
        Shape shape;
        if (value instanceof JsonPath p) {
          shape = read(p.text(), dollar, item, location.dollar(e.getKey()), base, onInput);
        } else if (value instanceof Intrinsic i) {
          shape = intrinsic(i.text(), dollar, item, location.dollar(e.getKey()), base,
              onInput);
        } else {
          shape = template(value, dollar, item, location.at(e.getKey()), null, onInput, base);
        }
        m.add(e.getKey(), new Member(shape, Presence.CERTAIN));
      }
      return Shape.object(m, false, origin);
    } else if (v instanceof JsonArray a) {
      List<Shape> items = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        items.add(template(a.elements().get(i), dollar, item, location.at(i), null, onInput,
            base));
      }
      return Shape.tuple(items, origin);
    }
    return Shape.of(v, origin);
  }

  /**
   * Reads a JSONPath path: from {@code $} ({@code dollar}), the execution input
   * ({@code $$.Execution.Input}) or the Map item ({@code $$.Map.Item.Value}); a variable or
   * another context field gives anything. With reporting on, checks that the value is there.
   */
  Shape read(String text, Shape dollar, Shape item, Loc location, Origin base,
      boolean onInput) {
    ShapePath p = f.g.rules.path(text);
    if (p == null || dollar == null) {
      return Shape.ANY;
    }
    Shape from = dollar;
    int first = 0;
    if (p.root().equals("$$")) {
      List<Object> st = p.steps();
      if (st.size() >= 2 && "Execution".equals(st.get(0)) && "Input".equals(st.get(1))) {
        from = f.g.execution;
        first = 2;
        base = Origin.of(Origin.Form.EXECUTION_INPUT, null);
      } else if (item != null && st.size() >= 3 && "Map".equals(st.get(0))
          && "Item".equals(st.get(1)) && "Value".equals(st.get(2))) {
        from = item;
        first = 3;
        base = Origin.of(Origin.Form.ITEM, null);
      } else if (st.size() == 3 && "Map".equals(st.get(0)) && "Index".equals(st.get(2))) {
        return Shape.NUMBER;
      } else {
        return Shape.ANY;
      }
    } else if (!p.root().equals("$")) {
      return Shape.ANY; // a variable
    }
    Read r = p.read(from, first);
    if (f.report) {
      f.g.rules.found(f.g, f.s, p, r, location, base, QueryLanguage.JSONPATH,
          onInput && first == 0);
    }
    return r.found() == Found.ABSENT || r.shape() == null ? Shape.ANY : r.shape();
  }

  /** Reads the paths an intrinsic call takes, and returns the shape of what it gives. */
  Shape intrinsic(String text, Shape dollar, Shape item, Loc location, Origin base,
      boolean onInput) {
    IntrinsicNode.Call call = IntrinsicSyntax.parsed(text);
    return call == null ? Shape.ANY : call(call, dollar, item, location, base, onInput);
  }

  private Shape call(IntrinsicNode.Call call, Shape dollar, Shape item, Loc location,
      Origin base, boolean onInput) {
    List<Shape> args = new ArrayList<>();
    for (IntrinsicNode a : call.arguments()) {
      if (a instanceof IntrinsicNode.PathReference p) {
        args.add(read(p.source(), dollar, item, location, base, onInput));
      } else if (a instanceof IntrinsicNode.Call inner) {
        args.add(call(inner, dollar, item, location, base, onInput));
      } else if (a instanceof IntrinsicNode.StringLiteral) {
        args.add(Shape.STRING);
      } else if (a instanceof IntrinsicNode.NumberLiteral) {
        args.add(Shape.NUMBER);
      } else if (a instanceof IntrinsicNode.BooleanLiteral) {
        args.add(Shape.BOOLEAN);
      } else {
        args.add(Shape.NULL);
      }
    }
    return switch (call.name()) {
      case "Format", "JsonToString", "Base64Encode", "Base64Decode", "Hash", "UUID" ->
          Shape.STRING;
      case "ArrayLength", "MathRandom", "MathAdd" -> Shape.NUMBER;
      case "ArrayContains" -> Shape.BOOLEAN;
      case "Array" -> Shape.tuple(args, null);
      case "ArrayUnique" -> args.isEmpty() ? Shape.ANY : Shape.array(StateFlow.element(
          args.get(0)), null);
      case "ArrayPartition" -> Shape.array(args.isEmpty() ? Shape.ANY
          : Shape.array(StateFlow.element(args.get(0)), null), null);
      case "ArrayRange" -> Shape.array(Shape.NUMBER, null);
      case "StringSplit" -> Shape.array(Shape.STRING, null);
      case "ArrayGetItem" -> args.isEmpty() ? Shape.ANY : StateFlow.element(args.get(0));
      default -> Shape.ANY; // StringToJson, JsonMerge, unknown names
    };
  }
}
