package io.asl4j.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A state with Retry and Catch (Task, Parallel, Map): runs attempts until one succeeds, a catcher
 * handles the failure, or the failure escapes.
 */
abstract class GuardedNode extends Node implements Node.Retrying {

  /** A compiled retrier. */
  static final class Retrier {
    final List<String> errors;
    final double interval;
    final long maxAttempts;
    final double backoff;
    final double maxDelay;
    /** {@code JitterStrategy: FULL}: wait a random part of each interval. */
    final boolean fullJitter;

    Retrier(List<String> errors, double interval, long maxAttempts, double backoff, double maxDelay,
        boolean fullJitter) {
      this.errors = errors;
      this.interval = interval;
      this.maxAttempts = maxAttempts;
      this.backoff = backoff;
      this.maxDelay = maxDelay;
      this.fullJitter = fullJitter;
    }
  }

  /** A compiled catcher. */
  static final class Catcher {
    final List<String> errors;
    final ResultPath resultPath;
    final Eval output;
    final Assign assign;
    Node next;

    Catcher(List<String> errors, ResultPath resultPath, Eval output, Assign assign) {
      this.errors = errors;
      this.resultPath = resultPath;
      this.output = output;
      this.assign = assign;
    }
  }

  Retrier[] retriers = new Retrier[0];
  Catcher[] catchers = new Catcher[0];
  /** What becomes of the result: ResultSelector, ResultPath, OutputPath (JSONPath). */
  Eval resultSelector;
  ResultPath resultPath = ResultPath.REPLACE;
  DataPath outputPath = DataPath.IDENTITY;
  /** JSONata's Output, and the Assign of either language. */
  Eval output;
  Assign assign;

  GuardedNode(String name, String type, boolean jsonata) {
    super(name, type, jsonata);
  }

  /**
   * Runs one attempt.
   *
   * @param s the step
   * @param input the state's raw input
   * @return the state's output
   * @throws Failure when the attempt fails
   */
  abstract Object attempt(Step s, Object input) throws Failure;

  /**
   * Turns a successful attempt's result into the state's output, and binds its Assign (evaluated
   * with the variables as they were on entering the state, then bound).
   *
   * @param s the step
   * @param input the state's raw input
   * @param result what the task, branches or iterations gave
   * @return the state's output
   * @throws Failure when a path or expression fails
   */
  final Object finish(Step s, Object input, Object result) throws Failure {
    if (jsonata) {
      s.statesResult = result;
      Map<String, Object> assigned = assign == null ? null : assign.evaluate(s, result);
      Object out = output == null ? result : output.eval(s, result);
      Assign.bind(s, assigned);
      return out;
    }
    Object selected = resultSelector == null ? result : resultSelector.eval(s, result);
    Map<String, Object> assigned = assign == null ? null : assign.evaluate(s, selected);
    Object out = outputPath.apply(s, resultPath.apply(s, input, selected));
    Assign.bind(s, assigned);
    return out;
  }

  @Override
  final Node execute(Step s, Object input) throws Failure {
    int[] attempts = null;
    while (true) {
      try {
        s.output = attempt(s, input);
        return next;
      } catch (Failure f) {
        if (f.terminal) {
          throw f;
        }
        for (int r = 0; r < retriers.length; r++) {
          Retrier retrier = retriers[r];
          if (matches(retrier.errors, f)) {
            if (attempts == null) {
              attempts = new int[retriers.length];
            }
            if (attempts[r] < retrier.maxAttempts) {
              double delay = retrier.interval * Math.pow(retrier.backoff, attempts[r]);
              if (retrier.maxDelay > 0) {
                delay = Math.min(delay, retrier.maxDelay);
              }
              if (retrier.fullJitter) {
                // "full jitter": anywhere between no wait and the whole interval, from the run's
                // seeded random numbers so that a run can be repeated
                delay = s.run.world.random.nextDouble() * delay;
              }
              s.run.clock += (long) (delay * 1000);
              attempts[r]++;
              s.retryCount++;
              if (s.run.listener != null) {
                s.run.listener.retried(name, r, java.util.Optional.ofNullable(f.error));
              }
              onRetry(s);
              f = null;
            }
            break;
          }
        }
        if (f == null) {
          continue;
        }
        for (int i = 0; i < catchers.length; i++) {
          Catcher c = catchers[i];
          if (matches(c.errors, f)) {
            s.exit = ExecutionListener.Exit.CATCH;
            s.exitIndex = i;
            Map<String, Object> errorOutput = new LinkedHashMap<>();
            errorOutput.put("Error", f.error == null ? Json.NULL : f.error);
            // AWS reports a timed-out task's missing cause as "" to a catcher
            errorOutput.put("Cause", f.cause != null ? f.cause
                : f.fromTask && "States.Timeout".equals(f.error) ? "" : Json.NULL);
            s.statesErrorOutput = errorOutput;
            s.statesResult = null;
            Map<String, Object> assigned = c.assign == null ? null
                : c.assign.evaluate(s, errorOutput);
            if (jsonata) {
              s.output = c.output == null ? errorOutput : c.output.eval(s, errorOutput);
            } else {
              s.output = c.resultPath.apply(s, input, errorOutput);
            }
            Assign.bind(s, assigned);
            return c.next;
          }
        }
        throw f;
      }
    }
  }

  /** Hook for the events of a retry (none by default). */
  void onRetry(Step s) {}

  /** Whether an {@code ErrorEquals} list matches a failure. */
  static boolean matches(List<String> errors, Failure f) {
    for (String e : errors) {
      if (e.equals("States.ALL")) {
        if (f.notAll) {
          continue;
        }
        return true;
      }
      if (f.error != null && e.equals(f.error)) {
        return true;
      }
      if (e.equals("States.TaskFailed") && f.fromTask && !"States.Timeout".equals(f.error)) {
        return true;
      }
    }
    return false;
  }
}
