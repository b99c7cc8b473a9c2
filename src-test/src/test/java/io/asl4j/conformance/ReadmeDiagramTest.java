package io.asl4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.Workflow;
import io.asl4j.diagram.Diagram;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's diagram of the article's third workflow is what the renderer draws. */
class ReadmeDiagramTest {

  @Test
  void readmeShowsTheRenderedSeedWorkflow() throws Exception {
    Path root = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."));
    if (!Files.exists(root.resolve("README.md"))) {
      root = Path.of("..");
    }
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## Diagrams");
    int start = readme.indexOf("```mermaid\n", section) + "```mermaid\n".length();
    int end = readme.indexOf("```", start);
    Path seeds = Path.of(System.getProperty("asl4j.seeds", "../../shared/seed-workflows"));
    Workflow seed = Workflow.fromJson(Files.readString(seeds.resolve(
        "3-choice-glue-a-or-b.asl.json")));

    assertThat(section).isPositive();
    assertThat(readme.substring(start, end)).isEqualTo(Diagram.mermaid(seed));
  }
}
