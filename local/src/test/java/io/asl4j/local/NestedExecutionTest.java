package io.asl4j.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code states:startExecution} tasks run registered child workflows, or take a mock. */
class NestedExecutionTest {

  @TempDir
  Path dir;

  private static final String CHILD_ARN =
      "arn:aws:states:us-east-1:111111111111:stateMachine:Child";

  /** A parent that starts the child with the given integration pattern suffix. */
  private static Workflow parent(String suffix) {
    return Workflow.fromJson("""
        {"StartAt": "Start", "States": {"Start": {"Type": "Task",
          "Resource": "arn:aws:states:::states:startExecution%s",
          "Parameters": {"StateMachineArn": "%s", "Input.$": "$.in", "Name": "run-1"},
          "End": true}}}""".formatted(suffix, CHILD_ARN));
  }

  private static final Workflow DOUBLER = Workflow.fromJson("""
      {"StartAt": "Double", "States": {"Double": {"Type": "Pass",
        "Parameters": {"twice.$": "States.MathAdd($.n, $.n)"}, "End": true}}}""");

  private static final Workflow FAILING = Workflow.fromJson("""
      {"StartAt": "Boom", "States": {"Boom": {"Type": "Fail", "Error": "SomeFailure",
        "Cause": "This state machines raises a 'SomeFailure' failure."}}}""");

