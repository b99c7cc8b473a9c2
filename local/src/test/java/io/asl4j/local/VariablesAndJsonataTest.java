package io.asl4j.local;

import static io.asl4j.local.Runs.output;
import static io.asl4j.local.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Workflow variables and their scopes in both query languages, and JSONata's {@code $states}. */
class VariablesAndJsonataTest {

  @Test
  void parallelBranchesReadOuterVariablesButTheirAssignmentsStayInside() {
    ExecutionResult r = run("""
        {"StartAt": "Set", "States": {
          "Set": {"Type": "Pass", "Assign": {"x": 1}, "Next": "Par"},
          "Par": {"Type": "Parallel", "Branches": [
              {"StartAt": "B", "States": {"B": {"Type": "Pass", "Assign": {"y": 2},
                 "Parameters": {"x.$": "$x"}, "Next": "B2"},
                 "B2": {"Type": "Pass", "Parameters": {"y.$": "$y"}, "End": true}}}],
            "Next": "After"},
          "After": {"Type": "Pass", "Parameters": {"x.$": "$x", "y.$": "$y"}, "End": true}}}""",
        "{}");
    assertThat(r.error()).contains("States.Runtime");
    assertThat(r.cause()).contains("An error occurred while executing the state 'After' (entered "
        + "at the event id #12). The JSONPath '$y' refers to the variable '$y', which is not "
        + "defined");
  }

  @Test
  void mapIterationsReadOuterVariablesAndACatcherAssignsOutside() {
    ExecutionResult r = run("""
        {"QueryLanguage": "JSONata", "StartAt": "Set", "States": {
          "Set": {"Type": "Pass", "Assign": {"base": 10}, "Next": "M"},
          "M": {"Type": "Map", "Items": "{% $states.input.xs %}",
                "ItemProcessor": {"StartAt": "Add", "States": {"Add": {"Type": "Pass",
                  "Output": "{% $states.input + $base %}", "End": true}}},
                "Assign": {"sum": "{% $sum($states.result) %}"},
                "Next": "Fail?"},
          "Fail?": {"Type": "Parallel", "Branches": [{"StartAt": "F", "States": {
                      "F": {"Type": "Fail", "Error": "Oops", "Cause": "{% 'base ' & $base %}"}}}],
                    "Catch": [{"ErrorEquals": ["States.ALL"],
                               "Assign": {"caught": "{% $states.errorOutput.Cause %}"},
                               "Output": "{% $states.errorOutput %}", "Next": "Done"}],
                    "End": true},
          "Done": {"Type": "Pass", "Output": {"sum": "{% $sum %}", "caught": "{% $caught %}",
                   "error": "{% $states.input.Error %}"}, "End": true}}}""",
        "{\"xs\": [1, 2]}");
    assertThat(output(r)).isEqualTo("{\"sum\":23,\"caught\":\"base 10\",\"error\":\"Oops\"}");
  }

  @Test
  void distributedMapChildrenReadNoOuterVariables() {
    ExecutionResult r = run("""
        {"StartAt": "Set", "States": {
          "Set": {"Type": "Pass", "Assign": {"x": 1}, "Next": "M"},
          "M": {"Type": "Map", "ItemProcessor": {
                  "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                  "StartAt": "P", "States": {"P": {"Type": "Pass", "Parameters": {"x.$": "$x"},
                  "End": true}}}, "End": true}}}""", "{}".replace("{}", "[1]"));
    assertThat(r.error()).contains("States.Runtime");
    assertThat(r.cause()).hasValueSatisfying(c -> assertThat(c).endsWith(
        "The JSONPath '$x' refers to the variable '$x', which is not defined"));
  }

  @Test
  void statesHoldsInputResultAndErrorOutputWhereAwsSetsThem() {
    ExecutionResult r = run("""
        {"QueryLanguage": "JSONata", "StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Arguments": {"sent": "{% $states.input.n %}"},
                "Output": {"in": "{% $states.input.n %}", "got": "{% $states.result.v %}"},
                "Assign": {"v": "{% $states.result.v %}"}, "Next": "U"},
          "U": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught",
                           "Output": {"previous": "{% $states.input %}",
                                      "error": "{% $states.errorOutput %}", "v": "{% $v %}"}}],
                "End": true},
          "Caught": {"Type": "Succeed"}}}""", "{\"n\": 1}", """
        {"T": [{"Return": {"v": 7}}], "U": [{"Throw": {"Error": "E", "Cause": "C"}}]}""");
    assertThat(output(r)).isEqualTo("{\"previous\":{\"in\":1,\"got\":7},\"error\":{\"Error\":\"E\","
        + "\"Cause\":\"C\"},\"v\":7}");
  }

