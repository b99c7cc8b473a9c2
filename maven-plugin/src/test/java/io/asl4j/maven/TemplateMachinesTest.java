package io.asl4j.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.json.AslReadException;
import io.asl4j.json.AslReader;
import io.asl4j.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TemplateMachines}: a template's state machines as the goals take them, their findings
 * placed in the template.
 */
class TemplateMachinesTest {

  private static final String SAM = """
      Transform: AWS::Serverless-2016-10-31
      Resources:
        OrderFlow:
          Type: AWS::Serverless::StateMachine
          Properties:
            Definition:
              StartAt: Charge
              States:
                Charge:
                  Type: Task
                  Resource: !GetAtt ChargeFunction.Arn
                  Next: Recrod
                Record:
                  Type: Succeed
        ReportFlow:
          Type: AWS::Serverless::StateMachine
          Properties:
            DefinitionUri: statemachine/report.asl.json
        ArchiveFlow:
          Type: AWS::StepFunctions::StateMachine
          Properties:
            DefinitionS3Location: s3://flows/archive.asl.json
      """;

  /** Keeps what is logged as errors. */
  private static final class RecordingLog extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();

    @Override
    public void error(CharSequence content) {
      lines.add(content.toString());
    }
  }

  @TempDir
  Path dir;

  private final RecordingLog log = new RecordingLog();
  private final Findings findings = new Findings(log, "validate");

  private List<TemplateMachines.Machine> read(String template) throws Exception {
    Files.writeString(dir.resolve("template.yaml"), template);
    Files.createDirectories(dir.resolve("statemachine"));
    Files.writeString(dir.resolve("statemachine/report.asl.json"),
        "{\"StartAt\": \"A\",\n \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"B\"}}}\n");
    return TemplateMachines.read(new SourceFile(dir.resolve("template.yaml"), "template.yaml"),
        findings);
  }

  @Test
  void eachReadableStateMachineWithItsKeyFileAndLogicalIdPrefix() throws Exception {
    List<TemplateMachines.Machine> machines = read(SAM);

    assertThat(machines).extracting(TemplateMachines.Machine::key).containsExactly(
        "template:template.yaml#OrderFlow", "template:template.yaml#ReportFlow");
    assertThat(machines).extracting(TemplateMachines.Machine::prefix)
        .containsExactly("#OrderFlow", "#ReportFlow");
    assertThat(machines.get(0).file()).isEqualTo(dir.resolve("template.yaml"));
    assertThat(machines.get(1).file()).isEqualTo(dir.resolve("statemachine/report.asl.json"));
    assertThat(new String(machines.get(0).bytes(), StandardCharsets.UTF_8))
        .contains("\"Resource\": \"${ChargeFunction.Arn}\"");
    // the state machine kept in S3 is reported where the template names it
    assertThat(log.lines).containsExactly(dir.resolve("template.yaml") + ":22:7: the definition"
        + " of ArchiveFlow is not in the template: DefinitionS3Location points at"
        + " s3://flows/archive.asl.json; download it and give asl4j the file");
  }

  @Test
  void findingsArePlacedInTheFileTheDefinitionIsWrittenIn() throws Exception {
    List<TemplateMachines.Machine> machines = read(SAM);
    Validator validator = Validator.create();

    findings.diagnostics(machines.get(0).file(), machines.get(0).prefix(),
        machines.get(0).place(validator.validate(machines.get(0).bytes())));
    findings.diagnostics(machines.get(1).file(), machines.get(1).prefix(),
        machines.get(1).place(validator.validate(machines.get(1).bytes())));

    Path template = dir.resolve("template.yaml");
    Path report = dir.resolve("statemachine/report.asl.json");
    assertThat(log.lines.subList(1, log.lines.size())).containsExactly(
        template + ":12:13: ERROR MISSING_TRANSITION_TARGET #OrderFlow/States/Charge/Next:"
            + " unknown state \"Recrod\" (known: \"Charge\", \"Record\")",
        template + ":13:11: ERROR UNREACHABLE_STATE #OrderFlow/States/Record: state \"Record\""
            + " is not reachable from \"Charge\"; remove it or add a transition to it",
        report + ":2:2: ERROR MISSING_TERMINAL_STATE #ReportFlow/States: the top level has no"
            + " terminal state; end one state with \"End\": true, or add a Succeed or Fail state",
        report + ":2:35: ERROR MISSING_TRANSITION_TARGET #ReportFlow/States/A/Next: unknown"
            + " state \"B\" (known: \"A\")");
  }

  @Test
  void aTemplateWithOneStateMachineHasNoPrefixAndAReadProblemIsPlacedInIt() throws Exception {
    List<TemplateMachines.Machine> machines = read("""
        Resources:
          Flow:
            Type: AWS::StepFunctions::StateMachine
            Properties:
              Definition:
                StartAt: A
                States:
                  A:
                    Type: Wait
                    Seconds: soon
                    End: true
        """);

    assertThat(machines).singleElement().extracting(TemplateMachines.Machine::prefix)
        .isEqualTo("");
    TemplateMachines.Machine m = machines.get(0);
    try {
      AslReader.create().read(m.bytes());
    } catch (AslReadException e) {
      m.unreadable(findings, e);
    }
    assertThat(log.lines).containsExactly(dir.resolve("template.yaml") + ":10:13:"
        + " /States/A/Seconds: expected a number (or, in JSONata, an expression \"{% ... %}\"),"
        + " found the string \"soon\"");
  }
}
