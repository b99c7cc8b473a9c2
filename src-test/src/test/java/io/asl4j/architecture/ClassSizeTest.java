package io.asl4j.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No main source file of any module is over 800 lines: a class that long does several jobs and
 * should be split by job into classes whose names say what they do (DESIGN.md).
 */
class ClassSizeTest {

  private static final int MAX_LINES = 800;

  @Test
  void noMainSourceFileIsOver800Lines() throws IOException {
    Path root = projectRoot();
    List<String> tooLong = new ArrayList<>();
    int files = 0;
    try (Stream<Path> modules = Files.list(root)) {
      for (Path main : modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory)
          .sorted().toList()) {
        try (Stream<Path> sources = Files.walk(main)) {
          for (Path file : sources.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
            files++;
            String name = root.relativize(file).toString().replace('\\', '/');
            long lines;
            try (Stream<String> text = Files.lines(file, StandardCharsets.UTF_8)) {
              lines = text.count();
            }
            if (lines > MAX_LINES) {
              tooLong.add(name + ": " + lines + " lines");
            }
          }
        }
      }
    }
    assertThat(files).as("main source files found under " + root).isGreaterThan(100);
    assertThat(tooLong).isEmpty();
  }

  private static Path projectRoot() {
    Path root = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."));
    return Files.exists(root.resolve("dsl/pom.xml")) ? root : Path.of("..");
  }
}
