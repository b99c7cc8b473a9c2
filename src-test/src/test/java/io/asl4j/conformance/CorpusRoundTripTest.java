package io.asl4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.Workflow;
import io.asl4j.json.AslReadException;
import io.asl4j.json.AslReader;
import io.asl4j.json.AslWriter;
import io.asl4j.json.JsonDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Lossless reading and writing over every valid corpus definition: read, write, and the JSON tree
 * (key order ignored, numbers by their exact text) equals the input; reading the output gives an
 * equal model.
 */
class CorpusRoundTripTest {

  @Test
  void everyValidDefinitionRoundTripsExactly() throws IOException {
    List<Path> files = Corpus.definitions("valid");
    List<String> failures = new ArrayList<>();
    List<String> lenient = new ArrayList<>();
    int passed = 0;
    for (Path file : files) {
      String input = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      AslReader reader = AslReader.create();
      Workflow workflow;
      try {
        workflow = reader.read(input);
      } catch (AslReadException strictProblem) {
        // fields outside ASL (a test double's "Input", a stray "QueryLanguage" entry in States)
        reader = reader.keepUnknownFields(true);
        try {
          workflow = reader.read(input);
          lenient.add(Corpus.name(file) + " (" + strictProblem.problems().get(0) + ")");
        } catch (AslReadException e) {
          failures.add(Corpus.name(file) + ": " + e.getMessage());
          continue;
        }
      }
      String pretty = workflow.toJson();
      Optional<JsonDiff.Difference> prettyDiff = JsonDiff.firstDifference(input, pretty);
      Optional<JsonDiff.Difference> compactDiff =
          JsonDiff.firstDifference(input, AslWriter.compact().write(workflow));
      boolean sameModel = reader.read(pretty).equals(workflow);
      if (prettyDiff.isPresent() || compactDiff.isPresent() || !sameModel) {
        failures.add(Corpus.name(file) + ": " + prettyDiff.or(() -> compactDiff)
            .map(Object::toString).orElse("reading the output gave a different model"));
      } else {
        passed++;
      }
    }

    System.out.printf("Corpus round trip: %d/%d (%d read strictly; %d needed keepUnknownFields)%n",
        passed, files.size(), files.size() - lenient.size() - failures.size(), lenient.size());
    lenient.forEach(f -> System.out.println("  kept unknown content: " + f));
    failures.forEach(f -> System.out.println("  FAILED: " + f));
    assertThat(files).as("valid corpus definitions").isNotEmpty();
    assertThat(failures).as("definitions that did not round-trip").isEmpty();
    assertThat(passed).isEqualTo(files.size());
  }
}
