package io.asl4j.model;

import static io.asl4j.model.JsonShape.Scalar.NUMBER;
import static io.asl4j.model.JsonShape.Scalar.STRING;
import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.model.JsonShape.Member;
import io.asl4j.model.JsonShape.ObjectOf;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table of optimized integrations and what each resource returns. */
class ResultShapesTest {

  private static ObjectOf object(String resource) {
    return (ObjectOf) ResultShapes.of(resource);
  }

  @Test
  void lambdaWrapsTheFunctionsResultWhileTheLegacyArnReturnsItAsItIs() {
    ObjectOf invoke = object("arn:aws:states:::lambda:invoke");
    assertThat(invoke.open()).isFalse();
    assertThat(invoke.members().keySet()).containsExactly("ExecutedVersion", "Payload",
        "StatusCode", "LogResult", "SdkHttpMetadata", "SdkResponseMetadata");
    assertThat(invoke.members().get("Payload")).isEqualTo(new Member(JsonShape.ANY, true));
    assertThat(ResultShapes.of("arn:aws:lambda:us-east-1:123456789012:function:f"))
        .isEqualTo(JsonShape.ANY);
    assertThat(ResultShapes.of("arn:aws:states:::lambda:invoke.waitForTaskToken"))
        .isEqualTo(JsonShape.ANY);
  }

  @Test
  void eachPatternHasItsOwnResult() {
    assertThat(object("arn:aws:states:::glue:startJobRun").members().keySet())
        .containsExactly("JobRunId");
    assertThat(object("arn:aws:states:::glue:startJobRun.sync").members().keySet())
        .containsExactly("Id", "JobName", "JobRunState");
    assertThat(object("arn:aws:states:::states:startExecution").members().keySet())
        .containsExactly("ExecutionArn", "StartDate", "SdkHttpMetadata", "SdkResponseMetadata");
    assertThat(object("arn:aws:states:::states:startExecution.sync").members().get("Output"))
        .isEqualTo(new Member(STRING, true));
    assertThat(object("arn:aws:states:::states:startExecution.sync:2").members().get("Output"))
        .isEqualTo(new Member(JsonShape.ANY, true));
    assertThat(object("arn:aws:states:::dynamodb:getItem").members().get("Item"))
        .isEqualTo(new Member(JsonShape.openObject(), false));
    assertThat(object("arn:aws:states:::sns:publish")).isEqualTo(JsonShape.closedObject()
        .required("MessageId", STRING).optional("SequenceNumber", STRING)
        .required("SdkHttpMetadata", JsonShape.openObject().required("HttpStatusCode", NUMBER))
        .required("SdkResponseMetadata", JsonShape.openObject().required("RequestId", STRING)));
  }

  @Test
  void anythingUnknownReturnsAnything() {
    for (String resource : List.of("arn:aws:states:::aws-sdk:dynamodb:query",
        "arn:aws:states:us-east-1:123456789012:activity:review", "${FunctionArn}",
        "arn:aws:states:::sagemaker:createTrainingJob.sync", "arn:aws:states:::dynamodb:query")) {
      assertThat(ResultShapes.of(resource)).as(resource).isEqualTo(JsonShape.ANY);
    }
    assertThat(ResultShapes.of("arn:aws:states:::sns:publish", true)).isEqualTo(JsonShape.ANY);
  }

  @Test
  void theTableListsActionsAndPatterns() {
    assertThat(OptimizedIntegration.of("dynamodb", "query")).isEmpty();
    assertThat(OptimizedIntegration.knowsService("dynamodb")).isTrue();
    assertThat(OptimizedIntegration.knowsService("sagemaker")).isFalse();
    assertThat(OptimizedIntegration.actionsOf("athena")).containsExactly("startQueryExecution",
        "stopQueryExecution", "getQueryExecution", "getQueryResults");
    assertThat(OptimizedIntegration.STATES_START_EXECUTION.patterns()).containsExactly(
        IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.SYNC, IntegrationPattern.SYNC_2,
        IntegrationPattern.WAIT_FOR_TASK_TOKEN);
    assertThat(OptimizedIntegration.GLUE_START_JOB_RUN.supports(
        IntegrationPattern.WAIT_FOR_TASK_TOKEN)).isFalse();
    assertThat(OptimizedIntegration.SNS_PUBLISH.documentation())
        .isEqualTo("https://docs.aws.amazon.com/step-functions/latest/dg/connect-sns.html");
  }

  @Test
  void shapesAcceptTheValuesTheyDescribe() {
    ObjectOf sns = object("arn:aws:states:::sns:publish");
    JsonObject metadata = JsonObject.of("HttpStatusCode", JsonNumber.of(200), "HttpHeaders",
        JsonObject.empty());
    JsonObject response = JsonObject.of("RequestId", JsonString.of("r"));
    assertThat(sns.accepts(JsonObject.of("MessageId", JsonString.of("m"), "SdkHttpMetadata",
        metadata, "SdkResponseMetadata", response))).isTrue();
    assertThat(sns.accepts(JsonObject.of("MessageId", JsonString.of("m")))).isFalse();
    assertThat(sns.accepts(JsonObject.of("MessageId", JsonString.of("m"), "SdkHttpMetadata",
        metadata, "SdkResponseMetadata", response, "Payload", JsonNull.INSTANCE))).isFalse();
    assertThat(new JsonShape.TupleOf(List.of(STRING, NUMBER)).accepts(
        JsonArray.of(JsonString.of("a"), JsonNumber.of(1)))).isTrue();
    assertThat(new JsonShape.ArrayOf(NUMBER).accepts(JsonArray.of(JsonString.of("a"))))
        .isFalse();
    assertThat(STRING.accepts(new JsonPath("$.x"))).isTrue();
  }
}
