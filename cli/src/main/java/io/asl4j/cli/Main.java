package io.asl4j.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * The {@code asl4j} command-line tool.
 *
 * <p>Exit codes, for every command: 0 success, 1 invalid input (a definition that does not read, or
 * a check that fails), 2 usage or I/O error. Problems go to standard error as
 * {@code asl4j COMMAND: FILE:LINE:COL: message}, or {@code asl4j COMMAND: message} when no file or
 * position applies; no stack traces.
 */
public final class Main {

  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: some input is invalid, or a check failed. */
  public static final int INVALID = 1;
  /** Exit code: bad usage, or a file could not be read or written. */
  public static final int USAGE_OR_IO = 2;

  private Main() {}

  /**
   * Runs the tool and exits the JVM with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // straight to the file descriptor, so that a write error keeps its reason
    PrintStream out = StandardOutput.of(new FileOutputStream(FileDescriptor.out));
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, System.in, out, err, Path.of(""));
    System.exit(code);
  }

  /**
   * Runs the tool without exiting, for tests and embedding.
   *
   * <p>What the command wrote to {@code out} is flushed; if writing it failed (a full disk, a
   * closed stream: a {@link PrintStream} only tells {@link PrintStream#checkError()}), that is
   * said on {@code err}, {@code asl4j COMMAND: cannot write to standard output}, and the exit
   * code is {@link #USAGE_OR_IO}.
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
    Console console = new Console(in, out, err, workingDirectory);
    String command = args.length > 0 && Asl4jCommand.COMMANDS.containsKey(args[0]) ? args[0]
        : null;
    // a known command first: build that command alone (help and completion need them all)
    String only = command != null && !command.equals("help") && !command.equals("completion")
        ? command : null;
    CommandLine line = commandLine(console, only);
    int code;
    try {
      code = line.execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // The input limits keep both away; should a path they do not cover meet one, the user
      // still gets one line, not a thousand-line trace (picocli hands on Errors untouched).
      err.println((command == null ? "asl4j" : "asl4j " + command) + ": internal error: " + e);
      err.println("Please report this with the input that caused it.");
      err.flush();
      code = USAGE_OR_IO;
    }
    if (out.checkError()) { // flushes first
      String reason = out instanceof StandardOutput s ? s.failure() : null;
      err.println((command == null ? "asl4j" : "asl4j " + command)
          + ": cannot write to standard output" + (reason == null ? "" : ": " + reason));
      err.flush();
      return USAGE_OR_IO;
    }
    return code;
  }

  /**
   * The command tree, wired to one console, with this tool's error wording.
   *
   * @param console where the commands read and write
   * @param only the one command to build, or null for all of them
   */
  static CommandLine commandLine(Console console, String only) {
    IFactory defaults = CommandLine.defaultFactory();
    IFactory factory = new IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        // commands take the console; converters, candidates and providers need nothing
        if (ConsoleCommand.class.isAssignableFrom(type)) {
          return type.getDeclaredConstructor(Console.class).newInstance(console);
        }
        return defaults.create(type);
      }
    };
    CommandLine line = new CommandLine(Asl4jCommand.class, factory);
    for (Map.Entry<String, Class<? extends ConsoleCommand>> c : Asl4jCommand.COMMANDS.entrySet()) {
      if (only == null || only.equals(c.getKey())) {
        line.addSubcommand(c.getKey(), new CommandLine(c.getValue(), factory));
      }
    }
    line.setOut(new PrintWriter(console.out(), true, StandardCharsets.UTF_8));
    line.setErr(new PrintWriter(console.err(), true, StandardCharsets.UTF_8));
    // a repeated option takes its last value, as most tools do
    line.setOverwrittenOptionsAllowed(true);
    line.setParameterExceptionHandler(new Errors.UsageHandler());
    line.setExecutionExceptionHandler(new Errors.ExecutionHandler());
    return line;
  }
}
