package io.asl4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.codegen.JavaGenerator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's "From legacy JSON to Java" shows exactly what {@code asl4j generate -o -} writes for
 * the bundled legacy definition.
 */
class ReadmeGeneratorTest {

  @Test
  void readmeShowsTheGeneratorsOutputForTheLegacyFile() throws Exception {
    Path legacy = Readme.root().resolve(
        "samples/src/main/resources/legacy/order-fulfillment.asl.json");

    String generated = JavaGenerator.create().className("OrderFulfillment").generate(legacy);

    assertThat(Readme.block("## From legacy JSON to Java", "java")).isEqualTo(generated);
  }
}
