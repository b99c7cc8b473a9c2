package io.asl4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.Workflow;
import io.asl4j.json.AslReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator: output that compiles and reproduces its input, for friendly and hostile input. */
class JavaGeneratorTest {

  private static final Path SEEDS = Path.of(System.getProperty("asl4j.seeds",
      "../../shared/seed-workflows"));

  /** Generates, compiles in memory, runs {@code workflow()} and returns the first problem. */
  private static Optional<String> roundTrip(String json, String className) {
    return JavaGenerator.create().packageName("gen").className(className).verify(json).problem();
  }

  @Test
  void theSeedWorkflowsComeBackExactly() throws Exception {
    for (String seed : new String[] {"1-glue-lambda-sns", "2-catch-notify-fail",
        "3-choice-glue-a-or-b"}) {
      String json = Files.readString(SEEDS.resolve(seed + ".asl.json"));
      assertThat(roundTrip(json, "Seed" + seed.charAt(0))).as(seed).isEmpty();
    }
  }

  @Test
  void outputIsTheGoldenJavaAndDeterministic() throws Exception {
    Path seed = SEEDS.resolve("2-catch-notify-fail.asl.json");
    JavaGenerator g = JavaGenerator.create().packageName("com.example.flows")
        .className("CatchNotifyFail");
    String expected = new String(JavaGeneratorTest.class.getResourceAsStream(
        "/codegen/CatchNotifyFail.java").readAllBytes(), StandardCharsets.UTF_8);

    assertThat(g.generate(seed)).isEqualTo(expected);
    assertThat(g.generate(seed)).isEqualTo(g.generate(seed));
  }

  @Test
  void hostileTextStaysData() throws Exception {
    String nasty = "q\\\"uote \\\\ back */ end /* \\\\u000a newline $ $$ $L $S 😀 \\u2028";
    String json = """
        {"Comment": "*/ static { System.exit(1); } /* \\\\u000a @param x <b>&amp;",
         "StartAt": "class",
         "States": {
          "class": {"Type": "Pass", "Comment": "\\\\u000d */", "Result": {"v": "%1$s"},
            "Next": "%1$s"},
          "%1$s": {"Type": "Pass", "Parameters": {"k\\\\u000a.$": "$.x", "%1$s": "%1$s"},
            "Next": "a b"},
          "a b": {"Type": "Pass", "Next": "a-b"},
          "a-b": {"Type": "Pass", "Next": "aB"},
          "aB": {"Type": "Pass", "Next": "new"},
          "new": {"Type": "Choice", "Choices": [
            {"Variable": "$.v", "StringEquals": "%1$s", "Next": "steps"}],
            "Default": "steps"},
          "steps": {"Type": "Succeed"}
         }}""".formatted(nasty);

    assertThat(roundTrip(json, "Hostile")).isEmpty();
    String source = JavaGenerator.create().className("Hostile").generate(json);
    assertThat(source).contains(" * *&#47; static &#123; System.exit(1); &#125; /* &#92;u000a"
        + " &#64;param x &lt;b&gt;&amp;amp;");
  }

  @Test
  void loopsUseReferences() throws Exception {
    String json = """
        {"StartAt": "Poll", "States": {
          "Poll": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Done?"},
          "Done?": {"Type": "Choice", "Choices": [
            {"Variable": "$.done", "BooleanEquals": true, "Next": "Finish"}], "Default": "Wait"},
          "Wait": {"Type": "Wait", "Seconds": 10, "Next": "Poll"},
          "Finish": {"Type": "Succeed"}}}""";

    assertThat(roundTrip(json, "Loop")).isEmpty();
    assertThat(JavaGenerator.create().className("Loop").generate(json))
        .contains(".next(ref(\"Poll\"))");
  }

  @Test
  void aTwoThousandRuleChoiceIsSplitIntoMethods() throws Exception {
    StringBuilder rules = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      rules.append(i == 0 ? "" : ",").append("{\"Variable\": \"$.n\", \"NumericEquals\": ")
          .append(i).append(", \"Next\": \"").append(i % 2 == 0 ? "Even" : "Odd").append("\"}");
    }
    String json = "{\"StartAt\": \"Route\", \"States\": {\"Route\": {\"Type\": \"Choice\","
        + " \"Choices\": [" + rules + "], \"Default\": \"Even\"},"
        + " \"Even\": {\"Type\": \"Succeed\"}, \"Odd\": {\"Type\": \"Succeed\"}}}";

