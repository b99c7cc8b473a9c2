package io.asl4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.json.AslReadException;
import io.asl4j.json.AslReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every invalid corpus definition is either read into the model (the validator's job to reject) or
 * rejected by the reader with located problems; never a crash.
 */
class InvalidCorpusTest {

  @Test
  void everyInvalidDefinitionIsReadOrRejectedWithLocatedProblems() throws IOException {
    List<Path> files = Corpus.definitions("invalid");
    List<String> crashes = new ArrayList<>();
    int rejected = 0;
    int read = 0;
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      for (AslReader reader : List.of(AslReader.create(), AslReader.create().keepUnknownFields(true))) {
        try {
          reader.read(bytes);
          read += reader.keepsUnknownFields() ? 0 : 1;
        } catch (AslReadException e) {
          rejected += reader.keepsUnknownFields() ? 0 : 1;
          for (AslReadException.Problem p : e.problems()) {
            if (p.line() < 1 || p.column() < 1 || p.message().isBlank()) {
              crashes.add(Corpus.name(file) + ": problem without a position or message: " + p);
            }
          }
        } catch (RuntimeException | Error e) {
          crashes.add(Corpus.name(file) + ": " + e);
        }
      }
    }

    System.out.printf("Invalid corpus: %d definitions, %d rejected by the reader with located"
        + " problems, %d read into the model, %d crashes%n", files.size(), rejected, read,
        crashes.size());
    assertThat(files).isNotEmpty();
    assertThat(crashes).isEmpty();
    assertThat(rejected + read).isEqualTo(files.size());
  }
}
