package io.asl4j.templates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The test templates under {@code src/test/resources/templates}. */
final class Fixtures {

  private Fixtures() {}

  static Path dir() {
    try {
      return Path.of(Fixtures.class.getResource("/templates/sam-orders.yaml").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path path(String name) {
    return dir().resolve(name);
  }

  static String text(String name) {
    try {
      return Files.readString(path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Template read(String name) {
    try {
      return Template.read(path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
