package io.asl4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.validation.Diagnostic;
import io.asl4j.validation.DiagnosticCode;
import io.asl4j.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The data-flow analysis over every valid corpus definition: no false alarm. Each error it finds
 * there is an execution that would certainly fail, listed with the reason it is right in
 * {@code conformance/data-flow-errors.tsv}; the test fails when an error appears, disappears or
 * changes its message. Prints {@code Data-flow: N definitions analysed, E errors, W warnings}.
 */
class DataFlowCorpusTest {

  /** The documented errors: "path location" → {message, why}. */
  private static Map<String, String[]> documented() {
    Map<String, String[]> out = new LinkedHashMap<>();
    try (InputStream in = DataFlowCorpusTest.class.getResourceAsStream(
        "/conformance/data-flow-errors.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cols = line.split("\t");
          assertThat(cols).as(line).hasSize(4);
          assertThat(cols[3]).as("the reason of " + cols[0] + " " + cols[1]).isNotBlank();
          out.put(cols[0] + " " + cols[1], new String[] {cols[2], cols[3]});
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Test
  void everyDataFlowErrorInTheValidCorpusIsDocumentedAndRight() throws IOException {
    Map<String, String[]> documented = documented();
    Validator validator = Validator.create();
    int definitions = 0;
    int warnings = 0;
    Map<String, String> found = new LinkedHashMap<>();
    for (Path file : Corpus.definitions("valid")) {
      definitions++;
      String name = Corpus.name(file).replace('\\', '/');
      for (Diagnostic d : validator.validate(Files.readString(file, StandardCharsets.UTF_8))) {
        if (d.code() == DiagnosticCode.PATH_NOT_FOUND) {
          found.put(name + " " + d.location(), d.message());
        } else if (d.code() == DiagnosticCode.PATH_MAY_BE_MISSING) {
          warnings++;
        }
      }
    }
    System.out.printf("Data-flow: %d definitions analysed, %d errors, %d warnings%n",
        definitions, found.size(), warnings);
    List<String> wrong = new ArrayList<>();
    found.forEach((key, message) -> {
      String[] doc = documented.get(key);
      if (doc == null) {
        wrong.add("not in data-flow-errors.tsv: " + key + ": " + message);
      } else if (!doc[0].equals(message)) {
        wrong.add("message changed: " + key + ": " + message);
      } else {
        System.out.println("  " + key + ": " + doc[1]);
      }
    });
    documented.keySet().stream().filter(k -> !found.containsKey(k))
        .forEach(k -> wrong.add("no longer reported: " + k));
    wrong.forEach(w -> System.out.println("  MISMATCH " + w));
    assertThat(definitions).isEqualTo(443);
    assertThat(wrong).isEmpty();
  }
}
