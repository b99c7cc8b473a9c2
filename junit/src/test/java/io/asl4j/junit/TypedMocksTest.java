package io.asl4j.junit;

import static io.asl4j.junit.Tasks.json;
import static io.asl4j.junit.Tasks.result;
import static io.asl4j.junit.Tasks.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.local.ExecutionStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every typed mock gives the shape AWS returns for its integration and pattern (as documented on
 * each mock class, with its source) and fails with the error names the service raises.
 */
class TypedMocksTest {

  @Test
  void lambdaInvokeWrapsThePayloadAndTheLegacyArnAndCallbacksDoNot() {
    assertThat(result("arn:aws:states:::lambda:invoke", "{\"FunctionName\": \"f\"}",
        LambdaMock.returns(Map.of("rows", 3)))).containsOnlyKeys("ExecutedVersion", "Payload",
            "SdkHttpMetadata", "SdkResponseMetadata", "StatusCode")
        .containsEntry("Payload", Map.of("rows", 3L)).containsEntry("StatusCode", 200L)
        .containsEntry("ExecutedVersion", "$LATEST");
    assertThat(json("arn:aws:lambda:REGION:ACCOUNT_ID:function:FUNCTION_NAME", null,
        LambdaMock.returns(Map.of("rows", 3)))).isEqualTo("{\"rows\":3}");
    assertThat(json("arn:aws:states:::lambda:invoke.waitForTaskToken", "{\"FunctionName\": "
        + "\"f\"}", LambdaMock.returnsJson("{\"approved\": true}")))
        .isEqualTo("{\"approved\":true}");
  }

  @Test
  void lambdaFailuresUseTheFunctionsErrorTypeOrLambdasExceptionNames() {
    WorkflowRun r = run("arn:aws:states:::lambda:invoke", "{\"FunctionName\": \"f\"}",
        LambdaMock.functionError("ValueError", "no rows"));
    assertThat(r.result().error()).contains("ValueError");
    assertThat(r.result().cause().orElseThrow()).startsWith(
        "{\"errorMessage\":\"no rows\",\"errorType\":\"ValueError\",\"requestId\":\"")
        .endsWith("\",\"stackTrace\":[]}");
    assertThat(errorOf("arn:aws:states:::lambda:invoke", LambdaMock.serviceException()))
        .isEqualTo("Lambda.ServiceException");
    assertThat(errorOf("arn:aws:states:::lambda:invoke", LambdaMock.tooManyRequests()))
        .isEqualTo("Lambda.TooManyRequestsException");
    assertThat(errorOf("arn:aws:states:::lambda:invoke", LambdaMock.sdkClientException()))
        .isEqualTo("Lambda.SdkClientException");
    WorkflowRun missing = run("arn:aws:states:::lambda:invoke", "{\"FunctionName\": \"nope\"}",
        LambdaMock.functionNotFound());
    assertThat(missing.result().error()).contains("Lambda.ResourceNotFoundException");
    assertThat(missing.result().cause().orElseThrow()).startsWith("Function not found: nope "
        + "(Service: AWSLambda; Status Code: 404; Error Code: ResourceNotFoundException; "
        + "Request ID: ").endsWith("; Proxy: null)");
  }

  private static String errorOf(String resource, TaskMock mock) {
    WorkflowRun r = run(resource, "{\"FunctionName\": \"f\", \"JobName\": \"j\"}", mock);
    assertThat(r.status()).isEqualTo(ExecutionStatus.FAILED);
    return r.result().error().orElseThrow();
  }

