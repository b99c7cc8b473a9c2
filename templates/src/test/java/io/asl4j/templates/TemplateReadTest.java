package io.asl4j.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Finding state machines in templates and extracting their definitions. */
class TemplateReadTest {

  private static List<String> summary(Template t) {
    return t.stateMachines().stream().map(m -> m.logicalId() + " " + m.type() + " " + m.where()
        + " " + m.line() + ":" + m.column()).toList();
  }

  @Test
  void samYamlHasADefinitionObjectAndADefinitionUri() {
    Template t = Fixtures.read("sam-orders.yaml");

    assertThat(summary(t)).containsExactly(
        "OrderFlow AWS::Serverless::StateMachine Definition 29:7",
        "ReportFlow AWS::Serverless::StateMachine DefinitionUri statemachine/report.asl.json"
            + " 70:7");
  }

  @Test
  void intrinsicsInsideADefinitionBecomePlaceholdersListedAsSubstitutions() {
    StateMachine m = Fixtures.read("sam-orders.yaml").select("OrderFlow");

    assertThat(m.definition()).contains("\"Resource\": \"${ChargeFunction.Arn}\"",
        "\"TableName\": \"${TableName}\"", "\"TopicArn\": \"${OrderTopic}\"",
        "\"ResultPath\": null", "\"MaxAttempts\": 3");
    assertThat(m.substitutions()).containsExactly(
        Map.entry("TableName", "{\"Ref\":\"OrdersTable\"}"),
        Map.entry("ChargeFunction.Arn", "{\"Fn::GetAtt\":[\"ChargeFunction\",\"Arn\"]}"),
        Map.entry("OrderTopic", "{\"Ref\":\"OrderTopic\"}"));
    assertThat(m.file()).isEqualTo(Fixtures.path("sam-orders.yaml").toString());
  }

  @Test
  void aDefinitionUriIsTheFileAsWrittenWithItsSubstitutions() {
    StateMachine m = Fixtures.read("sam-orders.yaml").select("ReportFlow");

    assertThat(m.definition()).isEqualTo(Fixtures.text("statemachine/report.asl.json"));
    assertThat(m.file()).isEqualTo(Fixtures.path("statemachine/report.asl.json").toString());
    assertThat(m.substitutions()).containsExactly(
        Map.entry("ReportFunctionArn", "{\"Fn::GetAtt\":[\"ChargeFunction\",\"Arn\"]}"),
        Map.entry("Bucket", "{\"Fn::Sub\":\"reports-${AWS::AccountId}\"}"));
    assertThat(m.position("", 7, 19)).containsExactly(7, 19);
  }

  @Test
  void cloudFormationJsonHoldsDefinitionsAsSubJoinObjectAndS3Location() {
    Template t = Fixtures.read("cfn-payments.json");

    assertThat(summary(t)).containsExactly(
        "PaymentsFlow AWS::StepFunctions::StateMachine DefinitionString (Fn::Sub) 21:9",
        "RefundFlow AWS::StepFunctions::StateMachine DefinitionString (Fn::Join) 33:9",
        "AuditFlow AWS::StepFunctions::StateMachine Definition 46:9",
        "ArchivedFlow AWS::StepFunctions::StateMachine DefinitionS3Location"
            + " s3://payments-artifacts/flows/archived.asl.json (version 3) 69:9");
    assertThat(t.stateMachines()).extracting(StateMachine::isReadable)
        .containsExactly(true, true, true, false);
  }

  @Test
  void aSubStringIsTheDefinitionAsWrittenAndItsVariablesAreSubstitutions() {
    StateMachine m = Fixtures.read("cfn-payments.json").select("PaymentsFlow");

    assertThat(m.definition()).startsWith("{\n  \"StartAt\": \"Enqueue\",\n")
        .contains("\"Resource\": \"arn:${AWS::Partition}:states:::sqs:sendMessage\"",
            "\"QueueUrl\": \"${QueueUrl}\"");
    assertThat(m.substitutions()).containsExactly(
        Map.entry("QueueUrl", "{\"Ref\":\"PaymentQueue\"}"));
  }