  private static Object out(ExecutionResult r) {
    assertThat(r.status()).as(r.error() + ": " + r.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
    return r.output().orElseThrow();
  }

  @Test
  void syncReturnsTheChildsDescriptionWithItsOutputAsJsonText() {
    ExecutionResult r = LocalExecutor.compile(parent(".sync")).withWorkflow("Child", DOUBLER)
        .run(Map.of("in", Map.of("n", 21)), Mocks.none());
    assertThat(Json.write(Json.internal(out(r)))).isEqualTo("{\"ExecutionArn\":\"arn:aws:states:"
        + "us-east-1:111111111111:execution:Child:run-1\",\"Input\":\"{\\\"n\\\":21}\","
        + "\"InputDetails\":{\"Included\":true},\"Name\":\"run-1\",\"Output\":\"{\\\"twice\\\":42}\","
        + "\"OutputDetails\":{\"Included\":true},\"RedriveCount\":0,\"RedriveStatus\":"
        + "\"NOT_REDRIVABLE\",\"RedriveStatusReason\":\"Execution is SUCCEEDED and cannot be "
        + "redriven\",\"StartDate\":\"2024-01-01T12:00:00.000Z\",\"StateMachineArn\":\""
        + CHILD_ARN + "\",\"Status\":\"SUCCEEDED\",\"StopDate\":\"2024-01-01T12:00:00.000Z\"}");
  }

  @Test
  void sync2ReturnsTheChildsInputAndOutputAsJson() {
    ExecutionResult r = LocalExecutor.compile(parent(".sync:2")).withWorkflow(CHILD_ARN, DOUBLER)
        .run(Map.of("in", Map.of("n", 2)), Mocks.none());
    @SuppressWarnings("unchecked")
    Map<String, Object> d = (Map<String, Object>) out(r);
    assertThat(d.get("Input")).isEqualTo(Map.of("n", 2L));
    assertThat(d.get("Output")).isEqualTo(Map.of("twice", 4L));
  }

  @Test
  void aFailedChildFailsTheTaskWithStatesTaskFailedAndTheChildsErrorInTheCause() {
    ExecutionResult r = LocalExecutor.compile(parent(".sync")).withWorkflow("Child", FAILING)
        .run(Map.of("in", Map.of()), Mocks.none());
    assertThat(r.error()).contains("States.TaskFailed");
    // the shape AWS recorded (conformance case callback.callback.start_execution_sync_delegate_failure)
    assertThat(r.cause()).contains("{\"Cause\":\"This state machines raises a 'SomeFailure' "
        + "failure.\",\"Error\":\"SomeFailure\",\"ExecutionArn\":\"arn:aws:states:us-east-1:"
        + "111111111111:execution:Child:run-1\",\"Input\":\"{}\",\"InputDetails\":{\"Included\":"
        + "true},\"Name\":\"run-1\",\"StartDate\":\"2024-01-01T12:00:00.000Z\",\"StateMachineArn\""
        + ":\"" + CHILD_ARN + "\",\"Status\":\"FAILED\",\"StopDate\":\"2024-01-01T12:00:00.000Z\"}");
  }

  @Test
  void aNullInputReachesTheChildAsAnEmptyObject() {
    ExecutionResult r = LocalExecutor.compile(parent(".sync")).withWorkflow("Child",
        Workflow.fromJson("{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", "
            + "\"End\": true}}}")).run(java.util.Collections.singletonMap("in", null), Mocks.none());
    @SuppressWarnings("unchecked")
    Map<String, Object> d = (Map<String, Object>) out(r);
    assertThat(d.get("Input")).isEqualTo("{}");
    assertThat(d.get("Output")).isEqualTo("{}");
  }

  @Test
  void theRequestResponseFormReturnsAtOnceWithTheExecutionArn() {
    ExecutionResult r = LocalExecutor.compile(parent("")).withWorkflow("Child", FAILING)
        .run(Map.of("in", Map.of()), Mocks.none());
    @SuppressWarnings("unchecked")
    Map<String, Object> d = (Map<String, Object>) out(r);
    assertThat(d.keySet()).containsExactly("ExecutionArn", "SdkHttpMetadata",
        "SdkResponseMetadata", "StartDate");
    assertThat(d.get("ExecutionArn")).isEqualTo("arn:aws:states:us-east-1:111111111111:"
        + "execution:Child:run-1");
  }

  @Test
  void theChildTakesTimeOnTheVirtualClock() {
    Workflow waiting = Workflow.fromJson("""
        {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 90, "End": true}}}""");
    Workflow timed = Workflow.fromJson("""
        {"StartAt": "Start", "States": {"Start": {"Type": "Task",
          "Resource": "arn:aws:states:::states:startExecution.sync:2", "TimeoutSeconds": 60,
          "Parameters": {"StateMachineArn": "%s"}, "End": true}}}""".formatted(CHILD_ARN));
    ExecutionResult r = LocalExecutor.compile(timed).withWorkflow("Child", waiting)
        .run(Map.of(), Mocks.none());
    assertThat(r.error()).contains("States.Timeout");
    ExecutionResult ok = LocalExecutor.compile(timed).withWorkflow("Child", Workflow.fromJson(
        "{\"StartAt\": \"W\", \"States\": {\"W\": {\"Type\": \"Wait\", \"Seconds\": 30, "
            + "\"End\": true}}}")).run(Map.of(), Mocks.none());
    @SuppressWarnings("unchecked")
    Map<String, Object> d = (Map<String, Object>) out(ok);
    assertThat(d.get("StopDate")).isEqualTo("2024-01-01T12:00:30.000Z");
  }

  @Test
  void waitForTaskTokenTakesWhatTheChildSendsBackWithTheToken() {
    Workflow caller = Workflow.fromJson("""
        {"StartAt": "Ask", "States": {"Ask": {"Type": "Task",
          "Resource": "arn:aws:states:::states:startExecution.waitForTaskToken",
          "Parameters": {"StateMachineArn": "%s",
                         "Input": {"token.$": "$$.Task.Token", "q.$": "$.q"}},
          "End": true}}}""".formatted(CHILD_ARN));
    Workflow answering = Workflow.fromJson("""
        {"StartAt": "Reply", "States": {"Reply": {"Type": "Task",
          "Resource": "arn:aws:states:::aws-sdk:sfn:sendTaskSuccess",
          "Parameters": {"TaskToken.$": "$.token", "Output.$": "States.JsonToString($.q)"},
          "End": true}}}""");
    ExecutionResult r = LocalExecutor.compile(caller).withWorkflow("Child", answering)
        .run(Map.of("q", Map.of("answer", 42)), Mocks.none());
    assertThat(out(r)).isEqualTo(Map.of("answer", 42L));

    Workflow refusing = Workflow.fromJson("""
        {"StartAt": "Reply", "States": {"Reply": {"Type": "Task",
          "Resource": "arn:aws:states:::aws-sdk:sfn:sendTaskFailure",
          "Parameters": {"TaskToken.$": "$.token", "Error": "No", "Cause": "not today"},
          "End": true}}}""");
    ExecutionResult no = LocalExecutor.compile(caller).withWorkflow("Child", refusing)
        .run(Map.of("q", 1), Mocks.none());
    assertThat(no.error()).contains("No");
    assertThat(no.cause()).contains("not today");

    assertThatThrownBy(() -> LocalExecutor.compile(caller).withWorkflow("Child", DOUBLER)
        .run(Map.of("q", 1), Mocks.none()))
        .isInstanceOf(LocalExecutionException.class)
        .hasMessage("the Task state \"Ask\" waits for a callback with its task token, but the "
            + "child execution arn:aws:states:us-east-1:111111111111:execution:Child:"
            + "1e8a444e-5b72-36ce-b91b-5927a70f505b ended (FAILED) without calling SendTaskSuccess "
            + "or SendTaskFailure with it; on AWS the task would wait for ever (give it "
            + "TimeoutSeconds)");
  }

  @Test
  void withoutARegisteredChildTheTaskTakesItsMock() {
    ExecutionResult r = LocalExecutor.compile(parent(".sync")).withWorkflow("Other", DOUBLER)
        .run(Map.of("in", Map.of()), Mocks.parse("{\"Start\": [{\"Return\": {\"Status\": "
            + "\"SUCCEEDED\"}}]}", "m.json", Optional.empty()));
    assertThat(out(r)).isEqualTo(Map.of("Status", "SUCCEEDED"));
  }

  @Test
  void theMocksFileMayNameChildWorkflowsByFileOrInline() throws IOException {
    Files.writeString(dir.resolve("child.asl.json"), DOUBLER.toJson());
    Path mocks = Files.writeString(dir.resolve("mocks.json"),
        "{\"Workflows\": {\"Child\": \"child.asl.json\"}}");
    Path asl = Files.writeString(dir.resolve("parent.asl.json"), parent(".sync:2").toJson());
    Path input = Files.writeString(dir.resolve("in.json"), "{\"in\": {\"n\": 5}}");
    ExecutionResult r = LocalRun.run(asl, Optional.of(input), Optional.of(mocks),
        Optional.empty(), ExecutionOptions.defaults());
    @SuppressWarnings("unchecked")
    Map<String, Object> d = (Map<String, Object>) out(r);
    assertThat(d.get("Output")).isEqualTo(Map.of("twice", 10L));

    Mocks inline = Mocks.parse("{\"Workflows\": {\"" + CHILD_ARN + "\": " + FAILING.toJson()
        + "}}", "m.json", Optional.empty());
    assertThat(inline.workflows()).containsOnlyKeys(CHILD_ARN);
    assertThat(LocalExecutor.compile(parent(".sync")).run(Map.of("in", Map.of()), inline).error())
        .contains("States.TaskFailed");
    // by file, parse leaves reading the file to the caller
    assertThat(Mocks.parse("{\"Workflows\": {\"Child\": \"child.asl.json\"}}", "m.json",
        Optional.empty()).workflowFiles()).isEqualTo(Map.of("Child", "child.asl.json"));
  }

  @Test
  void childTasksTakeMocksFromTheSameFile() {
    Workflow child = Workflow.fromJson("""
        {"StartAt": "Work", "States": {"Work": {"Type": "Task",
          "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}""");
    ExecutionResult r = LocalExecutor.compile(parent(".sync:2")).withWorkflow("Child", child)
        .run(Map.of("in", Map.of()), Mocks.parse("{\"Work\": [{\"Return\": \"done\"}]}", "m.json",
            Optional.empty()));
    @SuppressWarnings("unchecked")
    Map<String, Object> d = (Map<String, Object>) out(r);
    assertThat(d.get("Output")).isEqualTo("done");
  }

  @Test
  void aChildRegisteredInCodeWinsOverTheMocksFiles() {
    Mocks inline = Mocks.parse("{\"Workflows\": {\"Child\": " + FAILING.toJson() + "}}", "m.json",
        Optional.empty());
    ExecutionResult r = LocalExecutor.compile(parent(".sync:2")).withWorkflow("Child", DOUBLER)
        .run(Map.of("in", Map.of("n", 1)), inline);
    @SuppressWarnings("unchecked")
    Map<String, Object> d = (Map<String, Object>) out(r);
    assertThat(d.get("Output")).isEqualTo(Map.of("twice", 2L));
  }
}
