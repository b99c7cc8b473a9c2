package io.asl4j.local;

import static io.asl4j.local.Runs.output;
import static io.asl4j.local.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.Workflow;
import io.asl4j.model.ExecutionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The context object ({@code $$}, {@code $states.context}) in full. */
class ContextObjectTest {

  @Test
  void aStandardExecutionsContextHasEveryMemberAwsGives() {
    ExecutionResult r = run("""
        {"StartAt": "Wait", "States": {
          "Wait": {"Type": "Wait", "Seconds": 5, "Next": "P"},
          "P": {"Type": "Pass", "Parameters": {"ctx.$": "$$"}, "End": true}}}""", "{\"a\": 1}");
    assertThat(output(r)).isEqualTo("{\"ctx\":{\"Execution\":{"
        + "\"Id\":\"arn:aws:states:us-east-1:111111111111:execution:LocalStateMachine:local\","
        + "\"Input\":{\"a\":1},\"StartTime\":\"2024-01-01T12:00:00Z\",\"Name\":\"local\","
        + "\"RoleArn\":\"arn:aws:iam::111111111111:role/LocalStepFunctionsRole\","
        + "\"RedriveCount\":0},"
        + "\"StateMachine\":{\"Id\":\"arn:aws:states:us-east-1:111111111111:stateMachine:"
        + "LocalStateMachine\",\"Name\":\"LocalStateMachine\"},"
        + "\"State\":{\"Name\":\"P\",\"EnteredTime\":\"2024-01-01T12:00:05Z\"}}}");
  }

  @Test
  void anExpressExecutionHasNoRedriveCountAndAnExpressArn() {
    LocalExecutor e = LocalExecutor.compile(Workflow.fromJson(Runs.single(
        "{\"Type\": \"Pass\", \"Parameters\": {\"e.$\": \"$$.Execution\"}, \"End\": true}")));
    ExecutionResult r = e.run(Map.of(), Mocks.none(),
        ExecutionOptions.defaults().withType(ExecutionType.EXPRESS));
    assertThat(Json.write(Json.internal(r.output().orElseThrow()))).isEqualTo("{\"e\":{"
        + "\"Id\":\"arn:aws:states:us-east-1:111111111111:express:LocalStateMachine:local:"
        + "00000000-0000-0000-0000-000000000000\",\"Input\":{},\"Name\":\"local\","
        + "\"RoleArn\":\"arn:aws:iam::111111111111:role/LocalStepFunctionsRole\","
        + "\"StartTime\":\"2024-01-01T12:00:00Z\"}}");
  }

  @Test
  void tasksSeeTheirRetryCountAndTheirToken() {
    Workflow w = Workflow.fromJson(Runs.single("""
        {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
         "Parameters": {"retry.$": "$$.State.RetryCount", "token.$": "$$.Task.Token"},
         "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 2}], "End": true}"""));
    List<Object> inputs = new ArrayList<>();
    ExecutionResult r = LocalExecutor.compile(w).run(Map.of(), call -> {
      inputs.add(call.input());
      return call.attempt() < 2
          ? TaskResult.failure(java.util.Optional.of("E"), java.util.Optional.empty())
          : TaskResult.success("ok");
    });
    assertThat(r.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(inputs).containsExactly(
        Map.of("retry", 0L, "token", "local-task-token-1"),
        Map.of("retry", 1L, "token", "local-task-token-1"),
        Map.of("retry", 2L, "token", "local-task-token-1"));
  }

  @Test
  void aMapsItemSelectorSeesTheItemsIndexAndValue() {
    assertThat(output(run("""
        {"StartAt": "M", "States": {"M": {"Type": "Map",
          "ItemSelector": {"i.$": "$$.Map.Item.Index", "v.$": "$$.Map.Item.Value",
                           "state.$": "$$.State.Name"},
          "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}},
          "End": true}}}""", "[\"a\", \"b\"]"))).isEqualTo(
        "[{\"i\":0,\"v\":\"a\",\"state\":\"M\"},{\"i\":1,\"v\":\"b\",\"state\":\"M\"}]");
  }

  @Test
  void jsonataReadsTheSameObjectAsStatesContext() {
    assertThat(output(run("""
        {"QueryLanguage": "JSONata", "StartAt": "M", "States": {"M": {"Type": "Map",
          "Items": "{% $states.input %}",
          "ItemSelector": {"i": "{% $states.context.Map.Item.Index %}",
                           "v": "{% $states.context.Map.Item.Value %}",
                           "redrives": "{% $states.context.Execution.RedriveCount %}"},
          "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}},
          "End": true}}}""", "[\"a\"]"))).isEqualTo("[{\"i\":0,\"v\":\"a\",\"redrives\":0}]");
  }
}
