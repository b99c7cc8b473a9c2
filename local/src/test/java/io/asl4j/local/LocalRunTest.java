package io.asl4j.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.model.ExecutionType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running workflow files, as the command line does. */
class LocalRunTest {

  @TempDir
  Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void runsAFileWithInputAndMocks() throws IOException {
    Path asl = file("w.asl.json", """
        {"StartAt": "T", "States": {"T": {"Type": "Task",
          "Resource": "arn:aws:states:::lambda:invoke", "ResultPath": "$.r", "End": true}}}""");
    Path input = file("in.json", "{\"a\": 1}");
    Path mocks = file("mocks.json", "{\"T\": [{\"Return\": {\"ok\": true}}]}");
    ExecutionResult r = LocalRun.run(asl, Optional.of(input), Optional.of(mocks), Optional.empty(),
        ExecutionOptions.defaults().withType(ExecutionType.EXPRESS));
    assertThat(r.outputJson()).contains("{\"a\":1,\"r\":{\"ok\":true}}");
  }

  @Test
  void theInputDefaultsToAnEmptyObject() throws IOException {
    Path asl = file("w.asl.json", """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""");
    assertThat(LocalRun.run(asl, Optional.empty(), Optional.empty(), Optional.empty(),
        ExecutionOptions.defaults()).outputJson()).contains("{}");
  }

  @Test
  void filesAreReadAsStrictUtf8WithinTheInputLimit() throws IOException {
    Path asl = file("w.asl.json", """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""");
    Path overlong = Files.write(dir.resolve("in.json"),
        new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'});
    assertThatThrownBy(() -> LocalRun.run(asl, Optional.of(overlong), Optional.empty(),
        Optional.empty(), ExecutionOptions.defaults()))
        .isInstanceOf(LocalExecutionException.class)
        .hasMessage(overlong + ": at line 1, column 7: invalid UTF-8: byte 0xc0 at offset 6;"
            + " a definition must be UTF-8 text");
    assertThatThrownBy(() -> LocalRun.run(Path.of("/dev/zero"), Optional.empty(),
        Optional.empty(), Optional.empty(), ExecutionOptions.defaults()))
        .isInstanceOf(LocalExecutionException.class)
        .hasMessage("/dev/zero: at line 1, column 33554433: the input is larger than 32 MiB"
            + " (33554432 bytes), the most asl4j reads; Step Functions itself takes definitions of"
            + " at most 1 MiB");
  }

  @Test
  void fileProblemsAreOneLineNamingTheFile() throws IOException {
    Path asl = file("w.asl.json", """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""");
    Path badInput = file("in.json", "{\"a\": }");
    assertThatThrownBy(() -> LocalRun.run(asl, Optional.of(badInput), Optional.empty(),
        Optional.empty(), ExecutionOptions.defaults()))
        .isInstanceOf(LocalExecutionException.class)
        .hasMessage(badInput + ": invalid JSON at line 1, column 7: expected a value");
    Path missing = dir.resolve("nope.json");
    assertThatThrownBy(() -> LocalRun.run(missing, Optional.empty(), Optional.empty(),
        Optional.empty(), ExecutionOptions.defaults()))
        .hasMessage(missing + ": cannot read the file (NoSuchFileException: " + missing + ")");
    Path notAsl = file("x.asl.json", "{\"States\": {}}");
    assertThatThrownBy(() -> LocalRun.run(notAsl, Optional.empty(), Optional.empty(),
        Optional.empty(), ExecutionOptions.defaults()))
        .hasMessageStartingWith(notAsl + ": ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void anUnreadableInputOrMocksFileIsOneLineNamingIt() throws IOException {
    Path asl = file("w.asl.json", """
        {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""");
    Path missing = dir.resolve("in.json");
    assertThatThrownBy(() -> LocalRun.run(asl, Optional.of(missing), Optional.empty(),
        Optional.empty(), ExecutionOptions.defaults()))
        .hasMessage(missing + ": cannot read the file (NoSuchFileException: " + missing + ")");
    Path noMocks = dir.resolve("mocks.json");
    assertThatThrownBy(() -> LocalRun.run(asl, Optional.empty(), Optional.of(noMocks),
        Optional.empty(), ExecutionOptions.defaults()))
        .hasMessage(noMocks + ": cannot read the file (NoSuchFileException: " + noMocks + ")");
  }

  @Test
  void inputThatIsNotJsonIsPlacedAtItsLineAndColumn() {
    assertThatThrownBy(() -> LocalRun.parseInput("{\n  \"a\": tru\n}", "in.json"))
        .isInstanceOf(LocalExecutionException.class)
        .hasMessage("in.json: invalid JSON at line 2, column 8: expected a value")
        .satisfies(e -> {
          LocalExecutionException l = (LocalExecutionException) e;
          assertThat(l.line()).isEqualTo(2);
          assertThat(l.column()).isEqualTo(8);
        });
    assertThat(LocalRun.parseInput("null", "in.json")).isNull();
  }

  @Test
  void anUnknownTestCaseIsNamedWithTheKnownOnes() throws IOException {
    Path asl = file("w.asl.json", """
        {"StartAt": "T", "States": {"T": {"Type": "Task",
          "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}""");
    Path config = file("config.json", """
        {"StateMachines": {"Orders": {"TestCases": {"HappyPath": {"T": "Ok"}}}},
         "MockedResponses": {"Ok": {"0": {"Return": "ok"}}}}""");
    assertThatThrownBy(() -> LocalRun.run(asl, Optional.empty(), Optional.of(config),
        Optional.of("SadPath"), ExecutionOptions.defaults()))
        .hasMessage(config + ": no test case \"SadPath\" (known: Orders/HappyPath; write "
            + "MACHINE/TEST_CASE when several machines have it)");
    assertThat(LocalRun.run(asl, Optional.empty(), Optional.of(config), Optional.of("HappyPath"),
        ExecutionOptions.defaults()).outputJson()).contains("\"ok\"");
  }
}
