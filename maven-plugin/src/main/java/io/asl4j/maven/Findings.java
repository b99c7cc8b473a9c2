package io.asl4j.maven;

import io.asl4j.codegen.GenerationException;
import io.asl4j.json.AslReadException;
import io.asl4j.json.SourceMap;
import io.asl4j.templates.TemplateException;
import io.asl4j.validation.Diagnostic;
import io.asl4j.validation.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * What a goal found wrong with its inputs, logged as it is found and then turned into the build's
 * failure. Every finding is one line that starts with where it is, as compilers write theirs:
 * {@code FILE:LINE:COL: ERROR CODE /pointer: message} for a diagnostic of the validator,
 * {@code FILE:LINE:COL: /pointer: message} for a definition that does not read,
 * {@code FILE:LINE:COL: message} for a template that does not read,
 * {@code FILE: message} or {@code com.example.Flows#workflow: message} otherwise.
 */
final class Findings {

  /** How many error lines the build failure repeats; all of them are logged above it. */
  private static final int LISTED = 20;

  private final Log log;
  private final String goal;
  private final List<String> errors = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  /**
   * Creates an empty list of findings.
   *
   * @param log where each finding is logged as it is found
   * @param goal the goal, for the failure message, e.g. {@code validate}
   */
  Findings(Log log, String goal) {
    this.log = log;
    this.goal = goal;
  }

  /**
   * Adds the validator's diagnostics of one file: errors logged as errors, warnings as warnings.
   *
   * @param file the definition, as it is to be shown
   * @param diagnostics what the validator found
   */
  void diagnostics(Path file, List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      // Diagnostic's own form is [LINE:COL: ]SEVERITY CODE [/pointer: ]message
      String line = file + (d.line() > 0 ? ":" : ": ") + d;
      if (d.severity() == Severity.ERROR) {
        error(line);
      } else {
        warning(line);
      }
    }
  }

  /**
   * Adds the validator's diagnostics of one state machine of a template, each pointer prefixed
   * with {@code #LogicalId} when the template has several ({@code #OrderFlow/States/A/Next}, the
   * selector and the pointer, as {@code asl4j validate TEMPLATE} writes them).
   *
   * @param file the file the positions are in: the template, or a SAM {@code DefinitionUri} file
   * @param prefix {@code #LogicalId}, or {@code ""}
   * @param diagnostics what the validator found, placed in {@code file}
   */
  void diagnostics(Path file, String prefix, List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      String where = prefix + d.location();
      String line = file + ":" + (d.line() > 0 ? d.line() + ":" + d.column() + ":" : "") + " "
          + d.severity() + " " + d.code() + " " + (where.isEmpty() ? "" : where + ": ")
          + d.message();
      if (d.severity() == Severity.ERROR) {
        error(line);
      } else {
        warning(line);
      }
    }
  }

  /**
   * Adds every problem of a template that does not read, or of a state machine whose definition
   * is not in it; each is {@code FILE:LINE:COL: message}.
   *
   * @param e what the template reader threw
   */
  void template(TemplateException e) {
    for (TemplateException.Problem p : e.problems()) {
      error(p.toString());
    }
  }

  /**
   * Adds every problem of a definition that does not read.
   *
   * @param file the definition, as it is to be shown
   * @param e what the reader threw
   */
  void unreadable(Path file, AslReadException e) {
    for (AslReadException.Problem p : e.problems()) {
      // Problem's own form is LINE:COL: [/pointer: ]message
      error(file + ":" + p);
    }
  }

  /**
   * Adds what the generator refused in a definition file, at the line and column of its pointer.
   *
   * @param file the definition, as it is to be shown
   * @param bytes its text
   * @param e what the generator threw
   */
  void refused(Path file, byte[] bytes, GenerationException e) {
    Optional<String> pointer = e.pointer().filter(p -> !p.isEmpty());
    if (pointer.isEmpty()) {
      error(file, e.getMessage());
      return;
    }
    int[] at = SourceMap.of(new String(bytes, StandardCharsets.UTF_8)).position(pointer.get());
    error(file + ":" + at[0] + ":" + at[1], e.getMessage());
  }

  /**
   * Adds an error about an input as a whole.
   *
   * @param where the file or workflow, e.g. {@code com.example.Flows#workflow}
   * @param message what is wrong
   */
  void error(Object where, String message) {
    error(where + ": " + message);
  }

  private void error(String line) {
    errors.add(line);
    log.error(line);
  }

  private void warning(String line) {
    warnings.add(line);
    log.warn(line);
  }

  /**
   * How many errors were found.
   *
   * @return the count
   */
  int errorCount() {
    return errors.size();
  }

  /**
   * How many warnings were found.
   *
   * @return the count
   */
  int warningCount() {
    return warnings.size();
  }

  /**
   * Fails the build when something was found that must fail it.
   *
   * @param failOnWarnings whether warnings fail the build too
   * @throws MojoFailureException listing the errors (or the warnings), at most twenty
   */
  void failIfAny(boolean failOnWarnings) throws MojoFailureException {
    List<String> failing;
    String summary;
    if (!errors.isEmpty()) {
      failing = errors;
      summary = count(errors.size(), "error");
    } else if (failOnWarnings && !warnings.isEmpty()) {
      failing = warnings;
      summary = count(warnings.size(), "warning") + " (failOnWarnings is set)";
    } else {
      return;
    }
    StringBuilder message = new StringBuilder("asl4j ").append(goal).append(" found ")
        .append(summary).append(':');
    for (String line : failing.subList(0, Math.min(LISTED, failing.size()))) {
      message.append('\n').append(line);
    }
    if (failing.size() > LISTED) {
      message.append("\n... and ").append(failing.size() - LISTED).append(" more, listed above");
    }
    throw new MojoFailureException(message.toString());
  }

  /**
   * A count with its noun, {@code 1 error} or {@code 2 errors}, {@code 2 classes}.
   *
   * @param n the count
   * @param noun the singular
   * @return the text
   */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : noun.endsWith("s") ? "es" : "s");
  }
}
