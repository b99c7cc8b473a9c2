package io.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's session of "Definitions inside templates" is what the tool prints for the sample
 * SAM template ({@code samples/src/main/resources/templates}).
 */
class ReadmeTemplatesTest {

  @TempDir
  Path dir;

  private String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), dir);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(status).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  private void copy(String resource) throws IOException {
    Path target = dir.resolve(resource);
    Files.createDirectories(target.getParent());
    try (InputStream in = getClass().getResourceAsStream("/templates/" + resource)) {
      Files.copy(in, target);
    }
  }

  @Test
  void theReadmesExtractSessionIsWhatTheToolPrints() throws IOException {
    copy("template.yaml");
    copy("statemachine/report.asl.json");
    StringBuilder session = new StringBuilder();

    session.append("$ asl4j extract -o flows template.yaml\n")
        .append(run("extract", "-o", "flows", "template.yaml"))
        .append("$ cat flows/OrderFlow.substitutions.json\n")
        .append(Files.readString(dir.resolve("flows/OrderFlow.substitutions.json")));
    Path flow = dir.resolve("flows/OrderFlow.asl.json");
    Files.writeString(flow, Files.readString(flow).replace("\"MaxAttempts\": 3",
        "\"MaxAttempts\": 5"));
    session.append("$ asl4j validate flows/OrderFlow.asl.json        # or any other tool, the"
            + " editor, generate, ...\n")
        .append(run("validate", "flows/OrderFlow.asl.json"))
        .append("$ asl4j extract --put-back -o flows template.yaml\n")
        .append(run("extract", "--put-back", "-o", "flows", "template.yaml"));

    assertThat(session.toString()).isEqualTo(readmeBlock());
  }

  @Test
  void theReadmesValidateSessionIsWhatTheToolPrints() throws IOException {
    copy("template.yaml");
    copy("statemachine/report.asl.json");
    Path template = dir.resolve("template.yaml");
    String sample = Files.readString(template);
    assertThat(sample.split("\n", -1)[39]).isEqualTo("            Next: Record");
    Files.writeString(template, sample.replace("            Next: Record\n",
        "            Next: Recrod\n"));
    StringBuilder session = new StringBuilder();

    session.append("$ asl4j validate template.yaml\n")
        .append(runFailing("validate", "template.yaml"))
        .append("$ asl4j validate template.yaml#OrderFlow\n")
        .append(runFailing("validate", "template.yaml#OrderFlow"));
    Files.writeString(template, sample);
    session.append("$ asl4j generate -o src/main/java --package com.example.flows"
            + " template.yaml#OrderFlow   # OrderFlow.java\n")
        .append(run("generate", "-o", "src/main/java", "--package", "com.example.flows",
            "template.yaml#OrderFlow"));

    assertThat(dir.resolve("src/main/java/com/example/flows/OrderFlow.java")).exists();
    assertThat(session.toString()).isEqualTo(readmeBlock("$ asl4j validate template.yaml\n"));
  }

  /** Runs a command that finds errors in its input (exit code 1); what it prints. */
  private String runFailing(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), dir);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(status).isEqualTo(1);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The fenced block of the section that starts with a line. */
  private static String readmeBlock(String firstLine) throws IOException {
    String readme = readme();
    int section = readme.indexOf("## Definitions inside templates\n");
    int start = readme.indexOf("```\n" + firstLine, section) + 4;
    assertThat(start).as("the README's block starting with " + firstLine).isGreaterThan(3);
    return readme.substring(start, readme.indexOf("```\n", start));
  }

  private static String readme() throws IOException {
    Path root = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."));
    if (!Files.exists(root.resolve("README.md"))) {
      root = Path.of("..");
    }
    return Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
  }

  /** The first fenced block after the section's heading. */
  private static String readmeBlock() throws IOException {
    Path root = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."));
    if (!Files.exists(root.resolve("README.md"))) {
      root = Path.of("..");
    }
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## Definitions inside templates\n");
    int start = readme.indexOf("```\n", section) + 4;
    return readme.substring(start, readme.indexOf("```\n", start));
  }
}
