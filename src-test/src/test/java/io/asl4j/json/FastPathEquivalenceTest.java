package io.asl4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import io.asl4j.Workflow;
import io.asl4j.bench.GeneratedWorkflows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reader's two modes agree: wherever the fast mode (the mapper on Jackson's token stream, no
 * positions) produces a workflow, it equals the located mode's (the same mapper on a replayed tree
 * with positions); on invalid input the fast mode gives up rather than guess. Lives in the
 * reader's package to reach both modes directly.
 */
class FastPathEquivalenceTest {

  private static List<Path> corpus(String folder) {
    Path root = Path.of(System.getProperty("asl4j.corpus", "../shared/corpus"), folder);
    if (!Files.isDirectory(root)) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new AssertionError("ASL corpus not found at " + root.toAbsolutePath());
      }
      org.junit.jupiter.api.Assumptions.abort("ASL corpus not found at " + root.toAbsolutePath());
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fast path's result, or null when it gives up. */
  private static Workflow fast(String json, boolean keepUnknown) {
    try (JsonParser p = TreeParser.FAST_FACTORY.createParser(json)) {
      return Mapper.fast(new Tokens.Stream(p), keepUnknown);
    } catch (Mapper.Bail | IOException | IllegalArgumentException e) {
      return null;
    }
  }

  /** The located path's result, or null when the input is rejected. */
  private static Workflow located(String json, boolean keepUnknown) {
    try {
      return Mapper.located(TreeParser.parse(json), keepUnknown);
    } catch (AslReadException e) {
      return null;
    }
  }

  private static int[] compare(List<String> inputs, List<String> disagreements) {
    int fastCount = 0;
    int locatedCount = 0;
    for (String json : inputs) {
      for (boolean keep : new boolean[] {false, true}) {
        Workflow f = fast(json, keep);
        Workflow l = located(json, keep);
        if (l != null) {
          locatedCount++;
        }
        if (f != null) {
          fastCount++;
          if (!f.equals(l)) {
            disagreements.add((keep ? "[keep unknown] " : "") + json.substring(0,
                Math.min(120, json.length())));
          }
        }
      }
    }
    return new int[] {fastCount, locatedCount};
  }

  private static String read(Path p) {
    try {
      return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void bothPathsAgreeOnEveryValidCorpusDefinition() {
    List<String> inputs = corpus("valid").stream().map(FastPathEquivalenceTest::read).toList();
    List<String> disagreements = new ArrayList<>();

    int[] counts = compare(inputs, disagreements);

    System.out.printf("Fast path: %d of %d valid-corpus reads (strict and keep-unknown) taken"
        + " without falling back%n", counts[0], counts[1]);
    assertThat(disagreements).isEmpty();
    assertThat(counts[0]).as("reads the fast path handles").isGreaterThan(counts[1] * 9 / 10);
  }

  @Test
  void theFastPathNeverAcceptsWhatTheLocatedReaderRejects() {
    List<String> inputs = corpus("invalid").stream().map(FastPathEquivalenceTest::read).toList();
    List<String> disagreements = new ArrayList<>();

    compare(inputs, disagreements);

    assertThat(disagreements).isEmpty();
  }

  @Test
  void bothPathsAgreeOnGeneratedWorkflows() {
    List<String> disagreements = new ArrayList<>();

    int[] counts = compare(List.of(GeneratedWorkflows.mixed(2_000)), disagreements);

    assertThat(disagreements).isEmpty();
    assertThat(counts[0]).isEqualTo(2);
  }

  @Test
  void repeatedNamesAnywhereSendTheFastPathToTheLocatedReader() {
    String state = "{\"Type\":\"Task\",\"Resource\":\"r\",\"End\":true%s}";
    List<String> duplicates = List.of(
        "{\"StartAt\":\"A\",\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Succeed\"}}}",
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Succeed\"},"
            + "\"A\":{\"Type\":\"Succeed\"}}}",
        "{\"StartAt\":\"A\",\"States\":{\"A\":" + state.formatted(",\"Comment\":\"x\","
            + "\"Comment\":\"y\"") + "}}",
        "{\"StartAt\":\"A\",\"States\":{\"A\":" + state.formatted(",\"Type\":\"Task\"") + "}}",
        "{\"StartAt\":\"A\",\"States\":{\"A\":" + state.formatted(",\"Parameters\":{\"k\":1,"
            + "\"k\":2}") + "}}",
        "{\"StartAt\":\"A\",\"States\":{\"A\":" + state.formatted(",\"Retry\":[{\"ErrorEquals\":"
            + "[\"X\"],\"MaxAttempts\":1,\"MaxAttempts\":2}]") + "}}",
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"End\":true,\"Type\":\"Pass\","
            + "\"Result\":{\"a\":{\"b\":1,\"b\":2}}}}}",
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"End\":true,\"Type\":\"Pass\",\"End\":true}}}");

    for (String json : duplicates) {
      for (boolean keep : new boolean[] {false, true}) {
        assertThat(fast(json, keep)).as(json).isNull();
        assertThat(located(json, keep)).as(json).isNull();
      }
    }
  }

  @Test
  void unusualShapesAreReadTheSameWay() {
    String typeLast = "{\"StartAt\":\"A\",\"States\":{\"A\":{\"End\":true,\"Type\":\"Pass\"}}}";
    String lateLanguage = "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\","
        + "\"Assign\":{\"x\":\"{% 1 %}\"},\"QueryLanguage\":\"JSONata\",\"End\":true}}}";
    String lateTopLanguage = "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\","
        + "\"Assign\":{\"x\":\"{% 1 %}\"},\"End\":true}},\"QueryLanguage\":\"JSONata\"}";

    assertThat(fast(typeLast, false)).as("a state read as a tree inside the fast path")
        .isEqualTo(located(typeLast, false)).isNotNull();
    for (String json : List.of(lateLanguage, lateTopLanguage)) {
      assertThat(fast(json, false)).as(json).isNull();
      assertThat(AslReader.create().read(json)).isEqualTo(located(json, false)).isNotNull();
    }
    assertThat(AslReader.create().read(lateLanguage).toJson()).contains("\"x\": \"{% 1 %}\"");
  }
}
