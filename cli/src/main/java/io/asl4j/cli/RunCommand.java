package io.asl4j.cli;

import io.asl4j.local.ExecutionOptions;
import io.asl4j.local.ExecutionResult;
import io.asl4j.local.ExecutionStatus;
import io.asl4j.local.LocalExecutionException;
import io.asl4j.model.ExecutionType;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code asl4j run}: runs a workflow locally, as AWS Step Functions would, with its Task states
 * answered by mocks, and prints the outcome.
 */
@Command(name = "run",
    customSynopsis = {
        "asl4j run [--input FILE|-] [--mocks FILE] [--test-case NAME] [--workflow NAME=FILE]...",
        "          [--type STANDARD|EXPRESS] [--seed N] [--history] [--format text|json] FILE"},
    description = {
        "run a workflow locally, with mocked tasks",
        "",
        "Runs the definition in the JVM with AWS Step Functions' semantics (both query languages,"
            + " Retry and Catch, variables, Map and Parallel, the context object, the payload and"
            + " history limits), on a virtual clock: a Wait of a day ends at once. Every Task state"
            + " is answered by the mocks file; a Task without a mock stops the run with a message"
            + " naming the state and its resource."},
    footer = {
        "--mocks: either the mocks.json format, {\"State\": [{\"Return\": ...}, {\"Throw\":"
            + " {\"Error\": \"...\", \"Cause\": \"...\"}}]} (in call order), or AWS Step Functions"
            + " Local's MockConfigFile, of which --test-case picks a test case. asl4j adds:"
            + " \"Seconds\" (how long a call runs, to time tasks out) and \"HeartbeatInterval\" in"
            + " a mock; \"S3\": {\"bucket\": {\"key\": \"content\"}} for a Distributed Map's"
            + " ItemReader; \"Workflows\": {\"Name\": \"child.asl.json\"} for the child workflows of"
            + " states:startExecution tasks.",
        "",
        "text: the status and number of state transitions, the output (or the error and cause)"
            + " and the states entered; with --history, one line per history event.",
        "json: one object on one line: {\"status\":...,\"output\":...,\"error\":...,"
            + "\"cause\":...,\"statesEntered\":[...],\"transitions\":N} (and \"history\":[...]"
            + " with --history, events shaped as AWS's GetExecutionHistory).",
        "",
        "Problems with the files go to standard error as 'asl4j run: FILE:LINE:COL: message'.",
        "Exit codes: 0 the execution succeeded, 1 it failed or timed out, 2 usage error or input"
            + " that cannot be run (a file that is missing or invalid, a missing mock)."})
final class RunCommand extends ConsoleCommand {

  /** How the outcome is written. */
  enum Format { TEXT, JSON }

  /** The values of {@code --format}. */
  static final class FormatChoices extends Choices<Format> {
    FormatChoices() {
      super("--format", Format.class, false);
    }
  }

  /** The values of {@code --type}. */
  static final class TypeChoices extends Choices<ExecutionType> {
    TypeChoices() {
      super("--type", ExecutionType.class, true);
    }
  }

  @Mixin
  ExecutionFiles files;

  @Option(names = "--type", paramLabel = "STANDARD|EXPRESS", converter = TypeChoices.class,
      completionCandidates = TypeChoices.class,
      description = "the workflow type (default: STANDARD); an EXPRESS execution has no"
          + " RedriveCount and an express execution ARN in its context object")
  ExecutionType type = ExecutionType.STANDARD;

  /** Reads {@code --seed}, worded as the other options' values. */
  static final class SeedConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      try {
        return Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw new TypeConversionException("--seed must be a whole number, not '" + value + "'");
      }
    }
  }

  @Option(names = "--seed", paramLabel = "N", converter = SeedConverter.class,
      description = "seeds the random waits of Retry's JitterStrategy FULL (default: 0), so"
          + " that runs can be repeated")
  long seed;

  @Option(names = "--history",
      description = "also print the AWS-shaped event history")
  boolean history;

  @Option(names = "--format", paramLabel = "text|json", converter = FormatChoices.class,
      completionCandidates = FormatChoices.class,
      description = "output format (default: text)")
  Format format = Format.TEXT;

  RunCommand(Console console) {
    super(console);
  }

  @Override
  public Integer call() {
    CommandIo io = io();
    String file = files.definition();
    try {
      LocalSetup.Prepared prepared = LocalSetup.prepare(io, file, files.input, files.mocks,
          files.testCase, files.workflows);
      if (prepared == null) {
        return Main.USAGE_OR_IO;
      }
      ExecutionOptions options = ExecutionOptions.defaults().withType(type).withSeed(seed);
      ExecutionResult result = prepared.executor().run(prepared.input(), prepared.mocks(),
          options);
      io.out().print(format == Format.JSON ? result.toReportJson(history) + "\n"
          : result.toText(history));
      io.out().flush();
      return result.status() == ExecutionStatus.SUCCEEDED ? Main.OK : Main.INVALID;
    } catch (LocalExecutionException e) {
      LocalSetup.report(io, e);
      return Main.USAGE_OR_IO;
    }
  }
}
