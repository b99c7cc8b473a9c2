package io.asl4j.local;

import static io.asl4j.local.Runs.output;
import static io.asl4j.local.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Parallel branches and Map iterations: results in order, errors, tolerated failures. */
class ParallelAndMapTest {

  @Test
  void parallelReturnsTheBranchOutputsInBranchOrder() {
    ExecutionResult r = run("""
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
          {"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": "a", "End": true}}},
          {"StartAt": "B", "States": {"B": {"Type": "Pass", "Result": "b", "End": true}}}]}}}""",
        "{}");
    assertThat(output(r)).isEqualTo("[\"a\",\"b\"]");
    assertThat(r.statesEntered()).containsExactly("P", "A", "B");
  }

  @Test
  void aFailingBranchFailsTheParallelStateWithItsError() {
    ExecutionResult r = run("""
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "Next": "Done",
          "Catch": [{"ErrorEquals": ["Boom"], "Next": "Caught"}], "Branches": [
          {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "Boom", "Cause": "c"}}}]},
          "Caught": {"Type": "Pass", "End": true}, "Done": {"Type": "Succeed"}}}""", "{}");
    assertThat(output(r)).isEqualTo("{\"Error\":\"Boom\",\"Cause\":\"c\"}");
  }

  @Test
  void mapRunsEachItemThroughItsItemSelector() {
    ExecutionResult r = run("""
        {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.xs",
          "ItemSelector": {"x.$": "$$.Map.Item.Value", "i.$": "$$.Map.Item.Index", "k.$": "$.k"},
          "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Pass", "End": true}}},
          "End": true}}}""", "{\"xs\": [\"a\", \"b\"], \"k\": 0}");
    assertThat(output(r)).isEqualTo("[{\"x\":\"a\",\"i\":0,\"k\":0},{\"x\":\"b\",\"i\":1,\"k\":0}]");
  }

  @Test
  void mapInputMustBeAnArray() {
    ExecutionResult r = run("""
        {"QueryLanguage": "JSONata", "StartAt": "M", "States": {"M": {"Type": "Map",
          "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Pass", "End": true}}},
          "End": true}}}""", "{\"foo\": \"bar\"}");
    assertThat(r.error()).contains("States.QueryEvaluationError");
    assertThat(r.cause()).contains("An error occurred while executing the state 'M' (entered at "
        + "the event id #2). Map state input must be an array but was: {\"foo\":\"bar\"}");
  }

  @Test
  void toleratedFailuresLetAMapSucceedUntilTheThresholdIsExceeded() {
    String asl = """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "ToleratedFailureCount": 1,
          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
            "StartAt": "C", "States": {
              "C": {"Type": "Choice", "Choices": [{"Variable": "$", "NumericEquals": 0, "Next": "F"}],
                    "Default": "Ok"},
              "F": {"Type": "Fail", "Error": "Zero"}, "Ok": {"Type": "Succeed"}}},
          "End": true}}}""";
    ExecutionResult one = run(asl, "[1, 0, 2]");
    assertThat(output(one)).isEqualTo("[1,null,2]");
    // a distributed Map's iterations are child executions: not in this execution's history
    assertThat(one.statesEntered()).containsExactly("M");
    ExecutionResult two = run(asl, "[0, 0]");
    assertThat(two.error()).contains("States.ExceedToleratedFailureThreshold");
  }

  @Test
  void onTheVirtualClockBranchesAndIterationsRunConcurrently() {
    String wait = "{\"StartAt\": \"W\", \"States\": {\"W\": {\"Type\": \"Wait\", \"Seconds\": 10, "
        + "\"End\": true}}}";
    ExecutionResult parallel = run("{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": "
        + "\"Parallel\", \"Branches\": [" + wait + ", " + wait + "], \"Next\": \"T\"}, " + TIME + "}}",
        "{}");
    assertThat(output(parallel)).isEqualTo("{\"t\":\"2024-01-01T12:00:10Z\"}");
    String map = "{\"StartAt\": \"M\", \"States\": {\"M\": {\"Type\": \"Map\", "
        + "\"MaxConcurrency\": 2, \"ItemProcessor\": " + wait + ", \"Next\": \"T\"}, " + TIME + "}}";
    // three items on two slots: 10 s, then 10 s more for the third
    assertThat(output(run(map, "[1, 2, 3]"))).isEqualTo("{\"t\":\"2024-01-01T12:00:20Z\"}");
  }

  private static final String TIME = "\"T\": {\"Type\": \"Pass\", "
      + "\"Parameters\": {\"t.$\": \"$$.State.EnteredTime\"}, \"End\": true}";
}
