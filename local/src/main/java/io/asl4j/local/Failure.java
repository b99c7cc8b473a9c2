package io.asl4j.local;

/**
 * An error raised while running a state: a task failure, a Fail state, or an error of the
 * interpreter itself ({@code States.Runtime}, {@code States.QueryEvaluationError}, ...). Carries no
 * stack trace: failures are control flow here.
 */
final class Failure extends Exception {

  private static final long serialVersionUID = 1L;

  /** The error name; {@code null} when none was recorded (e.g. a Fail state without Error). */
  final String error;
  /** The cause; {@code null} when none was recorded. */
  final String cause;
  /** Whether no Retry or Catch may handle it ({@code States.Runtime} raised by the interpreter). */
  final boolean terminal;
  /** Whether a task's resource reported it (only those match {@code States.TaskFailed}). */
  final boolean fromTask;
  /** Whether this is the whole execution timing out ({@code TimeoutSeconds} of the workflow). */
  boolean timeout;
  /**
   * Whether {@code States.ALL} leaves it alone ({@code States.DataLimitExceeded} raised by the
   * interpreter); a catcher or retrier that names the error still matches.
   */
  boolean notAll;

  Failure(String error, String cause, boolean terminal, boolean fromTask) {
    super(error, null, false, false);
    this.error = error;
    this.cause = cause;
    this.terminal = terminal;
    this.fromTask = fromTask;
  }

  /** A failure that Retry and Catch may handle. */
  static Failure of(String error, String cause) {
    return new Failure(error, cause, false, false);
  }

  /** A {@code States.Runtime} failure, which fails the execution whatever the Catch says. */
  static Failure runtime(String cause) {
    return new Failure("States.Runtime", cause, true, false);
  }

  /**
   * A {@code States.DataLimitExceeded} failure of the interpreter: a state's input or output over
   * the payload quota. Only a catcher that names it matches; {@code States.ALL} does not.
   */
  static Failure dataLimit(String cause) {
    Failure f = new Failure("States.DataLimitExceeded", cause, false, false);
    f.notAll = true;
    return f;
  }

  /** A {@code States.QueryEvaluationError} failure (JSONata and field value errors). */
  static Failure query(String cause) {
    return new Failure("States.QueryEvaluationError", cause, false, false);
  }
}
