package io.asl4j.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.asl4j.validation.Diagnostic;
import io.asl4j.validation.InputJsonException;
import io.asl4j.validation.Validator;
import io.asl4j.validation.Validator.WorkflowType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code asl4j validate}: checks definitions against every ASL rule and common mistakes, and
 * reports each finding with its file, line and column.
 */
@Command(name = "validate",
    customSynopsis = {"asl4j validate [--format text|json] [--type STANDARD|EXPRESS]",
        "                      [--input-example F | --input-schema F] FILE..."},
    description = {
        "check definitions against every ASL rule and common mistakes",
        "",
        "Checks each definition against every rule of the Amazon States Language and warns about"
            + " common mistakes (a path string under a key without '.$', an unreachable state,"
            + " ...). Every problem is reported at once, with its line and column.",
        "",
        "The data-flow analysis follows the JSON through the states and reports a path that"
            + " reads what is certainly not there (an error) or missing on some route (a"
            + " warning). The execution input is taken to be anything, unless --input-example"
            + " or --input-schema says what it is."},
    footer = {
        "text: one line per diagnostic on standard output; nothing for a file without any.",
        "  FILE:LINE:COL: SEVERITY CODE [/json/pointer: ]message",
        "  flow.asl.json:12:7: ERROR MISSING_TRANSITION_TARGET /States/A/Next: ...",
        "json: one object per file and line on standard output.",
        "  {\"file\":\"flow.asl.json\",\"result\":\"OK\"|\"FAIL\",",
        "   \"diagnostics\":[{\"code\":\"...\",\"location\":\"/States/A/Next\",",
        "   \"message\":\"...\",\"severity\":\"ERROR\"|\"WARNING\",\"line\":12,\"column\":7}]}",
        "",
        "FILE may be '-' for standard input; files must be UTF-8. Warnings do not fail a file."
            + " A state machine in a CloudFormation, SAM or Serverless template is"
            + " TEMPLATE#LogicalId; TEMPLATE alone validates each of its state machines, and"
            + " when it has several each finding's pointer starts with the logical id"
            + " (#OrderFlow/States/A/Next). Findings are placed in the template."
            + " Problems with the files themselves go to standard error as"
            + " 'asl4j validate: FILE: message'.",
        "Exit codes: 0 every file valid (warnings allowed), 1 some file has an error, 2 usage or"
            + " I/O error."})
final class ValidateCommand extends ConsoleCommand {

  /**
   * Files per thread below which another thread does not pay for itself: a small definition
   * takes well under a millisecond once the JVM is warm.
   */
  private static final int PARALLEL_FROM = 8;

  /** How diagnostics are written. */
  enum Format { TEXT, JSON }

  /** The values of {@code --format}. */
  static final class FormatChoices extends Choices<Format> {
    FormatChoices() {
      super("--format", Format.class, false);
    }
  }

  /** The values of {@code --type}. */
  static final class TypeChoices extends Choices<WorkflowType> {
    TypeChoices() {
      super("--type", WorkflowType.class, true);
    }
  }

  @Option(names = "--format", paramLabel = "text|json", converter = FormatChoices.class,
      completionCandidates = FormatChoices.class,
      description = "output format (default: text)")
  Format format = Format.TEXT;

  @Option(names = "--type", paramLabel = "STANDARD|EXPRESS", converter = TypeChoices.class,
      completionCandidates = TypeChoices.class,
      description = "the workflow type to check for (default: STANDARD); EXPRESS also rejects"
          + " what Express workflows do not support, such as .sync and .waitForTaskToken"
          + " integrations")
  WorkflowType type = WorkflowType.STANDARD;

  @Option(names = "--input-example", paramLabel = "F",
      description = "an example of the execution input (JSON): paths that read what it lacks"
          + " are errors")
  Path inputExample;

