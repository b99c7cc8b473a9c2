package io.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code asl4j run}: its output, its exit codes and its messages. */
class RunCommandTest extends CommandHarness {

  private static final String ORDER = """
      {"StartAt": "Charge", "States": {
        "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                   "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
                   "ResultSelector": {"charged.$": "$.Payload.ok"}, "ResultPath": "$.result",
                   "Catch": [{"ErrorEquals": ["Card.Declined"], "ResultPath": "$.error",
                              "Next": "Declined"}],
                   "Next": "Done"},
        "Done": {"Type": "Succeed"},
        "Declined": {"Type": "Fail", "Error": "OrderFailed", "Cause": "the card was declined"}}}
      """;

  @BeforeEach
  void files() throws IOException {
    Files.writeString(dir.resolve("order.asl.json"), ORDER);
    Files.writeString(dir.resolve("in.json"), "{\"id\": 7}");
    Files.writeString(dir.resolve("ok.json"), "{\"Charge\": [{\"Return\": {\"Payload\": "
        + "{\"ok\": true}}}]}");
    Files.writeString(dir.resolve("declined.json"), "{\"Charge\": [{\"Throw\": {\"Error\": "
        + "\"Card.Declined\", \"Cause\": \"insufficient funds\"}}]}");
  }

  @Test
  void aSucceededRunPrintsItsOutputAndPathAndExitsZero() {
    assertThat(run("run", "--input", "in.json", "--mocks", "ok.json", "order.asl.json"))
        .isEqualTo(0);
    assertThat(out()).isEqualTo("""
        SUCCEEDED after 2 state transitions
        output: {
          "id": 7,
          "result": {
            "charged": true
          }
        }
        states entered: Charge -> Done
        """);
    assertThat(err()).isEmpty();
  }

  @Test
  void aFailedRunPrintsItsErrorAndCauseAndExitsOne() {
    assertThat(run("run", "--input", "in.json", "--mocks", "declined.json", "order.asl.json"))
        .isEqualTo(1);
    assertThat(out()).isEqualTo("""
        FAILED after 2 state transitions
        error: OrderFailed
        cause: the card was declined
        states entered: Charge -> Declined
        """);
    assertThat(err()).isEmpty();
  }

  @Test
  void theJsonFormIsOneObjectOnOneLine() {
    assertThat(run("run", "--format=json", "--input", "in.json", "--mocks", "ok.json",
        "order.asl.json")).isEqualTo(0);
    assertThat(out()).isEqualTo("{\"status\":\"SUCCEEDED\",\"output\":{\"id\":7,\"result\":"
        + "{\"charged\":true}},\"error\":null,\"cause\":null,\"statesEntered\":[\"Charge\",\"Done\"],"
        + "\"transitions\":2}\n");
    out.reset();
    assertThat(run("run", "--format", "json", "--input", "in.json", "--mocks", "declined.json",
        "order.asl.json")).isEqualTo(1);
    assertThat(out()).isEqualTo("{\"status\":\"FAILED\",\"output\":null,\"error\":\"OrderFailed\","
        + "\"cause\":\"the card was declined\",\"statesEntered\":[\"Charge\",\"Declined\"],"
        + "\"transitions\":2}\n");
  }

  @Test
  void historyAddsTheEvents() {
    Path pass = dir.resolve("pass.asl.json");
    write(pass, "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}");
    assertThat(run("run", "--history", "--format", "json", "pass.asl.json")).isEqualTo(0);
    assertThat(out()).isEqualTo("{\"status\":\"SUCCEEDED\",\"output\":{},\"error\":null,"
        + "\"cause\":null,\"statesEntered\":[\"P\"],\"transitions\":1,\"history\":["
        + "{\"id\":1,\"previousEventId\":0,\"type\":\"ExecutionStarted\",\"timestamp\":"
        + "\"2024-01-01T12:00:00Z\",\"executionStartedEventDetails\":{\"input\":\"{}\"}},"
        + "{\"id\":2,\"previousEventId\":1,\"type\":\"PassStateEntered\",\"timestamp\":"
        + "\"2024-01-01T12:00:00Z\",\"stateEnteredEventDetails\":{\"name\":\"P\",\"input\":\"{}\"}},"
        + "{\"id\":3,\"previousEventId\":2,\"type\":\"PassStateExited\",\"timestamp\":"
        + "\"2024-01-01T12:00:00Z\",\"stateExitedEventDetails\":{\"name\":\"P\",\"output\":\"{}\"}},"
        + "{\"id\":4,\"previousEventId\":3,\"type\":\"ExecutionSucceeded\",\"timestamp\":"
        + "\"2024-01-01T12:00:00Z\",\"executionSucceededEventDetails\":{\"output\":\"{}\"}}]}\n");
    out.reset();
    assertThat(run("run", "--history", "pass.asl.json")).isEqualTo(0);
    assertThat(out()).isEqualTo("""
        SUCCEEDED after 1 state transition
        output: {}
        states entered: P
        history:
          1 2024-01-01T12:00:00Z ExecutionStarted {"input":"{}"}
          2 2024-01-01T12:00:00Z PassStateEntered {"name":"P","input":"{}"}
          3 2024-01-01T12:00:00Z PassStateExited {"name":"P","output":"{}"}
          4 2024-01-01T12:00:00Z ExecutionSucceeded {"output":"{}"}
        """);
  }