  @Test
  void glueGivesTheRunIdOrTheFinishedJobRunAndFailsAsGlueDoes() {
    assertThat(result("arn:aws:states:::glue:startJobRun", "{\"JobName\": \"nightly\"}",
        GlueMock.jobRunSucceeds())).containsEntry("JobName", "nightly")
        .containsKey("JobRunId").containsKeys("SdkHttpMetadata", "SdkResponseMetadata");
    Map<String, Object> run = result("arn:aws:states:::glue:startJobRun.sync",
        "{\"JobName\": \"nightly\"}", GlueMock.jobRunSucceeds());
    assertThat(run).containsEntry("JobName", "nightly").containsEntry("JobRunState", "SUCCEEDED")
        .containsEntry("Attempt", 0L).containsKeys("Id", "StartedOn", "CompletedOn",
            "ExecutionTime");
    assertThat((String) run.get("Id")).matches("jr_[0-9a-f]{64}");

    WorkflowRun failed = run("arn:aws:states:::glue:startJobRun.sync",
        "{\"JobName\": \"nightly\"}", GlueMock.jobRunFails("Table not found"));
    assertThat(failed.result().error()).contains("States.TaskFailed");
    assertThat(failed.result().cause().orElseThrow()).contains("\"ErrorMessage\":\"Table not "
        + "found\"").contains("\"JobRunState\":\"FAILED\"").contains("\"JobName\":\"nightly\"");
    assertThat(errorOf("arn:aws:states:::glue:startJobRun.sync",
        GlueMock.concurrentRunsExceeded())).isEqualTo("Glue.ConcurrentRunsExceededException");
    assertThat(errorOf("arn:aws:states:::glue:startJobRun", GlueMock.jobNotFound()))
        .isEqualTo("Glue.EntityNotFoundException");
    assertThat(run("arn:aws:states:::glue:startJobRun.sync", "{\"JobName\": \"j\"}",
        GlueMock.jobRunTimesOut()).result().cause().orElseThrow())
        .contains("\"JobRunState\":\"TIMEOUT\"");
  }

  @Test
  void sameRunsGiveTheSameIds() {
    assertThat(json("arn:aws:states:::glue:startJobRun", "{\"JobName\": \"j\"}",
        GlueMock.jobRunSucceeds())).isEqualTo(json("arn:aws:states:::glue:startJobRun",
            "{\"JobName\": \"j\"}", GlueMock.jobRunSucceeds()));
  }

  @Test
  void batchGivesTheSubmittedJobOrTheFinishedOne() {
    assertThat(result("arn:aws:states:::batch:submitJob", "{\"JobName\": \"n\", "
        + "\"JobDefinition\": \"d\", \"JobQueue\": \"q\"}", BatchMock.jobSucceeds()))
        .containsKeys("JobArn", "JobId", "SdkHttpMetadata").containsEntry("JobName", "n");
    assertThat(result("arn:aws:states:::batch:submitJob.sync", "{\"JobName\": \"n\", "
        + "\"JobDefinition\": \"d\", \"JobQueue\": \"q\"}", BatchMock.jobSucceeds()))
        .containsEntry("Status", "SUCCEEDED").containsEntry("JobQueue", "q")
        .containsKeys("JobId", "JobName", "Attempts", "Container", "StoppedAt");
    assertThat(run("arn:aws:states:::batch:submitJob.sync", "{\"JobName\": \"n\"}",
        BatchMock.jobFails("Essential container in task exited", 1)).result().cause()
        .orElseThrow()).contains("\"Status\":\"FAILED\"").contains("\"ExitCode\":1");
    assertThat(errorOf("arn:aws:states:::batch:submitJob", BatchMock.clientException(
        "Job Queue does not exist"))).isEqualTo("Batch.ClientException");
  }

  @Test
  void ecsGivesTheStartedTasksOrTheStoppedTask() {
    Map<String, Object> started = result("arn:aws:states:::ecs:runTask",
        "{\"TaskDefinition\": \"app:1\", \"Cluster\": \"c\"}", EcsMock.taskSucceeds());
    assertThat(started).containsEntry("Failures", List.of()).containsKey("Tasks");
    assertThat(json("arn:aws:states:::ecs:runTask.sync", "{\"TaskDefinition\": \"app:1\"}",
        EcsMock.taskSucceeds())).contains("\"LastStatus\":\"STOPPED\"")
        .contains("\"ExitCode\":0").contains("\"StopCode\":\"EssentialContainerExited\"");
    assertThat(run("arn:aws:states:::ecs:runTask.sync", "{\"TaskDefinition\": \"a\"}",
        EcsMock.taskFails(137)).result().cause().orElseThrow()).contains("\"ExitCode\":137");
    assertThat(errorOf("arn:aws:states:::ecs:runTask", EcsMock.clusterNotFound()))
        .isEqualTo("ECS.ClusterNotFoundException");
  }

