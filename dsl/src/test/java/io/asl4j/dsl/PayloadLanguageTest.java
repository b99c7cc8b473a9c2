package io.asl4j.dsl;

import static io.asl4j.Asl.parallel;
import static io.asl4j.Asl.pass;
import static io.asl4j.Asl.startAt;
import static io.asl4j.Asl.task;
import static io.asl4j.Values.field;
import static io.asl4j.Values.jsonata;
import static io.asl4j.Values.object;
import static io.asl4j.Values.path;
import static io.asl4j.Values.variable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.asl4j.Intrinsics;
import io.asl4j.Workflow;
import io.asl4j.WorkflowBuilder;
import io.asl4j.integrations.Glue;
import io.asl4j.integrations.Lambda;
import io.asl4j.integrations.Sns;
import io.asl4j.model.JsonObject;
import io.asl4j.model.ParallelState;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.TaskState;
import org.junit.jupiter.api.Test;

/**
 * An integration's payload follows the state's query language ({@code Parameters} in JSONPath,
 * {@code Arguments} in JSONata), and a value of the other language is refused at build time with
 * the state, the field, the value and the fix.
 */
class PayloadLanguageTest {

  private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:orders";

  private static TaskState task0(Workflow w, String name) {
    return (TaskState) w.states().get(name);
  }

  @Test
  void theSameIntegrationWritesParametersInJsonPathAndArgumentsInJsonata() {
    Step notify = task("Notify").call(Sns.publish(TOPIC, jsonata("$states.input.message")))
        .end();
    TaskState inJsonata = task0(startAt(notify).queryLanguage(QueryLanguage.JSONATA).build(),
        "Notify");
    assertThat(inJsonata.parameters()).isEmpty();
    assertThat(inJsonata.arguments()).contains(JsonObject.of(field("TopicArn", TOPIC),
        field("Message", jsonata("$states.input.message"))));

    TaskState inJsonPath = task0(startAt(task("Notify").call(Sns.publish(TOPIC,
        path("$.message"))).end()).build(), "Notify");
    assertThat(inJsonPath.arguments()).isEmpty();
    assertThat(inJsonPath.parameters()).contains(JsonObject.of(field("TopicArn", TOPIC),
        field("Message", path("$.message"))));
  }

  @Test
  void aStateAndTheStatesOfItsBranchesFollowTheStatesOwnQueryLanguage() {
    Step load = task("Load").call(Lambda.invoke("load").payload(jsonata("$states.input")))
        .end();
    Workflow w = startAt(parallel("Both").branch(load).queryLanguage(QueryLanguage.JSONATA)
        .next(task("Log").call(Lambda.invoke("log").payload(path("$"))).end())).build();

    ParallelState both = (ParallelState) w.states().get("Both");
    TaskState inBranch = (TaskState) both.branches().get(0).states().get("Load");
    assertThat(inBranch.arguments()).isPresent();
    assertThat(inBranch.parameters()).isEmpty();
    assertThat(task0(w, "Log").parameters()).isPresent();
  }

