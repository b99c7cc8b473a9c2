package io.asl4j.local;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * A compiled Map state. Iterations run one after the other in item order (concurrency is
 * semantic); on the virtual clock each starts when one of the {@code MaxConcurrency} slots is
 * free. A Distributed Map runs its iterations as child executions whose states stay out of this
 * execution's history, as on AWS, reading its items with an {@link ItemReading}, grouping them
 * with its {@code ItemBatcher} and writing its results with a {@link ResultWriting}.
 */
final class MapNode extends GuardedNode {

  Graph processor;
  boolean distributed;
  /** Names the Map Run and its child executions: the Label, else the state's name. */
  String label;
  DataPath inputPath = DataPath.IDENTITY;
  /** ItemsPath (JSONPath), or {@code null} for {@code $}. */
  PathEval itemsPath;
  /** Items (JSONata), or {@code null} for {@code $states.input}. */
  Eval items;
  Eval itemSelector;
  ItemReading reader;
  /** ItemBatcher: its two limits (with their Path forms) and BatchInput. */
  Eval maxItemsPerBatch;
  String maxItemsPerBatchPath;
  Eval maxBytesPerBatch;
  String maxBytesPerBatchPath;
  Eval batchInput;
  boolean batched;
  ResultWriting writer;
  /** MaxConcurrency in any form, or {@code null} (no limit). */
  Eval maxConcurrency;
  String maxConcurrencyPath;
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
    Object effective = jsonata ? input : inputPath.apply(s, input);
    if (jsonata) {
      s.statesResult = null;
    }
    long concurrency = concurrency(s, effective);
    List<?> elements = null;
    if (reader == null) {
      Object list;
      if (jsonata) {
        list = items == null ? input : items.eval(s, input);
        if (!(list instanceof List) && items instanceof JsonataEval j) {
          throw Failure.query(s.where() + j.describe() + " returned an unexpected result type. "
              + "Expected 'array', but was '" + Json.typeName(list) + "' for value: "
              + Json.write(list));
        }
      } else {
        list = itemsPath == null ? effective : itemsPath.eval(s, effective);
      }
      if (!(list instanceof List<?> l)) {
        throw Failure.query(s.where() + "Map state input must be an array but was: "
            + Json.write(list));
      }
      elements = l;
    }
    long tolerated = toleratedCount(s, effective);
    double percentage = toleratedPercentage(s, effective);
    int started = run.event("MapStateStarted", s.enteredId, run.recording()
        ? details("length", (long) (elements == null ? 0 : elements.size())) : null);
    String mapRunArn = null;
    if (distributed) {
      long maxItems = reader == null ? 0 : reader.maxItems(s, effective);
      mapRunArn = "arn:aws:states:us-east-1:111111111111:mapRun:"
          + run.options.stateMachineName() + "/" + label + ":" + StartExecution.uuid(run, "mapRun");
      run.event("MapRunStarted", started, run.recording() ? details("mapRunArn", mapRunArn)
          : null);
      if (reader != null) {
        try {
          elements = reader.read(s, effective, maxItems);
        } catch (Failure f) {
          run.event("MapRunFailed", run.lastEventId, null);
          run.event("MapStateFailed", run.lastEventId, null);
          throw f;
        }
      }
    }
    @SuppressWarnings("unchecked")
    List<Object> inputs = batched ? batches(s, effective, elements) : (List<Object>) elements;
    List<Object> results = new ArrayList<>(inputs.size());
    List<ResultWriting.ChildRun> children = writer == null ? null : new ArrayList<>();
    // iterations run one after the other; on the virtual clock each starts when one of the
    // MaxConcurrency slots is free, and the state ends when the last iteration does
    long start = run.clock;
    long end = start;
    PriorityQueue<Long> slots = concurrency > 0 ? new PriorityQueue<>() : null;
    long failed = 0;
    for (int i = 0; i < inputs.size(); i++) {
      Object itemInput = batched ? inputs.get(i) : select(s, effective, inputs.get(i), i);
      if (!distributed) {
        run.event("MapIterationStarted", run.lastEventId, run.recording()
            ? details("name", name, "index", (long) i) : null);
      }
      run.clock = slots != null && slots.size() >= concurrency ? Math.max(start, slots.poll())
          : start;
      long iterationStart = run.clock;
      String childName = distributed ? StartExecution.uuid(run, "iteration") : null;
      try {
        Object out;
        if (distributed) {
          // a child execution: its events and states are not part of this history, and it reads
          // no variable of this one
          Run child = new Run(run, run.options.withHistory(false).withHistoryLimit(false)
              .withNames(run.options.stateMachineName() + "/" + label, childName)
              .withStartTime(Instant.ofEpochMilli(iterationStart)), itemInput);
          child.clock = run.clock;
          out = processor.run(child, new Scope(null), itemInput);
          run.clock = Math.max(run.clock, child.clock);
        } else {
          out = processor.run(run, new Scope(s.scope), itemInput);
        }
        results.add(out);
        if (children != null) {
          children.add(new ResultWriting.ChildRun(childArn(run, childName), childName, itemInput,
              out, null, null, "SUCCEEDED", iterationStart, run.clock));
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
        if (children != null) {
          children.add(new ResultWriting.ChildRun(childArn(run, childName), childName, itemInput,
              null, f.error, f.cause, f.timeout ? "TIMED_OUT" : "FAILED", iterationStart,
              run.clock));
        }
        boolean tolerable = failed <= tolerated
            || percentage > 0 && failed * 100.0 <= percentage * inputs.size();
        if (!tolerable) {
          if (children != null && writer.exports()) {
            writer.write(s, effective, mapRunArn, children, pending(inputs, i + 1));
          }
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
      }
      end = Math.max(end, run.clock);
      if (slots != null) {
        slots.add(run.clock);
      }
    }
    run.clock = end;
    Object result = results;
    if (writer != null) {
      result = writer.exports() ? writer.write(s, effective, mapRunArn, children, List.of())
          : writer.preview(children, results);
    }
    if (distributed) {
      run.event("MapRunSucceeded", run.lastEventId, null);
    }
    run.event("MapStateSucceeded", run.lastEventId, null);
    return finish(s, input, result);
  }

  private String childArn(Run run, String name) {
    return name == null ? null : "arn:aws:states:us-east-1:111111111111:execution:"
        + run.options.stateMachineName() + "/" + label + ":" + name;
  }

  private static List<Object> pending(List<Object> inputs, int from) {
    List<Object> out = new ArrayList<>();
    for (int i = from; i < inputs.size(); i++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("Input", Json.write(inputs.get(i)));
      out.add(m);
    }
    return out;
  }

  /** An item through the ItemSelector, which sees it as {@code $$.Map.Item}. */
  private Object select(Step s, Object effective, Object item, int index) throws Failure {
    if (itemSelector == null) {
      return item;
    }
    s.hasItem = true;
    s.itemIndex = index;
    s.itemValue = item;
    try {
      return itemSelector.eval(s, effective);
    } finally {
      s.hasItem = false;
    }
  }

  /**
   * Each item through the ItemSelector, then grouped: up to MaxItemsPerBatch items and
   * MaxInputBytesPerBatch bytes per batch.
   */
  private List<Object> batches(Step s, Object effective, List<?> elements) throws Failure {
    List<Object> items = new ArrayList<>(elements.size());
    for (int i = 0; i < elements.size(); i++) {
      items.add(select(s, effective, elements.get(i), i));
    }
    long maxItems = limit(s, effective, maxItemsPerBatch, maxItemsPerBatchPath,
        "MaxItemsPerBatch");
    long maxBytes = limit(s, effective, maxBytesPerBatch, maxBytesPerBatchPath,
        "MaxInputBytesPerBatch");
    Object shared = batchInput == null ? null : batchInput.eval(s, effective);
    long overhead = Json.utf8Length(batch(shared, List.of()));
    List<Object> out = new ArrayList<>();
    List<Object> current = new ArrayList<>();
    long bytes = overhead;
    for (Object item : items) {
      long size = Json.utf8Length(item) + (current.isEmpty() ? 0 : 1);
      boolean full = maxItems > 0 && current.size() >= maxItems
          || maxBytes > 0 && !current.isEmpty() && bytes + size > maxBytes;
      if (full) {
        out.add(batch(shared, current));
        current = new ArrayList<>();
        bytes = overhead;
        size = Json.utf8Length(item);
      }
      current.add(item);
      bytes += size;
    }
    if (!current.isEmpty()) {
      out.add(batch(shared, current));
    }
    return out;
  }

  private static Map<String, Object> batch(Object batchInput, List<Object> items) {
    Map<String, Object> b = new LinkedHashMap<>();
    if (batchInput != null) {
      b.put("BatchInput", batchInput);
    }
    b.put("Items", items);
    return b;
  }

  /** A positive batch limit, or 0 when the field is absent. */
  private static long limit(Step s, Object data, Eval field, String path, String name)
      throws Failure {
    if (field == null) {
      return 0;
    }
    Object v = Json.numeric(field.eval(s, data));
    if (v instanceof Number n && Json.isIntegral(n) && n.longValue() > 0) {
      return n.longValue();
    }
    String text = v instanceof String str ? str : Json.write(v);
    if (path != null) {
      throw Failure.runtime(s.where() + "The " + name + "Path field refers to value \"" + text
          + "\" which is not a valid integer: " + path);
    }
    throw Failure.query(s.where() + "The " + name + " field must be a positive integer: "
        + text);
  }

  /** MaxConcurrency in any of its forms; 0 for no limit. */
  private long concurrency(Step s, Object data) throws Failure {
    if (maxConcurrency == null) {
      return 0;
    }
    Object v = Json.numeric(maxConcurrency.eval(s, data));
    if (v instanceof Number n && Json.isIntegral(n) && n.longValue() >= 0) {
      return n.longValue();
    }
    String text = v instanceof String str ? str : Json.write(v);
    if (maxConcurrencyPath != null) {
      if (v instanceof Number n && Json.isIntegral(n)) {
        // AWS does not fail here: its execution stalls for ever; a local run cannot wait that long
        throw Failure.runtime(s.where() + "The MaxConcurrencyPath field references a negative "
            + "value: " + maxConcurrencyPath + " == " + text);
      }
      throw Failure.runtime(s.where() + "The MaxConcurrencyPath field refers to value \"" + text
          + "\" which is not a valid integer: " + maxConcurrencyPath);
    }
    if (maxConcurrency instanceof JsonataEval j) {
      throw Failure.query(s.where() + j.describe() + " returned an unexpected result type. "
          + "Expected 'non-negative integer', but was '" + Json.typeName(v) + "' for value: "
          + Json.write(v));
    }
    throw Failure.query(s.where() + "The MaxConcurrency field must be a non-negative integer: "
        + text);
  }

  private long toleratedCount(Step s, Object data) throws Failure {
    if (toleratedCount == null) {
      return 0;
    }
    Object v = Json.numeric(toleratedCount.eval(s, data));
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
    Object v = Json.numeric(toleratedPercentage.eval(s, data));
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
