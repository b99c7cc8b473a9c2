package io.asl4j.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's README, for tests that keep its examples equal to what the tools produce. */
final class Readme {

  private Readme() {}

  /**
   * Returns the project root: where README.md is.
   *
   * @return the directory
   */
  static Path root() {
    Path root = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."));
    return Files.exists(root.resolve("README.md")) ? root : Path.of("..");
  }

  /**
   * Returns the first fenced block of a language after a heading.
   *
   * @param heading the section heading line, e.g. {@code ## Diagrams}
   * @param language the fence's language, e.g. {@code mermaid}
   * @return the block's text, ending with a line break
   * @throws IllegalStateException if the README has no such section or block
   */
  static String block(String heading, String language) {
    String readme;
    try {
      readme = Files.readString(root().resolve("README.md"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String fence = "```" + language + "\n";
    int section = readme.indexOf(heading + "\n");
    int start = section < 0 ? -1 : readme.indexOf(fence, section);
    if (start < 0) {
      throw new IllegalStateException("README.md has no " + fence.strip() + " block under \""
          + heading + "\"");
    }
    start += fence.length();
    return readme.substring(start, readme.indexOf("```", start));
  }
}