  @Test
  void aPayloadSetByHandAfterCallIsRefusedAtTheCall() {
    TaskStep notify = task("Notify").call(Sns.publish(TOPIC, path("$.message")));
    assertThatThrownBy(() -> notify.parameters(field("Subject", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Task \"Notify\": Parameters is set already (by call(sns:publish) with"
            + " TopicArn, Message); set it once: add members on the integration with"
            + " .parameter(name, value), or use resource(arn) with parameters(...)");
    assertThatThrownBy(() -> notify.arguments(field("Subject", "x")))
        .hasMessage("Task \"Notify\": Arguments is set already (by call(sns:publish) with"
            + " TopicArn, Message); set it once: add members on the integration with"
            + " .parameter(name, value), or use resource(arn) with arguments(...)");
  }

  @Test
  void aGlueJobsArgumentsAreNotTheTasksArguments() {
    TaskStep run = task("Run").call(Glue.startJobRun("etl").jobArguments(field("--day",
        path("$.day"))));
    assertThat(task0(startAt(run.end()).build(), "Run").parameters()).contains(JsonObject.of(
        field("JobName", "etl"), field("Arguments", object(field("--day", path("$.day"))))));

    assertThatThrownBy(() -> run.arguments(field("--mode", "full")))
        .hasMessage("Task \"Run\": Arguments is set already (by call(glue:startJobRun) with"
            + " JobName, Arguments); set it once: a Glue job's own arguments (--name) are set"
            + " with Glue.startJobRun(..).jobArguments(..); add members on the integration with"
            + " .parameter(name, value), or use resource(arn) with arguments(...)");

    WorkflowBuilder byHand = startAt(task("Run").resource("arn:aws:states:::glue:startJobRun.sync")
        .arguments(field("--day", jsonata("$states.input.day"))).end());
    assertThat(catchThrowableOfType(DefinitionException.class, byHand::build).problems())
        .containsExactly("/States/Run/Arguments: \"Arguments\" is a JSONata field; this state"
            + " uses JSONPath (set \"QueryLanguage\": \"JSONata\", or use Parameters,"
            + " ResultSelector and OutputPath); a Glue job's own arguments (--name) go inside"
            + " Parameters, as {\"Arguments\": {\"--name\": ...}}"
            + " (Glue.startJobRun(..).jobArguments(..) in the DSL) [JSONATA_FIELD_IN_JSONPATH]");
  }

  @Test
  void aJsonPathValueInAJsonataStateIsRefusedWithItsTranslation() {
    WorkflowBuilder w = startAt(task("Notify").call(Sns.publish(TOPIC, path("$.message"))
        .subject(variable("subject"))).end()).queryLanguage(QueryLanguage.JSONATA);

    assertThat(catchThrowableOfType(DefinitionException.class, w::build).problems())
        .containsExactly(
            "/States/Notify/Arguments/Message: path(\"$.message\") is JSONPath, but this state"
                + " uses JSONata, where it is not evaluated (it would be written as a \".$\""
                + " member and passed as text); use jsonata(\"$states.input.message\")"
                + " [VALUE_IN_OTHER_QUERY_LANGUAGE]",
            "/States/Notify/Arguments/Subject: path(\"$subject\") is JSONPath, but this state"
                + " uses JSONata, where it is not evaluated (it would be written as a \".$\""
                + " member and passed as text); use jsonata(\"$subject\")"
                + " [VALUE_IN_OTHER_QUERY_LANGUAGE]");
  }

  @Test
  void aJsonPathValueWithoutASimpleTranslationIsRefusedToo() {
    WorkflowBuilder w = startAt(pass("Shape").output(object(field("name", path("$['a b']")),
        field("id", Intrinsics.uuid()))).end()).queryLanguage(QueryLanguage.JSONATA);

    assertThat(catchThrowableOfType(DefinitionException.class, w::build).problems())
        .containsExactly(
            "/States/Shape/Output/name: path(\"$['a b']\") is JSONPath, but this state uses"
                + " JSONata, where it is not evaluated (it would be written as a \".$\" member"
                + " and passed as text); use jsonata(..), which reads the input as $states.input"
                + " and the context as $states.context [VALUE_IN_OTHER_QUERY_LANGUAGE]",
            "/States/Shape/Output/id: the intrinsic States.UUID() is JSONPath, but this state"
                + " uses JSONata, where it is not evaluated (it would be written as a \".$\""
                + " member and passed as text); use jsonata(..), which reads the input as"
                + " $states.input and the context as $states.context"
                + " [VALUE_IN_OTHER_QUERY_LANGUAGE]");
  }

  @Test
  void aJsonataValueInAJsonPathStateIsRefusedInsteadOfGoingOutAsText() {
    WorkflowBuilder w = startAt(pass("Shape").parameters(
        field("first", jsonata("$states.input.items[0]")),
        field("count", jsonata("$count($states.input.items)"))).end());

    assertThat(catchThrowableOfType(DefinitionException.class, w::build).problems())
        .containsExactly(
            "/States/Shape/Parameters/first: jsonata(\"$states.input.items[0]\") is a JSONata"
                + " expression, but this state uses JSONPath, which passes it on as the text"
                + " \"{% $states.input.items[0] %}\"; use path(\"$.items[0]\"), or set"
                + " queryLanguage(QueryLanguage.JSONATA) on the state or the workflow"
                + " [VALUE_IN_OTHER_QUERY_LANGUAGE]",
            "/States/Shape/Parameters/count: jsonata(\"$count($states.input.items)\") is a"
                + " JSONata expression, but this state uses JSONPath, which passes it on as the"
                + " text \"{% $count($states.input.items) %}\"; use path(..) or an intrinsic, or"
                + " set queryLanguage(QueryLanguage.JSONATA) on the state or the workflow"
                + " [VALUE_IN_OTHER_QUERY_LANGUAGE]");
  }
}
