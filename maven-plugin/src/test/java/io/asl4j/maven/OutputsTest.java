package io.asl4j.maven;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Outputs#write}: whole files, written only when their content changes. */
class OutputsTest {

  @TempDir
  Path dir;

  @Test
  void writesANewFileAndItsDirectories() throws IOException {
    Path file = dir.resolve("com/example/A.java");
    assertThat(Outputs.write(file, "class A {}".getBytes(UTF_8))).isTrue();
    assertThat(file).hasContent("class A {}");
    try (var left = Files.list(file.getParent())) {
      assertThat(left).containsExactly(file); // no temporary file left behind
    }
    // the umask's mode, not Files.createTempFile's 0600: others may read what the build made
    if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(Files.getPosixFilePermissions(file)).contains(PosixFilePermission.OWNER_READ,
          PosixFilePermission.OWNER_WRITE);
      assertThat(Files.getPosixFilePermissions(file))
          .isEqualTo(Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain"))));
    }
  }

  @Test
  void anUnchangedFileIsNotTouched() throws IOException {
    Path file = dir.resolve("A.java");
    Outputs.write(file, "class A {}".getBytes(UTF_8));
    FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    Files.setLastModifiedTime(file, old);

    assertThat(Outputs.write(file, "class A {}".getBytes(UTF_8))).isFalse();
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);

    assertThat(Outputs.write(file, "class A { }".getBytes(UTF_8))).isTrue();
    assertThat(file).hasContent("class A { }");
    assertThat(Files.getLastModifiedTime(file)).isNotEqualTo(old);
  }
}
