package io.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code asl4j format}: outputs, options, exit codes and error format. */
class FormatCommandTest extends CommandHarness {

  private static final String MESSY =
      "{\"States\":{\"A\":{\"End\":true,\"Type\":\"Pass\"}},\"StartAt\":\"A\"}";
  private static final String CANONICAL = "{\n  \"StartAt\": \"A\",\n  \"States\": {\n    \"A\": {\n"
      + "      \"Type\": \"Pass\",\n      \"End\": true\n    }\n  }\n}\n";
  private static final String COMPACT =
      "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}\n";

  @BeforeEach
  void files() throws IOException {
    Files.writeString(dir.resolve("messy.asl.json"), MESSY);
    Files.writeString(dir.resolve("canonical.asl.json"), CANONICAL);
    Files.writeString(dir.resolve("broken.asl.json"),
        "{\"StartAt\": \"A\",\n \"States\": {\"A\": {\"Type\": \"Pass\"}}}");
  }

  @Test
  void writesCanonicalJsonToStandardOutput() {
    assertThat(run("format", "messy.asl.json")).isEqualTo(0);
    assertThat(out()).isEqualTo(CANONICAL);
    assertThat(err()).isEmpty();
  }

  @Test
  void compactWritesNoWhitespace() {
    assertThat(run("format", "--compact", "messy.asl.json")).isEqualTo(0);
    assertThat(out()).isEqualTo(COMPACT);
  }

  @Test
  void readsStandardInputForDash() {
    stdin = MESSY;
    assertThat(run("format", "-")).isEqualTo(0);
    assertThat(out()).isEqualTo(CANONICAL);
  }

  @Test
  void outputDirectoryGetsEachFileUnderItsOwnName() throws IOException {
    assertThat(run("format", "-o", "out/nested", "messy.asl.json", "canonical.asl.json"))
        .isEqualTo(0);
    assertThat(Files.readString(dir.resolve("out/nested/messy.asl.json"))).isEqualTo(CANONICAL);
    assertThat(Files.readString(dir.resolve("out/nested/canonical.asl.json")))
        .isEqualTo(CANONICAL);
    assertThat(out()).isEmpty();
  }

  @Test
  void inPlaceRewritesOnlyFilesThatChange() throws IOException {
    Path canonical = dir.resolve("canonical.asl.json");
    Files.setLastModifiedTime(canonical, java.nio.file.attribute.FileTime.fromMillis(1000));

    assertThat(run("format", "-i", "messy.asl.json", "canonical.asl.json")).isEqualTo(0);

    assertThat(Files.readString(dir.resolve("messy.asl.json"))).isEqualTo(CANONICAL);
    assertThat(Files.getLastModifiedTime(canonical).toMillis()).isEqualTo(1000);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no temporary files left behind")
          .containsExactlyInAnyOrder("messy.asl.json", "canonical.asl.json", "broken.asl.json");
    }
  }

  @Test
  void checkExitsOneForFilesThatAreNotCanonical() {
    assertThat(run("format", "--check", "canonical.asl.json")).isEqualTo(0);
    assertThat(run("format", "--check", "canonical.asl.json", "messy.asl.json")).isEqualTo(1);
    assertThat(err()).isEqualTo("asl4j format: messy.asl.json: not canonical; run 'asl4j format -i"
        + " messy.asl.json' to fix\n");
    assertThat(out()).isEmpty();
  }

  @Test
  void invalidInputIsReportedAsFileLineColumnAndExitsOne() {
    assertThat(run("format", "broken.asl.json", "messy.asl.json")).isEqualTo(1);
    assertThat(err()).isEqualTo("asl4j format: broken.asl.json:2:18: /States/A: a Pass state needs \"Next\""
        + " (the state that follows) or \"End\": true\n");
    assertThat(out()).as("the valid file is still formatted").isEqualTo(CANONICAL);
  }

  @Test
  void unknownFieldsAreKeptOnRequest() throws IOException {
    Files.writeString(dir.resolve("newer.asl.json"),
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Future\":1,\"End\":true}}}");

    assertThat(run("format", "newer.asl.json")).isEqualTo(1);
    assertThat(err()).startsWith("asl4j format: newer.asl.json:1:45: /States/A/Future: unknown field \"Future\"");
    assertThat(run("format", "--compact", "--keep-unknown", "newer.asl.json")).isEqualTo(0);
    assertThat(out()).isEqualTo(
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"Future\":1,\"End\":true}}}\n");
  }

  @Test
  void aMissingFileIsAnIoErrorWithExitTwo() {
    assertThat(run("format", "nope.json")).isEqualTo(2);
    assertThat(err()).isEqualTo("asl4j format: nope.json: no such file\n");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("format")).isEqualTo(2);
    assertThat(err()).isEqualTo("asl4j format: no input files (use '-' for standard input)\n"
        + "Run 'asl4j format --help' for usage.\n");
    assertThat(run("format", "-i", "-o", "x", "a.json")).isEqualTo(2);
    assertThat(run("format", "--check", "-i", "a.json")).isEqualTo(2);
    assertThat(run("format", "--bogus", "a.json")).isEqualTo(2);
    assertThat(run("format", "-o")).isEqualTo(2);
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(err()).contains("asl4j: unknown command 'frobnicate'");
    assertThat(run()).isEqualTo(2);
  }

  @Test
  void twoInputsWithTheSameNameCannotShareAnOutputDirectory() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/messy.asl.json"), MESSY);

    assertThat(run("format", "-o", "out", "messy.asl.json", "sub/messy.asl.json")).isEqualTo(2);
    assertThat(err()).contains("would both be written to");
    assertThat(Files.exists(dir.resolve("out"))).isFalse();
  }

  @Test
  void everyCommandHasHelp() {
    assertThat(run("--help")).isEqualTo(0);
    assertThat(out()).contains("usage: asl4j <command>", "format");
    out.reset();
    assertThat(run("format", "--help")).isEqualTo(0);
    assertThat(out()).startsWith("usage: asl4j format [--check] [--compact] [--keep-unknown]"
        + " [-i | -o DIR] FILE...");
  }
}
