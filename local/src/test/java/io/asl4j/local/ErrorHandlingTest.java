package io.asl4j.local;

import static io.asl4j.local.Runs.output;
import static io.asl4j.local.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Task states against mocks, Retry and Catch. */
class ErrorHandlingTest {

  private static final String TASK = """
      {"StartAt": "T", "States": {
        "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
              "Parameters": {"FunctionName": "f", "Payload.$": "$"},
              "ResultSelector": {"body.$": "$.Payload"}, "ResultPath": "$.r",
              "Retry": [{"ErrorEquals": ["Flaky"], "MaxAttempts": 2, "IntervalSeconds": 10}],
              "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Caught"}],
              "End": true},
        "Caught": {"Type": "Pass", "End": true}}}""";

  @Test
  void aTaskResultGoesThroughResultSelectorAndResultPath() {
    ExecutionResult r = run(TASK, "{\"id\": 1}", """
        {"T": [{"Return": {"Payload": {"ok": true}, "StatusCode": 200}}]}""");
    assertThat(output(r)).isEqualTo("{\"id\":1,\"r\":{\"body\":{\"ok\":true}}}");
  }

  @Test
  void retriesTakeTheNextMocksAndAdvanceTheClock() {
    ExecutionResult r = run(TASK, "{\"id\": 1}", """
        {"T": [{"Throw": {"Error": "Flaky", "Cause": "1"}}, {"Throw": {"Error": "Flaky"}},
               {"Return": {"Payload": 7}}]}""");
    assertThat(output(r)).isEqualTo("{\"id\":1,\"r\":{\"body\":7}}");
    assertThat(r.statesEntered()).containsExactly("T");
    // 10 s, then 20 s (backoff 2.0) before the second retry
    assertThat(r.history().get(r.history().size() - 1).timestamp().toString())
        .isEqualTo("2024-01-01T12:00:30Z");
  }

  @Test
  void whenRetriesAreExhaustedTheCatcherGetsTheErrorOutput() {
    ExecutionResult r = run(TASK, "{\"id\": 1}", """
        {"T": [{"Throw": {"Error": "Flaky", "Cause": "a"}}, {"Throw": {"Error": "Flaky", "Cause": "b"}},
               {"Throw": {"Error": "Flaky", "Cause": "c"}}]}""");
    assertThat(output(r)).isEqualTo("{\"id\":1,\"error\":{\"Error\":\"Flaky\",\"Cause\":\"c\"}}");
    assertThat(r.statesEntered()).containsExactly("T", "Caught");
  }

  @Test
  void statesRuntimeIsNotCaughtEvenWhenACatcherNamesIt() {
    ExecutionResult r = run("""
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:111111111111:function:f",
                "OutputPath": "$.no.such.path",
                "Catch": [{"ErrorEquals": ["States.Runtime"], "Next": "Caught"}], "End": true},
          "Caught": {"Type": "Pass", "End": true}}}""", "{}", "{\"T\": [{\"Return\": {}}]}");
    assertThat(r.error()).contains("States.Runtime");
    assertThat(r.cause()).contains("An error occurred while executing the state 'T' (entered at "
        + "the event id #2). Invalid path '$.no.such.path' : Missing property in path $['no']");
  }

  @Test
  void taskFailedMatchesTaskErrorsButNotTimeouts() {
    String asl = """
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
                "Catch": [{"ErrorEquals": ["States.TaskFailed"], "Next": "Caught"}], "End": true},
          "Caught": {"Type": "Pass", "End": true}}}""";
    assertThat(run(asl, "{}", "{\"T\": [{\"Throw\": {\"Error\": \"SQS.Boom\"}}]}").statesEntered())
        .containsExactly("T", "Caught");
    ExecutionResult timeout = run(asl, "{}", "{\"T\": [{\"Throw\": {\"Error\": \"States.Timeout\"}}]}");
    assertThat(timeout.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(timeout.error()).contains("States.Timeout");
  }

  @Test
  void aResultOver256KiBExceedsTheDataLimit() {
    String big = "x".repeat(256 * 1024);
    ExecutionResult r = run("""
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}""",
        "{}", "{\"T\": [{\"Return\": \"" + big + "\"}]}");
    assertThat(r.error()).contains("States.DataLimitExceeded");
    // as the Lambda integration words it on AWS (conformance case
    // error_handling.states_errors.service_task_lambada_data_limit_exceeded_on_large_utf8_response)
    assertThat(r.cause()).contains("The state/task 'lambda' returned a result with a size exceeding "
        + "the maximum number of bytes service limit.");
  }

  @Test
  void waitForTaskTokenTasksSeeATaskToken() {
    ExecutionResult r = run("""
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                "Parameters": {"token.$": "$$.Task.Token"}, "ResultPath": "$.r", "End": true}}}""",
        "{}", "{\"T\": [{\"Return\": \"done\"}]}");
    assertThat(output(r)).isEqualTo("{\"r\":\"done\"}");
    assertThat(r.history().get(2).details().get("parameters"))
        .isEqualTo("{\"token\":\"local-task-token-1\"}");
  }
}
