package io.asl4j.maven;

import io.asl4j.codegen.GenerationException;
import io.asl4j.json.AslReadException;
import io.asl4j.json.AslReader;
import io.asl4j.json.SourceMap;
import io.asl4j.syntax.InputLimits;
import io.asl4j.templates.StateMachine;
import io.asl4j.templates.Template;
import io.asl4j.templates.TemplateException;
import io.asl4j.validation.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The state machines of one template, as the goals take them: each with its bare definition, the
 * key its work is remembered by between builds, and the way its findings are placed in the file
 * its definition is written in.
 */
final class TemplateMachines {

  /**
   * One state machine of a template.
   *
   * @param key what the build state remembers it by: {@code template:PATH#LogicalId}, the path
   *     relative to the project's directory
   * @param machine the state machine
   * @param file the file its positions are in: the template, or a SAM {@code DefinitionUri} file
   * @param prefix {@code #LogicalId} when the template has several state machines, else
   *     {@code ""}
   * @param bytes the bare definition (UTF-8), or null when it is not in the template
   */
  record Machine(String key, StateMachine machine, Path file, String prefix, byte[] bytes) {

    /**
     * Places the validator's findings in {@link #file()}.
     *
     * @param diagnostics what the validator found in {@link #bytes()}
     * @return the same findings at their positions in the file
     */
    List<Diagnostic> place(List<Diagnostic> diagnostics) {
      List<Diagnostic> placed = new ArrayList<>(diagnostics.size());
      for (Diagnostic d : diagnostics) {
        if (d.line() <= 0 && d.location().isEmpty()) {
          placed.add(d);
        } else {
          int[] at = machine.position(d.location(), d.line(), d.column());
          placed.add(d.at(at[0], at[1]));
        }
      }
      return placed;
    }

    /**
     * Adds what the generator refused, placed in {@link #file()} by its pointer.
     *
     * @param findings where to add it
     * @param e what the generator threw
     */
    void refused(Findings findings, GenerationException e) {
      Optional<String> pointer = e.pointer().filter(p -> !p.isEmpty());
      if (pointer.isEmpty()) {
        findings.error(file + prefix, e.getMessage());
        return;
      }
      int[] inText = SourceMap.of(new String(bytes, StandardCharsets.UTF_8))
          .position(pointer.get());
      int[] at = machine.position(pointer.get(), inText[0], inText[1]);
      findings.error(file + ":" + at[0] + ":" + at[1], prefix + e.getMessage());
    }

    /**
     * Adds the problems of a definition that does not read, placed in {@link #file()}.
     *
     * @param findings where to add them
     * @param e what the reader threw
     */
    void unreadable(Findings findings, AslReadException e) {
      for (AslReadException.Problem p : e.problems()) {
        int[] at = machine.position(p.pointer(), p.line(), p.column());
        String where = prefix + p.pointer();
        findings.error(file + ":" + at[0] + ":" + at[1],
            (where.isEmpty() ? "" : where + ": ") + p.message());
      }
    }
  }

  private TemplateMachines() {}

  /**
   * Reads a template's state machines; a template that does not read, or a state machine whose
   * definition is not in it (kept in S3, say), is added to the findings.
   *
   * @param file the template
   * @param findings where problems go
   * @return the state machines whose definitions could be read, in the template's order
   * @throws MojoExecutionException if the file cannot be read at all
   */
  static List<Machine> read(SourceFile file, Findings findings) throws MojoExecutionException {
    Template template;
    try {
      String text = AslReader.decode(InputLimits.read(file.path()));
      template = Template.read(file.path().toString(), text, file.path().getParent());
    } catch (IOException e) {
      throw new MojoExecutionException("cannot read " + file.path() + ": " + e.getMessage(), e);
    } catch (AslReadException e) {
      findings.unreadable(file.path(), e);
      return List.of();
    } catch (TemplateException e) {
      findings.template(e);
      return List.of();
    }
    boolean several = template.stateMachines().size() > 1;
    List<Machine> machines = new ArrayList<>();
    for (StateMachine m : template.stateMachines()) {
      try {
        machines.add(new Machine("template:" + file.relative() + "#" + m.logicalId(), m,
            Path.of(m.file()), several ? "#" + m.logicalId() : "",
            m.definition().getBytes(StandardCharsets.UTF_8)));
      } catch (TemplateException e) {
        findings.template(e);
      }
    }
    return machines;
  }
}
