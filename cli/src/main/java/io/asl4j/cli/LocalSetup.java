package io.asl4j.cli;

import io.asl4j.Workflow;
import io.asl4j.json.AslReadException;
import io.asl4j.json.AslReader;
import io.asl4j.local.LocalExecutionException;
import io.asl4j.local.LocalExecutor;
import io.asl4j.local.LocalRun;
import io.asl4j.local.Mocks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code asl4j run} and {@code asl4j cost} both read before an execution: the definition,
 * the input, the mocks and the child workflows, each problem printed with its place.
 */
final class LocalSetup {

  /**
   * A workflow ready to run.
   *
   * @param executor the compiled workflow, its child workflows registered
   * @param input the execution input
   * @param mocks the task results
   * @param definition the definition's bytes, as read (for a second look, such as validation)
   */
  record Prepared(LocalExecutor executor, Object input, Mocks mocks, byte[] definition) {}

  private LocalSetup() {}

  /**
   * Reads everything an execution needs; {@code null} after printing why it cannot run.
   *
   * @throws LocalExecutionException for input or mocks that do not read (the caller reports it)
   */
  static Prepared prepare(CommandIo io, String file, Path input, Path mocks, String testCase,
      Map<String, Path> workflows) {
    DefinitionInput definition = DefinitionInput.read(io, file);
    if (definition.failed()) {
      return null;
    }
    Workflow workflow = workflow(io, definition);
    if (workflow == null) {
      return null;
    }
    LocalExecutor executor;
    try {
      executor = LocalExecutor.compile(workflow);
    } catch (LocalExecutionException e) {
      if (e.source().isPresent()) {
        throw e;
      }
      // a definition the executor cannot run: say which file
      io.error(CommandIo.label(file), e.getMessage());
      return null;
    }
    Object value = new LinkedHashMap<String, Object>();
    if (input != null) {
      String text = text(io, input.toString());
      if (text == null) {
        return null;
      }
      value = LocalRun.parseInput(text, CommandIo.label(input.toString()));
    }
    Mocks m = Mocks.none();
    if (mocks != null) {
      String name = mocks.toString();
      String text = text(io, name);
      if (text == null) {
        return null;
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
          return null;
        }
        executor = executor.withWorkflow(e.getKey(), w);
      }
    }
    for (Map.Entry<String, Path> e : workflows.entrySet()) {
      Workflow w = workflow(io, e.getValue().toString());
      if (w == null) {
        return null;
      }
      executor = executor.withWorkflow(e.getKey(), w);
    }
    return new Prepared(executor, value, m, definition.bytes);
  }

  /** Reads a definition, printing its problems; {@code null} when it cannot be run. */
  static Workflow workflow(CommandIo io, String name) {
    // a file, or TEMPLATE#LogicalId: a state machine of a template, its substitutions kept as
    // ${Name} placeholders (mocks answer by state name, so they need no value)
    DefinitionInput input = DefinitionInput.read(io, name);
    return input.failed() ? null : workflow(io, input);
  }

  /** Reads a definition already read, printing its problems; {@code null} when it cannot be run. */
  private static Workflow workflow(CommandIo io, DefinitionInput input) {
    try {
      // lenient, as AWS: fields it may know and asl4j does not yet are kept, not refused
      return AslReader.create().keepUnknownFields(true).read(input.bytes);
    } catch (AslReadException e) {
      input.problems(io, e);
      return null;
    }
  }

  /** Reads a file as text; {@code null} after printing why it cannot be read. */
  static String text(CommandIo io, String name) {
    byte[] bytes = io.read(name);
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  /** {@code asl4j CMD: FILE:LINE:COL: problem} when the problem has a place, else its message. */
  static void report(CommandIo io, LocalExecutionException e) {
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
