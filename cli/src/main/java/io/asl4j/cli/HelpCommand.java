package io.asl4j.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code asl4j help [COMMAND]}: the same help as {@code asl4j [COMMAND] --help}. */
@Command(name = "help",
    helpCommand = true,
    customSynopsis = "asl4j help [COMMAND]",
    description = "show the help of asl4j or of one command",
    footer = "Exit codes: 0 ok, 2 usage error (an unknown command).")
final class HelpCommand extends ConsoleCommand {

  @Parameters(paramLabel = "COMMAND", arity = "0..1", description = "a command, e.g. format")
  String command;

  HelpCommand(Console console) {
    super(console);
  }

  @Override
  public Integer call() {
    CommandLine top = spec.parent().commandLine();
    CommandLine shown = top;
    if (command != null) {
      Map<String, CommandLine> commands = top.getSubcommands();
      shown = commands.get(command);
      if (shown == null) {
        throw new UsageException("unknown command '" + command + "'");
      }
    }
    shown.usage(console.out());
    console.out().flush();
    return Main.OK;
  }
}
