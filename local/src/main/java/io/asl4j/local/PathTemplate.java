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

  /** Intrinsic functions whose results are small scalars, whatever their arguments. */
  private static final java.util.Set<String> SMALL_RESULTS = java.util.Set.of("MathAdd",
      "MathRandom", "ArrayLength", "ArrayContains", "UUID", "Hash");
  private static final java.util.regex.Pattern FUNCTION =
      java.util.regex.Pattern.compile("States\\.(\\w+)\\s*\\(");

  /**
   * Whether a template's result may be much larger than the data it reads: when it copies more
   * than one value of it (paths, variables), calls an intrinsic that builds strings or arrays, or
   * holds large constants. A template that picks at most one value and adds small scalars makes
   * nothing larger than its input.
   */
  static boolean mayGrow(Value v) {
    int[] copies = new int[1];
    long[] constant = new long[1];
    return grows(v, copies, constant) || copies[0] > 1 || constant[0] > 1024;
  }

  private static boolean grows(Value v, int[] copies, long[] constant) {
    if (v instanceof JsonObject o) {
      for (Map.Entry<String, Value> e : o.members().entrySet()) {
        constant[0] += e.getKey().length() + 4;
        if (grows(e.getValue(), copies, constant)) {
          return true;
        }
      }
      return false;
    } else if (v instanceof JsonArray a) {
      for (Value e : a.elements()) {
        if (grows(e, copies, constant)) {
          return true;
        }
      }
      return false;
    } else if (v instanceof JsonPath) {
      copies[0]++;
      return false;
    } else if (v instanceof Intrinsic i) {
      java.util.regex.Matcher m = FUNCTION.matcher(i.text());
      while (m.find()) {
        if (!SMALL_RESULTS.contains(m.group(1))) {
          return true;
        }
      }
      return false;
    }
    constant[0] += Json.utf8Length(Eval.literal(v));
    return false;
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
