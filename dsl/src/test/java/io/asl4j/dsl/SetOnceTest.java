package io.asl4j.dsl;

import static io.asl4j.Asl.choice;
import static io.asl4j.Asl.fail;
import static io.asl4j.Asl.graph;
import static io.asl4j.Asl.map;
import static io.asl4j.Asl.parallel;
import static io.asl4j.Asl.pass;
import static io.asl4j.Asl.startAt;
import static io.asl4j.Asl.succeed;
import static io.asl4j.Asl.task;
import static io.asl4j.Asl.waitState;
import static io.asl4j.Conditions.booleanEquals;
import static io.asl4j.Values.field;
import static io.asl4j.Values.jsonata;
import static io.asl4j.Values.literal;
import static io.asl4j.Values.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.integrations.Activity;
import io.asl4j.integrations.Glue;
import io.asl4j.integrations.Sns;
import io.asl4j.model.ExecutionType;
import io.asl4j.model.JitterStrategy;
import io.asl4j.model.JsonObject;
import io.asl4j.model.Path;
import io.asl4j.model.QueryLanguage;
import io.asl4j.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * A single-valued setting given twice is refused at the second call, naming the first: every
 * builder family of the DSL, one message form.
 */
class SetOnceTest {

  private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:orders";

  private static TaskStep lambda(String name) {
    return task(name).resource("arn:aws:lambda:us-east-1:1:function:f");
  }

