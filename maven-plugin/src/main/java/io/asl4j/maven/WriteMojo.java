package io.asl4j.maven;

import io.asl4j.validation.Validator;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes workflows built in Java with the DSL as ASL JSON files, for teams that deploy JSON (with
 * SAM, Terraform or CloudFormation): each entry of {@code workflows} is a static method of the
 * project's compiled classes that returns a {@code io.asl4j.Workflow}, and its {@code toJson()} is
 * written to {@code aslDirectory/NAME.asl.json}.
 *
 * <p>Runs in the {@code process-classes} phase, after the classes are compiled. Each workflow is
 * then checked with the validator, as the {@code validate} goal checks definition files (same
 * {@code type}, same {@code failOnWarnings}), its findings placed in the written file:
 * {@code target/asl/Orders.asl.json:12:7: ERROR CODE /pointer: message}. A file whose content
 * has not changed is not written again, and the file of a workflow no longer listed is deleted.
 */
@Mojo(name = "write", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE)
public class WriteMojo extends Asl4jMojo {

  /**
   * The workflows, one {@code <workflow>} each: {@code com.example.OrderFlows} calls
   * {@code OrderFlows.workflow()} and writes {@code OrderFlows.asl.json};
   * {@code com.example.OrderFlows#refund} calls {@code refund()} and writes
   * {@code OrderFlows.refund.asl.json}; {@code orders=com.example.OrderFlows#workflow} writes
   * {@code orders.asl.json}. The method is static, takes no parameters and returns
   * {@code io.asl4j.Workflow}; a nested class is written {@code Outer$Inner}. The classes are
   * loaded from the project's compile class path.
   */
  @Parameter
  List<String> workflows;

  /** Where the ASL files are written. */
  @Parameter(property = "asl4j.aslDirectory", defaultValue = "${project.build.directory}/asl",
      required = true)
  File aslDirectory;

  /**
   * The workflow type the workflows are deployed as: {@code STANDARD} or {@code EXPRESS}.
   * {@code EXPRESS} also rejects what Express workflows do not support, such as {@code .sync} and
   * {@code .waitForTaskToken} integrations.
   */
  @Parameter(property = "asl4j.type", defaultValue = "STANDARD")
  String type;

  /** Whether warnings fail the build as errors do. */
  @Parameter(property = "asl4j.failOnWarnings", defaultValue = "false")
  boolean failOnWarnings;

  /** Skips this goal. */
  @Parameter(property = "asl4j.write.skip", defaultValue = "false")
  boolean skipWrite;

  /** Creates the goal; Maven sets its parameters. */
  public WriteMojo() {}

  @Override
  String goal() {
    return "write";
  }

  @Override
  boolean skipGoal() {
    return skipWrite;
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    Validator validator = Validator.create().forType(workflowType(type));
    List<WorkflowSpec> specs = specs();
    Path root = aslDirectory.toPath();
    BuildState state = BuildState.load(stateFile(), root, "version=" + pluginVersion());
    Findings findings = new Findings(getLog(), goal());
    int written = 0;
    int built = 0;
    if (!specs.isEmpty()) {
      List<String> classpath;
      try {
        classpath = project.getCompileClasspathElements();
      } catch (DependencyResolutionRequiredException e) {
        throw new MojoExecutionException("the compile class path is not resolved", e);
      }
      try (WorkflowClasses classes = new WorkflowClasses(classpath)) {
        for (WorkflowSpec spec : specs) {
          String json;
          try {
            json = classes.json(spec);
          } catch (WorkflowClasses.WorkflowException e) {
            findings.error(spec, e.getMessage());
            continue;
          }
          built++;
          byte[] bytes = (json + "\n").getBytes(StandardCharsets.UTF_8);
          Path file = root.resolve(spec.fileName());
          if (Outputs.write(file, bytes)) {
            written++;
          }
          findings.diagnostics(file, validator.validate(json));
          state.record(spec.text(), BuildState.sha256(bytes), Map.of(spec.fileName(), bytes));
        }
      } catch (IOException e) {
        throw new MojoExecutionException("cannot write to " + root + ": " + e.getMessage(), e);
      }
    }
    List<String> deleted;
    try {
      deleted = state.deleteStaleOutputs();
      state.save();
    } catch (IOException e) {
      throw new MojoExecutionException("cannot update " + root + ": " + e.getMessage(), e);
    }
    if (specs.isEmpty()) {
      getLog().info("asl4j write: no <workflows> configured" + (deleted.isEmpty() ? ""
          : "; " + Findings.count(deleted.size(), "file") + " of the last build deleted"));
      return;
    }
    getLog().info("asl4j write: " + Findings.count(specs.size(), "workflow") + ", "
        + written + " written, " + (built - written) + " unchanged"
        + (deleted.isEmpty() ? "" : ", " + deleted.size() + " deleted") + ", in " + shown(root)
        + " (" + Findings.count(findings.errorCount(), "error") + ", "
        + Findings.count(findings.warningCount(), "warning") + ")");
    findings.failIfAny(failOnWarnings);
  }

  /** The configured workflows, each with a file name of its own. */
  private List<WorkflowSpec> specs() throws MojoExecutionException {
    List<WorkflowSpec> specs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    // file name in lower case, as case-insensitive file systems see it -> its entry
    Map<String, WorkflowSpec> names = new HashMap<>();
    for (String text : workflows == null ? List.<String>of() : workflows) {
      if (text == null || text.isBlank()) {
        continue;
      }
      WorkflowSpec spec;
      try {
        spec = WorkflowSpec.parse(text);
      } catch (IllegalArgumentException e) {
        problems.add("<workflow>" + text.strip() + "</workflow>: " + e.getMessage());
        continue;
      }
      WorkflowSpec other = names.putIfAbsent(spec.fileName().toLowerCase(Locale.ROOT), spec);
      if (other != null) {
        problems.add("<workflow>" + spec.text() + "</workflow>: " + spec.fileName()
            + " is already written from " + other.text() + "; name one of them: name="
            + spec.text());
        continue;
      }
      specs.add(spec);
    }
    if (!problems.isEmpty()) {
      throw new MojoExecutionException("asl4j write: " + String.join("\n", problems));
    }
    return specs;
  }
}
