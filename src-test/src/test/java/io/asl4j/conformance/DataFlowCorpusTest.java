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
 * {@code conformance/data-flow-errors.tsv}; each warning is listed with the reason it is right or
 * acceptable in {@code conformance/data-flow-warnings.tsv}. The test fails when an error or a
 * warning appears, disappears or changes its message, and prints the difference. Prints
 * {@code Data-flow: N definitions analysed, E errors, W warnings}.
 */
class DataFlowCorpusTest {

  /** The data-flow warnings; every other diagnostic the analysis gives is an error. */
  private static final DiagnosticCode WARNING = DiagnosticCode.PATH_MAY_BE_MISSING;

  /**
   * A diagnostic as the lists key it: file, pointer, code and message, so that two diagnostics at
   * one place stay two (a repeated one must be listed as often as it is reported).
   */
  private record Entry(String file, String location, String code, String message) {

    @Override
    public String toString() {
      return file + "\t" + location + "\t" + code + "\t" + message;
    }
  }

  /**
   * Reads a list: one entry a line, {@code path, location, [code,] message, why} separated by
   * tabs; the reason of each entry → the entry, in the order of the file.
   */
  private static List<Map.Entry<Entry, String>> documented(String resource, boolean withCode) {
    List<Map.Entry<Entry, String>> out = new ArrayList<>();
    try (InputStream in = DataFlowCorpusTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cols = line.split("\t");
          assertThat(cols).as(line).hasSize(withCode ? 5 : 4);
          String why = cols[cols.length - 1];
          assertThat(why).as("the reason of " + cols[0] + " " + cols[1]).isNotBlank();
          Entry e = withCode ? new Entry(cols[0], cols[1], cols[2], cols[3])
              : new Entry(cols[0], cols[1], DiagnosticCode.PATH_NOT_FOUND.name(), cols[2]);
          out.add(Map.entry(e, why));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * The difference between what a list documents and what the analysis found, counting repeats:
   * {@code + ENTRY} found but not listed (or found more often than listed), {@code - ENTRY} listed
   * but no longer found.
   */
  static List<String> difference(List<Entry> listed, List<Entry> found) {
    List<Entry> unmatched = new ArrayList<>(listed);
    List<String> diff = new ArrayList<>();
    for (Entry e : found) {
      if (!unmatched.remove(e)) {
        diff.add("+ " + e);
      }
    }
    for (Entry e : unmatched) {
      diff.add("- " + e);
    }
    return diff;
  }

  @Test
  void everyDataFlowDiagnosticInTheValidCorpusIsDocumentedAndRight() throws IOException {
    List<Map.Entry<Entry, String>> errorList =
        documented("/conformance/data-flow-errors.tsv", false);
    List<Map.Entry<Entry, String>> warningList =
        documented("/conformance/data-flow-warnings.tsv", true);
    Validator validator = Validator.create();
    int definitions = 0;
    List<Entry> errors = new ArrayList<>();
    List<Entry> warnings = new ArrayList<>();
    for (Path file : Corpus.definitions("valid")) {
      definitions++;
      String name = Corpus.name(file).replace('\\', '/');
      for (Diagnostic d : validator.validate(Files.readString(file, StandardCharsets.UTF_8))) {
        if (d.code() == DiagnosticCode.PATH_NOT_FOUND || d.code() == WARNING) {
          Entry e = new Entry(name, d.location(), d.code().name(), d.message());
          (d.code() == WARNING ? warnings : errors).add(e);
        }
      }
    }
    System.out.printf("Data-flow: %d definitions analysed, %d errors, %d warnings%n",
        definitions, errors.size(), warnings.size());
    Map<Entry, String> why = new LinkedHashMap<>();
    errorList.forEach(e -> why.put(e.getKey(), e.getValue()));
    warningList.forEach(e -> why.put(e.getKey(), e.getValue()));
    for (Entry e : errors) {
      System.out.println("  error " + e.file() + " " + e.location() + ": " + why.get(e));
    }
    for (Entry e : warnings) {
      System.out.println("  warning " + e.file() + " " + e.location() + ": " + why.get(e));
    }
    List<String> errorDiff = difference(errorList.stream().map(Map.Entry::getKey).toList(), errors);
    List<String> warningDiff =
        difference(warningList.stream().map(Map.Entry::getKey).toList(), warnings);
    assertThat(definitions).isEqualTo(443);
    assertThat(errorDiff).as("data-flow errors found (+) or gone (-) against"
        + " data-flow-errors.tsv").isEmpty();
    assertThat(warningDiff).as("data-flow warnings found (+) or gone (-) against"
        + " data-flow-warnings.tsv").isEmpty();
  }

  @Test
  void aDiagnosticRepeatedAtOnePlaceIsCountedTwice() {
    Entry a = new Entry("f.json", "/States/A/Parameters/x.$", "PATH_NOT_FOUND", "one");
    Entry b = new Entry("f.json", "/States/A/Parameters/x.$", "PATH_NOT_FOUND", "other");
    assertThat(difference(List.of(a), List.of(a, b))).containsExactly("+ " + b);
    assertThat(difference(List.of(a), List.of(a, a))).containsExactly("+ " + a);
    assertThat(difference(List.of(a, a), List.of(a))).containsExactly("- " + a);
    assertThat(difference(List.of(b, a), List.of(a, b))).isEmpty();
  }
}
