package io.asl4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version the build stamped into {@code version.properties}: what {@code --version} prints.
 */
final class Version implements IVersionProvider {

  /**
   * Returns the version, e.g. {@code 0.1.0}.
   *
   * @return the project version of this build
   */
  static String number() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "unknown");
  }

  @Override
  public String[] getVersion() {
    return new String[] {"asl4j " + number()};
  }
}
