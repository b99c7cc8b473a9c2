package io.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failure to write standard output is an I/O error like any other: every command that writes
 * there says so and exits 2, on a full device, a closed descriptor or any stream that fails.
 */
class StandardOutputTest {

  private static final String FLOW =
      "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}}";

  /** Every command, writing to standard output. */
  private static final String[][] COMMANDS = {{"format", "flow.asl.json"}, {"samples"},
      {"generate", "-o", "-", "flow.asl.json"}, {"render", "flow.asl.json"},
      {"validate", "--format", "json", "flow.asl.json"}, {"format", "--help"}, {"--version"}};

  @TempDir
  Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void files() throws IOException {
    Files.writeString(dir.resolve("flow.asl.json"), FLOW);
  }

  /** A device that takes nothing, as a full disk does. */
  private static final class Full extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  private int run(PrintStream out, String... args) {
    err.reset();
    return Main.run(args, new ByteArrayInputStream(new byte[0]), out,
        new PrintStream(err, true, StandardCharsets.UTF_8), dir);
  }

  private static String name(String[] command) {
    return command[0].startsWith("-") ? "asl4j" : "asl4j " + command[0];
  }

  /** What {@code asl4j samples} says on standard error before anything else: the warnings. */
  static String sampleWarnings() {
    StringBuilder sb = new StringBuilder();
    io.asl4j.samples.Samples.all().forEach((n, sample) -> SamplesCommand.warnings(n, sample.get())
        .forEach(line -> sb.append("asl4j samples: ").append(line).append('\n')));
    return sb.toString();
  }

  @Test
  void everyCommandReportsAFullDeviceWithItsReasonAndExitsTwo() {
    for (String[] command : COMMANDS) {
      assertThat(run(StandardOutput.of(new Full()), command)).as(name(command)).isEqualTo(2);
      assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
          (command[0].equals("samples") ? sampleWarnings() : "") + name(command)
          + ": cannot write to standard output: No space left on device\n");
    }
  }

  @Test
  void anyPrintStreamThatFailsIsReportedToo() {
    assertThat(run(new PrintStream(new Full(), true, StandardCharsets.UTF_8), "samples"))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(sampleWarnings() + "asl4j samples: cannot write to standard output\n");
  }

  @Test
  void aCommandThatWritesNothingHasNothingToFail() {
    assertThat(run(StandardOutput.of(new Full()), "validate", "flow.asl.json")).isEqualTo(0);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void anErrorOfTheInputStillCountsWhenOutputFailsToo() throws IOException {
    Files.writeString(dir.resolve("broken.asl.json"), "{");

    assertThat(run(StandardOutput.of(new Full()), "format", "broken.asl.json", "flow.asl.json"))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("asl4j format: broken.asl.json:1:2:"
        + " malformed JSON: Unexpected end-of-input: expected close marker for Object (opened at"
        + " 1:1)\nasl4j format: cannot write to standard output: No space left on device\n");
  }

  /** The tool in a fresh JVM, its standard output sent where {@code redirect} says (sh syntax). */
  private Result child(String redirect, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", "-c",
        "exec \"$0\" \"$@\" " + redirect,
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    File errFile = File.createTempFile("asl4j-child-", ".err");
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectError(errFile)
          .start();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the child JVM finished").isTrue();
      return new Result(p.exitValue(), Files.readString(errFile.toPath()));
    } finally {
      errFile.delete();
    }
  }

  private record Result(int exitCode, String err) {}

  @Test
  void theDeviceFullIsReportedWithExitTwo() throws Exception {
    assumeTrue(new File("/dev/full").exists(), "a system with /dev/full");

    Result r = child(">/dev/full", "samples");

    assertThat(r.err()).isEqualTo(sampleWarnings() + "asl4j samples: cannot write to standard"
        + " output: No space left on device\n");
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void aClosedStandardOutputIsReportedWithExitTwo() throws Exception {
    Result r = child(">&-", "format", "flow.asl.json");

    assertThat(r.err()).startsWith("asl4j format: cannot write to standard output");
    assertThat(r.exitCode()).isEqualTo(2);
  }
}
