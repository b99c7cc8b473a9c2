package io.asl4j.cli;

import io.asl4j.json.AslReadException;
import io.asl4j.json.AslReader;
import io.asl4j.templates.StateMachine;
import io.asl4j.templates.Template;
import io.asl4j.templates.TemplateException;
import io.asl4j.validation.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A state machine's definition read from a template: the bare definition the command works on,
 * with every position it reports placed in the template (or in the file a SAM
 * {@code DefinitionUri} names) by the state machine's {@link StateMachine#position}.
 */
final class TemplateDefinition extends DefinitionInput {

  private static final byte[][] MARKERS = {
      "\"Resources\"".getBytes(StandardCharsets.US_ASCII),
      "\"AWSTemplateFormatVersion\"".getBytes(StandardCharsets.US_ASCII),
      "\"stepFunctions\"".getBytes(StandardCharsets.US_ASCII)};

  private final StateMachine machine;
  private final String templateName;

  /** {@code #LogicalId} when the template's state machines are read together, else empty. */
  private final String prefix;

  private TemplateDefinition(String templateName, StateMachine machine, byte[] bytes,
      boolean labelled) {
    super(machine.file(), bytes, Main.OK);
    this.machine = machine;
    this.templateName = templateName;
    this.prefix = labelled ? "#" + machine.logicalId() : "";
  }

  /**
   * Whether a file read without a selector is a template: a YAML or {@code .template} file, or
   * JSON whose top level
   * has {@code Resources}, {@code AWSTemplateFormatVersion} or {@code stepFunctions} and no
   * {@code States}. Definitions, the common case, are told by a scan of their bytes.
   */
  static boolean isTemplate(String file, byte[] bytes) {
    if (file.endsWith(".yaml") || file.endsWith(".yml") || file.endsWith(".template")) {
      return true;
    }
    boolean marked = false;
    for (byte[] marker : MARKERS) {
      marked |= indexOf(bytes, marker) >= 0;
    }
    if (!marked) {
      return false;
    }
    try {
      return Template.isTemplate(file, AslReader.decode(bytes));
    } catch (AslReadException notUtf8) {
      return false; // the definition reader reports it
    }
  }

  private static int indexOf(byte[] bytes, byte[] marker) {
    outer:
    for (int i = 0; i + marker.length <= bytes.length; i++) {
      for (int j = 0; j < marker.length; j++) {
        if (bytes[i + j] != marker[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * Reads the template and the selected state machine's definition, or prints why not.
   *
   * @param io where to report
   * @param file the template as named
   * @param selector the logical id, or null for the template's only state machine
   * @param bytes the template's bytes
   */
  static DefinitionInput open(CommandIo io, String file, String selector, byte[] bytes) {
    String label = CommandIo.label(file);
    try {
      String text = AslReader.decode(bytes);
      Path directory = file.equals("-") ? io.cwd()
          : io.cwd().resolve(file).toAbsolutePath().getParent();
      StateMachine machine = Template.read(label, text, directory).select(selector);
      return new TemplateDefinition(label, machine,
          machine.definition().getBytes(StandardCharsets.UTF_8), false);
    } catch (AslReadException e) {
      io.problems(label, e);
    } catch (TemplateException e) {
      for (TemplateException.Problem p : e.problems()) {
        io.error(p.toString());
      }
    }
    return new DefinitionInput(label, null, Main.INVALID);
  }

  /**
   * Reads the template and every state machine's definition; each of several is labelled with
   * its logical id. One that cannot be read is printed and given as failed, the others still read.
   *
   * @param io where to report
   * @param file the template as named
   * @param bytes the template's bytes
   */
  static List<DefinitionInput> openAll(CommandIo io, String file, byte[] bytes) {
    String label = CommandIo.label(file);
    Template template;
    try {
      String text = AslReader.decode(bytes);
      Path directory = file.equals("-") ? io.cwd()
          : io.cwd().resolve(file).toAbsolutePath().getParent();
      template = Template.read(label, text, directory);
    } catch (AslReadException e) {
      io.problems(label, e);
      return List.of(new DefinitionInput(label, null, Main.INVALID));
    } catch (TemplateException e) {
      report(io, e);
      return List.of(new DefinitionInput(label, null, Main.INVALID));
    }
    boolean labelled = template.stateMachines().size() > 1;
    List<DefinitionInput> inputs = new ArrayList<>();
    for (StateMachine machine : template.stateMachines()) {
      try {
        inputs.add(new TemplateDefinition(label, machine,
            machine.definition().getBytes(StandardCharsets.UTF_8), labelled));
      } catch (TemplateException e) {
        report(io, e);
        inputs.add(new DefinitionInput(label, null, Main.INVALID));
      }
    }
    return inputs;
  }

  private static void report(CommandIo io, TemplateException e) {
    for (TemplateException.Problem p : e.problems()) {
      io.error(p.toString());
    }
  }

  @Override
  String pointerPrefix() {
    return prefix;
  }

  @Override
  String logicalId() {
    return machine.logicalId();
  }

  @Override
  String sourceName() {
    Path name = Path.of(templateName).getFileName();
    return (name == null ? templateName : name.toString()) + "#" + machine.logicalId();
  }

  @Override
  Diagnostic place(Diagnostic d) {
    if (d.line() <= 0 && d.location().isEmpty()) {
      return d;
    }
    int[] at = machine.position(d.location(), d.line(), d.column());
    return d.at(at[0], at[1]);
  }

  @Override
  int[] position(String pointer, int line, int column) {
    return machine.position(pointer, line, column);
  }

  @Override
  void problems(CommandIo io, AslReadException e) {
    for (AslReadException.Problem p : e.problems()) {
      int[] at = machine.position(p.pointer(), p.line(), p.column());
      String where = prefix + p.pointer();
      io.error(label, at[0], at[1], (where.isEmpty() ? "" : where + ": ") + p.message());
    }
  }
}
