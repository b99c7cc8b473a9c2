package io.asl4j.cli;

import picocli.CommandLine.Command;

/**
 * {@code asl4j}: the top of the command tree. Run without a command, it prints its usage to
 * standard error and exits 2.
 */
@Command(name = "asl4j",
    versionProvider = Version.class,
    synopsisHeading = "usage: ",
    customSynopsis = {
        "asl4j <command> [options] [FILE...]",
        "       asl4j --version | --help"},
    descriptionHeading = "%n",
    description = "Tools for Amazon States Language (AWS Step Functions) definitions.",
    optionListHeading = "%noptions:%n",
    commandListHeading = "%ncommands:%n",
    footerHeading = "%n",
    footer = {
        "Run 'asl4j <command> --help' for a command's options.",
        "Problems go to standard error as 'asl4j <command>: FILE:LINE:COL: message'.",
        "Exit codes: 0 ok, 1 invalid input, 2 usage or I/O error."},
    subcommands = {
        FormatCommand.class,
        GenerateCommand.class,
        RenderCommand.class,
        SamplesCommand.class,
        ValidateCommand.class,
        CompletionCommand.class,
        HelpCommand.class})
final class Asl4jCommand extends ConsoleCommand {

  Asl4jCommand(Console console) {
    super(console);
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(console.err());
    return Main.USAGE_OR_IO;
  }
}
