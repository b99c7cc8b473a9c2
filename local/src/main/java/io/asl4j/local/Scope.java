package io.asl4j.local;

import java.util.HashMap;
import java.util.Map;

/**
 * Workflow variables of one scope: the top level, a Parallel branch or a Map iteration. Inner
 * scopes read outer variables; assignments go to the scope that runs the state.
 */
final class Scope {

  final Scope parent;
  private Map<String, Object> values;

  Scope(Scope parent) {
    this.parent = parent;
  }

  /** The variable's value, or {@code null} when no scope defines it. */
  Object get(String name) {
    for (Scope s = this; s != null; s = s.parent) {
      if (s.values != null) {
        Object v = s.values.get(name);
        if (v != null) {
          return v;
        }
      }
    }
    return null;
  }

  void set(String name, Object value) {
    if (values == null) {
      values = new HashMap<>();
    }
    values.put(name, value);
  }
}
