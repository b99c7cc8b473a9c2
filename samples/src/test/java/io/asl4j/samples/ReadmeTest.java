package io.asl4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's side-by-side example shows the JSON the sample really produces. */
class ReadmeTest {

  @Test
  void theReadmeJsonIsWhatTheSecondSeedSampleProduces() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("```json\n");
    int end = readme.indexOf("\n```", start + 8);

    assertThat(start).as("a ```json block in README.md").isGreaterThanOrEqualTo(0);
    assertThat(readme.substring(start + 8, end)).isEqualTo(CatchNotifyFail.workflow().toJson());
  }
}
