package io.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's {@code asl4j cost} examples, on the article's three workflows, are what the
 * command prints (warnings on standard error included).
 */
class CostReadmeTest {

  @Test
  void theReadmesCostExamplesAreWhatTheCommandPrints() throws IOException {
    Path root = Path.of("..");
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("### `asl4j cost`\n");
    assertThat(section).as("README.md has ### `asl4j cost`").isNotNegative();
    // the second block of the section: commands, each followed by what it prints
    int first = readme.indexOf("```\n", section);
    int start = readme.indexOf("```\n", readme.indexOf("```\n", first + 4) + 4) + 4;
    String block = readme.substring(start, readme.indexOf("```", start));
    List<String> commands = new ArrayList<>();
    StringBuilder expected = new StringBuilder();
    for (String line : block.split("\n", -1)) {
      if (line.startsWith("$ asl4j cost ")) {
        commands.add(line.substring("$ asl4j ".length()));
      }
    }
    assertThat(commands).hasSize(4);
    expected.append(block);
    StringBuilder actual = new StringBuilder();
    for (String command : commands) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = Main.run(command.split(" "), new ByteArrayInputStream(new byte[0]),
          new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8), root);
      // the article's first and third workflows fail at SNS Notify, the second in its Fail state
      assertThat(code).as(command).isEqualTo(1);
      // as a terminal shows them: the warnings (standard error) come before the price
      actual.append("$ asl4j ").append(command).append('\n')
          .append(err.toString(StandardCharsets.UTF_8))
          .append(out.toString(StandardCharsets.UTF_8));
    }
    assertThat(actual.toString()).isEqualTo(expected.toString());
  }
}
