package io.asl4j.integrations;

import static io.asl4j.Asl.startAt;
import static io.asl4j.Asl.task;
import static io.asl4j.Values.context;
import static io.asl4j.Values.field;
import static io.asl4j.Values.jsonata;
import static io.asl4j.Values.object;
import static io.asl4j.Values.path;
import static io.asl4j.Values.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.Workflow;
import io.asl4j.dsl.Integration;
import io.asl4j.dsl.Step;
import io.asl4j.json.JsonDiff;
import io.asl4j.model.IntegrationPattern;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.ResourceArn;
import io.asl4j.testing.Resources;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every typed integration renders the JSON a person would write for it: the golden file
 * {@code asl/integrations/all.asl.json} has one state per integration and pattern.
 */
class IntegrationsTest {

  private static Map<String, Integration> integrations() {
    Map<String, Integration> m = new LinkedHashMap<>();
    m.put("Lambda Invoke", Lambda.invoke("order-handler").payload(field("id", path("$.id")))
        .invocationType("RequestResponse").qualifier("live"));
    m.put("Lambda Callback", Lambda.invoke("approver")
        .payload(field("token", context("Task.Token")), field("order", path("$"))).waitForTaskToken());
    m.put("Lambda Legacy", Lambda.function("arn:aws:lambda:us-east-1:123456789012:function:legacy"));
    m.put("Glue Job", Glue.startJobRun("nightly-etl")
        .jobArguments(field("--date", path("$.date")), field("--mode", "full"))
        .workerType("G.1X").numberOfWorkers(10).timeoutMinutes(60).sync());
    m.put("Batch Job", Batch.submitJob("render", "render-def:3", "render-queue")
        .containerOverrides(field("Command", io.asl4j.Values.array("render", "--fast")))
        .retryStrategy(field("Attempts", 3)).sync());
    m.put("ECS Task", Ecs.runTask("worker:7").cluster("main").launchType("FARGATE")
        .networkConfiguration(field("AwsvpcConfiguration", object(field("Subnets",
            io.asl4j.Values.array("subnet-1")), field("AssignPublicIp", "DISABLED")))).sync());
    m.put("ECS Callback", Ecs.runTask("worker:7").overrides(field("ContainerOverrides",
        io.asl4j.Values.array(object(field("Name", "app"), field("Environment",
            io.asl4j.Values.array(object(field("Name", "TOKEN"),
                field("Value", context("Task.Token"))))))))).waitForTaskToken());
    m.put("Athena Query", Athena.startQueryExecution("SELECT * FROM sales")
        .queryExecutionContext(field("Database", "analytics"))
        .resultConfiguration(field("OutputLocation", "s3://results/athena/")).workGroup("primary")
        .sync());
    m.put("Athena Results", Athena.getQueryResults(path("$.QueryExecution.QueryExecutionId"))
        .maxResults(100));
    m.put("API Call", ApiGateway.invoke("abc123.execute-api.us-east-1.amazonaws.com", "POST")
        .stage("prod").path("/orders").requestBody(path("$.order")).authType("IAM_ROLE"));
    m.put("Get Item", DynamoDb.getItem("orders").key("id", AttributeValue.s(path("$.id")))
        .consistentRead(true));
    m.put("Put Item", DynamoDb.putItem("orders").item("id", AttributeValue.s(path("$.id")))
        .item("status", AttributeValue.s("NEW")));
    m.put("Update Item", DynamoDb.updateItem("orders").key("id", AttributeValue.s(path("$.id")))
        .updateExpression("SET #s = :s")
        .expressionAttributeNames(field("#s", "status"))
        .expressionAttributeValue(":s", AttributeValue.s("PAID")));
    m.put("Delete Item", DynamoDb.deleteItem("orders").key("id", AttributeValue.s(path("$.id"))));
    m.put("Notify", Sns.publish("arn:aws:sns:us-east-1:123456789012:orders", path("$.message"))
        .subject("Order update"));
    m.put("Enqueue", Sqs.sendMessage("https://sqs.us-east-1.amazonaws.com/123456789012/jobs",
        object(field("token", context("Task.Token")), field("job", path("$.job"))))
        .waitForTaskToken());
    m.put("Child Workflow", StepFunctions.startExecution(
        "arn:aws:states:us-east-1:123456789012:stateMachine:child")
        .input(object(field("order", path("$.order")),
            field("AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID", context("Execution.Id"))))
        .syncJson());
    m.put("Publish Event", EventBridge.putEvents(EventBridge.entries(
        EventBridge.entry("orders", "OrderPlaced", object(field("id", path("$.id")))))));
    m.put("Call API", Http.invoke("https://api.example.com/v1/orders", "GET",
        Http.connection("arn:aws:events:us-east-1:123456789012:connection/api/1"))
        .queryParameters(field("status", "open")));
    m.put("List Objects", AwsSdk.call("s3", "listObjectsV2").parameter("Bucket", text("logs")));
    m.put("Describe Cluster", AwsSdk.call("ecs", "describeClusters"));
    m.put("Approve", Activity.of("arn:aws:states:us-east-1:123456789012:activity:approve"));
    m.put("JSONata Lambda", Lambda.invoke("order-handler")
        .payload(jsonata("$states.input")));
    m.put("China Lambda", Lambda.invoke("order-handler").partition("aws-cn"));
    return m;
  }

