package io.asl4j.junit;

import static io.asl4j.junit.WorkflowAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.Workflow;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link WorkflowRunner}: mocks in call order, and the bad input it refuses with a message naming
 * the workflow, the state and its resource.
 */
class WorkflowRunnerTest {

  static final Workflow ARTICLE = Workflow.fromJson("""
      {"StartAt": "Run Glue Job", "States": {
        "Run Glue Job": {"Type": "Task", "Resource": "arn:aws:states:::glue:startJobRun.sync",
          "Parameters": {"JobName": "GLUE_JOB_NAME"},
          "Retry": [{"ErrorEquals": ["Glue.ConcurrentRunsExceededException"],
                     "IntervalSeconds": 60}],
          "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error",
                     "Next": "Notify Error Message"}],
          "Next": "Fetch Data"},
        "Fetch Data": {"Type": "Task",
          "Resource": "arn:aws:lambda:REGION:ACCOUNT_ID:function:FUNCTION_NAME",
          "ResultPath": "$.data.lambdaresult", "OutputPath": "$.data", "Next": "Route"},
        "Route": {"Type": "Choice", "Choices": [
            {"Variable": "$.lambdaresult.rows", "NumericGreaterThan": 0, "Next": "Done"}],
          "Default": "Done"},
        "Notify Error Message": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
          "Parameters": {"TopicArn": "TOPIC_ARN", "Message.$": "$.error"},
          "Next": "Workflow Failure"},
        "Workflow Failure": {"Type": "Fail"},
        "Done": {"Type": "Succeed"}}}""");

  private static WorkflowRunner runner() {
    return WorkflowRunner.of("article", ARTICLE);
  }

  @Test
  void mocksAnswerInCallOrderAndTheLastRepeats() {
    WorkflowRun run = runner()
        .given("Run Glue Job", GlueMock.concurrentRunsExceeded(), GlueMock.jobRunSucceeds())
        .given("Fetch Data", LambdaMock.returns(Map.of("rows", 3)))
        .run(Map.of());
    assertThat(run).succeeded().tookPath("Run Glue Job", "Fetch Data", "Route", "Done")
        .retried("Run Glue Job", 1).invokedTimes("Run Glue Job", 2)
        .invokedWithInput("Run Glue Job", 2, "{\"JobName\": \"GLUE_JOB_NAME\"}")
        .hasStateTransitions(4).hasBilledTransitions(5);
    assertThatThrownBy(() -> assertThat(run).hasBilledTransitions(4))
        .hasMessage("article: expected 4 billed state transitions\nbut it was billed 5 "
            + "(4 states entered, 1 retry)\npath: Run Glue Job -> Fetch Data -> Route -> Done\n"
            + "outcome: SUCCEEDED with output {\"lambdaresult\":{\"rows\":3}}");
  }

  @Test
  void aMockForAStateThatDoesNotExistIsRefused() {
    assertThatThrownBy(() -> runner().given("Fetch Dta", LambdaMock.returns(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("article: no state \"Fetch Dta\" to mock; did you mean \"Fetch Data\"?");
    assertThatThrownBy(() -> runner().given("fetch data", LambdaMock.returns(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("article: no state \"fetch data\" to mock; did you mean \"Fetch Data\"?");
    assertThatThrownBy(() -> runner().given("Load", LambdaMock.returns(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("article: no state \"Load\" to mock; the Task states are "
            + "\"Run Glue Job\", \"Fetch Data\", \"Notify Error Message\"");
  }

  @Test
  void aMockForAStateThatIsNotATaskIsRefused() {
    assertThatThrownBy(() -> runner().given("Route", LambdaMock.returns(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("article: state \"Route\" is a Choice state; only Task states take mocks");
  }

  @Test
  void aMockOfAnotherIntegrationIsRefusedNamingStateResourceAndTheRightMock() {
    assertThatThrownBy(() -> runner().given("Fetch Data", GlueMock.jobRunSucceeds()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("article: Task state \"Fetch Data\" (arn:aws:lambda:REGION:ACCOUNT_ID:function:"
            + "FUNCTION_NAME): GlueMock.jobRunSucceeds() mocks Glue and the state calls a "
            + "Lambda function; use LambdaMock");
    assertThatThrownBy(() -> runner().given("Run Glue Job", SnsMock.published()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("article: Task state \"Run Glue Job\" (arn:aws:states:::glue:startJobRun.sync)"
            + ": SnsMock.published() mocks SNS and the state calls glue:startJobRun.sync; "
            + "use GlueMock");
  }

  @Test
  void aMockOfAnotherPatternOrActionIsRefused() {
    Workflow rr = Tasks.task("arn:aws:states:::glue:startJobRun", null);
    assertThatThrownBy(() -> WorkflowRunner.of("rr", rr).given("T", GlueMock.jobRunFails("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rr: Task state \"T\" (arn:aws:states:::glue:startJobRun): "
            + "GlueMock.jobRunFails(..) answers .sync only (a job run ends only when the task "
            + "waits for it) and the state calls glue:startJobRun");
    Workflow put = Tasks.task("arn:aws:states:::dynamodb:putItem", null);
    assertThatThrownBy(() -> WorkflowRunner.of("put", put).given("T", DynamoDbMock.item(
            Map.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("put: Task state \"T\" (arn:aws:states:::dynamodb:putItem): "
            + "DynamoDbMock.item(..) answers dynamodb:getItem and the state calls "
            + "dynamodb:putItem; use another DynamoDbMock method");
  }

  @Test
  void aResourceNoTypedMockKnowsTakesAGenericOne() {
    Workflow other = Tasks.task("${FunctionArn}", null);
    assertThatThrownBy(() -> WorkflowRunner.of("o", other).given("T", LambdaMock.returns(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("o: Task state \"T\" (${FunctionArn}): LambdaMock.returns(..) mocks Lambda "
            + "and the state calls ${FunctionArn}; no typed mock knows it; use "
            + "TaskMock.returning(..) or TaskMock.failing(..)");
  }

  @Test
  void aTaskWithoutAMockStopsTheRunNamingItAndItsMockClass() {
    assertThatThrownBy(() -> runner().given("Run Glue Job", GlueMock.jobRunSucceeds())
            .run(Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("article: Task state \"Fetch Data\" (arn:aws:lambda:REGION:ACCOUNT_ID:"
            + "function:FUNCTION_NAME): no mock for invocation #1; give one with given(\"Fetch "
            + "Data\", ...) (a LambdaMock)");
  }

  @Test
  void otherStatesCanFallBackToAMocksFile() {
    WorkflowRun run = runner()
        .given("Run Glue Job", GlueMock.jobRunFails("boom"))
        .otherwise(io.asl4j.local.Mocks.parse("{\"Notify Error Message\": [{\"Return\": {}}]}",
            "mocks.json", java.util.Optional.empty()))
        .run(Map.of());
    assertThat(run).failedWithoutError()
        .tookPath("Run Glue Job", "Notify Error Message", "Workflow Failure");
  }
}
