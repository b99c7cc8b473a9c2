package io.asl4j.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FileScanner} and {@link AntPattern}: Maven's includes and excludes over a directory. */
class FileScannerTest {

  @TempDir
  Path dir;

  @Test
  void patternsMatchAsAntsDo() {
    assertThat(AntPattern.of("**/*.json").matches("a.json")).isTrue();
    assertThat(AntPattern.of("**/*.json").matches("legacy/b.asl.json")).isTrue();
    assertThat(AntPattern.of("**/*.json").matches("legacy/b.yaml")).isFalse();
    assertThat(AntPattern.of("*.json").matches("legacy/b.json")).isFalse();
    assertThat(AntPattern.of("legacy/*.json").matches("legacy/b.json")).isTrue();
    assertThat(AntPattern.of("legacy/").matches("legacy/x/y.json")).isTrue();
    assertThat(AntPattern.of("**/test-data/**").matches("a/test-data/b/c.json")).isTrue();
    assertThat(AntPattern.of("**/test-data/**").matches("test-data/c.json")).isTrue();
    assertThat(AntPattern.of("flow?.json").matches("flow1.json")).isTrue();
    assertThat(AntPattern.of("flow?.json").matches("flow12.json")).isFalse();
    assertThat(AntPattern.of("a+b(1).json").matches("a+b(1).json")).isTrue();
    assertThat(AntPattern.of("legacy\\*.json").matches("legacy/b.json")).isTrue();
  }

  @Test
  void findsTheIncludedFilesThatAreNotExcludedSortedByPath() throws IOException {
    for (String f : List.of("b.asl.json", "a.json", "legacy/c.asl.json", "legacy/old/d.json",
        "notes.md", "test-data/e.json")) {
      Files.createDirectories(dir.resolve(f).getParent());
      Files.writeString(dir.resolve(f), "{}");
    }
    Files.createDirectories(dir.resolve("empty.json")); // a directory is no definition

    List<SourceFile> found = new FileScanner(DefinitionsMojo.DEFAULT_INCLUDES,
        List.of("test-data/**", "**/old/**")).scan(dir);

    assertThat(found).extracting(SourceFile::relative)
        .containsExactly("a.json", "b.asl.json", "legacy/c.asl.json");
    assertThat(found.get(2).path()).isEqualTo(dir.resolve("legacy/c.asl.json"));
    assertThat(found.get(2).fileName()).isEqualTo("c.asl.json");
  }

  @Test
  void theSkippedDirectoryIsNotEntered() throws IOException {
    for (String f : List.of("template.yaml", "infra/template.yaml", "target/it/template.yaml")) {
      Files.createDirectories(dir.resolve(f).getParent());
      Files.writeString(dir.resolve(f), "Resources: {}");
    }

    assertThat(new FileScanner(List.of("**/template.yaml"), List.of())
        .scan(dir, dir.resolve("target")))
        .extracting(SourceFile::relative).containsExactly("infra/template.yaml", "template.yaml");
  }

  @Test
  void aMissingDirectoryHasNoFiles() throws IOException {
    assertThat(new FileScanner(List.of("**/*"), List.of()).scan(dir.resolve("missing")))
        .isEmpty();
  }
}
