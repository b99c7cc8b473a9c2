package io.asl4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.asl4j.Workflow;
import io.asl4j.diagram.Diagram;
import io.asl4j.diagram.Graphviz;
import io.asl4j.json.AslReadException;
import io.asl4j.json.AslReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every valid corpus definition can be drawn: Mermaid and DOT render without error, and, when
 * Graphviz is installed, {@code dot -Tsvg} accepts every DOT diagram.
 */
class DiagramCorpusTest {

  @Test
  void everyValidDefinitionRendersAndGraphvizAcceptsItsDot() throws IOException {
    List<Path> files = Corpus.definitions("valid");
    AslReader reader = AslReader.create().keepUnknownFields(true);
    Map<String, String> dots = new LinkedHashMap<>();
    List<String> unread = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Path file : files) {
      Workflow workflow;
      try {
        workflow = reader.read(Files.readAllBytes(file));
      } catch (AslReadException e) {
        unread.add(Corpus.name(file) + ": " + e.problems().get(0)); // the reader's tests cover it
        continue;
      }
      try {
        String mermaid = Diagram.mermaid(workflow);
        String dot = Diagram.dot(workflow);
        if (!mermaid.equals(Diagram.mermaid(workflow)) || !dot.equals(Diagram.dot(workflow))) {
          failures.add(Corpus.name(file) + ": rendering twice gave different text");
        }
        dots.put(Corpus.name(file), dot);
      } catch (RuntimeException e) {
        failures.add(Corpus.name(file) + ": " + e);
      }
    }
    int readable = files.size() - unread.size();

    Optional<Path> graphviz = Graphviz.find();
    int accepted = 0;
    if (graphviz.isPresent()) {
      for (Map.Entry<String, String> e : dots.entrySet()) {
        try {
          byte[] svg = Graphviz.render(graphviz.get(), e.getValue(), "svg", Duration.ofSeconds(60));
          if (new String(svg, StandardCharsets.UTF_8).contains("<svg")) {
            accepted++;
          } else {
            failures.add(e.getKey() + ": dot -Tsvg wrote no <svg> element");
          }
        } catch (IOException ex) {
          failures.add(e.getKey() + ": " + ex.getMessage());
        }
      }
    }

    System.out.printf("Diagrams: %d/%d rendered, %s%n", dots.size(), readable,
        graphviz.isPresent() ? accepted + "/" + dots.size() + " accepted by Graphviz"
            : "not checked by Graphviz (no dot on the PATH)");
    unread.forEach(f -> System.out.println("  not read, skipped: " + f));
    failures.forEach(f -> System.out.println("  FAILED: " + f));
    assertThat(files).as("valid corpus definitions").isNotEmpty();
    assertThat(failures).as("definitions that did not render").isEmpty();
    assertThat(dots).hasSize(readable);

    if (graphviz.isEmpty()) {
      String message = "Graphviz's dot is not on the PATH, so the DOT diagrams were not checked"
          + " (apt-get install graphviz)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    assertThat(accepted).isEqualTo(dots.size());
  }
}
