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
 * The limits of {@code io.asl4j.syntax.InputLimits} on the command line: every command refuses
 * input past them with the same located message, never a stack trace, and an endless input ends
 * promptly with exit 2.
 */
class InputLimitsCommandTest {

  private static final String TOO_DEEP = "the JSONata expression nests more than 100 levels deep;"
      + " asl4j reads at most 100 (each bracket, call and chained operator is a level), so that no"
      + " expression exhausts the stack";

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
}
