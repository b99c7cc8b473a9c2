package io.asl4j.maven;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/** Writes the goals' output files. */
final class Outputs {

  private Outputs() {}

  /**
   * Writes a file whole or not at all (a temporary file beside it, then a rename), and only when
   * its content changes, so an unchanged output keeps its timestamp and the compiler and other
   * incremental tools downstream see nothing new. New files get the mode the umask gives.
   *
   * @param file the file; its directory is created if needed
   * @param content the bytes
   * @return whether the file was written
   * @throws IOException if it cannot be written
   */
  static boolean write(Path file, byte[] content) throws IOException {
    if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), content)) {
      return false;
    }
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = temporary(dir, file.getFileName().toString());
    try {
      Files.write(tmp, content);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    return true;
  }

  /** An empty file beside the target; not {@code Files.createTempFile}, which makes mode 0600. */
  private static Path temporary(Path dir, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path tmp = dir.resolve("." + name + "." + Long.toUnsignedString(
          ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        return Files.createFile(tmp);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 9) {
          throw e;
        }
      }
    }
  }
}
