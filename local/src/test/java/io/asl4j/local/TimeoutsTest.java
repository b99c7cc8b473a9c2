package io.asl4j.local;

import static io.asl4j.local.Runs.output;
import static io.asl4j.local.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.Workflow;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** TimeoutSeconds and HeartbeatSeconds time a task out on the virtual clock. */
class TimeoutsTest {

  private static final String TIMED = """
      {"StartAt": "T", "States": {
        "T": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
              "TimeoutSeconds": 60, "HeartbeatSeconds": 10, "ResultPath": "$.r",
              "Catch": [{"ErrorEquals": ["States.Timeout"], "ResultPath": "$.error",
                         "Next": "TimedOut"}],
              "End": true},
        "TimedOut": {"Type": "Pass", "End": true}}}""";

  private static String last(ExecutionResult r) {
    return r.history().get(r.history().size() - 1).timestamp().toString();
  }

  @Test
  void aTaskThatEndsInTimeSucceedsAndTakesItsTime() {
    ExecutionResult r = run(TIMED, "{}", """
        {"T": [{"Return": "done", "Seconds": 45, "HeartbeatInterval": 5}]}""");
    assertThat(output(r)).isEqualTo("{\"r\":\"done\"}");
    assertThat(last(r)).isEqualTo("2024-01-01T12:00:45Z");
  }

  @Test
  void aTaskThatRunsPastTimeoutSecondsTimesOutThen() {
    ExecutionResult r = run(TIMED, "{}", """
        {"T": [{"Return": "late", "Seconds": 90, "HeartbeatInterval": 5}]}""");
    // AWS reports no cause for a timeout; a catcher sees it as ""
    assertThat(output(r)).isEqualTo("{\"error\":{\"Error\":\"States.Timeout\",\"Cause\":\"\"}}");
    assertThat(r.statesEntered()).containsExactly("T", "TimedOut");
    assertThat(last(r)).isEqualTo("2024-01-01T12:01:00Z");
    assertThat(r.history()).extracting(HistoryEvent::type).contains("TaskTimedOut");
  }

  @Test
  void aTaskWithoutHeartbeatsTimesOutAfterHeartbeatSeconds() {
    ExecutionResult r = run(TIMED, "{}", "{\"T\": [{\"Return\": \"late\", \"Seconds\": 30}]}");
    assertThat(r.statesEntered()).containsExactly("T", "TimedOut");
    assertThat(last(r)).isEqualTo("2024-01-01T12:00:10Z");
    // heartbeats further apart than HeartbeatSeconds miss it too
    ExecutionResult sparse = run(TIMED, "{}", """
        {"T": [{"Return": "late", "Seconds": 30, "HeartbeatInterval": 11}]}""");
    assertThat(sparse.statesEntered()).containsExactly("T", "TimedOut");
  }

  @Test
  void statesTaskFailedDoesNotMatchATimeoutButStatesAllDoes() {
    String asl = """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5,
                "Retry": [{"ErrorEquals": ["States.TaskFailed"], "MaxAttempts": 3}],
                "Catch": [{"ErrorEquals": ["States.TaskFailed"], "Next": "TaskFailed"},
                          {"ErrorEquals": ["States.ALL"], "Next": "All"}], "End": true},
          "TaskFailed": {"Type": "Succeed"}, "All": {"Type": "Succeed"}}}""";
    ExecutionResult r = run(asl, "{}", "{\"T\": [{\"Return\": 1, \"Seconds\": 6}]}");
    // no retry either: one invocation, caught by States.ALL
    assertThat(r.statesEntered()).containsExactly("T", "All");
    assertThat(r.history()).extracting(HistoryEvent::type).containsOnlyOnce("TaskScheduled");
  }

