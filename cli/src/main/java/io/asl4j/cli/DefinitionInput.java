package io.asl4j.cli;

import io.asl4j.json.AslReadException;
import io.asl4j.validation.Diagnostic;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * A definition as {@code validate}, {@code generate} and {@code render} read it: a file of ASL
 * JSON ({@code -} for standard input), or a state machine in a CloudFormation, SAM or Serverless
 * template, named {@code TEMPLATE#LogicalId} (or {@code TEMPLATE} alone when it holds one). Either
 * way the command gets the bare definition, and the positions of what it reports are placed in
 * the file the definition is written in ({@link TemplateDefinition}).
 */
class DefinitionInput {

  /** The file that messages name and positions point into. */
  final String label;
  /** The bare definition; null when it could not be read. */
  final byte[] bytes;
  /** {@link Main#OK}, or the exit code of why it could not be read. */
  final int status;

  DefinitionInput(String label, byte[] bytes, int status) {
    this.label = label;
    this.bytes = bytes;
    this.status = status;
  }

  /** Whether the definition could not be read (the reason is printed). */
  boolean failed() {
    return bytes == null;
  }

  /** The logical id of the state machine in a template; null for a definition file. */
  String logicalId() {
    return null;
  }

  /**
   * The name the definition goes by in generated code: the file name, with the
   * {@code #LogicalId} of a template.
   */
  String sourceName() {
    Path file = Path.of(label).getFileName();
    return file == null ? label : file.toString();
  }

  /** A finding of the validator placed in {@link #label}'s file. */
  Diagnostic place(Diagnostic d) {
    return d;
  }

  /**
   * Where a JSON pointer (with its line and column in {@link #bytes}) is in {@link #label}'s
   * file.
   */
  int[] position(String pointer, int line, int column) {
    return new int[] {line, column};
  }

  /** Prints the problems of a definition that does not read. */
  void problems(CommandIo io, AslReadException e) {
    io.problems(label, e);
  }

  /**
   * Reads a definition, or prints why not.
   *
   * @param io where to read and report
   * @param name the name on the command line: a file, {@code -}, or {@code TEMPLATE#LogicalId}
   * @return the definition; {@link #failed()} after printing the reason
   */
  static DefinitionInput read(CommandIo io, String name) {
    String selector = selector(io, name);
    String file = selector == null ? name : name.substring(0, name.length() - selector.length()
        - 1);
    byte[] bytes = io.read(file);
    if (bytes == null) {
      return new DefinitionInput(CommandIo.label(file), null, Main.USAGE_OR_IO);
    }
    if (selector == null && !TemplateDefinition.isTemplate(file, bytes)) {
      return new DefinitionInput(CommandIo.label(file), bytes, Main.OK);
    }
    return TemplateDefinition.open(io, file, selector, bytes);
  }

  /**
   * Reads every definition a name stands for: as {@link #read} does, except that a template with
   * several state machines and no selector gives each of them, labelled with its logical id.
   *
   * @param io where to read and report
   * @param name the name on the command line
   * @return the definitions, in the template's order; one that {@link #failed()} after printing
   *     the reason
   */
  static List<DefinitionInput> readAll(CommandIo io, String name) {
    String selector = selector(io, name);
    if (selector != null) {
      return List.of(read(io, name));
    }
    byte[] bytes = io.read(name);
    if (bytes == null) {
      return List.of(new DefinitionInput(CommandIo.label(name), null, Main.USAGE_OR_IO));
    }
    if (!TemplateDefinition.isTemplate(name, bytes)) {
      return List.of(new DefinitionInput(CommandIo.label(name), bytes, Main.OK));
    }
    return TemplateDefinition.openAll(io, name, bytes);
  }

  /**
   * What a finding's pointer is prefixed with, to say which state machine of a template it is
   * in when the template's state machines are taken together: {@code #OrderFlow}, so that
   * {@code #OrderFlow/States/A/Next} reads as the selector and the pointer; {@code ""} otherwise.
   */
  String pointerPrefix() {
    return "";
  }

  /**
   * The {@code LogicalId} of {@code TEMPLATE#LogicalId}, or null: a name is taken whole when a
   * file of that name exists.
   */
  static String selector(CommandIo io, String name) {
    int hash = name.lastIndexOf('#');
    if (hash <= 0) {
      return null;
    }
    try {
      if (Files.exists(io.cwd().resolve(name))) {
        return null;
      }
    } catch (InvalidPathException e) {
      // not a file name either way; the selector's template is read and reported
    }
    return name.substring(hash + 1);
  }
}
