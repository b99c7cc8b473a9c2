package io.asl4j.templates;

import io.asl4j.json.AslReadException;
import io.asl4j.json.AslReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the files a template names as strict UTF-8, within the input limit of definitions. */
final class TextFiles {

  private TextFiles() {}

  static String read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return AslReader.decode(AslReader.readBytes(in));
    } catch (AslReadException e) {
      throw new IOException(e.problems().get(0).message()); // not UTF-8, or past the limit
    }
  }
}
