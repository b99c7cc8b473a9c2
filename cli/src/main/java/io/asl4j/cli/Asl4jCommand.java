package io.asl4j.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code asl4j}: the top of the command tree. Run without a command, it prints its usage to
 * standard error and exits 2.
 */
@Command(name = "asl4j",
    customSynopsis = {
        "asl4j <command> [options] [FILE...]",
        "       asl4j --version | --help"},
    description = "Tools for Amazon States Language (AWS Step Functions) definitions.",
    footer = {
        "Run 'asl4j <command> --help' for a command's options.",
        "Problems go to standard error as 'asl4j <command>: FILE:LINE:COL: message'.",
        "Exit codes: 0 ok, 1 invalid input, 2 usage or I/O error."})
final class Asl4jCommand extends ConsoleCommand {

  /**
   * The commands, by name, in the order the help lists them. Added by {@link Main} rather than
   * named in {@code @Command(subcommands = ...)}, so that a run of one command builds only that
   * command's model: reading the annotations of all of them would cost a good part of a small
   * run's time.
   */
  static final Map<String, Class<? extends ConsoleCommand>> COMMANDS = commands();

  private static Map<String, Class<? extends ConsoleCommand>> commands() {
    Map<String, Class<? extends ConsoleCommand>> commands = new LinkedHashMap<>();
    commands.put("extract", ExtractCommand.class);
    commands.put("format", FormatCommand.class);
    commands.put("generate", GenerateCommand.class);
    commands.put("render", RenderCommand.class);
    commands.put("run", RunCommand.class);
    commands.put("cost", CostCommand.class);
    commands.put("samples", SamplesCommand.class);
    commands.put("validate", ValidateCommand.class);
    commands.put("completion", CompletionCommand.class);
    commands.put("help", HelpCommand.class);
    return Collections.unmodifiableMap(commands);
  }

  Asl4jCommand(Console console) {
    super(console);
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(console.err());
    return Main.USAGE_OR_IO;
  }
}
