package io.asl4j.local;

import io.asl4j.model.ActivityArn;
import io.asl4j.model.IntegrationPattern;
import io.asl4j.model.LambdaFunctionArn;
import io.asl4j.model.ResourceArn;
import java.util.Optional;

/** A compiled Task state: its resource is the {@link TaskHandler}. */
final class TaskNode extends GuardedNode {

  /** How AWS names the events of a resource's invocation. */
  enum Kind {
    /** Service integrations: TaskScheduled, TaskStarted, TaskSucceeded... */
    SERVICE("Task"),
    /** Legacy Lambda function ARNs: LambdaFunctionScheduled... */
    LAMBDA("LambdaFunction"),
    /** Activities: ActivityScheduled... */
    ACTIVITY("Activity");

    final String scheduled;
    final String started;
    final String succeeded;
    final String failed;
    final String timedOut;

    Kind(String prefix) {
      scheduled = prefix + "Scheduled";
      started = prefix + "Started";
      succeeded = prefix + "Succeeded";
      failed = prefix + "Failed";
      timedOut = prefix + "TimedOut";
    }
  }

  final String resource;
  final Kind kind;
  /** This task's number in its workflow, for per-execution tables (mock cursors). */
  int taskIndex;
  /** {@code .sync}/{@code .waitForTaskToken}: AWS records TaskSubmitted after TaskStarted. */
  final boolean submitted;
  final boolean callback;
  final IntegrationPattern pattern;
  /** {@code states:startExecution}: a registered child workflow may answer instead of a mock. */
  final boolean startsExecution;
  /** {@code aws-sdk:sfn:sendTask*}: may call back a task of this run that waits on its token. */
  final boolean sendsCallback;
  /** Names the task in AWS's cause of a result over the payload quota. */
  private final String service;
  DataPath inputPath = DataPath.IDENTITY;
  Eval parameters;
  Eval arguments;
  Eval timeoutSeconds;
  /** The TimeoutSecondsPath as written, or {@code null}. */
  String timeoutSecondsPath;
  Eval heartbeatSeconds;
  /** The HeartbeatSecondsPath as written, or {@code null}. */
  String heartbeatSecondsPath;

  TaskNode(String name, boolean jsonata, String resource) {
    super(name, "Task", jsonata);
    this.resource = resource;
    // the shared ARN parsers of the model say what the resource is
    Optional<ResourceArn> integration = ResourceArn.parse(resource);
    if (LambdaFunctionArn.parse(resource).isPresent()) {
      this.kind = Kind.LAMBDA;
    } else if (ActivityArn.parse(resource).isPresent()) {
      this.kind = Kind.ACTIVITY;
    } else {
      this.kind = Kind.SERVICE;
    }
    this.pattern = integration.map(ResourceArn::pattern)
        .orElse(IntegrationPattern.REQUEST_RESPONSE);
    // AWS gives .sync tasks a token too (a nested execution may call back with it)
    this.callback = pattern != IntegrationPattern.REQUEST_RESPONSE || kind == Kind.ACTIVITY;
    this.submitted = pattern != IntegrationPattern.REQUEST_RESPONSE;
    this.startsExecution = StartExecution.is(resource);
    this.sendsCallback = StartExecution.isCallback(resource);
    this.service = kind == Kind.LAMBDA ? "lambda"
        : integration.map(ResourceArn::service).orElse(name);
  }