  @Option(names = "--input-schema", paramLabel = "F",
      description = "a JSON Schema of the execution input (type, properties, required,"
          + " additionalProperties, items)")
  Path inputSchema;

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "the definitions; '-' for standard input; TEMPLATE#LogicalId for a state"
          + " machine in a template, TEMPLATE for all of them")
  List<Path> files = new ArrayList<>();

  ValidateCommand(Console console) {
    super(console);
  }

  @Override
  public Integer call() {
    List<String> names = CommandIo.names(files);
    if (names.isEmpty()) {
      throw new UsageException("no input files (use '-' for standard input)");
    }
    Validator validator = withInput(Validator.create().forType(type));
    if (validator == null) {
      return Main.USAGE_OR_IO;
    }
    // made here, not in a static field: the help and the completion script build every command
    JsonFactory json = format == Format.JSON ? new JsonFactory() : null;
    int threads = names.size() < PARALLEL_FROM ? 1
        : Math.min(names.size() / PARALLEL_FROM, Runtime.getRuntime().availableProcessors());
    int status = threads > 1 ? validateInParallel(names, validator, json, threads)
        : validateInTurn(names, validator, json);
    io().out().flush();
    return status;
  }

  /** The validator told what the execution input is, or null after saying why it cannot be. */
  private Validator withInput(Validator validator) {
    if (inputExample != null && inputSchema != null) {
      throw new UsageException("--input-example and --input-schema cannot be combined; give one");
    }
    Path file = inputExample != null ? inputExample : inputSchema;
    if (file == null) {
      return validator;
    }
    byte[] bytes = io().read(file.toString());
    if (bytes == null) {
      return null;
    }
    try {
      String text = new String(bytes, StandardCharsets.UTF_8);
      return inputExample != null ? validator.withInputExample(text)
          : validator.withInputSchema(text);
    } catch (InputJsonException e) {
      io().error(CommandIo.label(file.toString()), e.line(), e.column(), e.problem());
      return null;
    }
  }

  private int validateInTurn(List<String> names, Validator validator, JsonFactory json) {
    int status = Main.OK;
    for (String f : names) {
      status = Math.max(status, validateOne(f, validator, json, io()));
    }
    return status;
  }

  /**
   * Validates on several threads (the validator is thread-safe), each file's output kept until
   * the files before it are printed, so the output is the same as in turn.
   */
  private int validateInParallel(List<String> names, Validator validator, JsonFactory json,
      int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "asl4j-validate");
      t.setDaemon(true);
      return t;
    });
    try {
      List<CommandIo> outputs = new ArrayList<>();
      List<Future<Integer>> statuses = new ArrayList<>();
      for (String f : names) {
        CommandIo buffered = io().buffered();
        outputs.add(buffered);
        statuses.add(pool.submit(() -> validateOne(f, validator, json, buffered)));
      }
      int status = Main.OK;
      for (int i = 0; i < names.size(); i++) {
        status = Math.max(status, statuses.get(i).get()); // waits for the file's output
        outputs.get(i).drainTo(io());
      }
      return status;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Validates a file, or each state machine of a template that has several. */
  private int validateOne(String name, Validator validator, JsonFactory json, CommandIo io) {
    int status = Main.OK;
    for (DefinitionInput input : DefinitionInput.readAll(io, name)) {
      status = Math.max(status, validateOne(input, validator, json, io));
    }
    return status;
  }

  private int validateOne(DefinitionInput input, Validator validator, JsonFactory json,
      CommandIo io) {
    if (input.failed()) {
      return input.status;
    }
    String label = input.label;
    List<Diagnostic> diagnostics = validator.validate(input.bytes);
    if (input instanceof TemplateDefinition) {
      diagnostics = diagnostics.stream().map(input::place).toList();
    }
    String prefix = input.pointerPrefix();
    if (json != null) {
      io.out().println(json(json, label, prefix.isEmpty() ? null : input.logicalId(),
          diagnostics));
    } else {
      for (Diagnostic d : diagnostics) {
        io.out().println(text(label, prefix, d));
      }
    }
    return Validator.isValid(diagnostics) ? Main.OK : Main.INVALID;
  }

  /** {@code FILE:LINE:COL: SEVERITY CODE /pointer: message}; the position only when known. */
  static String text(String file, Diagnostic d) {
    return text(file, "", d);
  }

  /**
   * {@code FILE:LINE:COL: SEVERITY CODE PREFIX/pointer: message}: the prefix
   * ({@code #LogicalId}) says which state machine of a template the finding is in.
   */
  static String text(String file, String prefix, Diagnostic d) {
    String where = prefix + d.location();
    return file + ":" + (d.line() > 0 ? d.line() + ":" + d.column() + ":" : "") + " "
        + d.severity() + " " + d.code() + " "
        + (where.isEmpty() ? "" : where + ": ") + d.message();
  }

  /** One line of JSON for one file; Jackson does the escaping. */
  static String json(JsonFactory factory, String file, List<Diagnostic> diagnostics) {
    return json(factory, file, null, diagnostics);
  }

  /**
   * One line of JSON for one file, or for one state machine of a template with several
   * ({@code "stateMachine"} then names it).
   */
  static String json(JsonFactory factory, String file, String stateMachine,
      List<Diagnostic> diagnostics) {
    StringWriter buffer = new StringWriter();
    try (JsonGenerator g = factory.createGenerator(buffer)) {
      g.writeStartObject();
      g.writeStringField("file", file);
      if (stateMachine != null) {
        g.writeStringField("stateMachine", stateMachine);
      }
      g.writeStringField("result", Validator.isValid(diagnostics) ? "OK" : "FAIL");
      g.writeArrayFieldStart("diagnostics");
      for (Diagnostic d : diagnostics) {
        g.writeStartObject();
        g.writeStringField("code", String.valueOf(d.code()));
        g.writeStringField("location", d.location());
        g.writeStringField("message", d.message());
        g.writeStringField("severity", d.severity().name());
        g.writeNumberField("line", d.line());
        g.writeNumberField("column", d.column());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return buffer.toString();
  }
}
