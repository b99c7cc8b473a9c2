package io.asl4j.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.Workflow;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExecutionResultTest {

  private static final Workflow TWO = Workflow.fromJson("""
      {"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": {"x": 1}, "Next": "B"},
        "B": {"Type": "Fail", "Error": "E", "Cause": "C"}}}""");

  @Test
  void aSucceededRunPrintsItsOutputAndStates() {
    ExecutionResult r = Runs.run("""
        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": {"x": 1}, "End": true}}}""",
        "{}");
    assertThat(r.toText()).isEqualTo("""
        SUCCEEDED after 1 state transition
        output: {
          "x": 1
        }
        states entered: A
        """);
  }

  @Test
  void aFailedRunPrintsItsErrorAndCause() {
    ExecutionResult r = LocalExecutor.compile(TWO).run(null, Mocks.none());
    assertThat(r.toText()).isEqualTo("""
        FAILED after 2 state transitions
        error: E
        cause: C
        states entered: A -> B
        """);
  }

  @Test
  void theJsonFormHasTheShapeOfTheConformanceSuitesExpectations() {
    ExecutionResult r = LocalExecutor.compile(TWO).run(null, Mocks.none(),
        ExecutionOptions.defaults().withHistory(false));
    assertThat(r.toJson()).isEqualTo("""
        {
          "status": "FAILED",
          "error": "E",
          "cause": "C",
          "transitions": 2
        }""");
    String withHistory = LocalExecutor.compile(TWO).run(null, Mocks.none()).toJson();
    assertThat(withHistory).contains("\"states_entered\": [\n    \"A\",\n    \"B\"\n  ]")
        .contains("\"type\": \"FailStateEntered\"")
        .contains("\"stateEnteredEventDetails\": {\n        \"name\": \"B\",")
        .contains("\"executionFailedEventDetails\": {\n        \"error\": \"E\",")
        .contains("\"type\": \"ExecutionFailed\"");
  }

  @Test
  void optionsNameTheExecutionInTheContextObject() {
    Workflow w = Workflow.fromJson("""
        {"StartAt": "A", "States": {"A": {"Type": "Pass",
          "Parameters": {"id.$": "$$.Execution.Id", "sm.$": "$$.StateMachine.Name"}, "End": true}}}""");
    ExecutionResult r = LocalExecutor.compile(w).run(null, Mocks.none(),
        ExecutionOptions.defaults().withNames("Orders", "run-1"));
    assertThat(Json.write(r.output().orElseThrow())).isEqualTo("{\"id\":\"arn:aws:states:"
        + "us-east-1:111111111111:execution:Orders:run-1\",\"sm\":\"Orders\"}");
    assertThat(r.output()).isNotEqualTo(Optional.empty());
  }
}