  @Test
  void athenaGivesTheQueryIdTheExecutionAndTheResultSet() {
    assertThat(result("arn:aws:states:::athena:startQueryExecution",
        "{\"QueryString\": \"SELECT 1\"}", AthenaMock.querySucceeds()))
        .containsKey("QueryExecutionId");
    assertThat(json("arn:aws:states:::athena:startQueryExecution.sync",
        "{\"QueryString\": \"SELECT 1\"}", AthenaMock.querySucceeds()))
        .contains("\"State\":\"SUCCEEDED\"").contains("\"Query\":\"SELECT 1\"");
    assertThat(json("arn:aws:states:::athena:getQueryResults", "{\"QueryExecutionId\": \"q\"}",
        AthenaMock.results(List.of("id"), List.of(List.of("7")))))
        .contains("\"Rows\":[{\"Data\":[{\"VarCharValue\":\"id\"}]},"
            + "{\"Data\":[{\"VarCharValue\":\"7\"}]}]").contains("\"UpdateCount\":0");
    assertThat(run("arn:aws:states:::athena:startQueryExecution.sync",
        "{\"QueryString\": \"SELECT x\"}", AthenaMock.queryFails("TABLE_NOT_FOUND")).result()
        .cause().orElseThrow()).contains("\"State\":\"FAILED\"")
        .contains("\"StateChangeReason\":\"TABLE_NOT_FOUND\"");
    assertThat(result("arn:aws:states:::athena:stopQueryExecution",
        "{\"QueryExecutionId\": \"q\"}", AthenaMock.stopped())).containsOnlyKeys(
            "SdkHttpMetadata", "SdkResponseMetadata");
    assertThat(errorOf("arn:aws:states:::athena:startQueryExecution",
        AthenaMock.fails("InvalidRequestException", "bad query")))
        .isEqualTo("Athena.InvalidRequestException");
  }

  @Test
  void apiGatewayAndHttpGiveTheResponseOrTheStatusError() {
    assertThat(result("arn:aws:states:::apigateway:invoke", "{\"ApiEndpoint\": \"e\", "
        + "\"Method\": \"GET\"}", ApiGatewayMock.responds(Map.of("ok", true))))
        .containsOnlyKeys("Headers", "ResponseBody", "StatusCode", "StatusText")
        .containsEntry("StatusCode", 200L).containsEntry("StatusText", "OK");
    WorkflowRun denied = run("arn:aws:states:::apigateway:invoke", null,
        ApiGatewayMock.responds(403, Map.of("message", "Missing Authentication Token")));
    assertThat(denied.result().error()).contains("ApiGateway.403");
    assertThat(denied.result().cause()).contains("{\"message\":\"Missing Authentication Token\"}");
    assertThat(result("arn:aws:states:::http:invoke", null, HttpMock.responds(201, "made")))
        .containsEntry("ResponseBody", "made").containsEntry("StatusText", "Created");
    assertThat(errorOf("arn:aws:states:::http:invoke", HttpMock.responds(404, "gone")))
        .isEqualTo("States.Http.StatusCode.404");
  }

  @Test
  void dynamoDbTypesAttributeValuesAndLeavesOutAMissingItem() {
    assertThat(json("arn:aws:states:::dynamodb:getItem", "{\"TableName\": \"t\"}",
        DynamoDbMock.item(Map.of("id", "1")))).startsWith("{\"Item\":{\"id\":{\"S\":\"1\"}},");
    assertThat(DynamoDbMock.attributes(new java.util.LinkedHashMap<>(Map.of("n", 3))))
        .isEqualTo(Map.of("n", Map.of("N", "3")));
    java.util.Map<String, Object> all = new java.util.LinkedHashMap<>();
    all.put("s", "x");
    all.put("b", true);
    all.put("z", null);
    all.put("l", List.of(1.5, "y"));
    all.put("m", Map.of("k", 2));
    assertThat(io.asl4j.local.Json.write(DynamoDbMock.attributes(all))).isEqualTo(
        "{\"s\":{\"S\":\"x\"},\"b\":{\"BOOL\":true},\"z\":{\"NULL\":true},"
            + "\"l\":{\"L\":[{\"N\":\"1.5\"},{\"S\":\"y\"}]},\"m\":{\"M\":{\"k\":{\"N\":\"2\"}}}}");
    assertThat(result("arn:aws:states:::dynamodb:getItem", "{\"TableName\": \"t\"}",
        DynamoDbMock.noItem())).containsOnlyKeys("SdkHttpMetadata", "SdkResponseMetadata");
    assertThat(result("arn:aws:states:::dynamodb:updateItem", "{\"TableName\": \"t\"}",
        DynamoDbMock.writtenReturning(Map.of("n", 4)))).containsEntry("Attributes",
            Map.of("n", Map.of("N", "4")));
    WorkflowRun failed = run("arn:aws:states:::dynamodb:putItem", "{\"TableName\": \"t\"}",
        DynamoDbMock.conditionalCheckFailed());
    assertThat(failed.result().error()).contains("DynamoDB.ConditionalCheckFailedException");
    assertThat(failed.result().cause().orElseThrow()).startsWith("The conditional request failed "
        + "(Service: AmazonDynamoDBv2; Status Code: 400; Error Code: "
        + "ConditionalCheckFailedException; Request ID: ");
    assertThat(errorOf("arn:aws:states:::dynamodb:putItem", DynamoDbMock.tableNotFound()))
        .isEqualTo("DynamoDB.ResourceNotFoundException");
  }

