package io.asl4j.cli;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The tool's standard output: a {@link PrintStream}, as the commands need, that also remembers
 * why writing failed. A PrintStream swallows a write error and only sets a flag
 * ({@link #checkError()}), so a full disk or a closed output would otherwise pass unnoticed;
 * {@link Main} checks the flag after every command and reports {@link #failure()}.
 */
final class StandardOutput extends PrintStream {

  /** The stream below the buffer, which sees every write that reaches the device. */
  private final Recorder recorder;

  private StandardOutput(Recorder recorder) {
    super(new BufferedOutputStream(recorder, 1 << 16), false, StandardCharsets.UTF_8);
    this.recorder = recorder;
  }

  /**
   * Buffers writes to {@code device} and remembers the first error.
   *
   * @param device the stream that writes to the file descriptor
   * @return the stream for the commands
   */
  static StandardOutput of(OutputStream device) {
    return new StandardOutput(new Recorder(device));
  }

  /**
   * Why writing failed, in the system's words ({@code No space left on device}).
   *
   * @return the first error's message, or null when nothing failed or it has no message
   */
  String failure() {
    IOException e = recorder.failure;
    return e == null ? null : e.getMessage();
  }

  /** Passes writes through and keeps the first exception. */
  private static final class Recorder extends FilterOutputStream {
    IOException failure;

    Recorder(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw remember(e);
      }
    }

    private IOException remember(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }
  }
}
