package io.asl4j.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A compiled Map state. Iterations run one after the other in item order (concurrency is
 * semantic); a Distributed Map runs its iterations as child executions whose states stay out of
 * this execution's history, as on AWS.
 */
final class MapNode extends GuardedNode {

  Graph processor;
  boolean distributed;
  DataPath inputPath = DataPath.IDENTITY;
  /** ItemsPath (JSONPath), or {@code null} for {@code $}. */
  PathEval itemsPath;
  /** Items (JSONata), or {@code null} for {@code $states.input}. */
  Eval items;
  Eval itemSelector;
  Eval resultSelector;
  ResultPath resultPath = ResultPath.REPLACE;
  DataPath outputPath = DataPath.IDENTITY;
  Eval output;
  Assign assign;
  /** A constant MaxConcurrency (0: no limit); iterations share that many slots on the clock. */
  long maxConcurrency;
  Eval toleratedCount;
  String toleratedCountPath;
  Eval toleratedPercentage;
  String toleratedPercentagePath;

  MapNode(String name, boolean jsonata) {
    super(name, "Map", jsonata);
  }

  @Override
  Object attempt(Step s, Object input) throws Failure {
    Run run = s.run;
    Object effective = input;
    Object list;
    if (jsonata) {
      s.statesResult = null;
      list = items == null ? input : items.eval(s, input);
      if (!(list instanceof List) && items instanceof JsonataEval j) {
        throw Failure.query(s.where() + j.describe() + " returned an unexpected result type. "
            + "Expected 'array', but was '" + Json.typeName(list) + "' for value: "
            + Json.write(list));
      }
    } else {
      effective = inputPath.apply(s, input);
      list = itemsPath == null ? effective : itemsPath.eval(s, effective);
    }
    if (!(list instanceof List<?> elements)) {
      throw Failure.query(s.where() + "Map state input must be an array but was: "
          + Json.write(list));
    }
    long tolerated = toleratedCount(s, effective);
    double percentage = toleratedPercentage(s, effective);
    int started = run.event("MapStateStarted", s.enteredId, run.recording()
        ? details("length", (long) elements.size()) : null);
    if (distributed) {
      run.event("MapRunStarted", started, null);
    }
    List<Object> results = new ArrayList<>(elements.size());
    // iterations run one after the other; on the virtual clock each starts when one of the
    // MaxConcurrency slots is free, and the state ends when the last iteration does
    long start = run.clock;
    long end = start;
    java.util.PriorityQueue<Long> slots = maxConcurrency > 0 ? new java.util.PriorityQueue<>()
        : null;
    long failed = 0;
    Failure firstFailure = null;
    for (int i = 0; i < elements.size(); i++) {
      Object item = elements.get(i);
      Object itemInput = item;
      if (itemSelector != null) {
        s.hasItem = true;
        s.itemIndex = i;
        s.itemValue = item;
        try {
          itemInput = itemSelector.eval(s, effective);
        } finally {
          s.hasItem = false;
        }
      }
      if (!distributed) {
        run.event("MapIterationStarted", run.lastEventId, run.recording()
            ? details("name", name, "index", (long) i) : null);
      }
      if (slots != null && slots.size() >= maxConcurrency) {
        run.clock = Math.max(start, slots.poll());
      } else {
        run.clock = start;
      }
      try {
        Object out;
        if (distributed) {
          // a child execution: its events and states are not part of this history
          Run child = new Run(run.options.withHistory(false).withHistoryLimit(false), run.tasks,
              itemInput);
          child.clock = run.clock;
          out = processor.run(child, new Scope(null), itemInput);
          run.clock = Math.max(run.clock, child.clock);
        } else {
          out = processor.run(run, new Scope(s.scope), itemInput);
        }
        results.add(out);
        end = Math.max(end, run.clock);
        if (slots != null) {
          slots.add(run.clock);
        }
        if (!distributed) {
          run.event("MapIterationSucceeded", run.lastEventId, run.recording()
              ? details("name", name, "index", (long) i) : null);
        }
      } catch (Failure f) {
        if (f.terminal) {
          throw f;
        }
        failed++;
        if (!distributed) {
          run.event("MapIterationFailed", run.lastEventId, run.recording()
              ? details("name", name, "index", (long) i) : null);
        }
        if (firstFailure == null) {
          firstFailure = f;
        }
        boolean tolerable = failed <= tolerated
            || percentage > 0 && failed * 100.0 <= percentage * elements.size();
        if (!tolerable) {
          if (distributed) {
            run.event("MapRunFailed", run.lastEventId, null);
          }
          run.event("MapStateFailed", run.lastEventId, null);
          if (tolerated > 0 || percentage > 0) {
            throw Failure.of("States.ExceedToleratedFailureThreshold",
                "The specified tolerated failure threshold was exceeded");
          }
          throw f;
        }
        results.add(Json.NULL);
        end = Math.max(end, run.clock);
        if (slots != null) {
          slots.add(run.clock);
        }
      }
    }
    run.clock = end;
    if (distributed) {
      run.event("MapRunSucceeded", run.lastEventId, null);
    }
    run.event("MapStateSucceeded", run.lastEventId, null);
    if (jsonata) {
      s.statesResult = results;
      Map<String, Object> assigned = assign == null ? null : assign.evaluate(s, results);
      Object out = output == null ? results : output.eval(s, results);
      Assign.bind(s, assigned);
      return out;
    }
    Object selected = resultSelector == null ? results : resultSelector.eval(s, results);
    Map<String, Object> assigned = assign == null ? null : assign.evaluate(s, selected);
    Object out = outputPath.apply(s, resultPath.apply(s, input, selected));
    Assign.bind(s, assigned);
    return out;
  }

  /** A numeric string counts as its number in the tolerated-failure fields, as on AWS. */
  private static Object numeric(Object v) {
    if (v instanceof String str) {
      try {
        return str.contains(".") || str.contains("e") || str.contains("E")
            ? (Object) Double.parseDouble(str) : (Object) Long.parseLong(str.strip());
      } catch (NumberFormatException e) {
        return v;
      }
    }
    return v;
  }

  private long toleratedCount(Step s, Object data) throws Failure {
    if (toleratedCount == null) {
      return 0;
    }
    Object v = numeric(toleratedCount.eval(s, data));
    if (!(v instanceof Number n) || !Json.isIntegral(n) || n.longValue() < 0) {
      if (toleratedCountPath != null) {
        throw Failure.runtime(s.where() + "The ToleratedFailureCountPath field refers to value \""
            + (v instanceof String str ? str : Json.write(v)) + "\" which is not a valid integer: "
            + toleratedCountPath);
      }
      throw Failure.query(s.where() + "ToleratedFailureCount must be a non-negative integer.");
    }
    return n.longValue();
  }

  private double toleratedPercentage(Step s, Object data) throws Failure {
    if (toleratedPercentage == null) {
      return 0;
    }
    Object v = numeric(toleratedPercentage.eval(s, data));
    if (!(v instanceof Number n)) {
      if (toleratedPercentagePath != null) {
        throw Failure.runtime(s.where() + "The ToleratedFailurePercentagePath field refers to value \""
            + (v instanceof String str ? str : Json.write(v)) + "\" which is not a valid float: "
            + toleratedPercentagePath);
      }
      throw Failure.query(s.where() + "ToleratedFailurePercentage must be a number.");
    }
    double p = n.doubleValue();
    if (p < 0 || p > 100) {
      throw Failure.runtime(s.where() + "ToleratedFailurePercentage must be between 0 and 100.");
    }
    return p;
  }
}
