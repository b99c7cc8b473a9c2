package io.asl4j.local;

import io.asl4j.model.Intrinsic;
import io.asl4j.model.JsonArray;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonPath;
import io.asl4j.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSONPath payload template (Parameters, ResultSelector, ItemSelector, JSONPath Assign, ...)
 * compiled once: constant parts are built once and shared (values are never mutated), {@code .$}
 * members are compiled paths or intrinsic calls.
 */
final class PathTemplate {

  private PathTemplate() {}

  /**
   * Compiles a template.
   *
   * @param v the template
   * @param intrinsics compiles intrinsic calls
   * @return its evaluator
   */
  static Eval compile(Value v, IntrinsicCompiler intrinsics) {
    if (v.isConstant()) {
      return Eval.constant(Eval.constantValue(v));
    }
    if (v instanceof JsonObject o) {
      int n = o.size();
      String[] keys = new String[n];
      Eval[] evals = new Eval[n];
      int i = 0;
      for (Map.Entry<String, Value> e : o.members().entrySet()) {
        keys[i] = e.getKey();
        evals[i] = member(e.getKey(), e.getValue(), intrinsics);
        i++;
      }
      return (s, d) -> {
        Map<String, Object> m = new LinkedHashMap<>(n * 2);
        for (int k = 0; k < n; k++) {
          m.put(keys[k], evals[k].eval(s, d));
        }
        return m;
      };
    } else if (v instanceof JsonArray a) {
      Eval[] evals = new Eval[a.size()];
      for (int i = 0; i < evals.length; i++) {
        evals[i] = compile(a.elements().get(i), intrinsics);
      }
      return (s, d) -> {
        List<Object> l = new ArrayList<>(evals.length);
        for (Eval e : evals) {
          l.add(e.eval(s, d));
        }
        return l;
      };
    }
    // a JSONata expression in a JSONPath template is a plain string
    return Eval.constant(Eval.literal(v));
  }

  private static Eval member(String key, Value v, IntrinsicCompiler intrinsics) {
    if (v instanceof JsonPath p) {
      return PathEval.member(p.text(), key + ".$");
    } else if (v instanceof Intrinsic i) {
      return intrinsics.compile(i.text(), key + ".$");
    }
    return compile(v, intrinsics);
  }
}