  @Test
  void aJoinIsItsPartsJoinedWithIntrinsicsAsSubWritesThem() {
    StateMachine m = Fixtures.read("cfn-payments.json").select("RefundFlow");

    assertThat(m.definition()).isEqualTo("{\"StartAt\":\"Refund\",\"States\":{\"Refund\":"
        + "{\"Type\":\"Task\",\"Resource\":\"${RefundFunction.Arn}\",\"TimeoutSeconds\":30,"
        + "\"End\":true}}}");
    assertThat(m.substitutions()).containsExactly(
        Map.entry("RefundFunction.Arn", "{\"Fn::GetAtt\":[\"RefundFunction\",\"Arn\"]}"));
  }

  @Test
  void anIntrinsicThatIsNeitherRefNorGetAttGetsItsFunctionsName() {
    String template = """
        {"Resources": {"F": {"Type": "AWS::StepFunctions::StateMachine", "Properties": {
          "Definition": {"StartAt": "A", "States": {"A": {"Type": "Task",
            "Resource": {"Fn::ImportValue": "shared-fn"},
            "Parameters": {"a": {"Fn::ImportValue": "shared-fn"},
              "b": {"Fn::Select": [0, {"Fn::GetAZs": ""}]}, "c": "${ImportValue1}"},
            "End": true}}}}}}}
        """;

    StateMachine m = Template.read("t.json", template, null).select(null);

    assertThat(m.definition()).contains("\"Resource\": \"${ImportValue2}\"",
        "\"a\": \"${ImportValue2}\"", "\"b\": \"${Select1}\"", "\"c\": \"${ImportValue1}\"");
    assertThat(m.substitutions()).containsExactly(
        Map.entry("ImportValue2", "{\"Fn::ImportValue\":\"shared-fn\"}"),
        Map.entry("Select1", "{\"Fn::Select\":[0,{\"Fn::GetAZs\":\"\"}]}"));
  }

  @Test
  void aSubBlockInYamlIsTheDefinitionAsWritten() {
    StateMachine m = Fixtures.read("cfn-ingest.yaml").select(null);

    assertThat(m.where()).isEqualTo("DefinitionString (Fn::Sub)");
    assertThat(m.definition()).startsWith("{\n  \"Comment\": \"Ingests a batch\",\n")
        .contains("\"Resource\": \"${IngestFunction.Arn}\"").endsWith("}\n");
    assertThat(m.substitutions()).isEmpty();
  }

  @Test
  void serverlessFrameworkStateMachinesKeepTheirVariablesAsText() {
    Template t = Fixtures.read("serverless.yml");

    assertThat(summary(t)).containsExactly("greet serverless-step-functions definition 20:7");
    StateMachine m = t.select("greet");
    assertThat(m.definition()).contains("\"Resource\": \"${hello.Arn}\"",
        "\"QueueUrl\": \"https://sqs.${aws:region}.amazonaws.com/${aws:accountId}"
            + "/${self:service}-${opt:stage}\"");
    assertThat(m.substitutions()).containsExactly(
        Map.entry("hello.Arn", "{\"Fn::GetAtt\":[\"hello\",\"Arn\"]}"));
  }

  @Test
  void positionsPointIntoTheTemplate() {
    StateMachine order = Fixtures.read("sam-orders.yaml").select("OrderFlow");
    StateMachine ingest = Fixtures.read("cfn-ingest.yaml").select(null);
    StateMachine payments = Fixtures.read("cfn-payments.json").select("PaymentsFlow");
    StateMachine refund = Fixtures.read("cfn-payments.json").select("RefundFlow");

    // a member's name, through the tree
    assertThat(order.position("/States/Charge/Resource", 0, 0)).containsExactly(35, 13);
    assertThat(order.position("/States/Charge/Retry/0/MaxAttempts", 0, 0))
        .containsExactly(38, 17);
    assertThat(order.position("/States/Nowhere/Next", 0, 0)).containsExactly(32, 9);
    // a line and column of a literal block: the block's lines, moved right by its indentation
    assertThat(ingest.position("/States/Ingest/Resource", 7, 7)).containsExactly(25, 15);
    // a line and column of a JSON string: escapes counted
    assertThat(payments.position("/States/Enqueue/Type", 5, 7)).containsExactly(23, 89);
    // a Join: where it is
    assertThat(refund.position("/States/Refund", 1, 30)).containsExactly(33, 9);
  }

