package io.asl4j.local;

import io.asl4j.Workflow;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs a {@link Workflow} locally, as AWS Step Functions would: compiled once into an executable
 * graph, then run any number of times, each run against a {@link TaskHandler} that stands in for
 * every Task state's resource.
 *
 * <pre>{@code
 * LocalExecutor executor = LocalExecutor.compile(workflow);
 * ExecutionResult r = executor.run(Map.of("orderId", 42), Mocks.read(mocksFile, Optional.empty()));
 * }</pre>
 *
 * <p>Time is virtual: Wait states and Retry intervals advance a clock and never sleep. Parallel
 * branches and Map iterations run one after the other in a fixed order, so results never depend
 * on thread scheduling. Immutable and thread-safe: runs share nothing.
 */
public final class LocalExecutor {

  private final Compiler.Program program;
  private final Optional<Long> timeoutSeconds;

  private LocalExecutor(Compiler.Program program, Optional<Long> timeoutSeconds) {
    this.program = program;
    this.timeoutSeconds = timeoutSeconds;
  }

  /**
   * Compiles a workflow.
   *
   * @param workflow the workflow
   * @return the executor
   * @throws LocalExecutionException if the workflow uses something the executor cannot run; the
   *     message names the state and field
   */
  public static LocalExecutor compile(Workflow workflow) {
    Objects.requireNonNull(workflow, "workflow");
    Compiler.Program p = Compiler.compile(workflow, IntrinsicEval.COMPILER);
    return new LocalExecutor(p, workflow.timeoutSeconds().map(n -> n.decimalValue().longValue()));
  }

  /**
   * Runs with the default options (STANDARD, history on, 25,000-event limit on).
   *
   * @param input the execution input (a JSON value: maps, lists, strings, numbers, booleans,
   *     {@code null})
   * @param tasks answers every Task invocation
   * @return the outcome
   * @throws LocalExecutionException if the run cannot go on (e.g. a mock is missing)
   */
  public ExecutionResult run(Object input, TaskHandler tasks) {
    return run(input, tasks, ExecutionOptions.defaults());
  }

  /**
   * Runs.
   *
   * @param input the execution input (a JSON value)
   * @param tasks answers every Task invocation
   * @param options the type, history and clock settings
   * @return the outcome
   * @throws LocalExecutionException if the run cannot go on (e.g. a mock is missing)
   */
  public ExecutionResult run(Object input, TaskHandler tasks, ExecutionOptions options) {
    return runInternal(Json.internal(input), tasks, options);
  }

  /**
   * Runs with the input given as JSON text.
   *
   * @param inputJson the execution input as JSON text
   * @param tasks answers every Task invocation
   * @param options the type, history and clock settings
   * @return the outcome
   * @throws LocalExecutionException if the input is not JSON or the run cannot go on
   */
  public ExecutionResult runJson(String inputJson, TaskHandler tasks, ExecutionOptions options) {
    Object input;
    try {
      input = Json.parseInternal(inputJson);
    } catch (IllegalArgumentException e) {
      throw new LocalExecutionException("input: " + e.getMessage());
    }
    return runInternal(input, tasks, options);
  }

  ExecutionResult runInternal(Object input, TaskHandler tasks, ExecutionOptions options) {
    Objects.requireNonNull(tasks, "tasks");
    Objects.requireNonNull(options, "options");
    Run run = new Run(options, tasks, input);
    if (tasks instanceof Mocks m) {
      run.mocks = m.session(program.taskNames());
    }
    timeoutSeconds.ifPresent(t -> run.deadline = run.clock + t * 1000);
    run.event("ExecutionStarted", 0, run.recording() ? Node.details("input", Json.write(input))
        : null);
    ExecutionStatus status;
    Object output = null;
    String error = null;
    String cause = null;
    try {
      output = program.graph().run(run, new Scope(null), input);
      status = ExecutionStatus.SUCCEEDED;
      run.event("ExecutionSucceeded", run.lastEventId, run.recording()
          ? Node.details("output", Json.write(output)) : null);
    } catch (Failure f) {
      error = f.error;
      cause = f.cause;
      if (f.timeout) {
        status = ExecutionStatus.TIMED_OUT;
        run.event("ExecutionTimedOut", run.lastEventId, run.recording()
            ? Node.details("error", error, "cause", cause) : null);
      } else {
        status = ExecutionStatus.FAILED;
        eventQuietly(run, "ExecutionFailed", Node.details("error", error, "cause", cause));
      }
    } catch (Run.HistoryLimitExceeded e) {
      status = ExecutionStatus.FAILED;
      error = "States.Runtime";
      cause = "The execution history exceeded the maximum of " + ExecutionOptions.MAX_HISTORY_EVENTS
          + " events";
    }
    return new ExecutionResult(status,
        status == ExecutionStatus.SUCCEEDED ? Optional.ofNullable(Json.external(output))
            : Optional.empty(),
        Optional.ofNullable(error), Optional.ofNullable(cause),
        run.statesEntered == null ? List.of() : run.statesEntered,
        run.history == null ? List.of() : run.history, run.transitions, run.lastEventId);
  }

  private static void eventQuietly(Run run, String type, Map<String, Object> details) {
    try {
      run.event(type, run.lastEventId, run.recording() ? details : null);
    } catch (Run.HistoryLimitExceeded e) {
      // the failure is already being reported
    }
  }
}
