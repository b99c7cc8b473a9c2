package io.asl4j.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The third-party corpus of ASL definitions in {@code ../shared/corpus} (never copied into this
 * project). Its location is the system property {@code asl4j.corpus}, set by the build; when it is
 * missing the conformance tests fail on CI ({@code CI=true}) and are skipped elsewhere.
 */
final class Corpus {

  private Corpus() {}

  /**
   * Returns the corpus root, failing (CI) or skipping the test (elsewhere) when it is missing.
   *
   * @return the directory holding {@code valid/} and {@code invalid/}
   */
  static Path root() {
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
  static List<Path> definitions(String folder) {
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
  static String name(Path file) {
    return root().relativize(file).toString();
  }
}