    assertThat(roundTrip(json, "BigChoice")).isEmpty();
    assertThat(JavaGenerator.create().className("BigChoice").generate(json))
        .contains("private static ChoiceStep routeRules20(ChoiceStep c, Map<String, Step> steps)");
  }

  @Test
  void invalidDefinitionsAreBuiltUnvalidated() throws Exception {
    String json = """
        {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "not a uri", "End": true}}}""";

    assertThat(roundTrip(json, "Invalid")).isEmpty();
    assertThat(JavaGenerator.create().className("Invalid").generate(json))
        .contains(".buildUnvalidated()");
  }

  @Test
  void unknownFieldsCannotBeGenerated() {
    Workflow w = AslReader.create().keepUnknownFields(true).read("""
        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Input": 1, "End": true}}}""");

    assertThatThrownBy(() -> JavaGenerator.create().generate(w))
        .isInstanceOf(GenerationException.class)
        .hasMessage("/States/A: unknown fields [Input] cannot be written with the DSL");
  }

  @Test
  void namesAreChecked() {
    assertThatThrownBy(() -> JavaGenerator.create().className("class"))
        .hasMessage("not a Java class name: \"class\"");
    assertThatThrownBy(() -> JavaGenerator.create().packageName("a..b"))
        .hasMessage("not a Java package name: \"a..b\"");
  }

  @Test
  void writesIntoThePackageDirectory(@TempDir Path dir) throws Exception {
    Workflow w = Workflow.fromJson(Files.readString(SEEDS.resolve("1-glue-lambda-sns.asl.json")));

    Path file = JavaGenerator.create().packageName("a.b").className("Flow").writeTo(w, dir);

    assertThat(file).isEqualTo(dir.resolve("a/b/Flow.java"));
    assertThat(Files.readString(file)).startsWith("// Generated by asl4j.\n// Edit freely");
  }

  @Test
  void typedIntegrationsIntrinsicsAndContextPaths() throws Exception {
    String json = """
        {"StartAt": "Run", "States": {
          "Run": {"Type": "Task", "Resource": "arn:aws:states:::glue:startJobRun.sync",
            "Parameters": {"JobName": "etl", "Arguments": {"--day.$": "$.day"}}, "Next": "Notify"},
          "Notify": {"Type": "Task", "Resource": "arn:aws-cn:states:::sns:publish",
            "Parameters": {"TopicArn": "arn:aws-cn:sns:cn-north-1:123456789012:t",
              "Message.$": "States.Format('run {} done', $$.Execution.Id)"}, "Next": "Sdk"},
          "Sdk": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:s3:listObjectsV2",
            "Parameters": {"Bucket": "b"}, "Next": "Legacy"},
          "Legacy": {"Type": "Task",
            "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f:live",
            "Parameters": {"x.$": "States.Array(1, 'a', $.y)"}, "Next": "Odd"},
          "Odd": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
            "Parameters": {"Message.$": "States.Format('{}',$.x)"}, "End": true}}}""";

    assertThat(roundTrip(json, "Typed")).isEmpty();
    assertThat(JavaGenerator.create().className("Typed").generate(json)).contains(
        ".call(Glue.startJobRun(\"etl\")\n",
        ".jobArguments(object(\n",
        ".sync())",
        ".call(Sns.publish(\"arn:aws-cn:sns:cn-north-1:123456789012:t\","
            + " Intrinsics.format(\"run {} done\", context(\"Execution.Id\")))\n",
        ".partition(\"aws-cn\"))",
        ".call(AwsSdk.call(\"s3\", \"listObjectsV2\")\n",
        ".parameter(\"Bucket\", literal(\"b\")))",
        ".call(Lambda.function(\"arn:aws:lambda:us-east-1:123456789012:function:f:live\"))",
        "field(\"x\", Intrinsics.array(Intrinsics.num(1), Intrinsics.str(\"a\"), path(\"$.y\")))",
        // a spelling the typed form would change keeps its text
        "Intrinsic.of(\"States.Format('{}',$.x)\")");
  }

  @Test
  void anIntegrationsPayloadFollowsTheQueryLanguageWithoutASwitch() throws Exception {
    String json = """
        {"QueryLanguage": "JSONata", "StartAt": "Price", "States": {
          "Price": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Arguments": {"FunctionName": "price", "Payload": "{% $states.input %}"},
            "Next": "Odd"},
          "Odd": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Parameters": {"FunctionName": "price"}, "End": true}}}""";

    assertThat(roundTrip(json, "Jsonata")).isEmpty();
    String java = JavaGenerator.create().className("Jsonata").generate(json);
    assertThat(java).contains(".call(Lambda.invoke(\"price\")\n",
        ".payload(jsonata(\"$states.input\")))\n",
        // Parameters in a JSONata state (which AWS refuses) is no integration's payload
        ".resource(\"arn:aws:states:::lambda:invoke\")\n");
    assertThat(java).doesNotContain("asArguments");
  }

  @Test
  void typedDynamoDbValuesAreWrittenTypedAndUntypedOnesKeepTheirJson() throws Exception {
    String json = """
        {"StartAt": "Get", "States": {
          "Get": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem",
            "Parameters": {"TableName": "orders", "Key": {"id": {"S.$": "$.id"},
              "n": {"N": "1.50"}, "m": {"M": {"l": {"L": [{"BOOL": true}, {"NULL": true}]}}},
              "ss": {"SS": ["a"]}, "t.$": "$.typed"}}, "Next": "Whole"},
          "Whole": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:updateItem",
            "Parameters": {"TableName": "orders", "Key.$": "$.key",
              "UpdateExpression": "SET #s = :s", "ExpressionAttributeNames": {"#s": "status"},
              "ExpressionAttributeValues": {":s": {"S": "PAID"}}}, "Next": "Untyped"},
          "Untyped": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem",
            "Parameters": {"TableName": "orders", "Key": {"id": "o-1"}}, "End": true}}}""";

    assertThat(roundTrip(json, "Items")).isEmpty();
    assertThat(JavaGenerator.create().className("Items").generate(json)).contains(
        ".call(DynamoDb.getItem(\"orders\")\n",
        ".key(\"id\", AttributeValue.s(path(\"$.id\")))\n",
        ".key(\"n\", AttributeValue.n(\"1.50\"))\n",
        ".key(\"m\", AttributeValue.m(AttributeValue.attribute(\"l\","
            + " AttributeValue.l(AttributeValue.bool(true), AttributeValue.nullValue()))))\n",
        ".key(\"ss\", AttributeValue.ss(\"a\"))\n",
        ".key(\"t\", AttributeValue.from(path(\"$.typed\"))))",
        ".call(DynamoDb.updateItem(\"orders\")\n",
        ".key(path(\"$.key\"))\n",
        ".expressionAttributeValue(\":s\", AttributeValue.s(\"PAID\")))",
        // an untyped key keeps the JSON it has, with .resource(arn)
        ".resource(\"arn:aws:states:::dynamodb:getItem\")");
  }

  @Test
  void emptyListsAreRefusedNotDropped() {
    assertThatThrownBy(() -> JavaGenerator.create().generate("""
        {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Retry": [], "End": true}}}"""))
        .isInstanceOf(GenerationException.class)
        .hasMessage("/States/A/Retry: an empty Retry list cannot be written with the DSL; remove"
            + " it (it means the same as no Retry)");
    assertThatThrownBy(() -> JavaGenerator.create().generate("""
        {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Catch": [{"ErrorEquals": [], "Next": "B"}], "End": true}, "B": {"Type": "Succeed"}}}"""))
        .isInstanceOf(GenerationException.class)
        .hasMessage("/States/A/Catch: a catcher with an empty ErrorEquals cannot be written with"
            + " the DSL (Step Functions rejects it too)");
  }
}
