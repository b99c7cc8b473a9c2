package io.asl4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.codegen.JavaGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's "From legacy JSON to Java" shows exactly what {@code asl4j generate -o -} writes for
 * the bundled legacy definition.
 */
class ReadmeGeneratorTest {

  @Test
  void readmeShowsTheGeneratorsOutputForTheLegacyFile() throws Exception {
    Path root = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."));
    if (!Files.exists(root.resolve("README.md"))) {
      root = Path.of("..");
    }
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## From legacy JSON to Java");
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    int end = readme.indexOf("```", start);
    Path legacy = root.resolve("samples/src/main/resources/legacy/order-fulfillment.asl.json");

    String generated = JavaGenerator.create().className("OrderFulfillment").generate(legacy);

    assertThat(section).isPositive();
    assertThat(readme.substring(start, end)).isEqualTo(generated);
  }
}