  @Test
  void failErrorAndCauseInEveryForm() {
    assertThatThrownBy(() -> fail("Oops").error("X").error(path("$.error")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Fail \"Oops\": Error is set already (by error(\"X\")); set it once");
    assertThatThrownBy(() -> fail("Oops").error(path("$.error")).error("X"))
        .hasMessage("Fail \"Oops\": Error is set already (by error(path(\"$.error\"))); set it"
            + " once");
    assertThatThrownBy(() -> fail("Oops").cause("first").cause(jsonata("$states.input.why")))
        .hasMessage("Fail \"Oops\": Cause is set already (by cause(\"first\")); set it once");
    assertThatThrownBy(() -> fail("Oops").cause(jsonata("$states.input.why")).cause("second"))
        .hasMessage("Fail \"Oops\": Cause is set already (by cause(jsonata("
            + "\"$states.input.why\"))); set it once");
  }

  @Test
  void taskTimeoutsHeartbeatsAndCredentials() {
    assertThatThrownBy(() -> lambda("Run").timeoutSeconds(30).timeout(path("$.timeout")))
        .hasMessage("Task \"Run\": TimeoutSeconds is set already (by timeoutSeconds(30)); set it"
            + " once");
    assertThatThrownBy(() -> lambda("Run").timeout(path("$.t")).timeoutSeconds(30))
        .hasMessage("Task \"Run\": TimeoutSeconds is set already (by timeout(path(\"$.t\")));"
            + " set it once");
    assertThatThrownBy(() -> lambda("Run").heartbeatSeconds(10).heartbeatSeconds(20))
        .hasMessage("Task \"Run\": HeartbeatSeconds is set already (by heartbeatSeconds(10)); set"
            + " it once");
    assertThatThrownBy(() -> lambda("Run").heartbeat(path("$.h")).heartbeatSeconds(20))
        .hasMessage("Task \"Run\": HeartbeatSeconds is set already (by heartbeat(path(\"$.h\")));"
            + " set it once");
    assertThatThrownBy(() -> lambda("Run").credentials("arn:aws:iam::1:role/a")
        .credentials(path("$.role")))
        .hasMessage("Task \"Run\": Credentials is set already (by credentials(field(\"RoleArn\","
            + " ..))); set it once");
  }

  @Test
  void parametersAfterATypedIntegrationNameWhatWouldBeLost() {
    assertThatThrownBy(() -> task("SNS Notify").call(Sns.publish(TOPIC,
        path("$.data.lambdaresult"))).parameters(field("Subject", "x")))
        .hasMessage("Task \"SNS Notify\": Parameters is set already (by call(sns:publish) with"
            + " TopicArn, Message); set it once: add members on the integration with"
            + " .parameter(name, value), or use resource(arn) with parameters(...)");
    assertThatThrownBy(() -> task("Run Job").call(Glue.startJobRun("etl").sync())
        .arguments(jsonata("$states.input")))
        .hasMessage("Task \"Run Job\": Arguments is set already (by call(glue:startJobRun.sync)"
            + " with JobName); set it once: a Glue job's own arguments (--name) are set with"
            + " Glue.startJobRun(..).jobArguments(..); add members on the integration with"
            + " .parameter(name, value), or use resource(arn) with arguments(...)");
    assertThatThrownBy(() -> lambda("Run").parameters(field("a", 1), field("b", 2))
        .parameters(field("c", 3)))
        .hasMessage("Task \"Run\": Parameters is set already (by parameters(field(\"a\", ..),"
            + " ..)); set it once");
  }

  @Test
  void dataFlowFieldsOfEveryState() {
    assertThatThrownBy(() -> lambda("Run").resultPath(path("$.r")).resultPath(Path.discard()))
        .hasMessage("Task \"Run\": ResultPath is set already (by resultPath(path(\"$.r\"))); set"
            + " it once");
    assertThatThrownBy(() -> pass("P").outputPath(Path.discard()).outputPath(path("$.x")))
        .hasMessage("Pass \"P\": OutputPath is set already (by outputPath(Path.discard())); set it"
            + " once");
    assertThatThrownBy(() -> succeed("S").inputPath(path("$.in")).inputPath(path("$.x")))
        .hasMessage("Succeed \"S\": InputPath is set already (by inputPath(path(\"$.in\"))); set"
            + " it once");
    assertThatThrownBy(() -> lambda("Run").resultSelector(field("id", path("$.Id")))
        .resultSelector(JsonObject.of("x", literal("y"))))
        .hasMessage("Task \"Run\": ResultSelector is set already (by resultSelector(field(\"id\","
            + " ..))); set it once");
    assertThatThrownBy(() -> pass("P").output(jsonata("$states.input")).output(literal("x")))
        .hasMessage("Pass \"P\": Output is set already (by output(jsonata(\"$states.input\")));"
            + " set it once");
    assertThatThrownBy(() -> pass("P").assign(field("a", 1)).assign(field("b", 2)))
        .hasMessage("Pass \"P\": Assign is set already (by assign(field(\"a\", ..))); set it"
            + " once");
    assertThatThrownBy(() -> pass("P").result(literal("a")).result(literal("b")))
        .hasMessage("Pass \"P\": Result is set already (by result(\"a\")); set it once");
    assertThatThrownBy(() -> pass("P").comment("one").comment("two"))
        .hasMessage("Pass \"P\": Comment is set already (by comment(\"one\")); set it once");
    assertThatThrownBy(() -> pass("P").queryLanguage(QueryLanguage.JSONATA)
        .queryLanguage(QueryLanguage.JSONPATH))
        .hasMessage("Pass \"P\": QueryLanguage is set already (by queryLanguage("
            + "QueryLanguage.JSONATA)); set it once");
  }

  @Test
  void waitAndChoice() {
    Step done = succeed("Done");
    assertThatThrownBy(() -> waitState("W").seconds(5).outputPath(path("$.a"))
        .outputPath(path("$.b")))
        .hasMessage("Wait \"W\": OutputPath is set already (by outputPath(path(\"$.a\"))); set it"
            + " once");
    assertThatThrownBy(() -> choice("Route").when(booleanEquals(path("$.x"), true), done)
        .otherwise(done).otherwise(fail("F")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Choice \"Route\": Default is set already (by otherwise(\"Done\")); set it"
            + " once");
    assertThatThrownBy(() -> Rule.of(booleanEquals(path("$.x"), true)).output(literal("a"))
        .output(literal("b")))
        .hasMessage("Choice rule: Output is set already (by output(\"a\")); set it once");
  }

  @Test
  void mapAndParallel() {
    Step item = succeed("Item");
    assertThatThrownBy(() -> map("M").processor(item).items(path("$.a")).items(path("$.b")))
        .hasMessage("Map \"M\": Items is set already (by items(path(\"$.a\"))); set it once");
    assertThatThrownBy(() -> map("M").processor(item).maxConcurrency(5)
        .maxConcurrency(path("$.n")))
        .hasMessage("Map \"M\": MaxConcurrency is set already (by maxConcurrency(5)); set it"
            + " once");
    assertThatThrownBy(() -> map("M").processor(item).inline().distributed(ExecutionType.EXPRESS))
        .hasMessage("Map \"M\": ProcessorConfig is set already (by inline()); set it once");
    assertThatThrownBy(() -> map("M").processor(item).toleratedFailurePercentage(5)
        .toleratedFailurePercentage(path("$.p")))
        .hasMessage("Map \"M\": ToleratedFailurePercentage is set already (by"
            + " toleratedFailurePercentage(5)); set it once");
    assertThatThrownBy(() -> map("M").processor(item).label("a").label("b"))
        .hasMessage("Map \"M\": Label is set already (by label(\"a\")); set it once");
    assertThatThrownBy(() -> parallel("Fan").branch(item).resultPath(path("$.r"))
        .resultPath(path("$.s")))
        .hasMessage("Parallel \"Fan\": ResultPath is set already (by resultPath(path(\"$.r\")));"
            + " set it once");
  }

  @Test
  void retryCatchGraphAndWorkflowSettings() {
    assertThatThrownBy(() -> Retry.policy().maxAttempts(3).maxAttempts(6))
        .hasMessage("Retry: MaxAttempts is set already (by maxAttempts(3)); set it once");
    assertThatThrownBy(() -> Retry.policy().jitter(JitterStrategy.FULL).jitter(JitterStrategy.NONE))
        .hasMessage("Retry: JitterStrategy is set already (by jitter(JitterStrategy.FULL)); set"
            + " it once");
    assertThatThrownBy(() -> Catch.resultPath(path("$.error")).withResultPath(path("$.e")))
        .hasMessage("Catch: ResultPath is set already (by resultPath(path(\"$.error\"))); set it"
            + " once");
    assertThatThrownBy(() -> graph(succeed("S")).comment("a").comment("b"))
        .hasMessage("Graph: Comment is set already (by comment(\"a\")); set it once");
    assertThatThrownBy(() -> startAt(succeed("S")).timeoutSeconds(60).timeoutSeconds(30))
        .hasMessage("Workflow: TimeoutSeconds is set already (by timeoutSeconds(60)); set it"
            + " once");
    assertThatThrownBy(() -> startAt(succeed("S")).type(Validator.WorkflowType.EXPRESS)
        .type(Validator.WorkflowType.STANDARD))
        .hasMessage("Workflow: WorkflowType is set already (by type(WorkflowType.EXPRESS)); set"
            + " it once");
  }

  @Test
  void integrationMembers() {
    assertThatThrownBy(() -> Sns.publish(TOPIC, literal("m")).subject("a").subject("b"))
        .hasMessage("Sns.publish: Subject is set already (by subject(\"a\")); set it once");
    assertThatThrownBy(() -> Sns.publish(TOPIC, literal("m")).parameter("Message", literal("n")))
        .hasMessage("Sns.publish: Message is set already (by message(\"m\")); set it once");
    assertThatThrownBy(() -> Activity.of("arn:aws:states:us-east-1:1:activity:a")
        .input(JsonObject.of("a", literal("b"))).input(JsonObject.of("c", literal("d"))))
        .hasMessage("Activity: Parameters is set already (by input(field(\"a\", ..))); set it"
            + " once");
  }

  @Test
  void aHalfBuiltStepIsStillBranchedFromWithDifferentSettings() {
    TaskStep base = lambda("Run").timeoutSeconds(30);
    assertThat(base.resultPath(path("$.a")).end().name()).isEqualTo("Run");
    assertThat(base.resultPath(path("$.b")).end().name()).isEqualTo("Run");
  }
}
