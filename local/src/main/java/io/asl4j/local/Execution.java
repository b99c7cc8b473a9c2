package io.asl4j.local;

import java.util.Map;

/**
 * Runs one execution of a compiled workflow to its end: the top-level execution of a run, or a
 * child execution that a {@code states:startExecution} task starts. Records the execution's
 * first and last events and turns failures into an outcome.
 */
final class Execution {

  /** How an execution ended. */
  record Outcome(ExecutionStatus status, Object output, String error, String cause, Run run,
      long stopTime) {}

  private Execution() {}

  /**
   * Runs an execution.
   *
   * @param program the workflow
   * @param options the options (names, type, history, start time)
   * @param world what the run shares
   * @param input the execution input (internal value)
   * @return the outcome
   */
  static Outcome run(Compiler.Program program, ExecutionOptions options, World world,
      Object input) {
    return run(program, options, world, input, null);
  }

  /**
   * Runs an execution that a listener hears.
   *
   * @param program the workflow
   * @param options the options (names, type, history, start time)
   * @param world what the run shares
   * @param input the execution input (internal value)
   * @param listener told what the execution does, or {@code null}
   * @return the outcome
   */
  static Outcome run(Compiler.Program program, ExecutionOptions options, World world,
      Object input, ExecutionListener listener) {
    Run run = new Run(options, world, program, input);
    run.listener = listener;
    program.timeoutSeconds().ifPresent(t -> run.deadline = run.clock + t * 1000);
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
        eventQuietly(run, "ExecutionTimedOut", Node.details("error", error, "cause", cause));
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
    return new Outcome(status, output, error, cause, run, run.clock);
  }

  private static void eventQuietly(Run run, String type, Map<String, Object> details) {
    try {
      run.event(type, run.lastEventId, run.recording() ? details : null);
    } catch (Run.HistoryLimitExceeded e) {
      // the failure is already being reported
    }
  }
}
