package io.asl4j.maven;

import io.asl4j.syntax.InputLimits;
import io.asl4j.validation.Diagnostic;
import io.asl4j.validation.Validator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the ASL definitions under {@code sourceDirectory} against every rule of the Amazon States
 * Language and the common mistakes that otherwise surface only at run time, as
 * {@code asl4j validate} does. Runs in the {@code validate} phase, so a broken definition stops
 * the build before anything is compiled.
 *
 * <p>Each finding is logged as {@code FILE:LINE:COL: SEVERITY CODE /pointer: message}. Errors fail
 * the build; warnings are logged and fail it only with {@code failOnWarnings}. A definition that
 * was clean in the last build and has not changed since is not checked again.
 *
 * <p>The state machines of CloudFormation, SAM and Serverless templates are checked as well when
 * {@code templates} names them, each finding placed in the template:
 * {@code template.yaml:40:13: ERROR CODE #OrderFlow/States/Charge/Next: message} (the
 * {@code #LogicalId} when the template has several state machines).
 *
 * <p>Workflows written in Java with the DSL exist only once their classes are compiled: the
 * {@code write} goal (phase {@code process-classes}) checks them with the same rules, {@code type}
 * and {@code failOnWarnings} before writing them.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends DefinitionsMojo {

  /**
   * The workflow type the definitions are deployed as: {@code STANDARD} or {@code EXPRESS}.
   * {@code EXPRESS} also rejects what Express workflows do not support, such as {@code .sync} and
   * {@code .waitForTaskToken} integrations.
   */
  @Parameter(property = "asl4j.type", defaultValue = "STANDARD")
  String type;

  /** Whether warnings fail the build as errors do. */
  @Parameter(property = "asl4j.failOnWarnings", defaultValue = "false")
  boolean failOnWarnings;

  /** Skips this goal. */
  @Parameter(property = "asl4j.validate.skip", defaultValue = "false")
  boolean skipValidate;

  /** Creates the goal; Maven sets its parameters. */
  public ValidateMojo() {}

  @Override
  String goal() {
    return "validate";
  }

  @Override
  boolean skipGoal() {
    return skipValidate;
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    Validator validator = Validator.create().forType(workflowType(type));
    List<SourceFile> files = definitions();
    List<SourceFile> templateFiles = templateFiles();
    if (files.isEmpty() && templateFiles.isEmpty()) {
      getLog().info("asl4j validate: no definitions in " + shown(sourceDirectory.toPath()));
      return;
    }
    // a clean file stays clean under the same rules; one with warnings is checked again, so that
    // every build shows its warnings
    BuildState state = BuildState.load(stateFile(), sourceDirectory.toPath(),
        "version=" + pluginVersion() + "\ntype=" + validator.type());
    Findings findings = new Findings(getLog(), goal());
    if (!files.isEmpty()) {
      validateDefinitions(files, validator, state, findings);
    }
    if (!templateFiles.isEmpty()) {
      validateTemplates(templateFiles, validator, state, findings);
    }
    try {
      state.save();
    } catch (IOException e) {
      getLog().warn("asl4j validate: cannot save " + stateFile() + " (" + e.getMessage()
          + "); the next build checks every definition again");
    }
    findings.failIfAny(failOnWarnings);
  }

  private void validateDefinitions(List<SourceFile> files, Validator validator, BuildState state,
      Findings findings) throws MojoExecutionException {
    int unchanged = 0;
    for (SourceFile file : files) {
      byte[] bytes;
      try {
        bytes = InputLimits.read(file.path());
      } catch (IOException e) {
        throw new MojoExecutionException("cannot read " + file.path() + ": " + e.getMessage(), e);
      }
      String hash = BuildState.sha256(bytes);
      if (state.upToDate(file.relative(), hash)) {
        unchanged++;
        continue;
      }
      List<Diagnostic> diagnostics = validator.validate(bytes);
      findings.diagnostics(file.path(), diagnostics);
      if (diagnostics.isEmpty()) {
        state.record(file.relative(), hash, Map.of());
      }
    }
    getLog().info("asl4j validate: " + Findings.count(files.size(), "definition") + " in "
        + shown(sourceDirectory.toPath()) + ", " + (files.size() - unchanged) + " checked ("
        + Findings.count(findings.errorCount(), "error") + ", "
        + Findings.count(findings.warningCount(), "warning") + "), " + unchanged
        + " unchanged since the last build");
  }

  /**
   * Validates every state machine of the templates, each remembered on its own: a template
   * edited in one state machine checks that one again.
   */
  private void validateTemplates(List<SourceFile> templateFiles, Validator validator,
      BuildState state, Findings findings) throws MojoExecutionException {
    int errorsBefore = findings.errorCount();
    int warningsBefore = findings.warningCount();
    int machines = 0;
    int unchanged = 0;
    for (SourceFile file : templateFiles) {
      for (TemplateMachines.Machine m : TemplateMachines.read(file, findings)) {
        machines++;
        String hash = BuildState.sha256(m.bytes());
        if (state.upToDate(m.key(), hash)) {
          unchanged++;
          continue;
        }
        List<Diagnostic> diagnostics = m.place(validator.validate(m.bytes()));
        findings.diagnostics(m.file(), m.prefix(), diagnostics);
        if (diagnostics.isEmpty()) {
          state.record(m.key(), hash, Map.of());
        }
      }
    }
    getLog().info("asl4j validate: " + Findings.count(machines, "state machine") + " in "
        + Findings.count(templateFiles.size(), "template") + ", " + (machines - unchanged)
        + " checked (" + Findings.count(findings.errorCount() - errorsBefore, "error") + ", "
        + Findings.count(findings.warningCount() - warningsBefore, "warning") + "), "
        + unchanged + " unchanged since the last build");
  }
}
