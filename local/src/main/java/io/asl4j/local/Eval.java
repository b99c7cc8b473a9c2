package io.asl4j.local;

import io.asl4j.model.Intrinsic;
import io.asl4j.model.JsonArray;
import io.asl4j.model.JsonBoolean;
import io.asl4j.model.JsonNull;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonPath;
import io.asl4j.model.JsonString;
import io.asl4j.model.Jsonata;
import io.asl4j.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled value: a payload template, a path or a JSONata expression, evaluated against a state's
 * data. JSONPath evaluators take {@code $} from the {@code data} argument; JSONata evaluators read
 * {@code $states} from the {@link Step}.
 */
@FunctionalInterface
interface Eval {

  /**
   * Evaluates.
   *
   * @param step the running state
   * @param data {@code $} for JSONPath
   * @return the value (internal representation)
   * @throws Failure when evaluation fails as it would on AWS
   */
  Object eval(Step step, Object data) throws Failure;

  /** A constant, computed once. */
  static Eval constant(Object v) {
    return (s, d) -> v;
  }

  /** Converts a constant model value to an internal JSON value. */
  static Object constantValue(Value v) {
    if (v instanceof JsonObject o) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (Map.Entry<String, Value> e : o.members().entrySet()) {
        m.put(e.getKey(), constantValue(e.getValue()));
      }
      return m;
    } else if (v instanceof JsonArray a) {
      List<Object> l = new ArrayList<>(a.size());
      for (Value e : a.elements()) {
        l.add(constantValue(e));
      }
      return l;
    } else if (v instanceof JsonString s) {
      return s.value();
    } else if (v instanceof JsonNumber n) {
      String t = n.text();
      return Json.number(t, t.indexOf('.') >= 0 || t.indexOf('e') >= 0 || t.indexOf('E') >= 0);
    } else if (v instanceof JsonBoolean b) {
      return b.value();
    } else if (v instanceof JsonNull) {
      return Json.NULL;
    }
    throw new IllegalArgumentException("not a constant: " + v);
  }

  /**
   * Writes a value back as it was written in the definition, for the literal parts of a JSONPath
   * state's {@code Result} and JSONata constants: an expression inside becomes its text (AWS
   * returns {@code "x.$"} keys and {@code "$$"} strings of a {@code Result} literally).
   */
  static Object literal(Value v) {
    if (v instanceof JsonObject o) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (Map.Entry<String, Value> e : o.members().entrySet()) {
        Value ev = e.getValue();
        String key = ev instanceof JsonPath || ev instanceof Intrinsic ? e.getKey() + ".$"
            : e.getKey();
        m.put(key, literal(ev));
      }
      return m;
    } else if (v instanceof JsonArray a) {
      List<Object> l = new ArrayList<>(a.size());
      for (Value e : a.elements()) {
        l.add(literal(e));
      }
      return l;
    } else if (v instanceof JsonPath p) {
      return p.text();
    } else if (v instanceof Intrinsic i) {
      return i.text();
    } else if (v instanceof Jsonata j) {
      return j.text();
    }
    return constantValue(v);
  }
}