  private static Workflow all() {
    List<Map.Entry<String, Integration>> entries = List.copyOf(integrations().entrySet());
    Step next = null;
    for (int i = entries.size() - 1; i >= 0; i--) {
      var t = task(entries.get(i).getKey()).call(entries.get(i).getValue());
      if (entries.get(i).getKey().startsWith("JSONata")) {
        t = t.queryLanguage(QueryLanguage.JSONATA);
      }
      next = next == null ? t.end() : t.next(next);
    }
    // the states are chained only to render them side by side: each reads what the result before
    // it lacks, which the validator's data-flow analysis rightly reports as PATH_NOT_FOUND
    return startAt(next).buildUnvalidated();
  }

  @Test
  void everyIntegrationRendersTheExpectedJson() {
    assertThat(JsonDiff.firstDifference(Resources.text("asl/integrations/all.asl.json"),
        all().toJson())).isEmpty();
  }

  @Test
  void everyServiceIntegrationsResourceParsesBackToItsParts() {
    for (Map.Entry<String, Integration> e : integrations().entrySet()) {
      if (e.getValue() instanceof ServiceIntegration<?> s) {
        assertThat(ResourceArn.parse(s.resource())).as(e.getKey()).contains(s.resourceArn());
        assertThat(s.resourceArn().pattern().suffix()).isEqualTo(s.patternSuffix());
      }
    }
    assertThat(AwsSdk.call("s3", "getObject").waitForTaskToken().partition("aws-us-gov")
        .resourceArn()).isEqualTo(new ResourceArn("aws-us-gov", "s3", "getObject",
            IntegrationPattern.WAIT_FOR_TASK_TOKEN, true));
  }

  @Test
  void patternsExistOnlyWhereTheServiceSupportsThem() throws Exception {
    assertThat(Glue.StartJobRun.class.getMethod("sync")).isNotNull();
    assertThat(methodNames(Glue.StartJobRun.class)).doesNotContain("waitForTaskToken");
    assertThat(methodNames(Lambda.Invoke.class)).doesNotContain("sync", "syncJson");
    assertThat(methodNames(DynamoDb.GetItem.class))
        .doesNotContain("sync", "syncJson", "waitForTaskToken");
    assertThat(methodNames(Http.Invoke.class)).doesNotContain("sync", "waitForTaskToken");
    assertThat(methodNames(StepFunctions.StartExecution.class))
        .contains("sync", "syncJson", "waitForTaskToken");
  }

  private static List<String> methodNames(Class<?> type) {
    return java.util.Arrays.stream(type.getMethods()).map(java.lang.reflect.Method::getName)
        .toList();
  }
}
