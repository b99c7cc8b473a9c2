package io.asl4j.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The third-party corpus of ASL definitions in {@code ../shared/corpus} (never copied into this
 * project). Its location is the system property {@code asl4j.corpus}, set by the build; when it is
 * missing the conformance tests fail on CI ({@code CI=true}) and are skipped elsewhere.
 */
public final class Corpus {

  /** KNOWN-ISSUES kinds that make a {@code valid/} file a partial fixture. */
  static final Set<String> PARTIAL_KINDS = Set.of("dangling-transition", "test-placeholder",
      "unknown-intrinsic");

  private Corpus() {}

  /**
   * Returns the corpus root, failing (CI) or skipping the test (elsewhere) when it is missing.
   *
   * @return the directory holding {@code valid/} and {@code invalid/}
   */
  public static Path root() {
    String configured = System.getProperty("asl4j.corpus");
    List<Path> candidates = configured != null ? List.of(Path.of(configured))
        : List.of(Path.of("../shared/corpus"), Path.of("../../shared/corpus"));
    for (Path p : candidates) {
      if (Files.isDirectory(p.resolve("valid"))) {
        return p.toAbsolutePath().normalize();
      }
    }
    String message = "ASL corpus not found at " + candidates.get(0).toAbsolutePath().normalize()
        + " (set -Dasl4j.corpus=DIR to point at ../shared/corpus)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message);
    }
    Assumptions.abort(message + "; skipping the corpus conformance test");
    throw new AssertionError("unreachable");
  }

  /**
   * Lists the definitions below {@code valid/} or {@code invalid/}, sorted.
   *
   * @param folder {@code valid} or {@code invalid}
   * @return the {@code .json} files (sidecars excluded)
   */
  public static List<Path> definitions(String folder) {
    try (Stream<Path> s = Files.walk(root().resolve(folder))) {
      return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Names a corpus file relative to the corpus root, for reports.
   *
   * @param file a corpus file
   * @return e.g. {@code valid/localstack/x.json}
   */
  public static String name(Path file) {
    return root().relativize(file).toString();
  }

  /**
   * The {@code valid/} files that KNOWN-ISSUES.tsv lists as partial fixtures (a dangling
   * transition, a test placeholder, an unknown intrinsic): not valid ASL as they stand.
   *
   * @return relative path → the kinds of issue listed for it
   */
  static Map<String, Set<String>> partialFixtures() {
    Map<String, Set<String>> out = new TreeMap<>();
    try {
      for (String line : Files.readAllLines(root().resolve("KNOWN-ISSUES.tsv"))) {
        String[] cols = line.split("\t");
        if (cols.length >= 2 && PARTIAL_KINDS.contains(cols[1])) {
          out.computeIfAbsent(cols[0], k -> new TreeSet<>()).add(cols[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Reads a two-column table of the test resources ({@code relative path <TAB> value}); lines
   * starting with {@code #} are comments.
   *
   * @param resource e.g. {@code /conformance/corpus-disputes.tsv}: the corpus files whose label
   *     contradicts other corpus files or AWS's rules, with the reason
   * @return relative path → value, in file order
   */
  static Map<String, String> table(String resource) {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the test class path");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] cols = line.split("\t", 2);
          out.put(cols[0], cols[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
