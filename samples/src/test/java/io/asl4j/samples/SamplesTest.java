package io.asl4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.Workflow;
import io.asl4j.json.JsonDiff;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample builds, reads back as the same model, and (besides the seed three, checked
 * against the article's files) matches its reviewed golden file in {@code src/test/resources/asl}.
 */
class SamplesTest {

  static Stream<String> samples() {
    return Samples.all().keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void aSampleReadsBackAsTheSameModel(String name) {
    Workflow w = Samples.all().get(name).get();

    assertThat(Workflow.fromJson(w.toJson())).isEqualTo(w);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void aSampleMatchesItsGoldenFile(String name) throws IOException {
    if (name.matches("\\d-.*")) {
      return; // the seed workflows are checked against the article's files
    }
    try (InputStream in = SamplesTest.class.getResourceAsStream("/asl/" + name + ".asl.json")) {
      assertThat(in).as("golden file for " + name).isNotNull();
      assertThat(JsonDiff.firstDifference(new String(in.readAllBytes(), StandardCharsets.UTF_8),
          Samples.all().get(name).get().toJson())).isEmpty();
    }
  }

  @Test
  void theWriterWritesEverySampleUnderItsName(@TempDir Path dir) throws IOException {
    WriteSamples.main(new String[] {dir.toString()});

    for (Map.Entry<String, Supplier<Workflow>> e : Samples.all().entrySet()) {
      Path file = dir.resolve(e.getKey() + ".asl.json");
      assertThat(Files.readString(file)).isEqualTo(e.getValue().get().toJson() + "\n");
    }
  }

  @Test
  void theJsonataSampleReadsTheFirstStatesVariableInTheThird() {
    String json = JsonataVariables.workflow().toJson();

    assertThat(json).contains("\"customerId\": \"{% $states.result.Item.customer.S %}\"",
        "\"StringValue\": \"{% $customerId %}\"");
  }
}
