package io.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.asl4j.samples.GlueLambdaSns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every writer on a full disk: no empty or partial file is left, nothing is overwritten, and the
 * error says why with exit 2. The disk is a 64 KiB tmpfs, filled up, mounted in a private mount
 * namespace ({@code unshare}), so the test needs neither root nor a real full disk, and nothing
 * outside the child process ever sees the mount.
 */
class FullDiskTest {

  private static final String MESSY =
      "{\"States\":{\"A\":{\"End\":true,\"Type\":\"Pass\"}},\"StartAt\":\"A\"}";

  /** Mounts and fills {@code full}, then runs each command line in $COMMANDS, one per line. */
  private static final String SCRIPT = String.join("\n",
      "mount -t tmpfs -o size=64k tmpfs full || exit 99",
      "printf '%s' \"$MESSY\" > full/messy.asl.json",
      "head -c 1048576 /dev/zero > full/filler 2>/dev/null",
      "echo \"$COMMANDS\" | while read -r args; do",
      "  \"$JAVA\" -cp \"$CP\" io.asl4j.cli.Main $args",
      "  echo \"exit $?\"",
      "done",
      "ls -A full",
      "cat full/messy.asl.json");

  @TempDir
  Path dir;

  @Test
  void noWriterLeavesAnEmptyFileOrLosesTheOriginal() throws IOException, InterruptedException {
    Files.writeString(dir.resolve("flow.asl.json"), MESSY);
    Files.createDirectories(dir.resolve("full"));
    List<String> commands = List.of(
        "samples -o full 1-glue-lambda-sns",
        "format -o full flow.asl.json",
        "generate -o full flow.asl.json",
        "render -o full/flow.mmd flow.asl.json",
        "format -i full/messy.asl.json");

    String output = inPrivateMountNamespace(String.join("\n", commands));

    // the sample's warnings come first, on standard error as the failure does
    String warnings = SamplesCommand.warnings("1-glue-lambda-sns", GlueLambdaSns.workflow())
        .stream().map(line -> "asl4j samples: " + line + "\n").collect(Collectors.joining());
    assertThat(output).isEqualTo(warnings + String.join("\n",
        "asl4j samples: full/1-glue-lambda-sns.asl.json: cannot write: No space left on device",
        "exit 2",
        "asl4j format: full/flow.asl.json: cannot write: No space left on device",
        "exit 2",
        "asl4j generate: full/Flow.java: cannot write: No space left on device",
        "exit 2",
        "asl4j render: full/flow.mmd: cannot write: No space left on device",
        "exit 2",
        "asl4j format: full/messy.asl.json: cannot write: No space left on device",
        "exit 2",
        "filler",
        "messy.asl.json",
        MESSY));
  }

  /** Runs {@link #SCRIPT} under {@code unshare -rm}; skips the test where that is not allowed. */
  private String inPrivateMountNamespace(String commands) throws IOException,
      InterruptedException {
    ProcessBuilder pb = new ProcessBuilder("unshare", "-rm", "sh", "-c", SCRIPT)
        .directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("JAVA",
        Path.of(System.getProperty("java.home"), "bin", "java").toString());
    pb.environment().put("CP", System.getProperty("java.class.path"));
    pb.environment().put("MESSY", MESSY);
    pb.environment().put("COMMANDS", commands);
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      assumeTrue(false, "no unshare here: " + e.getMessage());
      throw e;
    }
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the child finished").isTrue();
    assumeTrue(p.exitValue() != 99 && !output.startsWith("unshare:"),
        "private mounts are not allowed here: " + output);
    return output.strip();
  }
}
