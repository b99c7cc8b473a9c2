package io.asl4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.Workflow;
import io.asl4j.diagram.Diagram;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's diagram of the article's third workflow is what the renderer draws. */
class ReadmeDiagramTest {

  @Test
  void readmeShowsTheRenderedSeedWorkflow() throws Exception {
    Path seeds = Path.of(System.getProperty("asl4j.seeds", "../../shared/seed-workflows"));
    Workflow seed = Workflow.fromJson(Files.readString(seeds.resolve(
        "3-choice-glue-a-or-b.asl.json")));

    assertThat(Readme.block("## Diagrams", "mermaid")).isEqualTo(Diagram.mermaid(seed));
  }
}
