package io.asl4j.local;

import io.asl4j.model.IntegrationPattern;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Nested executions: a {@code arn:aws:states:::states:startExecution} task whose
 * {@code StateMachineArn} names a registered child workflow runs that child as an execution of its
 * own, and sees what AWS's integration returns:
 *
 * <ul>
 *   <li>request-response: {@code ExecutionArn} and {@code StartDate}, with the SDK's HTTP
 *       metadata, at once (the child is started, not waited for);
 *   <li>{@code .sync}: the {@code DescribeExecution} fields of the finished child, its input and
 *       output as JSON text; {@code .sync:2}: the same with input and output as JSON;
 *   <li>a child that fails or times out: {@code States.TaskFailed}, its cause the
 *       {@code DescribeExecution} fields (with the child's {@code Error} and {@code Cause}) as
 *       JSON text;
 *   <li>{@code .waitForTaskToken}: the result the child sends back with
 *       {@code aws-sdk:sfn:sendTaskSuccess} or {@code sendTaskFailure} and the task token.
 * </ul>
 */
final class StartExecution {

  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME
      .withZone(ZoneOffset.UTC);

  private StartExecution() {}

  /** Whether a resource is the Step Functions integration's StartExecution. */
  static boolean is(String resource) {
    return resource.matches("arn:[^:]+:states:::states:startExecution(\\.sync(:2)?"
        + "|\\.waitForTaskToken)?");
  }

  /** Whether a resource calls SendTaskSuccess, SendTaskFailure or SendTaskHeartbeat. */
  static boolean isCallback(String resource) {
    return resource.matches("arn:[^:]+:states:::aws-sdk:sfn:sendTask(Success|Failure|Heartbeat)");
  }

  /**
   * Starts the child a task names, if one is registered.
   *
   * @param s the running Task state
   * @param pattern the task's integration pattern
   * @param payload the task's effective parameters (internal value)
   * @return the task's result (timed by the child's run time), or {@code null} when no child is
   *     registered under the StateMachineArn (the task then takes a mock)
   * @throws Failure when the parameters are not those of StartExecution
   */
  static TaskResult invoke(Step s, TaskNode task, IntegrationPattern pattern, Object payload)
      throws Failure {
    if (!(payload instanceof Map<?, ?> params)
        || !(params.get("StateMachineArn") instanceof String arn)) {
      return null;
    }
    Run run = s.run;
    Children.Child child = run.world.children.find(arn);
    if (child == null) {
      return null;
    }
    Object inputParam = params.get("Input");
    Object input;
    String inputText;
    if (inputParam == null || inputParam == Json.NULL) {
      input = new LinkedHashMap<String, Object>();
      inputText = "{}";
    } else if (inputParam instanceof String text) {
      try {
        input = Json.parseInternal(text);
      } catch (IllegalArgumentException e) {
        return TaskResult.failure(Optional.of("StepFunctions.InvalidExecutionInputException"),
            Optional.of("Invalid State Machine Execution Input: '" + e.getMessage() + "'"
                + " (Service: AWSStepFunctions; Status Code: 400; Error Code: "
                + "InvalidExecutionInput; Request ID: " + requestId(run) + "; Proxy: null)"));
      }
      inputText = text;
    } else {
      input = inputParam;
      inputText = Json.write(inputParam);
    }
    String name = params.get("Name") instanceof String n ? n : uuid(run, "execution");
    long start = run.clock;
    ExecutionOptions options = run.options.withType(io.asl4j.model.ExecutionType.STANDARD)
        .withNames(child.name(), name).withStartTime(Instant.ofEpochMilli(start))
        .withHistory(false).withHistoryLimit(run.options.historyLimit());
    String executionArn = "arn:aws:states:us-east-1:111111111111:execution:" + child.name() + ":"
        + name;
    if (pattern == IntegrationPattern.REQUEST_RESPONSE) {
      return TaskResult.success(startResponse(run, executionArn, start));
    }
    Execution.Outcome o;
    if (pattern == IntegrationPattern.WAIT_FOR_TASK_TOKEN) {
      run.world.waiting.add(s.taskToken);
      try {
        o = Execution.run(child.program(), options, run.world, input);
      } finally {
        run.world.waiting.remove(s.taskToken);
      }
      TaskResult callback = run.world.callbacks.remove(s.taskToken);
      if (callback == null) {
        if (task.timeoutSeconds == null && task.heartbeatSeconds == null) {
          throw new LocalExecutionException("the Task state \"" + task.name + "\" waits for a "
              + "callback with its task token, but the child execution " + executionArn
              + " ended (" + o.status() + ") without calling SendTaskSuccess or SendTaskFailure "
              + "with it; on AWS the task would wait for ever (give it TimeoutSeconds)");
        }
        // nobody calls back: the task runs into its TimeoutSeconds or HeartbeatSeconds
        return TaskResult.success(Json.NULL).taking(java.time.Duration.ofDays(366 * 100));
      }
      return callback.taking(java.time.Duration.ofMillis(Math.max(0, o.stopTime() - start)));
    }
    o = Execution.run(child.program(), options, run.world, input);
    boolean json = pattern == IntegrationPattern.SYNC_2;
    Map<String, Object> d = new LinkedHashMap<>();
    TaskResult r;
    if (o.status() == ExecutionStatus.SUCCEEDED) {
      d.put("ExecutionArn", executionArn);
      d.put("Input", json ? input : inputText);
      d.put("InputDetails", included());
      d.put("Name", name);
      d.put("Output", json ? o.output() : Json.write(o.output()));
      d.put("OutputDetails", included());
      d.put("RedriveCount", 0L);
      d.put("RedriveStatus", "NOT_REDRIVABLE");
      d.put("RedriveStatusReason", "Execution is SUCCEEDED and cannot be redriven");
      d.put("StartDate", ISO_MILLIS.format(Instant.ofEpochMilli(start)));
      d.put("StateMachineArn", child.arn());
      d.put("Status", "SUCCEEDED");
      d.put("StopDate", ISO_MILLIS.format(Instant.ofEpochMilli(o.stopTime())));
      r = TaskResult.success(d);
    } else {
      // the order of AWS's cause: its members sorted by name
      if (o.cause() != null) {
        d.put("Cause", o.cause());
      }
      if (o.error() != null) {
        d.put("Error", o.error());
      }
      d.put("ExecutionArn", executionArn);
      d.put("Input", json ? input : inputText);
      d.put("InputDetails", included());
      d.put("Name", name);
      d.put("StartDate", ISO_MILLIS.format(Instant.ofEpochMilli(start)));
      d.put("StateMachineArn", child.arn());
      d.put("Status", o.status().name());
      d.put("StopDate", ISO_MILLIS.format(Instant.ofEpochMilli(o.stopTime())));
      r = TaskResult.failure(Optional.of("States.TaskFailed"), Optional.of(Json.write(d)));
    }
    return r.taking(java.time.Duration.ofMillis(Math.max(0, o.stopTime() - start)));
  }

  /**
   * Answers SendTaskSuccess, SendTaskFailure and SendTaskHeartbeat calls that name a task token of
   * this run that a task is waiting on: the waiting task takes the result; the call returns
   * {@code {}}, as the API does.
   *
   * @return the call's result, or {@code null} when the token is none this run waits on
   */
  static TaskResult callback(Step s, String resource, Object payload) {
    if (!(payload instanceof Map<?, ?> params)
        || !(params.get("TaskToken") instanceof String token)
        || !s.run.world.waiting.contains(token)) {
      return null;
    }
    if (resource.endsWith("sendTaskSuccess")) {
      Object output = params.get("Output");
      Object value;
      try {
        value = output instanceof String text ? Json.parseInternal(text) : output;
      } catch (IllegalArgumentException e) {
        return TaskResult.failure(Optional.of("Sfn.InvalidOutputException"),
            Optional.of("Invalid Output: " + e.getMessage()));
      }
      s.run.world.callbacks.put(token, TaskResult.success(value == null ? Json.NULL : value));
    } else if (resource.endsWith("sendTaskFailure")) {
      s.run.world.callbacks.put(token, TaskResult.failure(
          Optional.ofNullable(params.get("Error") instanceof String e ? e : null),
          Optional.ofNullable(params.get("Cause") instanceof String c ? c : null)));
    }
    return TaskResult.success(new LinkedHashMap<String, Object>());
  }

  private static Map<String, Object> included() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("Included", Boolean.TRUE);
    return m;
  }

  /** What the request-response integration returns: the API's answer with the SDK's metadata. */
  private static Map<String, Object> startResponse(Run run, String executionArn, long start) {
    String id = requestId(run);
    String date = HTTP_DATE.format(Instant.ofEpochMilli(start));
    String body = "{\"executionArn\":\"" + executionArn + "\",\"startDate\":"
        + start / 1000 + "." + String.format(Locale.ROOT, "%03d", start % 1000) + "}";
    String length = String.valueOf(body.getBytes(StandardCharsets.UTF_8).length);
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("x-amzn-RequestId", List.of(id));
    all.put("connection", List.of("keep-alive"));
    all.put("Content-Length", List.of(length));
    all.put("Date", List.of(date));
    all.put("Content-Type", List.of("application/x-amz-json-1.0"));
    Map<String, Object> headers = new LinkedHashMap<>();
    headers.put("connection", "keep-alive");
    headers.put("Content-Length", length);
    headers.put("Content-Type", "application/x-amz-json-1.0");
    headers.put("Date", date);
    headers.put("x-amzn-RequestId", id);
    Map<String, Object> http = new LinkedHashMap<>();
    http.put("AllHttpHeaders", all);
    http.put("HttpHeaders", headers);
    http.put("HttpStatusCode", 200L);
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("RequestId", id);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ExecutionArn", executionArn);
    m.put("SdkHttpMetadata", http);
    m.put("SdkResponseMetadata", meta);
    m.put("StartDate", ISO_MILLIS.format(Instant.ofEpochMilli(start)));
    return m;
  }

  private static String requestId(Run run) {
    return uuid(run, "request");
  }

  /** A name-based UUID, the same in every run of the same workflow (AWS's are random). */
  static String uuid(Run run, String what) {
    long n = ++run.world.started;
    return UUID.nameUUIDFromBytes((run.executionArn + "/" + what + "/" + n)
        .getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** A time as AWS writes it in result files: ISO 8601 with milliseconds. */
  static String isoMillis(long epochMillis) {
    return ISO_MILLIS.format(Instant.ofEpochMilli(epochMillis));
  }
}
