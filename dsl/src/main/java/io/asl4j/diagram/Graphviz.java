package io.asl4j.diagram;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs Graphviz's {@code dot} to turn {@link Diagram#dot DOT text} into an image, for example
 * {@code Graphviz.render(dotPath, Diagram.dot(workflow), "svg", Duration.ofSeconds(60))}.
 *
 * <p>{@code dot} runs as a subprocess without a shell, reads the DOT on its standard input and
 * writes the image to its standard output. Graphviz is not a dependency of asl4j: callers check
 * {@link #find()} first and tell the user how to install it.
 */
public final class Graphviz {

  /** Output formats are passed as {@code -T<format>}: allow Graphviz's names, nothing else. */
  private static final Pattern FORMAT = Pattern.compile("[a-z0-9_]+(:[a-z0-9_]+)*");

  private Graphviz() {}

  /**
   * Looks for the {@code dot} executable on the {@code PATH}.
   *
   * @return its path, or empty when Graphviz is not installed (or not on the {@code PATH})
   */
  public static Optional<Path> find() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT)
        .startsWith("windows");
    for (String dir : path.split(Pattern.quote(File.pathSeparator))) {
      if (dir.isEmpty()) {
        continue;
      }
      try {
        Path candidate = Path.of(dir, windows ? "dot.exe" : "dot");
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      } catch (InvalidPathException e) {
        // a malformed PATH entry cannot hold dot; keep looking
      }
    }
    return Optional.empty();
  }

  /**
   * Renders DOT text with {@code dot -T<format>}.
   *
   * @param dot the {@code dot} executable, e.g. from {@link #find()}
   * @param source the DOT text, e.g. from {@link Diagram#dot}
   * @param format a Graphviz output format, e.g. {@code svg} or {@code png}
   * @param timeout how long {@code dot} may run before it is killed
   * @return what {@code dot} wrote to its standard output
   * @throws IOException if {@code dot} cannot be started, fails (the message quotes its error
   *     output) or does not finish in time
   * @throws IllegalArgumentException if {@code format} is not a Graphviz format name
   */
  public static byte[] render(Path dot, String source, String format, Duration timeout)
      throws IOException {
    if (!FORMAT.matcher(format).matches()) {
      throw new IllegalArgumentException("not a Graphviz output format: \"" + format + "\"");
    }
    Process process = new ProcessBuilder(dot.toString(), "-T" + format).start();
    byte[] input = source.getBytes(StandardCharsets.UTF_8);
    // three threads, so that neither side blocks on a full pipe while the other waits
    Thread writer = new Thread(() -> {
      try (OutputStream in = process.getOutputStream()) {
        in.write(input);
      } catch (IOException e) {
        // dot stopped reading: its exit code and error output say why
      }
    }, "graphviz-stdin");
    Drain stdout = new Drain(process.getInputStream(), "graphviz-stdout");
    Drain stderr = new Drain(process.getErrorStream(), "graphviz-stderr");
    writer.setDaemon(true);
    writer.start();
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IOException(dot + " -T" + format + " did not finish within "
            + timeout.toSeconds() + " s");
      }
      writer.join();
      stdout.join();
      stderr.join();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for " + dot);
    }
    if (process.exitValue() != 0) {
      String message = new String(stderr.bytes(), StandardCharsets.UTF_8).strip();
      throw new IOException(dot + " -T" + format + " failed with exit code "
          + process.exitValue() + (message.isEmpty() ? "" : ": " + message));
    }
    return stdout.bytes();
  }

  /** Reads a stream to its end on a thread of its own. */
  private static final class Drain extends Thread {
    private final InputStream stream;
    private volatile byte[] bytes = new byte[0];

    Drain(InputStream stream, String name) {
      super(name);
      this.stream = stream;
      setDaemon(true);
      start();
    }

    @Override
    public void run() {
      try (InputStream s = stream) {
        bytes = s.readAllBytes();
      } catch (IOException e) {
        // the process was killed; the caller reports that
      }
    }

    byte[] bytes() {
      return bytes;
    }
  }
}
