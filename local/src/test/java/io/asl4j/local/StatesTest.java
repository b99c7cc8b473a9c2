package io.asl4j.local;

import static io.asl4j.local.Runs.output;
import static io.asl4j.local.Runs.run;
import static io.asl4j.local.Runs.single;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pass, Succeed, Fail, Wait and Choice states, JSONPath and JSONata. */
class StatesTest {

  @Test
  void passAppliesInputPathParametersResultPathAndOutputPath() {
    ExecutionResult r = run(single("""
        {"Type": "Pass", "InputPath": "$.in", "Parameters": {"v.$": "$.x", "k": "$.literal"},
         "ResultPath": "$.out.r", "OutputPath": "$.out", "End": true}"""),
        "{\"in\": {\"x\": 1}, \"out\": {\"keep\": true}}");
    assertThat(output(r)).isEqualTo("{\"keep\":true,\"r\":{\"v\":1,\"k\":\"$.literal\"}}");
  }

  @Test
  void passResultIsReturnedLiterally() {
    ExecutionResult r = run(single("""
        {"Type": "Pass", "Result": {"a.$": "$.x", "b": "$$"}, "End": true}"""), "{}");
    assertThat(output(r)).isEqualTo("{\"a.$\":\"$.x\",\"b\":\"$$\"}");
  }

  @Test
  void nullPathsGiveEmptyInputAndDiscardTheResult() {
    assertThat(output(run(single("""
        {"Type": "Pass", "InputPath": null, "End": true}"""), "{\"a\": 1}"))).isEqualTo("{}");
    assertThat(output(run(single("""
        {"Type": "Pass", "Result": 5, "ResultPath": null, "End": true}"""), "{\"a\": 1}")))
        .isEqualTo("{\"a\":1}");
  }

