package io.asl4j.local;

import static io.asl4j.local.Runs.output;
import static io.asl4j.local.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.Workflow;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** AWS's 256 KiB quota on inputs, outputs and task results. */
class PayloadLimitTest {

  private static final String BIG = "x".repeat(256 * 1024);

  @Test
  void anExecutionInputOverTheQuotaIsRefused() {
    LocalExecutor e = LocalExecutor.compile(Workflow.fromJson(Runs.single(
        "{\"Type\": \"Pass\", \"End\": true}")));
    assertThatThrownBy(() -> e.run(Map.of("s", BIG), Mocks.none()))
        .isInstanceOf(LocalExecutionException.class)
        .hasMessage("input: 262152 bytes, over the 262144 bytes (256 KiB) that AWS accepts as an "
            + "execution input");
    // just under it runs
    assertThat(e.run(Map.of("s", BIG.substring(8)), Mocks.none()).status())
        .isEqualTo(ExecutionStatus.SUCCEEDED);
  }

  @Test
  void aStateOutputOverTheQuotaFailsTheStateAndStatesAllDoesNotCatchIt() {
    String asl = """
        {"StartAt": "M", "States": {
          "M": {"Type": "Map", "ItemProcessor": {"StartAt": "Grow", "States": {
                  "Grow": {"Type": "Pass", "Parameters": {"s.$": "States.Format('{}{}', $, $)"},
                           "End": true}}},
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}], "End": true},
          "Caught": {"Type": "Pass", "End": true}}}""";
    String half = "\"" + "y".repeat(128 * 1024) + "\"";
    ExecutionResult r = run(asl, "[" + half + "]");
    assertThat(r.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(r.error()).contains("States.DataLimitExceeded");
    assertThat(r.cause()).contains("The state/task 'Grow' returned a result with a size exceeding "
        + "the maximum number of bytes service limit.");
    // a catcher that names the error does catch it
    ExecutionResult named = run(asl.replace("[\"States.ALL\"]", "[\"States.DataLimitExceeded\"]"),
        "[" + half + "]");
    assertThat(named.statesEntered()).containsExactly("M", "Grow", "Caught");
  }

  @Test
  void passStatesThatCopyTheirInputTwiceOrMergeAResultAreMeasured() {
    String half = "\"" + "y".repeat(140 * 1024) + "\"";
    ExecutionResult twice = run(Runs.single("""
        {"Type": "Pass", "Parameters": {"a.$": "$", "b.$": "$"}, "End": true}"""), half);
    assertThat(twice.error()).contains("States.DataLimitExceeded");
    ExecutionResult merged = run(Runs.single("""
        {"Type": "Pass", "InputPath": "$.s", "ResultPath": "$.copy", "End": true}"""),
        "{\"s\": " + half + "}");
    assertThat(merged.error()).contains("States.DataLimitExceeded");
    // one copy and small scalars: not larger than the input, which was measured already
    assertThat(run(Runs.single("""
        {"Type": "Pass", "Parameters": {"a.$": "$", "n.$": "States.MathAdd(1, 2)"}, "End": true}"""),
        half).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
  }

  @Test
  void aTaskInputOverTheQuotaAfterParametersFailsTheTask() {
    ExecutionResult r = run(Runs.single("""
        {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
         "Parameters": {"a.$": "$.s", "b.$": "$.s"}, "End": true}"""),
        "{\"s\": \"" + "z".repeat(140 * 1024) + "\"}", "{\"S\": [{\"Return\": 1}]}");
    assertThat(r.error()).contains("States.DataLimitExceeded");
    assertThat(r.cause()).contains("The state/task 'S' has an input with a size exceeding the "
        + "maximum number of bytes service limit.");
  }

  @Test
  void aTaskResultOverTheQuotaIsATaskFailureThatStatesAllCatches() {
    // as AWS recorded it: conformance case
    // error_handling.states_errors.service_task_lambada_catch_state_all_data_limit_exceeded...
    ExecutionResult r = run("""
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}], "End": true},
          "Caught": {"Type": "Pass", "End": true}}}""", "{}",
        "{\"T\": [{\"Return\": \"" + BIG + "\"}]}");
    assertThat(output(r)).isEqualTo("{\"Error\":\"States.DataLimitExceeded\",\"Cause\":\"The "
        + "state/task 'lambda' returned a result with a size exceeding the maximum number of bytes "
        + "service limit.\"}");
  }
}
