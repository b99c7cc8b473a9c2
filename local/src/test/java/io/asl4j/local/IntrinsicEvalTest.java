package io.asl4j.local;

import static io.asl4j.local.Runs.output;
import static io.asl4j.local.Runs.run;
import static io.asl4j.local.Runs.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.Workflow;
import org.junit.jupiter.api.Test;

/** Intrinsic calls in workflows, compiled from the shared parser's tree. */
class IntrinsicEvalTest {

  @Test
  void callsTakePathsLiteralsVariablesAndNestedCalls() {
    ExecutionResult r = run("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Pass", "Assign": {"greeting": "Hello"}, "Next": "B"},
          "B": {"Type": "Pass", "Parameters": {
            "s.$": "States.Format('{} {}, {}!', $greeting, $.name, States.MathAdd($.n, 1))",
            "a.$": "States.ArrayLength(States.Array(1, 'two', null, true))"}, "End": true}}}""",
        "{\"name\": \"Ada\", \"n\": 41}");
    assertThat(output(r)).isEqualTo("{\"s\":\"Hello Ada, 42!\",\"a\":4}");
  }

  @Test
  void escapedBracesInALiteralTemplateAreText() {
    ExecutionResult r = run(single("""
        {"Type": "Pass", "Parameters": {"s.$": "States.Format('\\\\{\\\\} {} it\\\\'s', $.x)"},
         "End": true}"""), "{\"x\": 1}");
    assertThat(output(r)).isEqualTo("{\"s\":\"{} 1 it's\"}");
  }

  @Test
  void aFailingCallFailsWithIntrinsicFailure() {
    ExecutionResult r = run(single("""
        {"Type": "Pass", "Parameters": {"v.$": "States.ArrayGetItem($.a, 5)"}, "End": true}"""),
        "{\"a\": [1]}");
    assertThat(r.error()).contains("States.IntrinsicFailure");
    assertThat(r.cause()).contains("An error occurred while executing the state 'S' (entered at "
        + "the event id #2). Index 5 is out of bounds for an array of 1 elements in "
        + "States.ArrayGetItem");
  }

  @Test
  void failStatesTakeIntrinsicsInErrorPathAndCausePath() {
    ExecutionResult r = run(single("""
        {"Type": "Fail", "ErrorPath": "States.Format('E{}', $.n)",
         "CausePath": "States.JsonToString($)"}"""), "{\"n\": 7}");
    assertThat(r.error()).contains("E7");
    assertThat(r.cause()).contains("{\"n\":7}");
  }

  @Test
  void unknownFunctionsAndBadSyntaxAreRefusedAtCompileTime() {
    assertThatThrownBy(() -> LocalExecutor.compile(Workflow.fromJson(single("""
        {"Type": "Pass", "Parameters": {"v.$": "States.Nope(1)"}, "End": true}"""))))
        .isInstanceOf(LocalExecutionException.class)
        .hasMessage("the field 'v.$' calls States.Nope, which is not an intrinsic function");
    assertThatThrownBy(() -> LocalExecutor.compile(Workflow.fromJson(single("""
        {"Type": "Pass", "Parameters": {"v.$": "States.Array(1,"}, "End": true}"""))))
        .isInstanceOf(LocalExecutionException.class)
        .hasMessageStartingWith("the intrinsic function call States.Array(1, in the field 'v.$' "
            + "does not parse: ");
  }
}
