package io.asl4j.local;

import static io.asl4j.local.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.model.ComparisonOperator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every JSONPath Choice operator, each seen true and false. */
class ChoiceOperatorsTest {

  /** One rule on {@code $.v} (and {@code $.o} for the Path operators) and its expected outcome. */
  private record Case(String operator, String operand, String input, boolean matches) {}

  private static final List<Case> CASES = List.of(
      new Case("StringEquals", "\"abc\"", "{\"v\": \"abc\"}", true),
      new Case("StringEquals", "\"abc\"", "{\"v\": 1}", false),
      new Case("StringEqualsPath", "\"$.o\"", "{\"v\": \"x\", \"o\": \"x\"}", true),
      new Case("StringEqualsPath", "\"$.o\"", "{\"v\": \"x\", \"o\": \"y\"}", false),
      new Case("StringLessThan", "\"b\"", "{\"v\": \"a\"}", true),
      new Case("StringLessThan", "\"b\"", "{\"v\": \"b\"}", false),
      new Case("StringLessThanPath", "\"$.o\"", "{\"v\": \"a\", \"o\": \"b\"}", true),
      new Case("StringLessThanPath", "\"$.o\"", "{\"v\": \"c\", \"o\": \"b\"}", false),
      new Case("StringGreaterThan", "\"b\"", "{\"v\": \"c\"}", true),
      new Case("StringGreaterThan", "\"b\"", "{\"v\": \"b\"}", false),
      new Case("StringGreaterThanPath", "\"$.o\"", "{\"v\": \"c\", \"o\": \"b\"}", true),
      new Case("StringGreaterThanPath", "\"$.o\"", "{\"v\": \"a\", \"o\": \"b\"}", false),
      new Case("StringLessThanEquals", "\"b\"", "{\"v\": \"b\"}", true),
      new Case("StringLessThanEquals", "\"b\"", "{\"v\": \"c\"}", false),
      new Case("StringLessThanEqualsPath", "\"$.o\"", "{\"v\": \"b\", \"o\": \"b\"}", true),
      new Case("StringLessThanEqualsPath", "\"$.o\"", "{\"v\": \"c\", \"o\": \"b\"}", false),
      new Case("StringGreaterThanEquals", "\"b\"", "{\"v\": \"b\"}", true),
      new Case("StringGreaterThanEquals", "\"b\"", "{\"v\": \"a\"}", false),
      new Case("StringGreaterThanEqualsPath", "\"$.o\"", "{\"v\": \"b\", \"o\": \"b\"}", true),
      new Case("StringGreaterThanEqualsPath", "\"$.o\"", "{\"v\": \"a\", \"o\": \"b\"}", false),
      new Case("StringMatches", "\"log-*.txt\"", "{\"v\": \"log-2024.txt\"}", true),
      new Case("StringMatches", "\"log-*.txt\"", "{\"v\": \"log-.txt\"}", true),
      new Case("StringMatches", "\"log-*.txt\"", "{\"v\": \"Log-1.txt\"}", false),
      new Case("StringMatches", "\"a\\\\*b\"", "{\"v\": \"a*b\"}", true),
      new Case("StringMatches", "\"a\\\\*b\"", "{\"v\": \"axb\"}", false),
      new Case("NumericEquals", "1", "{\"v\": 1.0}", true),
      new Case("NumericEquals", "1", "{\"v\": \"1\"}", false),
      new Case("NumericEqualsPath", "\"$.o\"", "{\"v\": 2, \"o\": 2}", true),
      new Case("NumericEqualsPath", "\"$.o\"", "{\"v\": 2, \"o\": 3}", false),
      new Case("NumericLessThan", "10", "{\"v\": 9.5}", true),
      new Case("NumericLessThan", "10", "{\"v\": 10}", false),
      new Case("NumericLessThanPath", "\"$.o\"", "{\"v\": 1, \"o\": 2}", true),
      new Case("NumericLessThanPath", "\"$.o\"", "{\"v\": 3, \"o\": 2}", false),
      new Case("NumericGreaterThan", "10", "{\"v\": 11}", true),
      new Case("NumericGreaterThan", "10", "{\"v\": 10}", false),
      new Case("NumericGreaterThanPath", "\"$.o\"", "{\"v\": 3, \"o\": 2}", true),
      new Case("NumericGreaterThanPath", "\"$.o\"", "{\"v\": 1, \"o\": 2}", false),
      new Case("NumericLessThanEquals", "10", "{\"v\": 10}", true),
      new Case("NumericLessThanEquals", "10", "{\"v\": 11}", false),
      new Case("NumericLessThanEqualsPath", "\"$.o\"", "{\"v\": 2, \"o\": 2}", true),
      new Case("NumericLessThanEqualsPath", "\"$.o\"", "{\"v\": 3, \"o\": 2}", false),
      new Case("NumericGreaterThanEquals", "10", "{\"v\": 10}", true),
      new Case("NumericGreaterThanEquals", "10", "{\"v\": 9}", false),
      new Case("NumericGreaterThanEqualsPath", "\"$.o\"", "{\"v\": 2, \"o\": 2}", true),
      new Case("NumericGreaterThanEqualsPath", "\"$.o\"", "{\"v\": 1, \"o\": 2}", false),
      // the same instant written with another offset is equal
      new Case("TimestampEquals", "\"2024-01-01T12:00:00Z\"",
          "{\"v\": \"2024-01-01T13:00:00+01:00\"}", true),
      new Case("TimestampEquals", "\"2024-01-01T12:00:00Z\"", "{\"v\": \"2024-01-01\"}", false),
      new Case("TimestampEqualsPath", "\"$.o\"",
          "{\"v\": \"2024-01-01T12:00:00Z\", \"o\": \"2024-01-01T12:00:00.000Z\"}", true),
      new Case("TimestampEqualsPath", "\"$.o\"",
          "{\"v\": \"2024-01-01T12:00:00Z\", \"o\": \"2024-01-01T12:00:01Z\"}", false),
      new Case("TimestampLessThan", "\"2024-01-01T12:00:00Z\"",
          "{\"v\": \"2023-12-31T23:59:59Z\"}", true),
      new Case("TimestampLessThan", "\"2024-01-01T12:00:00Z\"",
          "{\"v\": \"2024-01-01T12:00:00Z\"}", false),
      new Case("TimestampLessThanPath", "\"$.o\"",
          "{\"v\": \"2024-01-01T11:00:00Z\", \"o\": \"2024-01-01T12:00:00Z\"}", true),
      new Case("TimestampLessThanPath", "\"$.o\"",
          "{\"v\": \"2024-01-01T13:00:00Z\", \"o\": \"2024-01-01T12:00:00Z\"}", false),
      new Case("TimestampGreaterThan", "\"2024-01-01T12:00:00Z\"",
          "{\"v\": \"2024-01-01T12:00:01Z\"}", true),
      new Case("TimestampGreaterThan", "\"2024-01-01T12:00:00Z\"",
          "{\"v\": \"2024-01-01T12:00:00Z\"}", false),
      new Case("TimestampGreaterThanPath", "\"$.o\"",
          "{\"v\": \"2024-01-01T13:00:00Z\", \"o\": \"2024-01-01T12:00:00Z\"}", true),
      new Case("TimestampGreaterThanPath", "\"$.o\"",
          "{\"v\": \"2024-01-01T11:00:00Z\", \"o\": \"2024-01-01T12:00:00Z\"}", false),
      new Case("TimestampLessThanEquals", "\"2024-01-01T12:00:00Z\"",
          "{\"v\": \"2024-01-01T12:00:00Z\"}", true),
      new Case("TimestampLessThanEquals", "\"2024-01-01T12:00:00Z\"",
          "{\"v\": \"2024-01-01T12:00:01Z\"}", false),
      new Case("TimestampLessThanEqualsPath", "\"$.o\"",
          "{\"v\": \"2024-01-01T12:00:00Z\", \"o\": \"2024-01-01T12:00:00Z\"}", true),
      new Case("TimestampLessThanEqualsPath", "\"$.o\"",
          "{\"v\": \"2024-01-01T12:00:01Z\", \"o\": \"2024-01-01T12:00:00Z\"}", false),
      new Case("TimestampGreaterThanEquals", "\"2024-01-01T12:00:00Z\"",
          "{\"v\": \"2024-01-01T12:00:00Z\"}", true),
      new Case("TimestampGreaterThanEquals", "\"2024-01-01T12:00:00Z\"",
          "{\"v\": \"2024-01-01T11:59:59Z\"}", false),
      new Case("TimestampGreaterThanEqualsPath", "\"$.o\"",
          "{\"v\": \"2024-01-01T12:00:00Z\", \"o\": \"2024-01-01T12:00:00Z\"}", true),
      new Case("TimestampGreaterThanEqualsPath", "\"$.o\"",
          "{\"v\": \"2024-01-01T11:00:00Z\", \"o\": \"2024-01-01T12:00:00Z\"}", false),
      new Case("BooleanEquals", "true", "{\"v\": true}", true),
      new Case("BooleanEquals", "true", "{\"v\": \"true\"}", false),
      new Case("BooleanEqualsPath", "\"$.o\"", "{\"v\": false, \"o\": false}", true),
      new Case("BooleanEqualsPath", "\"$.o\"", "{\"v\": false, \"o\": true}", false),
      new Case("IsNull", "true", "{\"v\": null}", true),
      new Case("IsNull", "true", "{\"v\": 0}", false),
      new Case("IsPresent", "false", "{}", true),
      new Case("IsPresent", "true", "{}", false),
      new Case("IsNumeric", "true", "{\"v\": 1.5}", true),
      new Case("IsNumeric", "true", "{\"v\": \"1.5\"}", false),
      new Case("IsString", "true", "{\"v\": \"\"}", true),
      new Case("IsString", "false", "{\"v\": \"\"}", false),
      new Case("IsBoolean", "true", "{\"v\": false}", true),
      new Case("IsBoolean", "true", "{\"v\": null}", false),
      new Case("IsTimestamp", "true", "{\"v\": \"2024-01-01T12:00:00.5+02:00\"}", true),
      // RFC 3339 with a lower-case t is not a timestamp to AWS
      new Case("IsTimestamp", "true", "{\"v\": \"2024-01-01t12:00:00Z\"}", false));

