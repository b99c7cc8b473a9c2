package io.asl4j.junit;

import io.asl4j.Workflow;
import io.asl4j.local.ExecutionResult;
import io.asl4j.local.ExecutionCost;
import io.asl4j.local.ExecutionStatus;
import io.asl4j.local.HistoryEvent;
import io.asl4j.local.Pricing;
import io.asl4j.model.ExecutionType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One execution run by a {@link WorkflowRunner}: its outcome ({@link ExecutionResult}), the path it
 * took ({@link ExecutionTrace}), and every invocation of a Task state with its input. Assert on it
 * with {@link WorkflowAssertions#assertThat(WorkflowRun)}.
 */
public final class WorkflowRun {

  private final String name;
  private final Workflow workflow;
  private final ExecutionType type;
  private final ExecutionResult result;
  private final ExecutionTrace trace;
  private final List<Invocation> invocations;

  WorkflowRun(String name, Workflow workflow, ExecutionType type, ExecutionResult result,
      ExecutionTrace trace, List<Invocation> invocations) {
    this.name = name;
    this.workflow = workflow;
    this.type = type;
    this.result = result;
    this.trace = trace;
    this.invocations = List.copyOf(invocations);
  }

  /**
   * Returns the name the workflow is reported under (coverage, messages).
   *
   * @return e.g. {@code GlueLambdaSns}
   */
  public String workflowName() {
    return name;
  }

  /**
   * Returns the workflow that ran.
   *
   * @return the workflow
   */
  public Workflow workflow() {
    return workflow;
  }

  /**
   * Returns the workflow type the execution ran as.
   *
   * @return STANDARD or EXPRESS
   */
  public ExecutionType type() {
    return type;
  }

  /**
   * Returns the outcome as the local executor reports it: status, output or error and cause,
   * history.
   *
   * @return the result
   */
  public ExecutionResult result() {
    return result;
  }

  /**
   * Returns how the execution ended.
   *
   * @return the status
   */
  public ExecutionStatus status() {
    return result.status();
  }

  /**
   * Returns what the execution did: states entered, transitions taken, retries.
   *
   * @return the trace
   */
  public ExecutionTrace trace() {
    return trace;
  }

  /**
   * Returns the states entered, in order (Map iterations and Parallel branches included).
   *
   * @return the path
   */
  public List<String> path() {
    return trace.entered();
  }

  /**
   * Returns every invocation of a Task state's resource, in order.
   *
   * @return the invocations
   */
  public List<Invocation> invocations() {
    return invocations;
  }

  /**
   * Returns the invocations of one Task state, in order.
   *
   * @param state the Task state's name
   * @return its invocations (empty when it was not invoked)
   */
  public List<Invocation> invocations(String state) {
    Objects.requireNonNull(state, "state");
    List<Invocation> out = new ArrayList<>();
    for (Invocation i : invocations) {
      if (i.state().equals(state)) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Returns how long the execution ran on the virtual clock: from its first history event to its
   * last (zero when the history was off).
   *
   * @return the duration
   */
  public Duration duration() {
    List<HistoryEvent> h = result.history();
    if (h.isEmpty()) {
      return Duration.ZERO;
    }
    return Duration.between(h.get(0).timestamp(), h.get(h.size() - 1).timestamp());
  }

  /**
   * Returns what the execution costs at AWS's published prices for US East
   * ({@link Pricing#usEast1()}), as the type it ran as.
   *
   * @return the cost
   */
  public ExecutionCost cost() {
    return cost(Pricing.usEast1());
  }

  /**
   * Returns what the execution costs at given prices.
   *
   * @param pricing the prices
   * @return the cost
   */
  public ExecutionCost cost(Pricing pricing) {
    return new ExecutionCost(type, trace.billedTransitions(), trace.retries().size(), duration(),
        pricing);
  }

  /**
   * Describes the run for messages: the path, then how it ended.
   *
   * @return e.g. {@code Run Glue Job -> Fetch Data -> SNS Notify, then FAILED with
   *     States.Runtime: ...}
   */
  String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append(path().isEmpty() ? "(no state)" : String.join(" -> ", path()));
    sb.append(", then ").append(result.status());
    if (result.status() == ExecutionStatus.SUCCEEDED) {
      sb.append(" with output ").append(result.outputJson().orElse("null"));
    } else {
      sb.append(" with error ").append(result.error().orElse("(none)")).append(": ")
          .append(result.cause().orElse("(no cause)"));
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return name + ": " + describe();
  }
}