  @Test
  void expressionsAreEvaluatedAtAnyDepthAndConstantsKeptAsWritten() {
    assertThat(output(run("""
        {"QueryLanguage": "JSONata", "StartAt": "P", "States": {"P": {"Type": "Pass",
          "Output": {"list": [1, "{% 1 + 1 %}", {"deep": ["{% $uppercase('x') %}"]}],
                     "text": "plain {% not an expression", "n": 3}, "End": true}}}""", "{}")))
        .isEqualTo("{\"list\":[1,2,{\"deep\":[\"X\"]}],\"text\":\"plain {% not an expression\","
            + "\"n\":3}");
  }

  @Test
  void awsAddsItsFunctionsToJsonata() {
    ExecutionResult r = run("""
        {"QueryLanguage": "JSONata", "StartAt": "P", "States": {"P": {"Type": "Pass",
          "Output": {"partition": "{% $partition([1, 2, 3], 2) %}",
                     "range": "{% $range(1, 5, 2) %}",
                     "hash": "{% $hash('abc', 'SHA-256') %}",
                     "parse": "{% $parse('{\\"a\\": [1]}') %}",
                     "random": "{% $random() < 1 and $random() >= 0 %}",
                     "seeded": "{% $random(7) = $random(7) %}",
                     "uuid": "{% $length($uuid()) %}"}, "End": true}}}""", "{}");
    assertThat(output(r)).isEqualTo("{\"partition\":[[1,2],[3]],\"range\":[1,3,5],\"hash\":"
        + "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\",\"parse\":"
        + "{\"a\":[1]},\"random\":true,\"seeded\":true,\"uuid\":36}");
  }

  @Test
  void failStatesTakeTheirErrorAndCauseFromPathsIntrinsicsAndJsonata() {
    ExecutionResult path = run(Runs.single("""
        {"Type": "Fail", "ErrorPath": "$.e", "CausePath": "States.Format('no {}', $.what)"}"""),
        "{\"e\": \"Missing\", \"what\": \"stock\"}");
    assertThat(path.error()).contains("Missing");
    assertThat(path.cause()).contains("no stock");
    ExecutionResult jsonata = run(Runs.single("""
        {"Type": "Fail", "QueryLanguage": "JSONata", "Error": "{% $states.input.e %}",
         "Cause": "{% 'no ' & $states.input.what %}"}"""),
        "{\"e\": \"Missing\", \"what\": \"stock\"}");
    assertThat(jsonata.error()).contains("Missing");
    assertThat(jsonata.cause()).contains("no stock");
  }

  @Test
  void waitsOfADayOrUntilATimestampEndAtOnceOnTheVirtualClock() {
    ExecutionResult r = run("""
        {"StartAt": "Day", "States": {
          "Day": {"Type": "Wait", "SecondsPath": "$.seconds", "Next": "Until"},
          "Until": {"Type": "Wait", "TimestampPath": "$.until", "Next": "Past"},
          "Past": {"Type": "Wait", "Timestamp": "2020-01-01T00:00:00Z", "Next": "J"},
          "J": {"Type": "Wait", "QueryLanguage": "JSONata", "Seconds": "{% 60 %}", "End": true}}}""",
        "{\"seconds\": 86400, \"until\": \"2024-01-03T00:00:00+01:00\"}");
    assertThat(r.history().get(r.history().size() - 1).timestamp().toString())
        .isEqualTo("2024-01-02T23:01:00Z");
  }

  @Test
  void retriesWaitIntervalTimesBackoffCappedByMaxDelay() {
    ExecutionResult r = run(Runs.single("""
        {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
         "Retry": [{"ErrorEquals": ["E"], "IntervalSeconds": 3, "BackoffRate": 10,
                    "MaxDelaySeconds": 100, "MaxAttempts": 3}], "End": true}"""), "{}", """
        {"S": [{"Throw": {"Error": "E"}}, {"Throw": {"Error": "E"}}, {"Throw": {"Error": "E"}},
               {"Return": 1}]}""");
    // 3 s, 30 s, then 300 s capped at 100 s
    assertThat(r.history().get(r.history().size() - 1).timestamp().toString())
        .isEqualTo("2024-01-01T12:02:13Z");
    ExecutionResult exhausted = run(Runs.single("""
        {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
         "Retry": [{"ErrorEquals": ["E"], "MaxAttempts": 0}], "End": true}"""), "{}",
        "{\"S\": [{\"Throw\": {\"Error\": \"E\", \"Cause\": \"first\"}}]}");
    assertThat(exhausted.cause()).contains("first");
  }
}
