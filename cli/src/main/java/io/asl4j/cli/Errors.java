package io.asl4j.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How the tool words what went wrong on its command line or inside a command: one line
 * {@code asl4j COMMAND: message}, then for usage errors a pointer to the command's help; exit
 * code 2 either way.
 */
final class Errors {

  private Errors() {}

  // classes rather than method references: a lambda costs a few milliseconds of bootstrap at
  // every start, and the start is what a command-line tool is judged by

  /** Handles a command line picocli could not parse. */
  static final class UsageHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
      CommandLine line = e.getCommandLine();
      return usage(line, message(e, line, args));
    }
  }

  /** Handles what a command threw: a {@link UsageException}, or a bug. */
  static final class ExecutionHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine line, ParseResult parsed) {
      if (e instanceof UsageException) {
        return usage(line, e.getMessage());
      }
      // a bug, not a user error: say so plainly instead of dumping a trace
      PrintWriter err = line.getErr();
      err.println(prefix(line) + "internal error: " + e);
      err.println("Please report this with the input that caused it.");
      err.flush();
      return Main.USAGE_OR_IO;
    }
  }

  private static int usage(CommandLine line, String message) {
    PrintWriter err = line.getErr();
    err.println(prefix(line) + message);
    err.println("Run '" + line.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return Main.USAGE_OR_IO;
  }

  /** {@code asl4j format: }, or {@code asl4j: } for the tool itself. */
  static String prefix(CommandLine line) {
    return line.getCommandSpec().qualifiedName() + ": ";
  }

  /** picocli's findings, worded as the tool words its own. */
  private static String message(ParameterException e, CommandLine line, String[] args) {
    if (e.getCause() instanceof TypeConversionException t) {
      return t.getMessage(); // the converters (Choices) word it themselves
    }
    if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()
        && m.getMissing().get(0) instanceof OptionSpec option) {
      return needsValue(option, args);
    }
    if (e instanceof UnmatchedArgumentException u) {
      List<String> unmatched = u.getUnmatched();
      if (unmatched.isEmpty()) {
        // an option where a value was expected: "-o --check"
        ArgSpec spec = e.getArgSpec();
        return spec instanceof OptionSpec option ? needsValue(option, args) : e.getMessage();
      }
      String first = unmatched.get(0);
      if (first.length() > 1 && first.startsWith("-")) {
        return "unknown option '" + first + "'";
      }
      return line.getSubcommands().isEmpty() ? "unexpected argument '" + first + "'"
          : "unknown command '" + first + "'";
    }
    return e.getMessage();
  }

  /** {@code -o needs a value (DIR)}, naming the option as it was typed. */
  private static String needsValue(OptionSpec option, String[] args) {
    String typed = option.longestName();
    for (String a : args) {
      for (String name : option.names()) {
        if (a.equals(name)) {
          typed = name;
        }
      }
    }
    return typed + " needs a value (" + option.paramLabel() + ")";
  }
}