  @Test
  void aMissingParameterPathFailsTheExecutionWithAwsWords() {
    ExecutionResult r = run(single("""
        {"Type": "Pass", "Parameters": {"value.$": "$.nope"}, "End": true}"""), "{\"a\":1}");
    assertThat(r.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(r.error()).contains("States.Runtime");
    assertThat(r.cause()).contains("An error occurred while executing the state 'S' (entered at "
        + "the event id #2). The JSONPath '$.nope' specified for the field 'value.$' could not be "
        + "found in the input '{\"a\":1}'");
  }

  @Test
  void failStatesGiveTheirErrorAndCause() {
    ExecutionResult r = run(single("""
        {"Type": "Fail", "ErrorPath": "$.e", "Cause": "because"}"""), "{\"e\": \"Oops\"}");
    assertThat(r.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(r.error()).contains("Oops");
    assertThat(r.cause()).contains("because");
    ExecutionResult none = run(single("{\"Type\": \"Fail\"}"), "{}");
    assertThat(none.error()).isEmpty();
    assertThat(none.cause()).isEmpty();
  }

  @Test
  void waitAdvancesTheVirtualClockWithoutSleeping() {
    ExecutionResult r = run("""
        {"StartAt": "W", "States": {
          "W": {"Type": "Wait", "Seconds": 86400, "Next": "P"},
          "P": {"Type": "Pass", "Parameters": {"t.$": "$$.State.EnteredTime"}, "End": true}}}""",
        "{}");
    assertThat(output(r)).isEqualTo("{\"t\":\"2024-01-02T12:00:00Z\"}");
  }

  @Test
  void waitRejectsANegativeSecondsPath() {
    ExecutionResult r = run(single("""
        {"Type": "Wait", "SecondsPath": "$.s", "End": true}"""), "{\"s\": -1}");
    assertThat(r.error()).contains("States.Runtime");
    assertThat(r.cause()).contains("An error occurred while executing the state 'S' (entered at "
        + "the event id #2). The SecondsPath parameter references a negative value: $.s == -1");
  }

  @Test
  void waitRejectsATimestampThatIsNotIso8601() {
    ExecutionResult r = run(single("""
        {"Type": "Wait", "TimestampPath": "$.t", "End": true}"""), "{\"t\": \"2016-13-05T21:29:29Z\"}");
    assertThat(r.cause()).contains("An error occurred while executing the state 'S' (entered at "
        + "the event id #2). The TimestampPath parameter does not reference a valid ISO-8601 "
        + "extended offset date-time format string: $.t == 2016-13-05T21:29:29Z");
  }

  @Test
  void choiceTakesTheFirstMatchingRuleElseTheDefault() {
    String asl = """
        {"StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [
              {"Variable": "$.n", "NumericLessThan": 10, "Next": "Small"},
              {"And": [{"Variable": "$.s", "IsPresent": true},
                       {"Variable": "$.s", "StringMatches": "a*z"}], "Next": "Az"}],
            "Default": "Other"},
          "Small": {"Type": "Pass", "Result": "small", "End": true},
          "Az": {"Type": "Pass", "Result": "az", "End": true},
          "Other": {"Type": "Pass", "Result": "other", "End": true}}}""";
    assertThat(output(run(asl, "{\"n\": 3}"))).isEqualTo("\"small\"");
    assertThat(output(run(asl, "{\"n\": 30, \"s\": \"abcz\"}"))).isEqualTo("\"az\"");
    assertThat(output(run(asl, "{\"n\": 30}"))).isEqualTo("\"other\"");
  }

  @Test
  void choiceTypeMismatchIsFalseButAMissingVariableFails() {
    String asl = """
        {"StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [
              {"Variable": "$.n", "NumericEquals": 1, "Next": "One"}], "Default": "Other"},
          "One": {"Type": "Succeed"}, "Other": {"Type": "Succeed"}}}""";
    assertThat(run(asl, "{\"n\": \"1\"}").statesEntered()).containsExactly("C", "Other");
    ExecutionResult r = run(asl, "{}");
    assertThat(r.error()).contains("States.Runtime");
    assertThat(r.cause()).contains("An error occurred while executing the state 'C' (entered at "
        + "the event id #2). Invalid path '$.n' : No results for path: $['n']");
  }

  @Test
  void jsonataStatesEvaluateOutputAndAssign() {
    ExecutionResult r = run("""
        {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
          "A": {"Type": "Pass", "Assign": {"x": "{% $states.input.n * 2 %}"},
                "Output": {"n": "{% $states.input.n %}"}, "Next": "B"},
          "B": {"Type": "Pass", "Output": "{% [$x, $states.input.n, $sum([1,2])] %}", "End": true}}}""",
        "{\"n\": 21}");
    assertThat(output(r)).isEqualTo("[42,21,3]");
  }

  @Test
  void aJsonataExpressionReturningNothingFailsWithQueryEvaluationError() {
    ExecutionResult r = run("""
        {"QueryLanguage": "JSONata", "StartAt": "S", "States": {
          "S": {"Type": "Pass", "Output": {"e": "{% $nothing %}"}, "End": true}}}""", "{}");
    assertThat(r.error()).contains("States.QueryEvaluationError");
    assertThat(r.cause()).contains("An error occurred while executing the state 'S' (entered at "
        + "the event id #2). The JSONata expression '$nothing' specified for the field 'Output/e' "
        + "returned nothing (undefined).");
  }

  @Test
  void variablesAreReadAsTheyWereWhenTheStateWasEntered() {
    ExecutionResult r = run("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Pass", "Assign": {"x": 1, "y": 2}, "Next": "B"},
          "B": {"Type": "Pass", "Assign": {"x.$": "$y", "y.$": "$x"}, "Next": "C"},
          "C": {"Type": "Pass", "Parameters": {"x.$": "$x", "y.$": "$y"}, "End": true}}}""", "{}");
    assertThat(output(r)).isEqualTo("{\"x\":2,\"y\":1}");
  }
}
