package io.asl4j.integrations;

import static io.asl4j.Asl.startAt;
import static io.asl4j.Asl.task;
import static io.asl4j.Values.field;
import static io.asl4j.Values.jsonata;
import static io.asl4j.Values.literal;
import static io.asl4j.Values.object;
import static io.asl4j.Values.path;
import static io.asl4j.integrations.AttributeValue.attribute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.json.AslWriter;
import io.asl4j.json.JsonValues;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.Value;
import io.asl4j.validation.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * The integrations know their services: ARN-only fields refuse other text given as a Java string,
 * with the validator's NOT_AN_ARN message, and DynamoDB attribute values are typed.
 */
class ServiceChecksTest {

  private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:orders";

  private static String compact(Value v) {
    return AslWriter.compact().write(v);
  }

  @Test
  void textThatIsNoArnIsRefusedInAnArnOnlyField() {
    assertThatThrownBy(() -> Sns.publish("orders", path("$.message")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Sns.publish: \"orders\" is not an ARN; sns:publish's TopicArn takes one, such"
            + " as arn:aws:sns:us-east-1:123456789012:orders, or a ${Name} placeholder filled in"
            + " at deployment (the IAM policy derived from the definition names it too); read it"
            + " at run time with path(..) or jsonata(..), or keep other text with literal(..)");
    assertThatThrownBy(() -> StepFunctions.startExecution("child"))
        .hasMessageStartingWith("StepFunctions.startExecution: \"child\" is not an ARN;"
            + " states:startExecution's StateMachineArn takes one, such as"
            + " arn:aws:states:us-east-1:123456789012:stateMachine:child,");
    assertThatThrownBy(() -> Http.connection("partner-api"))
        .hasMessageStartingWith("Http.connection: \"partner-api\" is not an ARN; http:invoke's"
            + " ConnectionArn takes one, such as"
            + " arn:aws:events:us-east-1:123456789012:connection/api/1,");
    assertThatThrownBy(() -> task("Call").resource("arn:aws:states:::lambda:invoke")
        .credentials("admin"))
        .hasMessageStartingWith("credentials: \"admin\" is not an ARN; Credentials' RoleArn takes"
            + " one, such as arn:aws:iam::123456789012:role/task,");
  }

  @Test
  void arnsPlaceholdersExpressionsAndExplicitLiteralsAreTaken() {
    assertThat(Sns.publish(TOPIC, path("$.m")).parameters()).isPresent();
    assertThat(Sns.publish("${TopicArn}", path("$.m")).parameters()).isPresent();
    assertThat(Sns.publish(path("$.topic"), path("$.m")).parameters()).isPresent();
    assertThat(Sns.publish(jsonata("$states.input.topic"), path("$.m")).parameters())
        .isPresent();
    // literal(..) keeps any text; build() then warns, as for the same JSON
    var w = startAt(task("Notify").call(Sns.publish(literal("TOPIC_ARN"), path("$.m"))).end())
        .build();
    assertThat(w.warnings()).extracting(Diagnostic::toString).containsExactly(
        "WARNING NOT_AN_ARN /States/Notify/Parameters/TopicArn: \"TOPIC_ARN\" is not an ARN;"
            + " sns:publish's TopicArn takes one, such as"
            + " arn:aws:sns:us-east-1:123456789012:orders, or a ${Name} placeholder filled in at"
            + " deployment (the IAM policy derived from the definition names it too)");
  }

  @Test
  void dynamoDbKeysAreTyped() {
    var get = DynamoDb.getItem("orders").key("id", AttributeValue.s(path("$.id")))
        .key("sk", AttributeValue.n(7));
    assertThat(compact(get.parameters().orElseThrow())).isEqualTo("{\"TableName\":\"orders\","
        + "\"Key\":{\"id\":{\"S.$\":\"$.id\"},\"sk\":{\"N\":\"7\"}}}");

    var workflow = startAt(task("Load").call(DynamoDb.getItem("orders").key("id",
        AttributeValue.s(jsonata("$states.input.id")))).end())
        .queryLanguage(QueryLanguage.JSONATA).build();
    assertThat(workflow.warnings()).isEmpty();
  }

  @Test
  void everyAttributeTypeIsWrittenAsDynamoDbReadsIt() {
    var put = DynamoDb.putItem("t")
        .item("s", AttributeValue.s("x"))
        .item("n", AttributeValue.n("12.50"))
        .item("b", AttributeValue.b("AAE="))
        .item("bool", AttributeValue.bool(true))
        .item("null", AttributeValue.nullValue())
        .item("l", AttributeValue.l(AttributeValue.s("a"), AttributeValue.n(1)))
        .item("m", AttributeValue.m(attribute("city", AttributeValue.s(path("$.city")))))
        .item("ss", AttributeValue.ss("a", "b"))
        .item("ns", AttributeValue.ns("1", "2.5"))
        .item("bs", AttributeValue.bs("AAE="))
        .item("typed", AttributeValue.from(path("$.typed")));

    assertThat(compact(put.parameters().orElseThrow())).isEqualTo("{\"TableName\":\"t\","
        + "\"Item\":{\"s\":{\"S\":\"x\"},\"n\":{\"N\":\"12.50\"},\"b\":{\"B\":\"AAE=\"},"
        + "\"bool\":{\"BOOL\":true},\"null\":{\"NULL\":true},"
        + "\"l\":{\"L\":[{\"S\":\"a\"},{\"N\":\"1\"}]},\"m\":{\"M\":{\"city\":{\"S.$\":\"$.city\"}}},"
        + "\"ss\":{\"SS\":[\"a\",\"b\"]},\"ns\":{\"NS\":[\"1\",\"2.5\"]},\"bs\":{\"BS\":[\"AAE=\"]},"
        + "\"typed.$\":\"$.typed\"}}");
  }

  @Test
  void anUntypedValueCannotBeWrittenFromTheDsl() {
    assertThatThrownBy(() -> DynamoDb.getItem("orders").parameter("Key",
        object(field("id", "o-1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DynamoDb.getItem: Key \"id\" is \"o-1\"; DynamoDB takes an attribute value"
            + " that names its type: use key(\"id\", AttributeValue.s(..)), or AttributeValue.n,"
            + " bool, m, l, ...");
    assertThatThrownBy(() -> DynamoDb.updateItem("orders").parameter("ExpressionAttributeValues",
        object(field(":s", object(field("status", "PAID"))))))
        .hasMessage("DynamoDb.updateItem: ExpressionAttributeValues \":s\" is an object without a"
            + " type; DynamoDB takes an attribute value that names its type: use"
            + " expressionAttributeValue(\":s\", AttributeValue.s(..)), or AttributeValue.n,"
            + " bool, m, l, ...");
    assertThatThrownBy(() -> DynamoDb.getItem("orders").key("id", AttributeValue.s("a"))
        .key("id", AttributeValue.s("b")))
        .hasMessage("DynamoDb.getItem: Key \"id\" is already set");
    assertThatThrownBy(() -> DynamoDb.getItem("orders").key(path("$.key"))
        .key("id", AttributeValue.s("b")))
        .hasMessage("DynamoDb.getItem: Key is already given whole (\"$.key\"); give it attribute"
            + " by attribute or whole, not both");
    assertThatThrownBy(() -> AttributeValue.n("forty-two"))
        .hasMessage("a DynamoDB number is written as decimal text, such as \"42\" or \"12.50\";"
            + " got \"forty-two\" (use n(path(..)) for a number read at run time)");
    assertThatThrownBy(() -> AttributeValue.s("$.id")).hasMessageContaining("use path(\"$.id\")");
    // typed values and expressions pass the escape hatch too
    assertThat(DynamoDb.getItem("orders").parameter("Key", object(field("id",
        object(field("S", "o-1"))))).parameters()).isPresent();
  }

  @Test
  void attributeValuesAreReadBackFromTheirJson() {
    String typed = "{\"L\":[{\"S\":\"a\"},{\"M\":{\"n\":{\"N\":\"1e3\"},\"x\":{\"NULL\":true}}},"
        + "{\"SS\":[\"a\"]},{\"BOOL\":false}]}";
    Value json = JsonValues.parsePathTemplate(typed);
    assertThat(AttributeValue.fromJson(json).map(AttributeValue::toJson)).contains(json);
    assertThat(AttributeValue.fromJson(JsonValues.parsePathTemplate("{\"S.$\": \"$.id\"}")))
        .contains(AttributeValue.s(path("$.id")));

    for (String untyped : new String[] {"\"o-1\"", "{\"id\": 1}", "{\"N\": 42}",
        "{\"NULL\": false}", "{\"S\": \"a\", \"N\": \"1\"}", "{\"L\": [\"a\"]}",
        "{\"NS\": [\"x\"]}"}) {
      assertThat(AttributeValue.fromJson(JsonValues.parsePathTemplate(untyped))).as(untyped)
          .isEmpty();
    }
  }
}
