package io.asl4j.local;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Task handlers written in Java, per Task state name or per resource: each is a function from the
 * task's effective input (after {@code Parameters} or {@code Arguments}) to a result or an error;
 * a Task that none answers goes to the fallback, typically {@link Mocks}.
 *
 * <pre>{@code
 * TaskHandler tasks = TaskHandlers.create()
 *     .onState("Charge", input -> TaskResult.success(Map.of("id", 7)))
 *     .onResource("arn:aws:states:::sns:publish", input -> TaskResult.success(Map.of()))
 *     .otherwise(Mocks.read(Path.of("mocks.json"), Optional.empty()));
 * }</pre>
 *
 * <p>A state's function wins over a resource's. Without a fallback, a Task that no function
 * answers stops the run with a {@link LocalExecutionException} naming the state and the resource.
 * Immutable: each method returns a copy.
 */
public final class TaskHandlers implements TaskHandler {

  private final Map<String, Function<Object, TaskResult>> byState;
  private final Map<String, Function<Object, TaskResult>> byResource;
  private final TaskHandler fallback;

  private TaskHandlers(Map<String, Function<Object, TaskResult>> byState,
      Map<String, Function<Object, TaskResult>> byResource, TaskHandler fallback) {
    this.byState = byState;
    this.byResource = byResource;
    this.fallback = fallback;
  }

  /**
   * Returns handlers that answer nothing yet.
   *
   * @return empty handlers
   */
  public static TaskHandlers create() {
    return new TaskHandlers(Map.of(), Map.of(), null);
  }

  /**
   * Answers every invocation of a Task state.
   *
   * @param state the Task state's name
   * @param handler from the effective input (a JSON value: maps, lists, strings, numbers,
   *     booleans, {@code null}) to the result or failure
   * @return a copy with the handler
   */
  public TaskHandlers onState(String state, Function<Object, TaskResult> handler) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(handler, "handler");
    Map<String, Function<Object, TaskResult>> m = new LinkedHashMap<>(byState);
    m.put(state, handler);
    return new TaskHandlers(Map.copyOf(m), byResource, fallback);
  }

  /**
   * Answers every invocation of every Task state whose {@code Resource} is this one, as written
   * (e.g. {@code arn:aws:states:::sns:publish}).
   *
   * @param resource the resource ARN
   * @param handler from the effective input to the result or failure
   * @return a copy with the handler
   */
  public TaskHandlers onResource(String resource, Function<Object, TaskResult> handler) {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(handler, "handler");
    Map<String, Function<Object, TaskResult>> m = new LinkedHashMap<>(byResource);
    m.put(resource, handler);
    return new TaskHandlers(byState, Map.copyOf(m), fallback);
  }

  /**
   * Sets what answers the Tasks that no function answers. {@link Mocks} keep their per-execution
   * cursors, their S3 objects and child workflows here as when passed on their own.
   *
   * @param handler the fallback
   * @return a copy with the fallback
   */
  public TaskHandlers otherwise(TaskHandler handler) {
    Objects.requireNonNull(handler, "handler");
    return new TaskHandlers(byState, byResource, handler);
  }

  @Override
  public TaskResult invoke(TaskCall call) {
    TaskResult r = handle(call);
    if (r != null) {
      return r;
    }
    if (fallback == null) {
      throw new LocalExecutionException("no handler for the Task state \"" + call.stateName()
          + "\" (resource " + call.resource() + ")");
    }
    return fallback.invoke(call);
  }

  /** The answer of the state's or the resource's function, or {@code null} when there is none. */
  TaskResult handle(TaskCall call) {
    Function<Object, TaskResult> f = byState.get(call.stateName());
    if (f == null) {
      f = byResource.get(call.resource());
    }
    if (f == null) {
      return null;
    }
    TaskResult r = f.apply(call.input());
    if (r == null) {
      throw new LocalExecutionException("the handler of the Task state \"" + call.stateName()
          + "\" (resource " + call.resource() + ") returned null");
    }
    return r;
  }

  /** Whether a state or resource has a function. */
  boolean answers(String state, String resource) {
    return byState.containsKey(state) || byResource.containsKey(resource);
  }

  TaskHandler fallback() {
    return fallback;
  }

  /** The mocks that stand behind a handler, if any: itself, or the fallback of handlers. */
  static Mocks mocksOf(TaskHandler h) {
    if (h instanceof Mocks m) {
      return m;
    }
    return h instanceof TaskHandlers t && t.fallback instanceof Mocks m ? m : null;
  }
}