  @Test
  void shortTagsReadAsTheirLongForms() {
    String yaml = """
        a: !Sub "x-${Y}"
        b: !GetAtt Fn.Arn
        c: !GetAtt Stack.Outputs.Name
        d: !GetAtt [Fn, Arn]
        e: !Ref X
        f: !Join ["", [a, !Ref B]]
        g: !If [C, !Ref A, !Ref "AWS::NoValue"]
        h: !Select [0, !GetAZs '']
        i: !Split [",", !ImportValue list]
        j: !FindInMap [M, K, V]
        k: !Base64 text
        l: !Cidr [10.0.0.0/16, 4, 8]
        m: !And [!Equals [a, b], !Or [!Not [!Condition C], !Condition D]]
        n: !Transform {Name: AWS::Include, Parameters: {Location: s3://b/k}}
        """;
    String json = """
        {"a": {"Fn::Sub": "x-${Y}"}, "b": {"Fn::GetAtt": ["Fn", "Arn"]},
         "c": {"Fn::GetAtt": ["Stack", "Outputs.Name"]}, "d": {"Fn::GetAtt": ["Fn", "Arn"]},
         "e": {"Ref": "X"}, "f": {"Fn::Join": ["", ["a", {"Ref": "B"}]]},
         "g": {"Fn::If": ["C", {"Ref": "A"}, {"Ref": "AWS::NoValue"}]},
         "h": {"Fn::Select": [0, {"Fn::GetAZs": ""}]},
         "i": {"Fn::Split": [",", {"Fn::ImportValue": "list"}]},
         "j": {"Fn::FindInMap": ["M", "K", "V"]}, "k": {"Fn::Base64": "text"},
         "l": {"Fn::Cidr": ["10.0.0.0/16", 4, 8]},
         "m": {"Fn::And": [{"Fn::Equals": ["a", "b"]},
               {"Fn::Or": [{"Fn::Not": [{"Condition": "C"}]}, {"Condition": "D"}]}]},
         "n": {"Fn::Transform": {"Name": "AWS::Include", "Parameters": {"Location": "s3://b/k"}}}}
        """;

    TemplateNode fromYaml = TemplateParser.parse("t.yaml", yaml, true);
    TemplateNode fromJson = TemplateParser.parse("t.json", json, false);

    assertThat(fromYaml.sameTree(fromJson)).as(fromYaml + "\n" + fromJson).isTrue();
  }

  @Test
  void aDotTemplateFileIsYamlOrJsonByItsFirstCharacter() {
    String yaml = Fixtures.text("cfn-ingest.yaml");
    String json = Fixtures.text("cfn-payments.json");

    assertThat(Template.read("ingest.template", yaml, null).toString())
        .isEqualTo("ingest.template (YAML, 1 state machine)");
    assertThat(Template.read("payments.template", json, null).toString())
        .isEqualTo("payments.template (JSON, 4 state machines)");
    assertThat(Template.isTemplate("ingest.template", yaml)).isTrue();
  }

  @Test
  void aTemplateIsToldFromADefinition() {
    assertThat(Template.isTemplate("flow.asl.json", "{\"StartAt\":\"A\",\"States\":{}}"))
        .isFalse();
    assertThat(Template.isTemplate("flow.asl.json",
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Task\",\"Resource\":\"x\","
            + "\"Parameters\":{\"Resources\":[]},\"End\":true}}}")).isFalse();
    assertThat(Template.isTemplate("t.json", "{\"Resources\":{}}")).isTrue();
    assertThat(Template.isTemplate("t.json", "{\"AWSTemplateFormatVersion\":\"2010-09-09\"}"))
        .isTrue();
    assertThat(Template.isTemplate("t.yaml", "anything")).isTrue();
  }
}
