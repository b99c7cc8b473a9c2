package io.asl4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.Workflow;
import io.asl4j.testing.Resources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden definition under {@code asl/} survives read and write unchanged. */
class GoldenRoundTripTest {

  static Stream<Path> goldenFiles() {
    return Stream.concat(Resources.files("asl", ".asl.json").stream(),
        Resources.files("asl", ".input.json").stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void prettyOutputIsTheSameJsonTree(Path file) throws IOException {
    String input = Files.readString(file);
    Workflow workflow = AslReader.create().read(input);

    assertThat(JsonDiff.firstDifference(input, workflow.toJson())).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void compactOutputIsTheSameJsonTree(Path file) throws IOException {
    String input = Files.readString(file);
    Workflow workflow = AslReader.create().read(input);

    String compact = AslWriter.compact().write(workflow);

    assertThat(JsonDiff.firstDifference(input, compact)).isEmpty();
    assertThat(compact).doesNotContain("\n", "\": ");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void readingTheOutputAgainGivesAnEqualModel(Path file) throws IOException {
    Workflow first = AslReader.create().read(Files.readString(file));

    Workflow second = AslReader.create().read(first.toJson());

    assertThat(second).isEqualTo(first);
    assertThat(second.toJson()).isEqualTo(first.toJson());
  }
}
