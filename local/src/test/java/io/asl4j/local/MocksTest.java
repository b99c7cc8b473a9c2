package io.asl4j.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.Workflow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MocksTest {

  private static final Workflow RETRYING = Workflow.fromJson("""
      {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
        "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 3}], "End": true}}}""");

  @Test
  void theConformanceFormatListsResultsPerStateInCallOrder() {
    Mocks m = Mocks.parse("""
        {"T": [{"Throw": {"Error": "E", "Cause": "C"}}, {"Return": {"a": null}}]}""", "m.json",
        Optional.empty());
    assertThat(m.resultsFor("T")).hasSize(2);
    ExecutionResult r = LocalExecutor.compile(RETRYING).run(Map.of(), m);
    assertThat(Json.write(r.output().orElseThrow())).isEqualTo("{\"a\":null}");
  }

  @Test
  void everyExecutionStartsAtTheFirstResult() {
    Mocks m = Mocks.parse("{\"T\": [{\"Return\": 1}]}", "m.json", Optional.empty());
    LocalExecutor e = LocalExecutor.compile(RETRYING);
    assertThat(e.run(Map.of(), m).output()).contains(1L);
    assertThat(e.run(Map.of(), m).output()).contains(1L);
  }

  @Test
  void stepFunctionsLocalMockConfigFilesAreRead() {
    String config = """
        {"StateMachines": {"Orders": {"TestCases": {
            "HappyPath": {"T": "Ok"}, "Retried": {"T": "FailTwiceThenOk"}}}},
         "MockedResponses": {
           "Ok": {"0": {"Return": "ok"}},
           "FailTwiceThenOk": {"0-1": {"Throw": {"Error": "E", "Cause": "C"}},
                               "2": {"Return": "late"}}}}""";
    LocalExecutor e = LocalExecutor.compile(RETRYING);
    assertThat(e.run(Map.of(), Mocks.parse(config, "c.json", Optional.of("HappyPath"))).output())
        .contains("ok");
    ExecutionResult r = e.run(Map.of(), Mocks.parse(config, "c.json",
        Optional.of("Orders/Retried")));
    assertThat(r.output()).contains("late");
  }

  @Test
  void aMissingMockStopsTheRunNamingTheState() {
    LocalExecutor e = LocalExecutor.compile(RETRYING);
    assertThatThrownBy(() -> e.run(Map.of(), Mocks.parse("{\"T\": [{\"Throw\": {}}]}", "m.json",
        Optional.empty())))
        .isInstanceOf(LocalExecutionException.class)
        .hasMessage("m.json: no mock for invocation #2 of the Task state \"T\" (resource "
            + "arn:aws:states:::lambda:invoke); it has 1");
  }

  @Test
  void badMocksAreReportedInOneLine() {
    assertThatThrownBy(() -> Mocks.parse("{\"T\": [{\"Returns\": 1}]}", "m.json", Optional.empty()))
        .hasMessage("m.json: /T/0: expected {\"Return\": <json>} or {\"Throw\": {\"Error\": \"...\","
            + " \"Cause\": \"...\"}}, got {\"Returns\":1}");
    assertThatThrownBy(() -> Mocks.parse("{\"T\": 1}", "m.json", Optional.empty()))
        .hasMessage("m.json: /T: expected a list of {\"Return\": ...} or {\"Throw\": {...}} "
            + "entries, got number");
    assertThatThrownBy(() -> Mocks.parse("[", "m.json", Optional.empty()))
        .hasMessage("m.json: invalid JSON at line 1, column 2: expected a value");
    assertThatThrownBy(() -> Mocks.parse("""
        {"StateMachines": {"A": {"TestCases": {"X": {}}}, "B": {"TestCases": {"X": {}}}},
         "MockedResponses": {}}""", "c.json", Optional.of("Y")))
        .hasMessage("c.json: no test case \"Y\" (known: A/X, B/X; write MACHINE/TEST_CASE when "
            + "several machines have it)");
  }

  @Test
  void handlersWrittenInJavaSeePublicValues() {
    LocalExecutor e = LocalExecutor.compile(RETRYING);
    ExecutionResult r = e.run(Map.of("x", 1), call -> {
      assertThat(call.stateName()).isEqualTo("T");
      assertThat(call.input()).isEqualTo(Map.of("x", 1L));
      return call.attempt() == 0 ? TaskResult.failure(Optional.of("E"), Optional.empty())
          : TaskResult.success(List.of(call.attempt()));
    });
    assertThat(r.output()).contains(List.of(1L));
  }
}
