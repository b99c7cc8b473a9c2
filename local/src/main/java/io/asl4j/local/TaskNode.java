package io.asl4j.local;

import io.asl4j.model.ActivityArn;
import io.asl4j.model.IntegrationPattern;
import io.asl4j.model.LambdaFunctionArn;
import io.asl4j.model.ResourceArn;
import java.util.Map;
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
  DataPath inputPath = DataPath.IDENTITY;
  Eval parameters;
  Eval arguments;
  Eval resultSelector;
  ResultPath resultPath = ResultPath.REPLACE;
  DataPath outputPath = DataPath.IDENTITY;
  Eval output;
  Assign assign;
  Eval timeoutSeconds;
  Eval heartbeatSeconds;

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
    IntegrationPattern pattern = integration.map(ResourceArn::pattern)
        .orElse(IntegrationPattern.REQUEST_RESPONSE);
    // AWS gives .sync tasks a token too (a nested execution may call back with it)
    this.callback = pattern != IntegrationPattern.REQUEST_RESPONSE || kind == Kind.ACTIVITY;
    this.submitted = pattern != IntegrationPattern.REQUEST_RESPONSE;
  }

  @Override
  Object attempt(Step s, Object input) throws Failure {
    Run run = s.run;
    if (callback && s.taskToken == null) {
      // the token exists before Parameters are evaluated: they usually pass $$.Task.Token on
      s.taskToken = "local-task-token-" + (++run.tokens);
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
    if (timeoutSeconds != null) {
      timeoutSeconds.eval(s, effective);
    }
    if (heartbeatSeconds != null) {
      heartbeatSeconds.eval(s, effective);
    }
    int scheduled = run.event(kind.scheduled, run.lastEventId, run.recording()
        ? details("resource", resource, "parameters", Json.write(payload)) : null);
    int started = run.event(kind.started, scheduled, run.recording() ? details("resource", resource)
        : null);
    if (submitted) {
      run.event("TaskSubmitted", started, run.recording() ? details("resource", resource) : null);
    }
    TaskResult r = invoke(s, payload);
    if (r instanceof TaskResult.Failure f) {
      String error = f.error().orElse(null);
      boolean timeout = "States.Timeout".equals(error) || "States.HeartbeatTimeout".equals(error);
      run.event(timeout ? kind.timedOut : kind.failed, run.lastEventId, run.recording()
          ? details("error", error, "cause", f.cause().orElse(null)) : null);
      throw new Failure(error, f.cause().orElse(null), false, true);
    }
    Object result = ((TaskResult.Success) r).output();
    if (Json.utf8Length(result) > MAX_PAYLOAD_BYTES) {
      throw tooLarge(s);
    }
    run.event(kind.succeeded, run.lastEventId, run.recording()
        ? details("resource", resource, "output", Json.write(result)) : null);
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

  /** AWS's quota on a state's input, output and result: 256 KiB of UTF-8 JSON. */
  static final int MAX_PAYLOAD_BYTES = 256 * 1024;

  static Failure tooLarge(Step s) {
    return Failure.of("States.DataLimitExceeded", "The state/task '" + s.node.name
        + "' returned a result with a size exceeding the maximum number of bytes service limit.");
  }

  private TaskResult invoke(Step s, Object payload) {
    TaskHandler h = s.run.tasks;
    Optional<String> token = Optional.ofNullable(s.taskToken);
    if (s.run.mocks != null) {
      // mocks hold internal values already: no conversion either way
      return s.run.mocks.next(taskIndex);
    }
    TaskResult r = h.invoke(new TaskCall(name, resource, Json.external(payload), s.retryCount,
        token));
    if (r instanceof TaskResult.Success ok) {
      return TaskResult.success(Json.internal(ok.output()));
    }
    return r;
  }
}
