package io.asl4j.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command of the tool: built by picocli with the run's {@link Console}, it returns its exit code
 * from {@link #call()}. Every command gets {@code --help}, {@code --version} and the layout of its
 * help here (picocli applies a superclass's {@code @Command} attributes first).
 */
@Command(
    versionProvider = Version.class,
    sortOptions = false,
    synopsisHeading = "usage: ",
    descriptionHeading = "%n",
    parameterListHeading = "%narguments:%n",
    optionListHeading = "%noptions:%n",
    commandListHeading = "%ncommands:%n",
    footerHeading = "%n")
abstract class ConsoleCommand implements Callable<Integer> {

  @Mixin
  StandardOptions standardOptions;

  @Spec
  CommandSpec spec;

  final Console console;

  private CommandIo io;

  ConsoleCommand(Console console) {
    this.console = console;
  }

  /** Input, output and the error wording, for this command. */
  final CommandIo io() {
    if (io == null) {
      io = new CommandIo(spec.qualifiedName(), console);
    }
    return io;
  }
}
