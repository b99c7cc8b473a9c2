package io.asl4j.maven;

import java.nio.file.Path;

/**
 * An input file found under a directory.
 *
 * @param path the file
 * @param relative its path below the scanned directory, with {@code /} separators, e.g.
 *     {@code legacy/order-fulfillment.asl.json}
 */
record SourceFile(Path path, String relative) {

  /**
   * The file name without its directories, e.g. {@code order-fulfillment.asl.json}.
   *
   * @return the name
   */
  String fileName() {
    return path.getFileName().toString();
  }
}
