package io.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Definitions inside templates on the command line: {@code asl4j extract} (list, write, put back)
 * and {@code TEMPLATE#LogicalId} for {@code validate}, {@code generate} and {@code render}.
 */
class TemplatesCommandTest extends CommandHarness {

  private static final String SAM = """
      Transform: AWS::Serverless-2016-10-31
      Resources:
        ChargeFunction:
          Type: AWS::Serverless::Function
          Properties:
            Handler: charge.handler
            Runtime: python3.12
        # charges, then records
        OrderFlow:
          Type: AWS::Serverless::StateMachine
          Properties:
            Definition:
              StartAt: Charge
              States:
                Charge:
                  Type: Task
                  Resource: !GetAtt ChargeFunction.Arn
                  Next: Record
                Record:
                  Type: Task
                  Resource: arn:aws:states:::dynamodb:putItem
                  Parameters:
                    TableName: ${TableName}
                    Item:
                      id:
                        S.$: $.id
                  End: true
            DefinitionSubstitutions:
              TableName: !Ref OrdersTable
        ReportFlow:
          Type: AWS::Serverless::StateMachine
          Properties:
            DefinitionUri: statemachine/report.asl.json
      """;

  private static final String REPORT = """
      {
        "StartAt": "Build",
        "States": {
          "Build": {"Type": "Pass", "End": true}
        }
      }
      """;

  @BeforeEach
  void files() throws IOException {
    Files.writeString(dir.resolve("template.yaml"), SAM);
    Files.createDirectories(dir.resolve("statemachine"));
    Files.writeString(dir.resolve("statemachine/report.asl.json"), REPORT);
  }

  @Override
  int run(String... args) {
    out.reset();
    err.reset();
    return super.run(args);
  }

  private String read(String file) throws IOException {
    return Files.readString(dir.resolve(file));
  }

  @Test
  void extractListsTheStateMachinesAndWritesEachDefinition() throws IOException {
    assertThat(run("extract", "-o", "flows", "template.yaml")).isEqualTo(0);

    assertThat(out()).isEqualTo("""
        OrderFlow: AWS::Serverless::StateMachine, Definition at template.yaml:12:7\
         -> flows/OrderFlow.asl.json (+ flows/OrderFlow.substitutions.json)
        ReportFlow: AWS::Serverless::StateMachine, DefinitionUri statemachine/report.asl.json\
         at statemachine/report.asl.json -> flows/ReportFlow.asl.json
        """);
    assertThat(err()).isEmpty();
    assertThat(read("flows/OrderFlow.asl.json")).isEqualTo("""
        {
          "StartAt": "Charge",
          "States": {
            "Charge": {
              "Type": "Task",
              "Resource": "${ChargeFunction.Arn}",
              "Next": "Record"
            },
            "Record": {
              "Type": "Task",
              "Resource": "arn:aws:states:::dynamodb:putItem",
              "Parameters": {
                "TableName": "${TableName}",
                "Item": {
                  "id": {
                    "S.$": "$.id"
                  }
                }
              },
              "End": true
            }
          }
        }
        """);
    assertThat(read("flows/OrderFlow.substitutions.json")).isEqualTo("""
        {
          "TableName": {"Ref":"OrdersTable"},
          "ChargeFunction.Arn": {"Fn::GetAtt":["ChargeFunction","Arn"]}
        }
        """);
    assertThat(read("flows/ReportFlow.asl.json")).isEqualTo(REPORT);
    assertThat(dir.resolve("flows/ReportFlow.substitutions.json")).doesNotExist();
  }

  @Test
  void extractListsOnlyOrPrintsOne() {
    assertThat(run("extract", "--list", "template.yaml")).isEqualTo(0);
    assertThat(out()).isEqualTo("""
        OrderFlow: AWS::Serverless::StateMachine, Definition at template.yaml:12:7
        ReportFlow: AWS::Serverless::StateMachine, DefinitionUri statemachine/report.asl.json\
         at statemachine/report.asl.json
        """);
    assertThat(dir.resolve("OrderFlow.asl.json")).doesNotExist();

    assertThat(run("extract", "-o", "-", "template.yaml#ReportFlow")).isEqualTo(0);
    assertThat(out()).isEqualTo(REPORT);
  }

  @Test
  void extractThenPutBackUnchangedLeavesEveryFileAsItWas() throws IOException {
    assertThat(run("extract", "-o", "flows", "template.yaml")).isEqualTo(0);

    assertThat(run("extract", "--put-back", "-o", "flows", "template.yaml")).isEqualTo(0);

    assertThat(out()).isEqualTo("OrderFlow: unchanged\nReportFlow: unchanged\n");
    assertThat(read("template.yaml")).isEqualTo(SAM);
    assertThat(read("statemachine/report.asl.json")).isEqualTo(REPORT);
  }

  @Test
  void anEditedDefinitionGoesBackWithItsIntrinsicAndTheRestOfTheTemplateAsItWas()
      throws IOException {
    run("extract", "-o", "flows", "template.yaml");
    Path flow = dir.resolve("flows/OrderFlow.asl.json");
    Files.writeString(flow, Files.readString(flow).replace("\"Next\": \"Record\"",
        "\"TimeoutSeconds\": 30,\n      \"Next\": \"Record\""));
    Path report = dir.resolve("flows/ReportFlow.asl.json");
    Files.writeString(report, REPORT.replace("Pass", "Succeed").replace(", \"End\": true", ""));

    assertThat(run("extract", "--put-back", "-o", "flows", "template.yaml")).isEqualTo(0);

    assertThat(out()).isEqualTo("OrderFlow: put back into template.yaml\n"
        + "ReportFlow: put back into statemachine/report.asl.json\n");
    // the definition goes back in block style with its !GetAtt, and here reads as the
    // template did: only the edit differs, comments and all
    assertThat(read("template.yaml")).isEqualTo(SAM.replace("Next: Record",
        "TimeoutSeconds: 30\n            Next: Record"));
    assertThat(read("statemachine/report.asl.json")).isEqualTo(read("flows/ReportFlow.asl.json"));
    // extracted again, the edited definition is what comes out
    assertThat(run("extract", "-o", "-", "template.yaml#OrderFlow")).isEqualTo(0);
    assertThat(out()).isEqualTo(Files.readString(flow));
  }

  @Test
  void theHelpShowsPlaceholdersAsWritten() {
    assertThat(run("extract", "--help")).isEqualTo(0);

    assertThat(out().replace("\n", " ")).contains("stay ${Name} placeholders",
        "(${Fn.Arn} for {\"Fn::GetAtt\": [\"Fn\", \"Arn\"]}, ${Topic} for {\"Ref\": \"Topic\"})");
  }

  @Test
  void validateTakesEveryStateMachineOfATemplateAndSaysWhichOneAFindingIsIn()
      throws IOException {
    Files.writeString(dir.resolve("template.yaml"), SAM.replace("Next: Record", "Next: Recrod"));
    Files.writeString(dir.resolve("statemachine/report.asl.json"),
        REPORT.replace("\"End\": true", "\"Next\": \"Send\""));

    assertThat(run("validate", "template.yaml")).isEqualTo(1);

    assertThat(out()).isEqualTo("template.yaml:18:13: ERROR MISSING_TRANSITION_TARGET"
        + " #OrderFlow/States/Charge/Next: unknown state \"Recrod\" (known: \"Charge\","
        + " \"Record\")\n"
        + "template.yaml:19:11: ERROR UNREACHABLE_STATE #OrderFlow/States/Record: state"
        + " \"Record\" is not reachable from \"Charge\"; remove it or add a transition to it\n"
        + "statemachine/report.asl.json:3:3: ERROR MISSING_TERMINAL_STATE #ReportFlow/States:"
        + " the top level has no terminal state; end one state with \"End\": true, or add a"
        + " Succeed or Fail state\n"
        + "statemachine/report.asl.json:4:31: ERROR MISSING_TRANSITION_TARGET"
        + " #ReportFlow/States/Build/Next: unknown state \"Send\" (known: \"Build\")\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void aValidTemplateValidatesQuietlyAndAsOneJsonLinePerStateMachine() {
    assertThat(run("validate", "template.yaml")).isEqualTo(0);
    assertThat(out()).isEmpty();

    assertThat(run("validate", "--format", "json", "template.yaml")).isEqualTo(0);
    assertThat(out()).isEqualTo("{\"file\":\"template.yaml\",\"stateMachine\":\"OrderFlow\","
        + "\"result\":\"OK\",\"diagnostics\":[]}\n"
        + "{\"file\":\"statemachine/report.asl.json\",\"stateMachine\":\"ReportFlow\","
        + "\"result\":\"OK\",\"diagnostics\":[]}\n");
  }

  @Test
  void renderAndGenerateToStandardOutputNeedASelector() {
    String expected = "template.yaml:1:1: 2 state machines in the template; select one with"
        + " template.yaml#LogicalId (known: \"OrderFlow\", \"ReportFlow\")\n";
    assertThat(run("render", "template.yaml")).isEqualTo(1);
    assertThat(err()).isEqualTo("asl4j render: " + expected);
    assertThat(run("generate", "-o", "-", "template.yaml")).isEqualTo(1);
    assertThat(err()).isEqualTo("asl4j generate: " + expected);
  }

  @Test
  void anEmptySelectorSaysSoAndListsTheLogicalIds() {
    assertThat(run("validate", "template.yaml#")).isEqualTo(1);

    assertThat(out()).isEmpty();
    assertThat(err()).isEqualTo("asl4j validate: template.yaml:1:1: the selector after"
        + " \"template.yaml#\" is empty; name a state machine (known: \"OrderFlow\","
        + " \"ReportFlow\")\n");
  }

  @Test
  void runAndCostTakeAStateMachineOfATemplate() {
    assertThat(run("run", "template.yaml#ReportFlow")).isEqualTo(0);
    assertThat(out()).isEqualTo("SUCCEEDED after 1 state transition\noutput: {}\n"
        + "states entered: Build\n");
    assertThat(err()).isEmpty();

    assertThat(run("cost", "template.yaml#ReportFlow")).isEqualTo(0);
    assertThat(out()).isEqualTo("execution: SUCCEEDED, states entered: Build\n"
        + "billed state transitions: 1 per execution (1 state entered, no retry)\n"
        + "price: $0.025 per 1,000 state transitions, 4,000 free a month (us-east-1)\n"
        + "one execution: $0.000025\n"
        + "free tier: 4,000 state transitions a month per account, all its Standard workflows"
        + " together (4,000 executions of this one alone)\n");
    assertThat(err()).isEmpty();

    // as for a definition file that cannot be read: exit code 2
    assertThat(run("run", "template.yaml#ReprotFlow")).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err()).isEqualTo("asl4j run: template.yaml:1:1: no state machine \"ReprotFlow\""
        + " in the template (known: \"OrderFlow\", \"ReportFlow\")\n");
  }

  @Test
  void validateAcceptsATemplateAndPlacesFindingsInIt() throws IOException {
    Files.writeString(dir.resolve("template.yaml"), SAM.replace("Next: Record", "Next: Recrod"));

    assertThat(run("validate", "template.yaml#OrderFlow")).isEqualTo(1);

    assertThat(out()).isEqualTo("template.yaml:18:13: ERROR MISSING_TRANSITION_TARGET"
        + " /States/Charge/Next: unknown state \"Recrod\" (known: \"Charge\", \"Record\")\n"
        + "template.yaml:19:11: ERROR UNREACHABLE_STATE /States/Record: state \"Record\" is not"
        + " reachable from \"Charge\"; remove it or add a transition to it\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void validatePlacesFindingsInsideASubBlockAndInADefinitionUriFile() throws IOException {
    Files.writeString(dir.resolve("ingest.yaml"), """
        Resources:
          IngestFlow:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              DefinitionString: !Sub |
                {
                  "StartAt": "Ingest",
                  "States": {
                    "Ingest": {"Type": "Task", "Resource": "${IngestFunction.Arn}",
                      "Next": "Gone"}
                  }
                }
        """);
    Files.writeString(dir.resolve("statemachine/report.asl.json"),
        REPORT.replace("\"End\": true", "\"End\": 1"));

    assertThat(run("validate", "ingest.yaml", "template.yaml#ReportFlow")).isEqualTo(1);

    assertThat(out()).isEqualTo("ingest.yaml:8:11: ERROR MISSING_TERMINAL_STATE /States: the"
        + " top level has no terminal state; end one state with \"End\": true, or add a Succeed"
        + " or Fail state\n"
        + "ingest.yaml:10:15: ERROR MISSING_TRANSITION_TARGET /States/Ingest/Next: unknown state"
        + " \"Gone\" (known: \"Ingest\")\n"
        + "statemachine/report.asl.json:4:38: ERROR WRONG_TYPE /States/Build/End: expected true,"
        + " found the number 1\n");
  }

  @Test
  void generateNamesTheClassAfterTheLogicalId() {
    assertThat(run("generate", "-o", "-", "template.yaml#OrderFlow")).isEqualTo(0);

    assertThat(out()).contains("public final class OrderFlow", "template.yaml#OrderFlow",
        "\"${ChargeFunction.Arn}\"", "\"${TableName}\"");
    assertThat(err()).isEmpty();
    // the class reproduces the extracted definition, which puts back as the template's own
    assertThat(run("generate", "--verify", "-o", "src", "template.yaml#OrderFlow")).isEqualTo(0);
    assertThat(dir.resolve("src/OrderFlow.java")).exists();
  }

  @Test
  void renderDrawsAStateMachineOfATemplate() {
    assertThat(run("render", "template.yaml#OrderFlow")).isEqualTo(0);

    assertThat(out()).startsWith("flowchart TD\n").contains("\"Charge\"", "\"Record\"");
  }

  @Test
  void extractReportsWhatCannotBeRead() throws IOException {
    Files.writeString(dir.resolve("none.yaml"), "Resources:\n  T:\n    Type: AWS::SNS::Topic\n");
    Files.writeString(dir.resolve("bad.yaml"), "Resources:\n  A: [1,\n  B: 2\n");
    Files.writeString(dir.resolve("s3.json"), """
        {"Resources": {"Archived": {"Type": "AWS::StepFunctions::StateMachine",
          "Properties": {"DefinitionS3Location": {"Bucket": "b", "Key": "k.json"}}}}}
        """);
    Files.writeString(dir.resolve("text.json"), """
        {"Resources": {"Flow": {"Type": "AWS::StepFunctions::StateMachine",
          "Properties": {"DefinitionString": "{\\"StartAt\\": }"}}}}
        """);

    assertThat(run("extract", "none.yaml")).isEqualTo(1);
    assertThat(err()).isEqualTo("asl4j extract: none.yaml:1:1: no state machine in the template;"
        + " expected a resource of type AWS::StepFunctions::StateMachine or"
        + " AWS::Serverless::StateMachine, or stepFunctions.stateMachines of the Serverless"
        + " Framework\n");

    assertThat(run("extract", "template.yaml#OrderFlw")).isEqualTo(1);
    assertThat(err()).isEqualTo("asl4j extract: template.yaml:1:1: no state machine"
        + " \"OrderFlw\" in the template (known: \"OrderFlow\", \"ReportFlow\")\n");

    assertThat(run("extract", "bad.yaml")).isEqualTo(1);
    assertThat(err()).isEqualTo("asl4j extract: bad.yaml:4:1: malformed YAML: expected ',' or"
        + " ']', but got <stream end> (while parsing a flow sequence at 2:6)\n");

    assertThat(run("extract", "--list", "s3.json")).isEqualTo(1);
    assertThat(out()).isEqualTo("Archived: AWS::StepFunctions::StateMachine,"
        + " DefinitionS3Location s3://b/k.json at s3.json:2:18 (not extracted)\n");
    assertThat(err()).isEqualTo("asl4j extract: s3.json:2:18: the definition of Archived is not"
        + " in the template: DefinitionS3Location points at s3://b/k.json; download it and give"
        + " asl4j the file\n");

    assertThat(run("extract", "-o", "-", "text.json")).isEqualTo(1);
    assertThat(err()).isEqualTo("asl4j extract: text.json:2:53: the DefinitionString of Flow is"
        + " not JSON: malformed JSON: Unexpected character ('}' (code 125)): expected a value;"
        + " expected the definition as JSON text\n");

    assertThat(run("extract", "missing.yaml")).isEqualTo(2);
    assertThat(err()).isEqualTo("asl4j extract: missing.yaml: no such file\n");

    assertThat(run("extract")).isEqualTo(2);
    assertThat(err()).isEqualTo("asl4j extract: no template (use '-' for standard input)\n"
        + "Run 'asl4j extract --help' for usage.\n");
  }
}
