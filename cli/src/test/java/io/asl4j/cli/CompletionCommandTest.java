package io.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code asl4j completion}: a bash completion script that completes what the commands take. */
class CompletionCommandTest {

  @TempDir
  Path dir;

  private String script;

  @BeforeEach
  void script() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"completion"}, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), dir);
    assertThat(code).isEqualTo(0);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    script = out.toString(StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("asl4j-completion.bash"), script);
  }

  @Test
  void isABashScriptForTheAsl4jCommand() {
    assertThat(script).startsWith("#!/usr/bin/env bash\n")
        .contains("complete -F _complete_asl4j -o default asl4j");
  }

  /** What bash offers after the words typed so far (the last one being completed). */
  private List<String> complete(String... words) throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
    StringBuilder array = new StringBuilder();
    for (String w : words) {
      array.append(" '").append(w).append('\'');
    }
    String program = "source ./asl4j-completion.bash 2>/dev/null\n"
        + "COMP_WORDS=(" + array + ")\n"
        + "COMP_CWORD=" + (words.length - 1) + "\n"
        + "COMP_LINE=\"${COMP_WORDS[*]}\"\nCOMP_POINT=${#COMP_LINE}\n"
        + "_complete_asl4j 2>/dev/null\n"
        + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
    Process bash = new ProcessBuilder("/bin/bash", "-c", program).directory(dir.toFile()).start();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return out.lines().filter(l -> !l.isEmpty()).toList();
  }

  @Test
  void completesCommands() throws Exception {
    assertThat(complete("asl4j", "")).containsExactly("extract", "format", "generate", "render",
        "run", "cost", "samples", "validate", "completion", "help");
    assertThat(complete("asl4j", "ge")).containsExactly("generate");
  }

  @Test
  void completesOptionsAndTheirValues() throws Exception {
    assertThat(complete("asl4j", "validate", "--")).contains("--format", "--type", "--help",
        "--version");
    assertThat(complete("asl4j", "validate", "--format", "")).containsExactly("text", "json");
    assertThat(complete("asl4j", "validate", "--type", "")).containsExactly("STANDARD",
        "EXPRESS");
    assertThat(complete("asl4j", "render", "--format", "")).containsExactly("mermaid", "dot",
        "svg", "png");
    assertThat(complete("asl4j", "samples", "2-")).containsExactly("2-catch-notify-fail");
    assertThat(complete("asl4j", "run", "--")).contains("--input", "--mocks", "--test-case",
        "--workflow", "--type", "--seed", "--history", "--format");
    assertThat(complete("asl4j", "run", "--format", "")).containsExactly("text", "json");
    assertThat(complete("asl4j", "run", "--type", "")).containsExactly("STANDARD", "EXPRESS");
    assertThat(complete("asl4j", "cost", "--")).contains("--input", "--mocks",
        "--executions-per-month", "--type", "--prices");
    assertThat(complete("asl4j", "cost", "--type", "")).containsExactly("STANDARD", "EXPRESS");
  }

  @Test
  void completesFileNames() throws Exception {
    Files.writeString(dir.resolve("order-flow.asl.json"), "{}");

    assertThat(complete("asl4j", "validate", "order")).containsExactly("order-flow.asl.json");
    assertThat(complete("asl4j", "format", "-o", "ord")).containsExactly("order-flow.asl.json");
    assertThat(complete("asl4j", "run", "--mocks", "ord")).containsExactly("order-flow.asl.json");
    assertThat(complete("asl4j", "run", "ord")).containsExactly("order-flow.asl.json");
  }
}