  private static void write(Path p, String text) {
    try {
      Files.writeString(p, text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theInputMayComeFromStandardInput() {
    stdin = "{\"id\": 8}";
    assertThat(run("run", "--input", "-", "--mocks", "ok.json", "order.asl.json")).isEqualTo(0);
    assertThat(out()).contains("\"id\": 8");
    out.reset();
    stdin = ORDER;
    assertThat(run("run", "--input", "in.json", "--mocks", "ok.json", "-")).isEqualTo(0);
    assertThat(out()).contains("\"id\": 7");
    stdin = "{\"StartAt\": ";
    assertThat(run("run", "-")).isEqualTo(2);
    assertThat(err()).isEqualTo("asl4j run: <stdin>:1:13: malformed JSON: Unexpected end-of-input "
        + "within/between Object entries\n");
  }

  @Test
  void theTypeAndTheSeedReachTheExecution() {
    write(dir.resolve("ctx.asl.json"), """
        {"StartAt": "P", "States": {"P": {"Type": "Pass",
          "Parameters": {"id.$": "$$.Execution.Id"}, "End": true}}}""");
    assertThat(run("run", "--type", "EXPRESS", "--format", "json", "ctx.asl.json")).isEqualTo(0);
    assertThat(out()).contains("\"output\":{\"id\":\"arn:aws:states:us-east-1:111111111111:"
        + "express:LocalStateMachine:local:00000000-0000-0000-0000-000000000000\"}");
    write(dir.resolve("jitter.asl.json"), """
        {"StartAt": "T", "States": {"T": {"Type": "Task",
          "Resource": "arn:aws:states:::lambda:invoke",
          "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 1000,
                     "JitterStrategy": "FULL"}], "End": true}}}""");
    write(dir.resolve("flaky.json"), "{\"T\": [{\"Throw\": {\"Error\": \"E\"}}, {\"Return\": 1}]}");
    out.reset();
    assertThat(run("run", "--history", "--seed", "1", "--mocks", "flaky.json", "jitter.asl.json"))
        .isEqualTo(0);
    String first = out();
    out.reset();
    assertThat(run("run", "--history", "--seed", "1", "--mocks", "flaky.json", "jitter.asl.json"))
        .isEqualTo(0);
    assertThat(out()).isEqualTo(first);
    out.reset();
    assertThat(run("run", "--history", "--seed", "2", "--mocks", "flaky.json", "jitter.asl.json"))
        .isEqualTo(0);
    assertThat(out()).isNotEqualTo(first);
  }

  @Test
  void childWorkflowsComeFromTheWorkflowOptionOrTheMocksFile() {
    write(dir.resolve("parent.asl.json"), """
        {"StartAt": "Start", "States": {"Start": {"Type": "Task",
          "Resource": "arn:aws:states:::states:startExecution.sync:2",
          "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:111111111111:stateMachine:Child",
                         "Input": {"n": 4}},
          "OutputPath": "$.Output", "End": true}}}""");
    write(dir.resolve("child.asl.json"), """
        {"StartAt": "Double", "States": {"Double": {"Type": "Pass",
          "Parameters": {"twice.$": "States.MathAdd($.n, $.n)"}, "End": true}}}""");
    assertThat(run("run", "--format", "json", "--workflow", "Child=child.asl.json",
        "parent.asl.json")).isEqualTo(0);
    assertThat(out()).startsWith("{\"status\":\"SUCCEEDED\",\"output\":{\"twice\":8},");
    out.reset();
    try {
      Files.createDirectories(dir.resolve("m"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    write(dir.resolve("m/mocks.json"), "{\"Workflows\": {\"Child\": \"../child.asl.json\"}}");
    assertThat(run("run", "--format", "json", "--mocks", "m/mocks.json", "parent.asl.json"))
        .isEqualTo(0);
    assertThat(out()).startsWith("{\"status\":\"SUCCEEDED\",\"output\":{\"twice\":8},");
  }

  @Test
  void problemsWithTheFilesAreOneLineEachWithTheirPlaceAndExitTwo() {
    write(dir.resolve("bad-input.json"), "{\"id\": }");
    write(dir.resolve("bad-mocks.json"), "{\n  \"Charge\": [{\"Returns\": 1}]}");
    write(dir.resolve("typo.json"), "{\"Charge\": [{\"Return\": 1}],\n \"Chrage\": []}");
    write(dir.resolve("pass-mock.json"), "{\"Done\": [{\"Return\": 1}]}");
    write(dir.resolve("config.json"), """
        {"StateMachines": {"Orders": {"TestCases": {"HappyPath": {"Charge": "Ok"}}}},
         "MockedResponses": {"Ok": {"0": {"Return": {"Payload": {"ok": true}}}}}}""");
    write(dir.resolve("broken.asl.json"), "{\"StartAt\": \"A\",\n \"States\": {\"A\": "
        + "{\"Type\": \"Pass\"}}}");
    String[][] cases = {
        {"run", "nope.asl.json"},
        {"run", "--input", "nope.json", "order.asl.json"},
        {"run", "--input", "bad-input.json", "order.asl.json"},
        {"run", "--mocks", "nope.json", "order.asl.json"},
        {"run", "--mocks", "bad-mocks.json", "order.asl.json"},
        {"run", "--mocks", "typo.json", "order.asl.json"},
        {"run", "--mocks", "pass-mock.json", "order.asl.json"},
        {"run", "order.asl.json"},
        {"run", "--mocks", "config.json", "--test-case", "SadPath", "order.asl.json"},
        {"run", "broken.asl.json"},
        {"run", "--workflow", "Child=nope.asl.json", "order.asl.json"}};
    String[] expected = {
        "asl4j run: nope.asl.json: no such file\n",
        "asl4j run: nope.json: no such file\n",
        "asl4j run: bad-input.json:1:8: invalid JSON: expected a value\n",
        "asl4j run: nope.json: no such file\n",
        "asl4j run: bad-mocks.json:2:14: /Charge/0: expected {\"Return\": <json>} or {\"Throw\": "
            + "{\"Error\": \"...\", \"Cause\": \"...\"}}, got {\"Returns\":1}\n",
        "asl4j run: typo.json:2:2: /Chrage: the workflow has no state \"Chrage\" (its Task "
            + "states: \"Charge\")\n",
        "asl4j run: pass-mock.json:1:2: /Done: \"Done\" is a Succeed state; only Task states take "
            + "mocks\n",
        "asl4j run: no mock for the Task state \"Charge\" (resource "
            + "arn:aws:states:::lambda:invoke): no mocks were given\n",
        "asl4j run: config.json: no test case \"SadPath\" (known: Orders/HappyPath; write "
            + "MACHINE/TEST_CASE when several machines have it)\n",
        "asl4j run: broken.asl.json:2:18: /States/A: a Pass state needs \"Next\" (the state that "
            + "follows) or \"End\": true\n",
        "asl4j run: nope.asl.json: no such file\n"};
    for (int i = 0; i < cases.length; i++) {
      err.reset();
      assertThat(run(cases[i])).as(String.join(" ", cases[i])).isEqualTo(2);
      assertThat(err()).as(String.join(" ", cases[i])).isEqualTo(expected[i]);
    }
    assertThat(out()).isEmpty();
  }

  @Test
  void usageErrorsPointAtTheHelp() {
    String[][] cases = {
        {"run"},
        {"run", "a.asl.json", "b.asl.json"},
        {"run", "--input", "-", "-"},
        {"run", "--test-case", "HappyPath", "order.asl.json"},
        {"run", "--format", "yaml", "order.asl.json"},
        {"run", "--type", "SYNC", "order.asl.json"},
        {"run", "--seed", "x", "order.asl.json"}};
    String[] expected = {
        "no input file (use '-' for standard input)",
        "one FILE at a time, got 2",
        "standard input can be only one of the files",
        "--test-case needs --mocks",
        "--format must be text or json, not 'yaml'",
        "--type must be STANDARD or EXPRESS, not 'SYNC'",
        "--seed must be a whole number, not 'x'"};
    for (int i = 0; i < cases.length; i++) {
      err.reset();
      assertThat(run(cases[i])).as(String.join(" ", cases[i])).isEqualTo(2);
      assertThat(err()).as(String.join(" ", cases[i])).isEqualTo("asl4j run: " + expected[i]
          + "\nRun 'asl4j run --help' for usage.\n");
    }
  }
}