  @Override
  Object attempt(Step s, Object input) throws Failure {
    Run run = s.run;
    if (callback && s.taskToken == null) {
      // the token exists before Parameters are evaluated: they usually pass $$.Task.Token on
      s.taskToken = "local-task-token-" + (++run.world.tokens);
    }
    Object payload;
    Object effective = input;
    if (jsonata) {
      s.statesResult = null;
      s.statesErrorOutput = null;
      payload = arguments == null ? input : arguments.eval(s, input);
    } else {
      effective = inputPath.apply(s, input);
      payload = parameters == null ? effective : parameters.eval(s, effective);
    }
    long timeout = seconds(s, timeoutSeconds, timeoutSecondsPath, "TimeoutSeconds", effective);
    long heartbeat = seconds(s, heartbeatSeconds, heartbeatSecondsPath, "HeartbeatSeconds",
        effective);
    if (JsonSize.exceeds(payload, MAX_PAYLOAD_BYTES)) {
      throw Failure.dataLimit("The state/task '" + name + "' has an input with a size exceeding "
          + "the maximum number of bytes service limit.");
    }
    int scheduled = run.event(kind.scheduled, run.lastEventId, run.recording()
        ? details("resource", resource, "parameters", Json.write(payload)) : null);
    int started = run.event(kind.started, scheduled, run.recording() ? details("resource", resource)
        : null);
    if (submitted) {
      run.event("TaskSubmitted", started, run.recording() ? details("resource", resource) : null);
    }
    TaskResult timed = invoke(s, payload);
    long runs = timed.duration().toMillis();
    long end = runs;
    if (timeout > 0) {
      end = Math.min(end, timeout * 1000);
    }
    if (heartbeat > 0 && runs > heartbeat * 1000 && (timed.heartbeatInterval().isEmpty()
        || timed.heartbeatInterval().get().toMillis() > heartbeat * 1000)) {
      // no heartbeat within HeartbeatSeconds of the start
      end = Math.min(end, heartbeat * 1000);
    }
    run.clock += end;
    if (end < runs) {
      // AWS reports a missed heartbeat as States.Timeout too, and records no cause
      run.event(kind.timedOut, run.lastEventId, run.recording()
          ? details("error", "States.Timeout") : null);
      throw new Failure("States.Timeout", null, false, true);
    }
    TaskResult r = timed.outcome();
    if (r instanceof TaskResult.Failure f) {
      String error = f.error().orElse(null);
      boolean timedOut = "States.Timeout".equals(error) || "States.HeartbeatTimeout".equals(error);
      run.event(timedOut ? kind.timedOut : kind.failed, run.lastEventId, run.recording()
          ? details("error", error, "cause", f.cause().orElse(null)) : null);
      throw new Failure(error, f.cause().orElse(null), false, true);
    }
    Object result = ((TaskResult.Success) r).output();
    if (JsonSize.exceeds(result, MAX_PAYLOAD_BYTES)) {
      // as the integration reports it: a task failure, which States.ALL catches (AWS recorded)
      String cause = "The state/task '" + service + "' returned a result with a size exceeding "
          + "the maximum number of bytes service limit.";
      run.event(kind.failed, run.lastEventId, run.recording()
          ? details("error", "States.DataLimitExceeded", "cause", cause) : null);
      throw new Failure("States.DataLimitExceeded", cause, false, true);
    }
    run.event(kind.succeeded, run.lastEventId, run.recording()
        ? details("resource", resource, "output", Json.write(result)) : null);
    return finish(s, input, result);
  }

  /** AWS's quota on a state's input, output and result: 256 KiB of UTF-8 JSON. */
  static final int MAX_PAYLOAD_BYTES = 256 * 1024;

  /**
   * Evaluates TimeoutSeconds or HeartbeatSeconds (a constant, a Path or a JSONata expression).
   *
   * @return the seconds, or 0 when the field is absent
   */
  private long seconds(Step s, Eval field, String path, String fieldName, Object data)
      throws Failure {
    if (field == null) {
      return 0;
    }
    Object v = field.eval(s, data);
    if (v instanceof Number n && Json.isIntegral(n) && n.longValue() > 0) {
      return n.longValue();
    }
    String text = v instanceof String str ? str : Json.write(v);
    if (path != null) {
      throw Failure.runtime(s.where() + "The " + fieldName + "Path field refers to value \""
          + text + "\" which is not a valid positive integer: " + path);
    }
    if (field instanceof JsonataEval j) {
      throw Failure.query(s.where() + j.describe() + " returned an unexpected result type. "
          + "Expected 'positive integer', but was '" + Json.typeName(v) + "' for value: "
          + Json.write(v));
    }
    throw Failure.query(s.where() + "The " + fieldName + " field must be a positive integer: "
        + text);
  }

  private TaskCall call(Step s, Object payload) {
    return new TaskCall(name, resource, Json.external(payload), s.retryCount,
        Optional.ofNullable(s.taskToken));
  }

  private TaskResult invoke(Step s, Object payload) throws Failure {
    if (startsExecution) {
      TaskResult child = StartExecution.invoke(s, this, pattern, payload);
      if (child != null) {
        return child;
      }
    } else if (sendsCallback) {
      TaskResult answered = StartExecution.callback(s, resource, payload);
      if (answered != null) {
        return answered;
      }
    }
    TaskHandler h = s.run.tasks;
    TaskResult r = null;
    if (h instanceof TaskHandlers th) {
      if (th.answers(name, resource) || th.fallback() == null) {
        r = th.invoke(call(s, payload)); // without a function or fallback, says so
      } else {
        h = th.fallback();
      }
    }
    if (r == null) {
      if (s.run.mocks != null) {
        // mocks hold internal values already: no conversion either way
        return s.run.mocks.next(taskIndex);
      }
      r = h.invoke(call(s, payload));
    }
    if (r == null) {
      throw new LocalExecutionException("the task handler returned null for the Task state \""
          + name + "\" (resource " + resource + ")");
    }
    TaskResult o = r.outcome();
    if (o instanceof TaskResult.Success ok) {
      TaskResult c = TaskResult.success(Json.internal(ok.output()));
      return r instanceof TaskResult.Timed t ? new TaskResult.Timed(c, t.runs(), t.heartbeats())
          : c;
    }
    return r;
  }
}
