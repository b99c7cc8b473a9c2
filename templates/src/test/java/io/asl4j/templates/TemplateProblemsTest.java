package io.asl4j.templates;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What is wrong with a template, said exactly, at its line and column. */
class TemplateProblemsTest {

  private static final String FLOW = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\","
      + " \"End\": true}}}";

  private static Template read(String name, String text) {
    return Template.read(name, text, null);
  }

  @Test
  void aTemplateWithoutStateMachines() {
    assertThatThrownBy(() -> read("t.yaml", """
        Resources:
          Topic:
            Type: AWS::SNS::Topic
        """))
        .isInstanceOf(TemplateException.class)
        .hasMessage("t.yaml:1:1: no state machine in the template; expected a resource of type"
            + " AWS::StepFunctions::StateMachine or AWS::Serverless::StateMachine, or"
            + " stepFunctions.stateMachines of the Serverless Framework");
  }

  @Test
  void aFileThatIsNoTemplate() {
    assertThatThrownBy(() -> read("flow.yaml", "StartAt: A\nStates: {}\n"))
        .hasMessage("flow.yaml:1:1: not a CloudFormation, SAM or Serverless template: expected"
            + " Resources (or stepFunctions in a Serverless file) at the top");
  }

  @Test
  void anUnknownLogicalIdListsTheKnownOnes() {
    Template t = Fixtures.read("sam-orders.yaml");

    assertThatThrownBy(() -> t.select("OrderFlw"))
        .hasMessage(t.name() + ":1:1: no state machine \"OrderFlw\" in the template (known:"
            + " \"OrderFlow\", \"ReportFlow\")");
  }

  @Test
  void anEmptySelectorListsTheKnownLogicalIds() {
    Template t = Fixtures.read("sam-orders.yaml");

    assertThatThrownBy(() -> t.select(""))
        .hasMessage(t.name() + ":1:1: the selector after \"" + t.name() + "#\" is empty; name a"
            + " state machine (known: \"OrderFlow\", \"ReportFlow\")");
  }

  @Test
  void severalStateMachinesNeedASelector() {
    Template t = Fixtures.read("sam-orders.yaml");

    assertThatThrownBy(() -> t.select(null))
        .hasMessage(t.name() + ":1:1: 2 state machines in the template; select one with "
            + t.name() + "#LogicalId (known: \"OrderFlow\", \"ReportFlow\")");
  }

  @Test
  void malformedYamlAtItsLineAndColumn() {
    assertThatThrownBy(() -> read("t.yaml", """
        Resources:
          Flow:
            Type: AWS::StepFunctions::StateMachine
           Properties: {}
        """))
        .hasMessage("t.yaml:4:4: malformed YAML: expected <block end>, but found '<block"
            + " mapping start>' (while parsing a block mapping at 2:3)");
  }

  @Test
  void malformedJsonAtItsLineAndColumn() {
    assertThatThrownBy(() -> read("t.json", "{\"Resources\": {\n  \"Flow\": [1,}\n}"))
        .hasMessage("t.json:2:14: malformed JSON: Unexpected character ('}' (code 125)):"
            + " expected a value");
  }

  @Test
  void aDefinitionStringThatIsNotJson() {
    Template t = read("t.yaml", """
        Resources:
          Flow:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              DefinitionString: !Sub |
                {
                  "StartAt": "A",
                  "States": {"A": {"Type": "Pass", "End": true,}}
                }
        """);

    assertThatThrownBy(() -> t.select("Flow").definition())
        .hasMessage("t.yaml:8:56: the DefinitionString of Flow is not JSON: malformed JSON:"
            + " Unexpected character ('}' (code 125)): was expecting double-quote to start"
            + " field name; expected the definition as JSON text");
  }

