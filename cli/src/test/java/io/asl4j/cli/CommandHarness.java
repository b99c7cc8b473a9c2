package io.asl4j.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the command line in-process for a test: a temporary working folder, standard input from
 * {@link #stdin}, standard output and error kept for the assertions.
 */
abstract class CommandHarness {

  /** The working folder of every run: relative file names are resolved here. */
  @TempDir
  Path dir;

  /** What the runs wrote to standard output. */
  final ByteArrayOutputStream out = new ByteArrayOutputStream();

  /** What the runs wrote to standard error. */
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  /** What the next run reads from standard input. */
  String stdin = "";

  /** Runs {@code asl4j ARGS...}; returns the exit code. */
  int run(String... args) {
    return Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), dir);
  }

  /** Standard output so far. */
  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Standard error so far. */
  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }
}