  @Test
  void everyOperatorDecidesAsAwsDoes() {
    List<String> wrong = new ArrayList<>();
    for (Case c : CASES) {
      String asl = """
          {"StartAt": "C", "States": {
            "C": {"Type": "Choice", "Choices": [{"Variable": "$.v", "%s": %s, "Next": "Yes"}],
                  "Default": "No"},
            "Yes": {"Type": "Succeed"}, "No": {"Type": "Succeed"}}}""".formatted(c.operator(),
          c.operand());
      ExecutionResult r = run(asl, c.input());
      List<String> want = List.of("C", c.matches() ? "Yes" : "No");
      if (!r.statesEntered().equals(want)) {
        wrong.add(c + " went " + r.statesEntered() + " " + r.error().orElse("") + " "
            + r.cause().orElse(""));
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theCasesCoverEveryOperatorOfTheModel() {
    Set<String> tested = new LinkedHashSet<>();
    CASES.forEach(c -> tested.add(c.operator()));
    for (ComparisonOperator op : ComparisonOperator.values()) {
      assertThat(tested).as("a case for " + op.jsonName()).contains(op.jsonName());
    }
  }

  @Test
  void andOrAndNotCombineRules() {
    String asl = """
        {"StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [
              {"And": [{"Variable": "$.n", "NumericGreaterThan": 0},
                       {"Not": {"Variable": "$.n", "NumericEquals": 5}}], "Next": "Yes"},
              {"Or": [{"Variable": "$.s", "IsPresent": true},
                      {"Variable": "$.n", "NumericLessThan": -10}], "Next": "Either"}],
                "Default": "No"},
          "Yes": {"Type": "Succeed"}, "Either": {"Type": "Succeed"}, "No": {"Type": "Succeed"}}}""";
    assertThat(run(asl, "{\"n\": 1}").statesEntered()).containsExactly("C", "Yes");
    assertThat(run(asl, "{\"n\": 5, \"s\": 1}").statesEntered()).containsExactly("C", "Either");
    assertThat(run(asl, "{\"n\": -20}").statesEntered()).containsExactly("C", "Either");
    assertThat(run(asl, "{\"n\": 5}").statesEntered()).containsExactly("C", "No");
  }

  @Test
  void noMatchWithoutADefaultFailsWithNoChoiceMatched() {
    ExecutionResult r = run("""
        {"StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericEquals": 1,
                "Next": "Yes"}]},
          "Yes": {"Type": "Succeed"}}}""", "{\"n\": 2}");
    assertThat(r.error()).contains("States.NoChoiceMatched");
    assertThat(r.cause()).contains("An error occurred while executing the state 'C' (entered at "
        + "the event id #2). No Matches!");
  }

  @Test
  void jsonataConditionsMustBeBooleans() {
    String asl = """
        {"QueryLanguage": "JSONata", "StartAt": "C", "States": {
          "C": {"Type": "Choice", "Choices": [{"Condition": "{% $states.input.n > 1 %}",
                "Next": "Yes"}, {"Condition": "{% $states.input.n %}", "Next": "Yes"}],
                "Default": "No"},
          "Yes": {"Type": "Succeed"}, "No": {"Type": "Succeed"}}}""";
    assertThat(run(asl, "{\"n\": 2}").statesEntered()).containsExactly("C", "Yes");
    ExecutionResult r = run(asl, "{\"n\": 1}");
    assertThat(r.error()).contains("States.QueryEvaluationError");
    assertThat(r.cause()).contains("An error occurred while executing the state 'C' (entered at "
        + "the event id #2). The JSONata expression '$states.input.n' specified for the field "
        + "'Condition' returned an unexpected result type. Expected 'boolean', but was 'number' for "
        + "value: 1");
  }
}
