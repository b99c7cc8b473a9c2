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

  private static final Workflow TWO_TASKS = Workflow.fromJson("""
      {"StartAt": "Charge", "States": {
        "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Ship"},
        "Ship": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "Next": "Done"},
        "Done": {"Type": "Pass", "End": true}}}""");

  @Test
  void aMockThatNamesNoStateOfTheWorkflowIsReportedWithItsLine() {
    Mocks m = Mocks.parse("{\"Charge\": [{\"Return\": 1}],\n \"Chrage\": [{\"Return\": 2}]}",
        "m.json", Optional.empty());
    LocalExecutor e = LocalExecutor.compile(TWO_TASKS);
    assertThatThrownBy(() -> e.run(Map.of(), m))
        .isInstanceOf(LocalExecutionException.class)
        .hasMessage("m.json: /Chrage: the workflow has no state \"Chrage\" (its Task states: "
            + "\"Charge\", \"Ship\")")
        .satisfies(x -> {
          LocalExecutionException l = (LocalExecutionException) x;
          assertThat(l.source()).contains("m.json");
          assertThat(l.line()).isEqualTo(2);
          assertThat(l.column()).isEqualTo(2);
          assertThat(l.problem()).isEqualTo("/Chrage: the workflow has no state \"Chrage\" (its "
              + "Task states: \"Charge\", \"Ship\")");
        });
  }

  @Test
  void aMockForAStateThatIsNotATaskIsRefused() {
    Mocks m = Mocks.parse("{\"Done\": [{\"Return\": 1}]}", "m.json", Optional.empty());
    assertThatThrownBy(() -> LocalExecutor.compile(TWO_TASKS).run(Map.of(), m))
        .hasMessage("m.json: /Done: \"Done\" is a Pass state; only Task states take mocks");
    Mocks code = Mocks.of(Map.of("Done", List.of(TaskResult.success(1))));
    assertThatThrownBy(() -> LocalExecutor.compile(TWO_TASKS).run(Map.of(), code))
        .hasMessage("mocks: /Done: \"Done\" is a Pass state; only Task states take mocks");
  }

  @Test
  void aTaskWithoutAnyMockNamesTheStateAndTheResource() {
    LocalExecutor e = LocalExecutor.compile(TWO_TASKS);
    assertThatThrownBy(() -> e.run(Map.of(), Mocks.parse("{\"Charge\": [{\"Return\": 1}]}",
        "m.json", Optional.empty())))
        .hasMessage("m.json: no mock for the Task state \"Ship\" (resource "
            + "arn:aws:states:::sqs:sendMessage)");
    assertThatThrownBy(() -> e.run(Map.of(), Mocks.none()))
        .hasMessage("no mock for the Task state \"Charge\" (resource arn:aws:states:::lambda:invoke)"
            + ": no mocks were given");
    String config = """
        {"StateMachines": {"Orders": {"TestCases": {"HappyPath": {"Charge": "Ok"}}}},
         "MockedResponses": {"Ok": {"0": {"Return": "ok"}}}}""";
    assertThatThrownBy(() -> e.run(Map.of(), Mocks.parse(config, "c.json", Optional.empty())))
        .hasMessage("c.json: no mock for the Task state \"Ship\" (resource "
            + "arn:aws:states:::sqs:sendMessage) in the test case \"Orders/HappyPath\"");
  }

  @Test
  void malformedMocksFilesSayWhereWithLineAndColumn() {
    assertThatThrownBy(() -> Mocks.parse("{\n  \"T\": [\n    {\"Return\": 1, \"Seconds\": -1}]}",
        "m.json", Optional.empty()))
        .hasMessage("m.json: /T/0/Seconds: expected a number of seconds, 0 or more, got -1")
        .satisfies(x -> assertThat(((LocalExecutionException) x).line()).isEqualTo(3));
    assertThatThrownBy(() -> Mocks.parse("{\"T\": [{\"Return\": 1, \"Delay\": 3}]}", "m.json",
        Optional.empty()))
        .hasMessage("m.json: /T/0/Delay: unknown member \"Delay\" (a mock takes Return or Throw, "
            + "and Seconds and HeartbeatInterval)");
    assertThatThrownBy(() -> Mocks.parse("{\"T\": [{\"Return\": 1, \"HeartbeatInterval\": 0}]}",
        "m.json", Optional.empty()))
        .hasMessage("m.json: /T/0/HeartbeatInterval: expected a positive number of seconds, got 0");
    assertThatThrownBy(() -> Mocks.parse("{\n\"T\": }", "m.json", Optional.empty()))
        .hasMessage("m.json: invalid JSON at line 2, column 6: expected a value")
        .satisfies(x -> {
          LocalExecutionException l = (LocalExecutionException) x;
          assertThat(l.line()).isEqualTo(2);
          assertThat(l.column()).isEqualTo(6);
          assertThat(l.problem()).isEqualTo("invalid JSON: expected a value");
        });
    assertThatThrownBy(() -> Mocks.parse("[]", "m.json", Optional.empty()))
        .hasMessage("m.json: expected a JSON object of mocks, got array");
    assertThatThrownBy(() -> Mocks.parse("{\"S3\": {\"b\": 1}}", "m.json", Optional.empty()))
        .hasMessage("m.json: /S3/b: expected an object of keys and contents, got number");
    assertThatThrownBy(() -> Mocks.parse("{\"Workflows\": {\"C\": 1}}", "m.json",
        Optional.empty()))
        .hasMessage("m.json: /Workflows/C: expected a file name or a workflow definition, got "
            + "number");
    assertThatThrownBy(() -> Mocks.parse("{\"Workflows\": {\"C\": {\"States\": {}}}}", "m.json",
        Optional.empty()))
        .hasMessageStartingWith("m.json: /Workflows/C: not a workflow definition: ");
    assertThatThrownBy(() -> Mocks.parse("""
        {"StateMachines": {"A": {"TestCases": {"X": {"T": "Missing"}}}},
         "MockedResponses": {}}""", "c.json", Optional.empty()))
        .hasMessage("c.json: /StateMachines/A/TestCases/X/T: state \"T\" uses the mocked response "
            + "\"Missing\", which /MockedResponses does not define");
  }

  @Test
  void theS3SectionHoldsTextAndJsonObjects() {
    Mocks m = Mocks.parse("""
        {"S3": {"data": {"rows.csv": "a,b\\n1,2\\n", "items.json": [1, {"x": null}]}},
         "T": [{"Return": 1}]}""", "m.json", Optional.empty());
    assertThat(m.s3().get("data", "rows.csv")).contains("a,b\n1,2\n");
    assertThat(m.s3().get("data", "items.json")).contains("[1,{\"x\":null}]");
    assertThat(m.resultsFor("T")).hasSize(1);
    // a state called S3 is still mocked by a list
    assertThat(Mocks.parse("{\"S3\": [{\"Return\": 1}]}", "m.json", Optional.empty())
        .resultsFor("S3")).hasSize(1);
  }

  @Test
  void mockedResponsesMayTakeTimeInBothFormats() {
    Mocks m = Mocks.parse("""
        {"StateMachines": {"M": {"TestCases": {"Slow": {"T": "Slow"}}}},
         "MockedResponses": {"Slow": {"0": {"Return": "x", "Seconds": 1.5,
                                            "HeartbeatInterval": 1}}}}""", "c.json",
        Optional.empty());
    TaskResult r = m.resultsFor("T").get(0);
    assertThat(r.duration()).isEqualTo(java.time.Duration.ofMillis(1500));
    assertThat(r.heartbeatInterval()).contains(java.time.Duration.ofSeconds(1));
    assertThat(r.outcome()).isEqualTo(TaskResult.success("x"));
  }
}
