package io.asl4j.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.codegen.GenerationException;
import io.asl4j.json.AslReadException;
import io.asl4j.templates.TemplateException;
import io.asl4j.validation.Diagnostic;
import io.asl4j.validation.DiagnosticCode;
import io.asl4j.validation.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

/** {@link Findings}: one line per finding, starting with where it is, and the build's failure. */
class FindingsTest {

  /** Keeps what is logged, each line with its level. */
  private static final class RecordingLog extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();

    @Override
    public void error(CharSequence content) {
      lines.add("[ERROR] " + content);
    }

    @Override
    public void warn(CharSequence content) {
      lines.add("[WARNING] " + content);
    }
  }

  private final RecordingLog log = new RecordingLog();
  private final Findings findings = new Findings(log, "validate");
  private final Path file = Path.of("/p/src/main/asl/a.asl.json");

  @Test
  void diagnosticsStartWithTheFileLineAndColumn() throws Exception {
    findings.diagnostics(file, List.of(
        new Diagnostic(DiagnosticCode.MISSING_TRANSITION_TARGET, "/States/A/Next",
            "unknown state \"B\"", Severity.ERROR, 8, 7),
        new Diagnostic(DiagnosticCode.NO_PATH_TO_END, "/States/L", "it can only loop",
            Severity.WARNING, 12, 5),
        new Diagnostic(DiagnosticCode.MISSING_TERMINAL_STATE, "", "no end", Severity.ERROR, 0,
            0)));
    assertThat(log.lines).containsExactly(
        "[ERROR] /p/src/main/asl/a.asl.json:8:7: ERROR MISSING_TRANSITION_TARGET /States/A/Next:"
            + " unknown state \"B\"",
        "[WARNING] /p/src/main/asl/a.asl.json:12:5: WARNING NO_PATH_TO_END /States/L: it can"
            + " only loop",
        "[ERROR] /p/src/main/asl/a.asl.json: ERROR MISSING_TERMINAL_STATE no end");
    assertThat(findings.errorCount()).isEqualTo(2);
    assertThat(findings.warningCount()).isEqualTo(1);
  }

  @Test
  void aGeneratorRefusalIsPlacedAtItsPointer() {
    byte[] text = String.join("\n",
        "{\"StartAt\": \"a/b\", \"States\": {",
        "  \"a/b\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\",",
        "    \"Retry\": [], \"End\": true}}}").getBytes(StandardCharsets.UTF_8);
    findings.refused(file, text, new GenerationException("/States/a~1b/Retry",
        "an empty Retry list cannot be written with the DSL"));
    findings.refused(file, text, new GenerationException("unexpected value 3"));
    assertThat(log.lines).containsExactly(
        "[ERROR] /p/src/main/asl/a.asl.json:3:5: /States/a~1b/Retry: an empty Retry list cannot"
            + " be written with the DSL",
        "[ERROR] /p/src/main/asl/a.asl.json: unexpected value 3");
  }

  @Test
  void aTemplatesFindingsLeadTheirPointerWithTheLogicalId() {
    Path template = Path.of("/p/template.yaml");
    findings.diagnostics(template, "#OrderFlow", List.of(
        new Diagnostic(DiagnosticCode.MISSING_TRANSITION_TARGET, "/States/A/Next",
            "unknown state \"B\"", Severity.ERROR, 18, 13),
        new Diagnostic(DiagnosticCode.MISSING_TERMINAL_STATE, "", "no end", Severity.ERROR, 0,
            0)));
    findings.diagnostics(template, "", List.of(
        new Diagnostic(DiagnosticCode.NO_PATH_TO_END, "/States/L", "it can only loop",
            Severity.WARNING, 12, 5)));
    findings.template(new TemplateException(List.of(
        new TemplateException.Problem("/p/template.yaml", 3, 5, "malformed YAML: x"))));

    assertThat(log.lines).containsExactly(
        "[ERROR] /p/template.yaml:18:13: ERROR MISSING_TRANSITION_TARGET #OrderFlow/States/A/Next:"
            + " unknown state \"B\"",
        "[ERROR] /p/template.yaml: ERROR MISSING_TERMINAL_STATE #OrderFlow: no end",
        "[WARNING] /p/template.yaml:12:5: WARNING NO_PATH_TO_END /States/L: it can only loop",
        "[ERROR] /p/template.yaml:3:5: malformed YAML: x");
    assertThat(findings.errorCount()).isEqualTo(3);
    assertThat(findings.warningCount()).isEqualTo(1);
  }

  @Test
  void readerProblemsAndWholeInputErrorsToo() {
    findings.unreadable(file, new AslReadException(List.of(
        new AslReadException.Problem("UNKNOWN_FIELD", "/States/A/Nxt", 4, 9, "unknown field"),
        new AslReadException.Problem("INVALID_JSON", "", 1, 1, "not JSON"))));
    findings.error("com.example.Flows#workflow", "workflow() is not static");
    assertThat(log.lines).containsExactly(
        "[ERROR] /p/src/main/asl/a.asl.json:4:9: /States/A/Nxt: unknown field",
        "[ERROR] /p/src/main/asl/a.asl.json:1:1: not JSON",
        "[ERROR] com.example.Flows#workflow: workflow() is not static");
  }

  @Test
  void errorsFailTheBuildAndAreListedInTheFailure() {
    findings.error("a.json", "one");
    findings.error("b.json", "two");
    assertThatThrownBy(() -> findings.failIfAny(false)).isInstanceOf(MojoFailureException.class)
        .hasMessage("asl4j validate found 2 errors:\na.json: one\nb.json: two");
  }

  @Test
  void warningsFailTheBuildOnlyWhenAskedTo() throws Exception {
    findings.diagnostics(file, List.of(new Diagnostic(DiagnosticCode.NO_PATH_TO_END, "/States/L",
        "it can only loop", Severity.WARNING, 12, 5)));
    findings.failIfAny(false);
    assertThatThrownBy(() -> findings.failIfAny(true))
        .hasMessage("asl4j validate found 1 warning (failOnWarnings is set):\n"
            + "/p/src/main/asl/a.asl.json:12:5: WARNING NO_PATH_TO_END /States/L: it can only"
            + " loop");
  }

  @Test
  void theWriteGoalLogsTheWarningsOfBuiltWorkflowsAndFailsOnThemWhenAsked() throws Exception {
    Findings written = new Findings(log, "write");
    Path asl = Path.of("/p/target/asl/Flows.asl.json");
    written.diagnostics(asl, List.of(new Diagnostic(DiagnosticCode.CATCH_REPLACES_INPUT,
        "/States/Run/Catch/0", "the error output replaces the input", Severity.WARNING, 9, 7)));

    assertThat(log.lines).containsExactly("[WARNING] /p/target/asl/Flows.asl.json:9:7: WARNING"
        + " CATCH_REPLACES_INPUT /States/Run/Catch/0: the error output replaces the input");
    written.failIfAny(false);
    assertThatThrownBy(() -> written.failIfAny(true))
        .hasMessage("asl4j write found 1 warning (failOnWarnings is set):\n"
            + "/p/target/asl/Flows.asl.json:9:7: WARNING CATCH_REPLACES_INPUT"
            + " /States/Run/Catch/0: the error output replaces the input");
  }

  @Test
  void theFailureListsTwentyAndCountsTheRest() {
    for (int i = 1; i <= 23; i++) {
      findings.error("f" + i + ".json", "bad");
    }
    StringBuilder listed = new StringBuilder("asl4j validate found 23 errors:");
    for (int i = 1; i <= 20; i++) {
      listed.append("\nf").append(i).append(".json: bad");
    }
    assertThatThrownBy(() -> findings.failIfAny(false))
        .hasMessage(listed + "\n... and 3 more, listed above");
  }

  @Test
  void countsNameTheirNoun() {
    assertThat(Findings.count(1, "error")).isEqualTo("1 error");
    assertThat(Findings.count(0, "warning")).isEqualTo("0 warnings");
    assertThat(Findings.count(2, "class")).isEqualTo("2 classes");
  }
}
