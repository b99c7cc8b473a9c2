package io.asl4j.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The files an execution is made of, shared by {@code run} and {@code cost} (a picocli mixin): the
 * definition, its input, the mocks and the child workflows, with the checks of how they combine.
 */
final class ExecutionFiles {

  @Option(names = "--input", paramLabel = "FILE",
      description = "the execution input, a JSON file; '-' for standard input (default: {})")
  Path input;

  @Option(names = "--mocks", paramLabel = "FILE",
      description = "the task results and other mocks (their formats: 'asl4j run --help')")
  Path mocks;

  @Option(names = "--test-case", paramLabel = "NAME",
      description = "the test case of a MockConfigFile (MACHINE/NAME when several machines have"
          + " one of that name)")
  String testCase;

  @Option(names = "--workflow", paramLabel = "NAME=FILE",
      description = "a child workflow that states:startExecution tasks run when their"
          + " StateMachineArn names it (by ARN or name); repeatable")
  Map<String, Path> workflows = new LinkedHashMap<>();

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "the definition; '-' for standard input; TEMPLATE#LogicalId for a state"
          + " machine in a template")
  List<Path> files = new ArrayList<>();

  /**
   * The one definition to run, after checking how the files combine.
   *
   * @param others the command's other files, which may also be '-' (null when not given)
   * @return the definition's name, '-' for standard input
   * @throws UsageException when there is no definition or more than one, when standard input is
   *     given for two files, or when {@code --test-case} comes without {@code --mocks}
   */
  String definition(Path... others) {
    List<String> names = CommandIo.names(files);
    if (names.isEmpty()) {
      throw new UsageException("no input file (use '-' for standard input)");
    }
    if (names.size() > 1) {
      throw new UsageException("one FILE at a time, got " + names.size());
    }
    long stdinUses = names.stream().filter("-"::equals).count() + stdin(input) + stdin(mocks);
    for (Path other : others) {
      stdinUses += stdin(other);
    }
    if (stdinUses > 1) {
      throw new UsageException("standard input can be only one of the files");
    }
    if (testCase != null && mocks == null) {
      throw new UsageException("--test-case needs --mocks");
    }
    return names.get(0);
  }

  private static int stdin(Path file) {
    return file != null && file.toString().equals("-") ? 1 : 0;
  }
}
