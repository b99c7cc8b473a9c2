package io.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
 * The limits of {@code io.asl4j.syntax.InputLimits} on the command line: every command refuses
 * input past them with the same located message, never a stack trace, and an endless input ends
 * promptly with exit 2.
 */
class InputLimitsCommandTest {

  private static final String TOO_DEEP = "the JSONata expression nests more than 100 levels deep;"
      + " asl4j reads at most 100 (a bracket or call is a level, an operator half of one), so that"
      + " no expression exhausts the stack";

  /** The 1.7 KB file: a JSONata expression inside 800 parentheses, on line 4. */
  private static final String DEEP_JSONATA = "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"A\","
      + " \"States\": {\n  \"A\": {\n    \"Type\": \"Pass\",\n    \"Output\": \"{% "
      + "(".repeat(800) + "1" + ")".repeat(800) + " %}\",\n    \"End\": true\n  }\n}}\n";

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private InputStream stdin = new ByteArrayInputStream(new byte[0]);

  private int run(String... args) {
    out.reset();
    err.reset();
    return Main.run(args, stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), dir);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aDeepJsonataExpressionGetsTheSameLocatedAnswerFromEveryCommand() throws IOException {
    Files.writeString(dir.resolve("deep.asl.json"), DEEP_JSONATA);

    assertThat(run("validate", "deep.asl.json")).isEqualTo(1);
    assertThat(out()).isEqualTo("deep.asl.json:4:5: ERROR INVALID_JSONATA /States/A/Output: "
        + TOO_DEEP + "\n");
    assertThat(err()).isEmpty();

    for (String[] command : new String[][] {{"format"}, {"render"}, {"generate", "-o", "-"}}) {
      String[] args = new String[command.length + 1];
      System.arraycopy(command, 0, args, 0, command.length);
      args[command.length] = "deep.asl.json";

      assertThat(run(args)).as(command[0]).isEqualTo(1);
      assertThat(err()).isEqualTo("asl4j " + command[0] + ": deep.asl.json:4:5: /States/A/Output: "
          + TOO_DEEP + "\n");
      assertThat(out()).isEmpty();
    }
  }

  @Test
  void deepIntrinsicCallsGetTheSameLocatedAnswerFromEveryCommand() throws IOException {
    Files.writeString(dir.resolve("deep.asl.json"), "{\"StartAt\": \"A\", \"States\": {\"A\":"
        + " {\"Type\": \"Pass\", \"Parameters\": {\"x.$\": \"" + "States.Format('{}', ".repeat(2500)
        + "$.x" + ")".repeat(2500) + "\"}, \"End\": true}}}");
    String message = "/States/A/Parameters/x.$: nests more than 100 intrinsic calls; at most 10 are"
        + " allowed in one field";

    assertThat(run("validate", "deep.asl.json")).isEqualTo(1);
    assertThat(out()).isEqualTo("deep.asl.json:1:66: ERROR INTRINSIC_NESTING " + message + "\n");
    assertThat(run("format", "deep.asl.json")).isEqualTo(1);
    assertThat(err()).isEqualTo("asl4j format: deep.asl.json:1:66: " + message + "\n");
    assertThat(run("generate", "-o", "-", "deep.asl.json")).isEqualTo(1);
    assertThat(err()).isEqualTo("asl4j generate: deep.asl.json:1:66: " + message + "\n");
  }

  @Test
  void jacksonsFeatureNamesNeverReachTheUser() throws IOException {
    Files.writeString(dir.resolve("nan.asl.json"), "{\"StartAt\": \"A\", \"States\": {\"A\":"
        + " {\"Type\": \"Pass\", \"Result\": NaN, \"End\": true}}}");

    assertThat(run("validate", "nan.asl.json")).isEqualTo(1);
    assertThat(out()).isEqualTo("nan.asl.json:1:64: ERROR INVALID_JSON /States/A: malformed JSON:"
        + " NaN is not a JSON number\n");
    assertThat(run("format", "nan.asl.json")).isEqualTo(1);
    assertThat(err()).isEqualTo("asl4j format: nan.asl.json:1:64: /States/A: malformed JSON: NaN is"
        + " not a JSON number\n");
  }

  private static final String TOO_LARGE = ":1:33554433: the input is larger than 32 MiB (33554432"
      + " bytes), the most asl4j reads; Step Functions itself takes definitions of at most 1 MiB";

  /** An endless standard input, as {@code yes | asl4j validate -} gives, counting its bytes. */
  private static final class Endless extends InputStream {
    long served;

    @Override
    public int read() {
      served++;
      return ' ';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) ' ');
      served += len;
      return len;
    }
  }

  @Test
  void anEndlessStandardInputIsRefusedOnceItPassesTheLimit() {
    for (String[] command : new String[][] {{"validate", "-"}, {"format", "-"},
        {"render", "-"}, {"generate", "--class", "Flow", "-o", "-", "-"}}) {
      Endless endless = new Endless();
      stdin = endless;

      assertThat(run(command)).as(command[0]).isEqualTo(2);

      assertThat(err()).isEqualTo("asl4j " + command[0] + ": <stdin>" + TOO_LARGE + "\n");
      assertThat(out()).isEmpty();
      assertThat(endless.served).as("read no further than the limit")
          .isEqualTo(32L * 1024 * 1024 + 1);
    }
  }

  @Test
  void devZeroIsRefusedOnceItPassesTheLimit() {
    assumeTrue(Files.isReadable(Path.of("/dev/zero")), "a system with /dev/zero");

    assertThat(run("validate", "/dev/zero")).isEqualTo(2);

    assertThat(err()).isEqualTo("asl4j validate: /dev/zero" + TOO_LARGE + "\n");
    assertThat(out()).isEmpty();
  }

  /** In a JVM of 128 MiB, where reading /dev/zero to its end would run out of memory. */
  @Test
  void devZeroEndsPromptlyInASmallHeap() throws Exception {
    assumeTrue(Files.isReadable(Path.of("/dev/zero")), "a system with /dev/zero");

    ChildJvm.Result r = ChildJvm.run(dir, null, "-Xmx128m", "validate", "/dev/zero");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("asl4j validate: /dev/zero" + TOO_LARGE + "\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aFileOfExactlyTheLimitIsRead() throws IOException {
    String definition = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}";
    byte[] padded = (definition + " ".repeat(32 * 1024 * 1024 - definition.length()))
        .getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve("big.asl.json"), padded);

    assertThat(run("validate", "big.asl.json")).isEqualTo(1);
    assertThat(out()).isEqualTo("big.asl.json:1:1: ERROR DEFINITION_TOO_LARGE the definition is"
        + " 33554432 bytes; Step Functions accepts at most 1048576 (1 MiB)\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void aStackOverflowThatNoLimitForesawIsOneLineNotATrace() {
    stdin = new InputStream() {
      @Override
      public int read() {
        throw new StackOverflowError();
      }
    };

    assertThat(run("validate", "-")).isEqualTo(2);

    assertThat(err()).isEqualTo("asl4j validate: internal error: java.lang.StackOverflowError\n"
        + "Please report this with the input that caused it.\n");
  }
}