  @Test
  void anUncaughtTimeoutFailsTheExecutionWithoutACause() {
    ExecutionResult r = run(Runs.single("""
        {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5,
         "End": true}"""), "{}", "{\"S\": [{\"Return\": 1, \"Seconds\": 6}]}");
    assertThat(r.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(r.error()).contains("States.Timeout");
    assertThat(r.cause()).isEmpty();
  }

  @Test
  void thePathAndJsonataFormsTimeOutToo() {
    String path = Runs.single("""
        {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
         "TimeoutSecondsPath": "$.timeout", "End": true}""");
    assertThat(run(path, "{\"timeout\": 5}", "{\"S\": [{\"Return\": 1, \"Seconds\": 6}]}")
        .error()).contains("States.Timeout");
    assertThat(output(run(path, "{\"timeout\": 7}",
        "{\"S\": [{\"Return\": 1, \"Seconds\": 6}]}"))).isEqualTo("1");
    ExecutionResult notInteger = run(path, "{\"timeout\": \"soon\"}", "{\"S\": [{\"Return\": 1}]}");
    assertThat(notInteger.error()).contains("States.Runtime");
    assertThat(notInteger.cause()).contains("An error occurred while executing the state 'S' "
        + "(entered at the event id #2). The TimeoutSecondsPath field refers to value \"soon\" "
        + "which is not a valid positive integer: $.timeout");

    String jsonata = Runs.single("""
        {"Type": "Task", "QueryLanguage": "JSONata", "Resource": "arn:aws:states:::lambda:invoke",
         "HeartbeatSeconds": "{% $states.input.hb %}", "End": true}""");
    assertThat(run(jsonata, "{\"hb\": 3}", "{\"S\": [{\"Return\": 1, \"Seconds\": 4}]}").error())
        .contains("States.Timeout");
    assertThat(run(jsonata, "{\"hb\": 3}", """
        {"S": [{"Return": 1, "Seconds": 4, "HeartbeatInterval": 2}]}""").status())
        .isEqualTo(ExecutionStatus.SUCCEEDED);
  }

  @Test
  void handlersWrittenInJavaTakeTimeToo() {
    LocalExecutor e = LocalExecutor.compile(Workflow.fromJson(TIMED));
    ExecutionResult r = e.run(Map.of(), call -> TaskResult.success("x")
        .taking(Duration.ofMinutes(2)).heartbeatEvery(Duration.ofSeconds(1)));
    assertThat(r.statesEntered()).containsExactly("T", "TimedOut");
    ExecutionResult ok = e.run(Map.of(), call -> TaskResult.failure(Optional.of("Busy"),
        Optional.empty()).taking(Duration.ofSeconds(8)));
    assertThat(ok.error()).contains("Busy");
    assertThat(last(ok)).isEqualTo("2024-01-01T12:00:08Z");
  }

  @Test
  void retriesWithFullJitterWaitARandomPartOfTheIntervalTheSameForTheSameSeed() {
    String asl = Runs.single("""
        {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
         "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 100, "MaxAttempts": 3,
                    "BackoffRate": 1, "JitterStrategy": "FULL"}], "End": true}""");
    String mocks = """
        {"S": [{"Throw": {"Error": "E"}}, {"Throw": {"Error": "E"}}, {"Throw": {"Error": "E"}},
               {"Return": 1}]}""";
    LocalExecutor e = LocalExecutor.compile(Workflow.fromJson(asl));
    Mocks m = Mocks.parse(mocks, "m.json", Optional.empty());
    String first = last(e.run(Map.of(), m, ExecutionOptions.defaults().withSeed(7)));
    assertThat(last(e.run(Map.of(), m, ExecutionOptions.defaults().withSeed(7)))).isEqualTo(first);
    String other = last(e.run(Map.of(), m, ExecutionOptions.defaults().withSeed(8)));
    assertThat(other).isNotEqualTo(first);
    // three retries of at most 100 s each, and less than without jitter (300 s)
    for (String t : List.of(first, other)) {
      assertThat(t).isBetween("2024-01-01T12:00:00Z", "2024-01-01T12:05:00Z");
    }
    ExecutionResult noJitter = run(asl.replace("\"FULL\"", "\"NONE\""), "{}", mocks);
    assertThat(last(noJitter)).isEqualTo("2024-01-01T12:05:00Z");
  }
}
