package io.asl4j.local;

import io.asl4j.Workflow;
import io.asl4j.json.AslReadException;
import io.asl4j.json.AslReader;
import io.asl4j.syntax.InputLimits;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a workflow file, for the command line ({@code asl4j run}) and build tools: reads the
 * definition, the input and the mocks, runs once, and returns the outcome, which prints as text
 * ({@link ExecutionResult#toText()}) or JSON ({@link ExecutionResult#toJson()}).
 *
 * <p>Every problem with the files is a {@link LocalExecutionException} whose message is one line
 * naming the file and what is wrong; failures of the workflow itself are outcomes, not exceptions.
 */
public final class LocalRun {

  private LocalRun() {}

  /**
   * Runs a workflow file.
   *
   * @param workflowFile the ASL definition ({@code .asl.json})
   * @param inputFile the execution input as a JSON file; {@code {}} when empty
   * @param mocksFile the task results (either mocks format, see {@link Mocks}); when empty every
   *     Task invocation stops the run with a message naming the state
   * @param testCase the test case to use from a {@code MockConfigFile}
   * @param options the type, history and clock settings
   * @return the outcome
   * @throws LocalExecutionException if a file cannot be read or is invalid, or a mock is missing
   */
  public static ExecutionResult run(Path workflowFile, Optional<Path> inputFile,
      Optional<Path> mocksFile, Optional<String> testCase, ExecutionOptions options) {
    return run(workflowFile, inputFile, mocksFile, testCase, Map.of(), options);
  }

  /**
   * Runs a workflow file that starts child workflows ({@code states:startExecution}).
   *
   * @param workflowFile the ASL definition ({@code .asl.json})
   * @param inputFile the execution input as a JSON file; {@code {}} when empty
   * @param mocksFile the task results (either mocks format, see {@link Mocks}), with the mocked
   *     S3 objects and child workflows of its {@code "S3"} and {@code "Workflows"} sections
   * @param testCase the test case to use from a {@code MockConfigFile}
   * @param workflows child workflow files by the state machine name or ARN they stand for (they
   *     replace children of the same name in the mocks file)
   * @param options the type, history, clock, seed and S3 settings
   * @return the outcome
   * @throws LocalExecutionException if a file cannot be read or is invalid, or a mock is missing
   */
  public static ExecutionResult run(Path workflowFile, Optional<Path> inputFile,
      Optional<Path> mocksFile, Optional<String> testCase, Map<String, Path> workflows,
      ExecutionOptions options) {
    Workflow workflow = readWorkflow(workflowFile);
    Object value = inputFile.isPresent()
        ? parseInput(read(inputFile.get()), inputFile.get().toString()) : new LinkedHashMap<>();
    Mocks mocks = mocksFile.map(f -> Mocks.read(f, testCase)).orElseGet(Mocks::none);
    LocalExecutor executor = LocalExecutor.compile(workflow);
    for (Map.Entry<String, Path> e : workflows.entrySet()) {
      executor = executor.withWorkflow(e.getKey(), readWorkflow(e.getValue()));
    }
    return executor.runInternal(Json.internal(value), mocks, options);
  }

  /**
   * Parses an execution input.
   *
   * @param json the input as JSON text
   * @param source names the text in messages (e.g. the file name)
   * @return the input as a JSON value (maps, lists, strings, numbers, booleans, {@code null})
   * @throws LocalExecutionException if the text is not JSON; the exception gives the line and
   *     column
   */
  public static Object parseInput(String json, String source) {
    try {
      return Json.external(Json.parseInternal(json));
    } catch (Json.SyntaxError e) {
      throw e.in(source);
    }
  }

  /**
   * Reads a definition, keeping fields the reader does not know (AWS may accept newer ones).
   *
   * @param file the ASL file
   * @return the workflow
   * @throws LocalExecutionException if it cannot be read
   */
  public static Workflow readWorkflow(Path file) {
    String text = read(file);
    try {
      return AslReader.create().keepUnknownFields(true).read(text);
    } catch (AslReadException e) {
      String first = e.getMessage().lines().findFirst().orElse("not a definition");
      throw new LocalExecutionException(file + ": " + first);
    }
  }

  /**
   * Reads a file as strict UTF-8 within {@link InputLimits}: an endless device or a huge file costs
   * at most the limit, and a stray byte is an error rather than a replacement character.
   */
  static String read(Path file) {
    byte[] bytes;
    try {
      bytes = InputLimits.read(file);
    } catch (IOException e) {
      throw new LocalExecutionException(file + ": cannot read the file ("
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
          + ")", e);
    }
    try {
      return AslReader.decode(bytes);
    } catch (AslReadException e) {
      AslReadException.Problem p = e.problems().get(0);
      throw new LocalExecutionException(file + ": at line " + p.line() + ", column " + p.column()
          + ": " + p.message());
    }
  }

}
