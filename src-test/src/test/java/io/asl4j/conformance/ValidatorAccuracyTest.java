package io.asl4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.validation.Diagnostic;
import io.asl4j.validation.DiagnosticCode;
import io.asl4j.validation.Severity;
import io.asl4j.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The validator's accuracy on the third-party corpus: every valid definition passes except the
 * partial fixtures KNOWN-ISSUES.tsv lists (dangling transitions, test placeholders, an unknown
 * intrinsic), which fail with the matching error; every invalid definition fails, and where its
 * sidecar names the problem, a diagnostic names it too. Prints the confusion matrix.
 */
class ValidatorAccuracyTest {

  /** For each KNOWN-ISSUES kind of partial fixture, the code that must report it. */
  private static final Map<String, String> PARTIAL_FIXTURE_CODES = Map.of(
      "dangling-transition", "MISSING_TRANSITION_TARGET",
      "test-placeholder", "UNRESOLVED_PLACEHOLDER",
      "unknown-intrinsic", "UNKNOWN_INTRINSIC");

  @Test
  void corpusConfusionMatrixIsPerfect() throws IOException {
    Map<String, Set<String>> partial = new TreeMap<>();
    Corpus.partialFixtures().forEach((name, kinds) -> partial.put(name, kinds.stream()
        .map(PARTIAL_FIXTURE_CODES::get).collect(Collectors.toCollection(TreeSet::new))));
    Map<String, Set<String>> named = new LinkedHashMap<>();
    Corpus.table("/conformance/invalid-named-problems.tsv").forEach((name, codes) ->
        named.put(name, new TreeSet<>(List.of(codes.split(",")))));
    Map<String, String> disputes = Corpus.table("/conformance/corpus-disputes.tsv");
    Validator validator = Validator.create();

    int[][] matrix = new int[2][2]; // [expected invalid][reported invalid]
    List<String> wrong = new ArrayList<>();
    List<String> disputed = new ArrayList<>();
    int namedChecked = 0;
    int countsChecked = 0;
    for (String folder : List.of("valid", "invalid")) {
      for (Path file : Corpus.definitions(folder)) {
        String name = Corpus.name(file).replace('\\', '/');
        String text = Files.readString(file, StandardCharsets.UTF_8);
        // a data-flow error is an execution that would fail, not a definition AWS refuses: the
        // labels are about the latter, and DataFlowCorpusTest keeps the list of the former
        List<Diagnostic> found = validator.validate(text).stream()
            .filter(d -> d.code() != DiagnosticCode.PATH_NOT_FOUND).toList();
        Set<String> errorCodes = found.stream().filter(d -> d.severity() == Severity.ERROR)
            .map(d -> d.code().name()).collect(Collectors.toCollection(TreeSet::new));
        boolean expectInvalid = folder.equals("invalid") || partial.containsKey(name);
        boolean reportedInvalid = !errorCodes.isEmpty();
        matrix[expectInvalid ? 1 : 0][reportedInvalid ? 1 : 0]++;
        if (disputes.containsKey(name)) {
          if (expectInvalid == reportedInvalid) {
            wrong.add(name + ": listed as disputed, but asl4j now agrees with the corpus; remove"
                + " it from corpus-disputes.tsv");
          } else {
            disputed.add(name + " (labelled " + folder + "; asl4j: "
                + (reportedInvalid ? String.join(", ", errorCodes) : "no error") + "): "
                + disputes.get(name));
          }
          continue;
        }
        if (expectInvalid != reportedInvalid) {
          wrong.add(name + ": expected " + (expectInvalid ? "invalid" : "valid") + ", got "
              + (reportedInvalid ? found.stream().filter(d -> d.severity() == Severity.ERROR)
                  .map(Diagnostic::toString).collect(Collectors.joining("; ")) : "no error"));
          continue;
        }
        Set<String> mustName = partial.getOrDefault(name, named.get(name));
        if (mustName != null) {
          namedChecked++;
          if (!errorCodes.containsAll(mustName)) {
            wrong.add(name + ": expected errors " + mustName + ", got " + errorCodes);
          }
        }
        Integer count = folder.equals("invalid") ? problemCount(file) : null;
        if (count != null) {
          countsChecked++;
          long errors = found.stream().filter(d -> d.severity() == Severity.ERROR).count();
          if (errors != count) {
            wrong.add(name + ": the sidecar expects " + count + " problems, asl4j reports "
                + errors + ": " + found);
          }
        }
      }
    }

    System.out.printf("Validator on the corpus (rows: expected, columns: reported)%n"
        + "                   valid  invalid%n"
        + "  valid          %7d  %7d%n"
        + "  invalid        %7d  %7d%n"
        + "  accuracy: valid %d/%d, invalid %d/%d; named problems matched: %d, problem counts"
        + " matched: %d%n"
        + "  undisputed files: %d/%d agree; %d files disputed (their labels contradict other"
        + " corpus files or the AWS rules):%n",
        matrix[0][0], matrix[0][1], matrix[1][0], matrix[1][1],
        matrix[0][0], matrix[0][0] + matrix[0][1], matrix[1][1], matrix[1][0] + matrix[1][1],
        namedChecked, countsChecked, matrix[0][0] + matrix[1][1],
        matrix[0][0] + matrix[1][1] + disputed.size() + wrong.size() - disputed.size(),
        disputed.size());
    disputed.forEach(d -> System.out.println("  DISPUTED " + d));
    wrong.forEach(w -> System.out.println("  MISMATCH " + w));
    assertThat(matrix[0][0] + matrix[1][1]).isGreaterThan(500);
    assertThat(disputed).hasSize(disputes.size());
    assertThat(wrong).isEmpty();
  }

  /** The sidecar's {@code expected_problem_count}, when its sources agree on one; else null. */
  private static Integer problemCount(Path file) throws IOException {
    Path sidecar = file.resolveSibling(file.getFileName() + ".expected.txt");
    if (!Files.exists(sidecar)) {
      return null;
    }
    Set<String> counts = Files.readAllLines(sidecar).stream()
        .filter(l -> l.startsWith("expected_problem_count:"))
        .map(l -> l.substring(l.indexOf(':') + 1).strip()).collect(Collectors.toSet());
    return counts.size() == 1 ? Integer.valueOf(counts.iterator().next()) : null;
  }
}