  @Test
  void snsSqsAndEventBridgeGiveTheirIds() {
    assertThat(result("arn:aws:states:::sns:publish", "{\"TopicArn\": \"t\", \"Message\": \"m\"}",
        SnsMock.published())).containsOnlyKeys("MessageId", "SdkHttpMetadata",
            "SdkResponseMetadata");
    assertThat(result("arn:aws:states:::sns:publish", "{\"TopicArn\": \"t\", \"Message\": \"m\"}",
        SnsMock.publishedFifo("10000000000000003000"))).containsEntry("SequenceNumber",
            "10000000000000003000");
    WorkflowRun noTopic = run("arn:aws:states:::sns:publish", "{\"TopicArn\": \"t\"}",
        SnsMock.topicNotFound());
    assertThat(noTopic.result().error()).contains("SNS.NotFoundException");
    assertThat(noTopic.result().cause().orElseThrow()).startsWith("Topic does not exist "
        + "(Service: AmazonSNS; Status Code: 404; Error Code: NotFound; Request ID: ");

    assertThat(result("arn:aws:states:::sqs:sendMessage", "{\"QueueUrl\": \"q\", "
        + "\"MessageBody\": \"hello\"}", SqsMock.sent()))
        .containsEntry("MD5OfMessageBody", "5d41402abc4b2a76b9719d911017c592")
        .containsKeys("MessageId", "SdkHttpMetadata", "SdkResponseMetadata")
        .doesNotContainKey("SequenceNumber");
    assertThat(errorOf("arn:aws:states:::sqs:sendMessage", SqsMock.queueDoesNotExist()))
        .isEqualTo("SQS.QueueDoesNotExistException");

    assertThat(json("arn:aws:states:::events:putEvents", "{\"Entries\": [{}, {}]}",
        EventBridgeMock.eventsPut())).matches("\\{\"Entries\":\\[\\{\"EventId\":\"[-0-9a-f]{36}\"},"
            + "\\{\"EventId\":\"[-0-9a-f]{36}\"}],\"FailedEntryCount\":0}");
    WorkflowRun refused = run("arn:aws:states:::events:putEvents", "{\"Entries\": [{}]}",
        EventBridgeMock.failedEntry("MalformedDetail", "Detail is malformed."));
    assertThat(refused.result().error()).contains("EventBridge.FailedEntry");
    assertThat(refused.result().cause()).contains("{\"Entries\":[{\"ErrorCode\":\"MalformedDetail\","
        + "\"ErrorMessage\":\"Detail is malformed.\"}],\"FailedEntryCount\":1}");
  }

  @Test
  void stepFunctionsGivesTheExecutionWithItsOutputAsTextOrJson() {
    String params = "{\"StateMachineArn\": \"arn:aws:states:us-east-1:111111111111:stateMachine:"
        + "child\", \"Input\": {\"n\": 1}, \"Name\": \"run-1\"}";
    assertThat(result("arn:aws:states:::states:startExecution", params,
        StepFunctionsMock.succeeds(Map.of()))).containsEntry("ExecutionArn",
            "arn:aws:states:us-east-1:111111111111:execution:child:run-1")
        .containsKeys("StartDate", "SdkHttpMetadata", "SdkResponseMetadata");
    assertThat(result("arn:aws:states:::states:startExecution.sync", params,
        StepFunctionsMock.succeeds(Map.of("done", true)))).containsEntry("Output",
            "{\"done\":true}").containsEntry("Input", "{\"n\":1}")
        .containsEntry("Status", "SUCCEEDED");
    assertThat(result("arn:aws:states:::states:startExecution.sync:2", params,
        StepFunctionsMock.succeeds(Map.of("done", true)))).containsEntry("Output",
            Map.of("done", true)).containsEntry("Input", Map.of("n", 1L));
    WorkflowRun failed = run("arn:aws:states:::states:startExecution.sync", params,
        StepFunctionsMock.childFails("Oops", "it broke"));
    assertThat(failed.result().error()).contains("States.TaskFailed");
    assertThat(failed.result().cause().orElseThrow()).contains("\"Cause\":\"it broke\"")
        .contains("\"Error\":\"Oops\"").contains("\"Status\":\"FAILED\"");
    assertThat(errorOf("arn:aws:states:::states:startExecution",
        StepFunctionsMock.stateMachineDoesNotExist()))
        .isEqualTo("StepFunctions.StateMachineDoesNotExistException");
  }

