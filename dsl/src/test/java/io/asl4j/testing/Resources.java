package io.asl4j.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Test resources under {@code src/test/resources}. */
public final class Resources {

  private Resources() {}

  /**
   * Returns the directory of a resource folder.
   *
   * @param folder the folder, e.g. {@code asl}
   * @return its path on disk
   */
  public static Path dir(String folder) {
    try {
      return Path.of(Resources.class.getClassLoader().getResource(folder).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads a UTF-8 resource.
   *
   * @param name the resource path, e.g. {@code asl/task/all-fields.asl.json}
   * @return its text
   */
  public static String text(String name) {
    try {
      return Files.readString(dir(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Lists files below a folder whose names end with a suffix, sorted.
   *
   * @param folder the resource folder
   * @param suffix the file-name suffix
   * @return the files
   */
  public static List<Path> files(String folder, String suffix) {
    try (Stream<Path> s = Files.walk(dir(folder))) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
