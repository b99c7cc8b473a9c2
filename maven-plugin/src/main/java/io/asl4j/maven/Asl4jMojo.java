package io.asl4j.maven;

import io.asl4j.validation.Validator.WorkflowType;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every asl4j goal has: the project, the {@code skip} switches, where a goal keeps its state
 * between builds, and how paths are shown in the log.
 */
abstract class Asl4jMojo extends AbstractMojo {

  /** The project being built. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** This execution of the goal, for its id and the plugin's version. */
  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  MojoExecution mojoExecution;

  /**
   * Skips every asl4j goal, e.g. {@code mvn -Dasl4j.skip verify}. Each goal also has a switch of its
   * own ({@code asl4j.validate.skip}, {@code asl4j.generate.skip}, {@code asl4j.write.skip},
   * {@code asl4j.render.skip}).
   */
  @Parameter(property = "asl4j.skip", defaultValue = "false")
  boolean skip;

  /**
   * The goal's name, as messages show it.
   *
   * @return e.g. {@code validate}
   */
  abstract String goal();

  /**
   * Whether the goal's own {@code skip} switch is on.
   *
   * @return whether to skip
   */
  abstract boolean skipGoal();

  /**
   * Does the goal's work.
   *
   * @throws MojoExecutionException when the configuration or the environment is wrong
   * @throws MojoFailureException when the inputs are: the build fails with their findings
   */
  abstract void run() throws MojoExecutionException, MojoFailureException;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || skipGoal()) {
      getLog().info("asl4j " + goal() + " skipped");
      return;
    }
    run();
  }

  /**
   * Where this execution of the goal keeps what it made, for the next build's up-to-date check:
   * under {@code target/maven-status}, as the compiler plugin keeps its own.
   *
   * @return the state file
   */
  Path stateFile() {
    return Path.of(project.getBuild().getDirectory(), "maven-status", "asl4j-maven-plugin",
        goal(), mojoExecution.getExecutionId(), "state.txt");
  }

  /**
   * The plugin's version: a new version redoes everything, since its output may differ.
   *
   * @return the version
   */
  String pluginVersion() {
    return mojoExecution.getMojoDescriptor().getPluginDescriptor().getVersion();
  }

  /**
   * A path as the log shows it: relative to the project's directory when it is below it.
   *
   * @param path the path
   * @return the path to show
   */
  String shown(Path path) {
    Path base = project.getBasedir().toPath().toAbsolutePath();
    Path absolute = path.toAbsolutePath();
    return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
  }

  /**
   * Reads the {@code type} parameter.
   *
   * @param type {@code STANDARD} or {@code EXPRESS}, in any case
   * @return the workflow type
   * @throws MojoExecutionException for anything else
   */
  static WorkflowType workflowType(String type) throws MojoExecutionException {
    try {
      return WorkflowType.valueOf(type.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("<type>" + type + "</type>: expected STANDARD or EXPRESS");
    }
  }
}
