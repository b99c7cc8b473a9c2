package io.asl4j.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A state compiled for execution: its transitions point at other nodes, its paths and expressions
 * are compiled. {@link #execute} runs one entry into the state.
 */
abstract class Node {

  final String name;
  final boolean jsonata;
  final String enteredType;
  final String exitedType;
  /**
   * Whether the state's output may be over the payload quota when its input is not: true but for
   * states whose output is their input or a part of it with little added (compiled per state, so
   * that the common small states skip the measuring).
   */
  boolean mayGrow = true;
  /** The next state, or {@code null} at the end of the graph (resolved after construction). */
  Node next;

  Node(String name, String type, boolean jsonata) {
    this.name = name;
    this.jsonata = jsonata;
    this.enteredType = type + "StateEntered";
    this.exitedType = type + "StateExited";
  }

  /**
   * Runs one entry into the state.
   *
   * @param s the running step ({@code s.node == this}); the output goes to {@link Step#output}
   * @param input the state's raw input
   * @return the state to go to next, or {@code null} when the graph ends here successfully
   * @throws Failure when the state fails
   */
  abstract Node execute(Step s, Object input) throws Failure;

  /** Whether {@code $$.State.RetryCount} exists for this state (Task, Parallel and Map). */
  interface Retrying {}

  // ---- shared JSONPath input/output processing

  /** InputPath / OutputPath: absent is {@code $}, {@code null} gives {@code {}}. */
  static final class DataPath {
    static final DataPath IDENTITY = new DataPath(null, false);
    static final DataPath EMPTY = new DataPath(null, true);
    private final PathEval path;
    private final boolean empty;

    private DataPath(PathEval path, boolean empty) {
      this.path = path;
      this.empty = empty;
    }

    static DataPath of(java.util.Optional<io.asl4j.model.Path> p) {
      if (p.isEmpty()) {
        return IDENTITY;
      }
      if (p.get() instanceof io.asl4j.model.JsonPath jp) {
        JsonPathExpr e = JsonPathExpr.compile(jp.text());
        return e.isRoot() ? IDENTITY : new DataPath(new PathEval(e, PathEval.JAYWAY), false);
      }
      return EMPTY;
    }

    Object apply(Step s, Object data) throws Failure {
      if (path != null) {
        return path.eval(s, data);
      }
      return empty ? new LinkedHashMap<String, Object>() : data;
    }
  }

  /** ResultPath: where a result goes in the state's raw input. */
  static final class ResultPath {
    static final ResultPath REPLACE = new ResultPath(null, false);
    private final JsonPathExpr path;
    private final boolean discard;

    private ResultPath(JsonPathExpr path, boolean discard) {
      this.path = path;
      this.discard = discard;
    }

    static ResultPath of(java.util.Optional<io.asl4j.model.Path> p) {
      if (p.isEmpty()) {
        return REPLACE;
      }
      if (p.get() instanceof io.asl4j.model.JsonPath jp) {
        JsonPathExpr e = JsonPathExpr.compile(jp.text());
        return e.isRoot() ? REPLACE : new ResultPath(e, false);
      }
      return new ResultPath(null, true);
    }

    /** Whether the result goes into the input (rather than replacing it or being dropped). */
    boolean merges() {
      return path != null;
    }

    Object apply(Step s, Object input, Object result) throws Failure {
      if (discard) {
        return input;
      }
      if (path == null) {
        return result;
      }
      // values are shared and never mutated: copy the objects along the path, then write
      Object target = copyAlong(input);
      try {
        return path.put(target, result);
      } catch (IllegalStateException e) {
        throw Failure.of("States.ResultPathMatchFailure", s.where() + e.getMessage());
      }
    }

    private Object copyAlong(Object input) {
      if (input instanceof Map<?, ?> m) {
        return copyMapsAlong(m, 0);
      }
      return input;
    }

    @SuppressWarnings("unchecked")
    private Object copyMapsAlong(Object v, int depth) {
      if (v instanceof Map<?, ?> m) {
        Map<String, Object> c = new LinkedHashMap<>((Map<String, Object>) m);
        String key = path.keyAt(depth);
        if (key != null && c.get(key) instanceof Map) {
          c.put(key, copyMapsAlong(c.get(key), depth + 1));
        } else if (key != null && c.get(key) instanceof List<?> l) {
          c.put(key, new java.util.ArrayList<>(l));
        }
        return c;
      }
      return v;
    }
  }

  /** Workflow variable assignments: all values are evaluated first, then bound. */
  static final class Assign {
    private final Eval values;

    Assign(Eval values) {
      this.values = values;
    }

    /** Evaluates the values (with the variables as they were when the state was entered). */
    @SuppressWarnings("unchecked")
    Map<String, Object> evaluate(Step s, Object data) throws Failure {
      return (Map<String, Object>) values.eval(s, data);
    }

    static void bind(Step s, Map<String, Object> values) {
      if (values != null) {
        for (Map.Entry<String, Object> e : values.entrySet()) {
          s.scope.set(e.getKey(), e.getValue());
        }
      }
    }
  }

  /** Details of an event, built only when the history is recorded. */
  static Map<String, Object> details(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      if (kv[i + 1] != null) {
        m.put((String) kv[i], kv[i + 1]);
      }
    }
    return m;
  }
}
