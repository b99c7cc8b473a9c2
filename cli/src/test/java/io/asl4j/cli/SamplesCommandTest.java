package io.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.Workflow;
import io.asl4j.samples.CatchNotifyFail;
import io.asl4j.samples.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** {@code asl4j samples}: lists, prints and writes the DSL samples. */
class SamplesCommandTest extends CommandHarness {

  @Test
  void listsTheSamples() {
    assertThat(run("samples", "--list")).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8).lines())
        .containsExactlyElementsOf(Samples.all().keySet());
  }

  @Test
  void printsOneSampleAsPlainAsl() {
    assertThat(run("samples", "2-catch-notify-fail")).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(CatchNotifyFail.workflow().toJson() + "\n");
  }

  @Test
  void printsEverySampleUnderAHeader() {
    assertThat(run("samples")).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("// 1-glue-lambda-sns (io.asl4j.samples)\n{", "// nested-execution-child");
  }

  @Test
  void theWarningsOfABuiltWorkflowAreOneLineEach() {
    Workflow w = Workflow.fromJson("""
        {"StartAt": "Run", "States": {
          "Run": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Parameters": {"FunctionName": "f"},
            "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Failed"}], "End": true},
          "Failed": {"Type": "Fail"}}}""");

    assertThat(SamplesCommand.warnings("risky", w)).containsExactly("risky: WARNING"
        + " CATCH_REPLACES_INPUT /States/Run/Catch/0: without \"ResultPath\", the error output"
        + " replaces the state's whole input when this catcher fires; set ResultPath (e.g."
        + " \"$.error\") to keep the input");
  }

  @Test
  void theSamplesWarningsGoToStandardError() {
    StringBuilder expected = new StringBuilder();
    Samples.all().forEach((name, sample) -> SamplesCommand.warnings(name, sample.get())
        .forEach(line -> expected.append("asl4j samples: ").append(line).append('\n')));

    assertThat(run("samples", "-o", "out")).isEqualTo(0);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
  }

  @Test
  void writesSamplesToADirectory() throws IOException {
    assertThat(run("samples", "-o", "out", "jsonata-variables")).isEqualTo(0);
    assertThat(Files.readString(dir.resolve("out/jsonata-variables.asl.json")))
        .contains("\"QueryLanguage\": \"JSONata\"");
  }

  @Test
  void anUnknownSampleIsAUsageError() {
    assertThat(run("samples", "nope")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("asl4j samples: no sample named 'nope' (try --list)\n"
            + "Run 'asl4j samples --help' for usage.\n");
  }
}