  @Test
  void awsSdkAndActivitiesReturnWhatTheyAreGivenAndNameErrorsAsTheSdk() {
    assertThat(json("arn:aws:states:::aws-sdk:s3:listObjectsV2", "{\"Bucket\": \"b\"}",
        AwsSdkMock.returns(Map.of("KeyCount", 0)))).isEqualTo("{\"KeyCount\":0}");
    WorkflowRun missing = run("arn:aws:states:::aws-sdk:s3:getObject", "{\"Bucket\": \"b\"}",
        AwsSdkMock.fails("NoSuchKeyException", 404, "The specified key does not exist."));
    assertThat(missing.result().error()).contains("S3.NoSuchKeyException");
    assertThat(missing.result().cause().orElseThrow()).startsWith("The specified key does not "
        + "exist. (Service: S3, Status Code: 404, Request ID: ");
    assertThat(errorOf("arn:aws:states:::aws-sdk:dynamodb:putItem", AwsSdkMock.fails(
        "ResourceNotFoundException", 400, "Requested resource not found")))
        .isEqualTo("DynamoDb.ResourceNotFoundException");
    String activity = "arn:aws:states:us-east-1:111111111111:activity:approve";
    assertThat(json(activity, null, ActivityMock.succeeds(Map.of("ok", 1)))).isEqualTo(
        "{\"ok\":1}");
    assertThat(errorOf(activity, ActivityMock.fails("Rejected", "no"))).isEqualTo("Rejected");
  }

  @Test
  void genericMocksAnswerAnyResourceIncludingTimeouts() {
    assertThat(json("arn:aws:states:::bedrock:invokeModel", null,
        TaskMock.returningJson("{\"Body\": {}}"))).isEqualTo("{\"Body\":{}}");
    assertThat(errorOf("arn:aws:states:::lambda:invoke", TaskMock.timesOut()))
        .isEqualTo("States.Timeout");
    assertThat(errorOf("arn:aws:states:::lambda:invoke", TaskMock.heartbeatTimesOut()))
        .isEqualTo("States.HeartbeatTimeout");
    assertThat(errorOf("${FunctionArn}", TaskMock.failing("Custom", "c"))).isEqualTo("Custom");
  }

  @Test
  void aMockTakingLongerThanTheTimeoutTimesOutOnTheVirtualClock() {
    WorkflowRun r = WorkflowRunner.of("t", io.asl4j.Workflow.fromJson("""
        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource":
          "arn:aws:states:::lambda:invoke", "TimeoutSeconds": 5, "End": true}}}"""))
        .given("T", LambdaMock.returns(1).taking(java.time.Duration.ofSeconds(6)))
        .run(Map.of());
    assertThat(r.result().error()).contains("States.Timeout");
  }