  @Test
  void aDefinitionInS3IsListedButNotRead() {
    Template t = Fixtures.read("cfn-payments.json");

    assertThatThrownBy(() -> t.select("ArchivedFlow").definition())
        .hasMessage(t.name() + ":69:9: the definition of ArchivedFlow is not in the template:"
            + " DefinitionS3Location points at s3://payments-artifacts/flows/archived.asl.json"
            + " (version 3); download it and give asl4j the file");
  }

  @Test
  void aDefinitionUriInS3() {
    Template t = read("t.yaml", """
        Resources:
          Flow:
            Type: AWS::Serverless::StateMachine
            Properties:
              DefinitionUri: s3://bucket/flow.asl.json
        """);

    assertThatThrownBy(() -> t.select("Flow").definition())
        .hasMessage("t.yaml:5:7: the definition of Flow is not in the template: DefinitionUri"
            + " points at s3://bucket/flow.asl.json; download it and give asl4j the file");
  }

  @Test
  void aMissingDefinitionUriFile() {
    Template t = Template.read("t.yaml", """
        Resources:
          Flow:
            Type: AWS::Serverless::StateMachine
            Properties:
              DefinitionUri: statemachine/missing.asl.json
        """, Fixtures.dir());

    assertThatThrownBy(() -> t.select("Flow").definition())
        .hasMessage("t.yaml:5:7: DefinitionUri of Flow names statemachine/missing.asl.json,"
            + " which does not exist; expected a definition file next to the template");
  }

  @Test
  void aStateMachineWithoutDefinitionOrWithTwo() {
    Template t = read("t.json", """
        {"Resources": {
          "None": {"Type": "AWS::StepFunctions::StateMachine", "Properties": {"RoleArn": "r"}},
          "Two": {"Type": "AWS::StepFunctions::StateMachine", "Properties": {
            "Definition": %s, "DefinitionString": "{}"}}}}
        """.formatted(FLOW));

    assertThatThrownBy(() -> t.select("None").definition())
        .hasMessage("t.json:2:3: None has no definition; expected Definition, DefinitionString"
            + " or DefinitionS3Location");
    assertThatThrownBy(() -> t.select("Two").definition())
        .hasMessage("t.json:4:5: Two has both Definition and DefinitionString; a state machine"
            + " takes one of Definition, DefinitionString or DefinitionS3Location");
  }

  @Test
  void anUnknownTagADuplicateKeyAndAnAlias() {
    assertThatThrownBy(() -> read("t.yaml", "Resources:\n  A: !Reff X\n"))
        .hasMessage("t.yaml:2:6: unknown tag !Reff; CloudFormation's short forms are !And,"
            + " !Base64, !Cidr, !Condition, !Equals, !FindInMap, !GetAZs, !GetAtt, !If,"
            + " !ImportValue, !Join, !Length, !Not, !Or, !Ref, !Select, !Split, !Sub,"
            + " !ToJsonString, !Transform");
    assertThatThrownBy(() -> read("t.yaml", "Resources:\n  A: 1\n  A: 2\n"))
        .hasMessage("t.yaml:3:3: duplicate key \"A\"; each key may appear once per object, or"
            + " one of the values would be lost");
    assertThatThrownBy(() -> read("t.yaml", "x: &a 1\nResources:\n  A: *a\n"))
        .hasMessage("t.yaml:3:6: the YAML alias *a is not supported; CloudFormation does not"
            + " resolve aliases, write the value out");
    assertThatThrownBy(() -> read("t.yaml", "Resources:\n  A: !GetAtt Fn\n"))
        .hasMessage("t.yaml:2:6: !GetAtt Fn names no attribute; expected !GetAtt"
            + " Resource.Attribute");
  }

  @Test
  void puttingBackTextThatIsNotJson() {
    Template t = Fixtures.read("sam-orders.yaml");

    assertThatThrownBy(() -> t.putBack("OrderFlow", "OrderFlow.asl.json", "{\"StartAt\": }"))
        .hasMessage("OrderFlow.asl.json:1:13: malformed JSON: Unexpected character ('}' (code"
            + " 125)): expected a value");
  }
}
