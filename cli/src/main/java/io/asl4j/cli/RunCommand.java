package io.asl4j.cli;

import io.asl4j.Workflow;
import io.asl4j.json.AslReadException;
import io.asl4j.json.AslReader;
import io.asl4j.local.ExecutionOptions;
import io.asl4j.local.ExecutionResult;
import io.asl4j.local.ExecutionStatus;
import io.asl4j.local.LocalExecutionException;
import io.asl4j.local.LocalExecutor;
import io.asl4j.local.LocalRun;
import io.asl4j.local.Mocks;
import io.asl4j.model.ExecutionType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

  @Option(names = "--input", paramLabel = "FILE",
      description = "the execution input, a JSON file; '-' for standard input (default: {})")
  Path input;

  @Option(names = "--mocks", paramLabel = "FILE",
      description = "the task results and other mocks (see below)")
  Path mocks;

  @Option(names = "--test-case", paramLabel = "NAME",
      description = "the test case of a MockConfigFile (MACHINE/NAME when several machines have"
          + " one of that name)")
  String testCase;

  @Option(names = "--workflow", paramLabel = "NAME=FILE",
      description = "a child workflow that states:startExecution tasks run when their"
          + " StateMachineArn names it (by ARN or name); repeatable")
  Map<String, Path> workflows = new LinkedHashMap<>();

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

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "the definition; '-' for standard input")
  List<Path> files = new ArrayList<>();

  RunCommand(Console console) {
    super(console);
  }

  @Override
  public Integer call() {
    CommandIo io = io();
    List<String> names = CommandIo.names(files);
    if (names.isEmpty()) {
      throw new UsageException("no input file (use '-' for standard input)");
    }
    if (names.size() > 1) {
      throw new UsageException("one FILE at a time, got " + names.size());
    }
    String file = names.get(0);
    if (file.equals("-") && input != null && input.toString().equals("-")) {
      throw new UsageException("standard input cannot be both FILE and --input");
    }
    if (testCase != null && mocks == null) {
      throw new UsageException("--test-case needs --mocks");
    }
    try {
      Workflow workflow = workflow(io, file);
      if (workflow == null) {
        return Main.USAGE_OR_IO;
      }
      LocalExecutor executor = LocalExecutor.compile(workflow);
      Object value = new LinkedHashMap<String, Object>();
      if (input != null) {
        String text = text(io, input.toString());
        if (text == null) {
          return Main.USAGE_OR_IO;
        }
        value = LocalRun.parseInput(text, CommandIo.label(input.toString()));
      }
      Mocks m = Mocks.none();
      if (mocks != null) {
        String name = mocks.toString();
        String text = text(io, name);
        if (text == null) {
          return Main.USAGE_OR_IO;
        }
        m = Mocks.parse(text, CommandIo.label(name), Optional.ofNullable(testCase));
        // child workflow files are named relative to the mocks file
        Path dir = name.equals("-") ? null : Path.of(name).getParent();
        for (Map.Entry<String, String> e : m.workflowFiles().entrySet()) {
          if (workflows.containsKey(e.getKey())) {
            continue; // --workflow wins
          }
          String child = dir == null ? e.getValue() : dir.resolve(e.getValue()).toString();
          Workflow w = workflow(io, child);
          if (w == null) {
            return Main.USAGE_OR_IO;
          }
          executor = executor.withWorkflow(e.getKey(), w);
        }
      }
      for (Map.Entry<String, Path> e : workflows.entrySet()) {
        Workflow w = workflow(io, e.getValue().toString());
        if (w == null) {
          return Main.USAGE_OR_IO;
        }
        executor = executor.withWorkflow(e.getKey(), w);
      }
      ExecutionOptions options = ExecutionOptions.defaults().withType(type).withSeed(seed);
      ExecutionResult result = executor.run(value, m, options);
      io.out().print(format == Format.JSON ? result.toReportJson(history) + "\n"
          : result.toText(history));
      io.out().flush();
      return result.status() == ExecutionStatus.SUCCEEDED ? Main.OK : Main.INVALID;
    } catch (LocalExecutionException e) {
      report(io, e);
      return Main.USAGE_OR_IO;
    }
  }

  /** Reads a definition, printing its problems; {@code null} when it cannot be run. */
  private static Workflow workflow(CommandIo io, String name) {
    byte[] bytes = io.read(name);
    if (bytes == null) {
      return null;
    }
    try {
      // lenient, as AWS: fields it may know and asl4j does not yet are kept, not refused
      return AslReader.create().keepUnknownFields(true).read(bytes);
    } catch (AslReadException e) {
      io.problems(CommandIo.label(name), e);
      return null;
    }
  }

  /** Reads a file as text; {@code null} after printing why it cannot be read. */
  private static String text(CommandIo io, String name) {
    byte[] bytes = io.read(name);
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  /** {@code asl4j run: FILE:LINE:COL: problem} when the problem has a place, else its message. */
  private static void report(CommandIo io, LocalExecutionException e) {
    Optional<String> source = e.source();
    if (source.isPresent() && e.line() > 0) {
      io.error(source.get(), e.line(), e.column(), e.problem());
    } else if (source.isPresent()) {
      io.error(source.get(), e.problem());
    } else {
      io.error(e.getMessage());
    }
  }
}