  @Test
  void aMockChecksTheInputItReceives() {
    String resource = "arn:aws:states:::glue:startJobRun.sync";
    assertThat(run(resource, "{\"JobName\": \"j\"}", GlueMock.jobRunSucceeds()
        .expectingInput("{\"JobName\": \"j\"}")).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(resource,
            "{\"JobName\": \"k\"}", GlueMock.jobRunSucceeds().expectingInput("{\"JobName\": "
                + "\"j\"}")))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Task state \"T\", invocation #1: unexpected input: /JobName: expected "
            + "\"j\", found \"k\"\n  input: {\"JobName\":\"k\"}");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(resource,
            "{\"JobName\": \"k\"}", GlueMock.jobRunSucceeds().checkingInput(input ->
                assertThat(input).isEqualTo(Map.of()))))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Task state \"T\", invocation #1: \nexpected: {}\n but was: "
            + "{\"JobName\"=\"k\"}\n  input: {\"JobName\":\"k\"}");
  }

  @Test
  void everyIntegrationOfTheDslHasItsMockClass() throws Exception {
    // the DSL's integrations: the classes of io.asl4j.integrations whose factories make a Task's
    // integration; a new one without its mock class (Foo -> FooMock) fails here
    java.util.Set<String> expected = new java.util.TreeSet<>();
    for (Class<?> c : integrationClasses()) {
      expected.add(c.getSimpleName() + "Mock");
    }
    assertThat(expected).contains("LambdaMock", "GlueMock", "ActivityMock", "AwsSdkMock");
    assertThat(java.util.Arrays.stream(MockedIntegration.values())
        .map(MockedIntegration::mockClass).sorted().toList())
        .containsExactlyElementsOf(expected);
    for (String mock : expected) {
      Class<?> c = Class.forName("io.asl4j.junit." + mock);
      assertThat(c.getMethods()).as(mock).anyMatch(m -> m.getReturnType() == TaskMock.class
          && java.lang.reflect.Modifier.isStatic(m.getModifiers()));
    }
    // and every optimized integration of the model's table is answered by one of them
    for (io.asl4j.model.OptimizedIntegration i : io.asl4j.model.OptimizedIntegration.values()) {
      assertThat(MockedIntegration.of("arn:aws:states:::" + i.service() + ":" + i.action()))
          .as(i.toString()).isPresent();
    }
  }

  /** The public classes of io.asl4j.integrations with a static method giving an Integration. */
  private static List<Class<?>> integrationClasses() throws Exception {
    java.net.URL location = io.asl4j.integrations.Lambda.class.getProtectionDomain()
        .getCodeSource().getLocation();
    java.nio.file.Path root = java.nio.file.Path.of(location.toURI());
    List<String> names;
    if (java.nio.file.Files.isDirectory(root)) {
      names = classNames(root);
    } else {
      try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(root)) {
        names = classNames(jar.getPath("/"));
      }
    }
    List<Class<?>> found = new java.util.ArrayList<>();
    for (String n : names) {
      Class<?> c = Class.forName(n);
      if (java.lang.reflect.Modifier.isPublic(c.getModifiers()) && java.util.Arrays.stream(
          c.getMethods()).anyMatch(m -> java.lang.reflect.Modifier.isStatic(m.getModifiers())
              && io.asl4j.dsl.Integration.class.isAssignableFrom(m.getReturnType()))) {
        found.add(c);
      }
    }
    return found;
  }

  private static List<String> classNames(java.nio.file.Path root) throws java.io.IOException {
    java.nio.file.Path dir = root.resolve("io/asl4j/integrations");
    try (var files = java.nio.file.Files.list(dir)) {
      return files.map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".class") && !f.contains("$"))
          .map(f -> "io.asl4j.integrations." + f.substring(0, f.length() - ".class".length()))
          .sorted().toList();
    }
  }

  @Test
  void everyMockClassCitesTheAwsPageItsShapesComeFrom() throws java.io.IOException {
    // the shapes are documented on each class with their source: the Step Functions page of the
    // integration, the one the model's table of optimized integrations names
    java.util.Map<String, String> pages = new java.util.LinkedHashMap<>();
    for (io.asl4j.model.OptimizedIntegration i : io.asl4j.model.OptimizedIntegration.values()) {
      MockedIntegration mocked = MockedIntegration.of("arn:aws:states:::" + i.service() + ":"
          + i.action()).orElseThrow(() -> new AssertionError("no typed mock for " + i));
      pages.merge(mocked.mockClass(), i.documentation(), (x, y) -> {
        assertThat(y).as(mocked.mockClass()).isEqualTo(x);
        return x;
      });
    }
    pages.put("AwsSdkMock",
        "https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html");
    pages.put("ActivityMock",
        "https://docs.aws.amazon.com/step-functions/latest/dg/concepts-activities.html");
    assertThat(pages.keySet()).containsExactlyInAnyOrderElementsOf(
        java.util.Arrays.stream(MockedIntegration.values()).map(MockedIntegration::mockClass)
            .toList());
    for (java.util.Map.Entry<String, String> e : pages.entrySet()) {
      String source = java.nio.file.Files.readString(java.nio.file.Path.of(
          "src/main/java/io/asl4j/junit/" + e.getKey() + ".java"));
      assertThat(source).as(e.getKey()).contains("<a href=\"" + e.getValue() + "\">");
    }
  }
}
