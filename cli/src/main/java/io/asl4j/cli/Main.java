package io.asl4j.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The {@code asl4j} command-line tool.
 *
 * <p>Exit codes, for every command: 0 success, 1 invalid input (a definition that does not read, or
 * a check that fails), 2 usage or I/O error. Problems go to standard error as
 * {@code FILE:LINE:COL: message}; no stack traces.
 */
public final class Main {

  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: some input is invalid, or a check failed. */
  public static final int INVALID = 1;
  /** Exit code: bad usage, or a file could not be read or written. */
  public static final int USAGE_OR_IO = 2;

  static final String USAGE = String.join("\n",
      "usage: asl4j <command> [options] [FILE...]",
      "",
      "Tools for Amazon States Language (AWS Step Functions) definitions.",
      "",
      "commands:",
      "  format   write definitions as canonical ASL JSON",
      "  generate write Java (the DSL) that reproduces a definition",
      "  render   draw a definition as a Mermaid or Graphviz diagram",
      "  samples  print the sample workflows written with the Java DSL, as ASL",
      "  validate check definitions against every ASL rule and common mistakes",
      "",
      "Run 'asl4j <command> --help' for a command's options.",
      "Exit codes: 0 ok, 1 invalid input, 2 usage or I/O error.");

  private Main() {}

  /**
   * Runs the tool and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, System.in, out, err, Path.of(""));
    out.flush();
    System.exit(code);
  }

  /**
   * Runs the tool without exiting, for tests and embedding.
   *
   * @param args the command line
   * @param in standard input, read for the file name {@code -}
   * @param out standard output
   * @param err standard error
   * @param workingDirectory the directory relative file names resolve against
   * @return the exit code
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err,
      Path workingDirectory) {
    if (args.length == 0) {
      err.println(USAGE);
      return USAGE_OR_IO;
    }
    String command = args[0];
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    try {
      switch (command) {
        case "-h":
        case "--help":
        case "help":
          out.println(USAGE);
          return OK;
        case "format":
          return new FormatCommand(in, out, err, workingDirectory).run(rest);
        case "generate":
          return new GenerateCommand(in, out, err, workingDirectory).run(rest);
        case "render":
          return new RenderCommand(in, out, err, workingDirectory).run(rest);
        case "samples":
          return new SamplesCommand(out, err, workingDirectory).run(rest);
        case "validate":
          return new ValidateCommand(in, out, err, workingDirectory).run(rest);
        default:
          throw new UsageException("unknown command '" + command + "'");
      }
    } catch (UsageException e) {
      err.println("asl4j: " + e.getMessage());
      err.println("Run 'asl4j --help' for usage.");
      return USAGE_OR_IO;
    } catch (RuntimeException e) {
      // a bug, not a user error: say so plainly instead of dumping a trace
      err.println("asl4j: internal error: " + e);
      err.println("Please report this with the input that caused it.");
      return USAGE_OR_IO;
    }
  }

  /** A command-line mistake: reported with a pointer to {@code --help}, exit code 2. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message, null, false, false);
    }
  }
}
