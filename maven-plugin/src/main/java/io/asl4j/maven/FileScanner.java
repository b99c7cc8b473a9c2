package io.asl4j.maven;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the files below a directory that match one of the include patterns and none of the
 * exclude patterns ({@link AntPattern}), in a stable order (by relative path), so that every build
 * handles and reports them in the same order.
 */
final class FileScanner {

  private final List<AntPattern> includes;
  private final List<AntPattern> excludes;

  /**
   * Creates a scanner.
   *
   * @param includes the include patterns; empty means none matches
   * @param excludes the exclude patterns
   */
  FileScanner(List<String> includes, List<String> excludes) {
    this.includes = includes.stream().map(AntPattern::of).toList();
    this.excludes = excludes.stream().map(AntPattern::of).toList();
  }

  /**
   * Lists the matching regular files.
   *
   * @param directory the directory to scan; a missing directory has no files
   * @return the files, sorted by relative path
   * @throws IOException if the directory cannot be read
   */
  List<SourceFile> scan(Path directory) throws IOException {
    return scan(directory, null);
  }

  /**
   * Lists the matching regular files, leaving out a directory below (the build directory, when
   * the project's own directory is scanned).
   *
   * @param directory the directory to scan; a missing directory has no files
   * @param skipped a directory not to enter, or null
   * @return the files, sorted by relative path
   * @throws IOException if the directory cannot be read
   */
  List<SourceFile> scan(Path directory, Path skipped) throws IOException {
    List<SourceFile> found = new ArrayList<>();
    if (!Files.isDirectory(directory)) {
      return found;
    }
    Files.walkFileTree(directory, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        return skipped != null && dir.equals(skipped) ? FileVisitResult.SKIP_SUBTREE
            : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        if (attributes.isRegularFile()) {
          String relative = directory.relativize(file).toString().replace('\\', '/');
          if (matches(relative)) {
            found.add(new SourceFile(file, relative));
          }
        }
        return FileVisitResult.CONTINUE;
      }
    });
    found.sort(Comparator.comparing(SourceFile::relative));
    return found;
  }

  /**
   * Whether a relative path is included and not excluded.
   *
   * @param relative the path below the scanned directory, with {@code /} separators
   * @return whether the file is taken
   */
  boolean matches(String relative) {
    return includes.stream().anyMatch(p -> p.matches(relative))
        && excludes.stream().noneMatch(p -> p.matches(relative));
  }
}
