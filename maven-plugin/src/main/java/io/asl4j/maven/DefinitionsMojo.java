package io.asl4j.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** What the goals that read definition files share: where the definitions are. */
abstract class DefinitionsMojo extends Asl4jMojo {

  /** The files taken when {@code includes} is not set. */
  static final List<String> DEFAULT_INCLUDES = List.of("**/*.json", "**/*.asl");

  /**
   * The directory of the ASL definitions (JSON files). A missing directory has no definitions,
   * which is not an error.
   */
  @Parameter(property = "asl4j.sourceDirectory", defaultValue = "${project.basedir}/src/main/asl",
      required = true)
  File sourceDirectory;

  /**
   * Which files below {@code sourceDirectory} are definitions, as Ant patterns relative to it
   * ({@code *} within a directory, {@code **} across directories). Default: {@code **}{@code /*.json}
   * and {@code **}{@code /*.asl}.
   */
  @Parameter
  List<String> includes;

  /**
   * Which of the included files are not definitions after all, as Ant patterns relative to
   * {@code sourceDirectory}, e.g. {@code **}{@code /test-data/**}.
   */
  @Parameter
  List<String> excludes;

  /**
   * CloudFormation, SAM and Serverless templates (JSON or YAML) whose state machines are taken
   * too, as Ant patterns relative to the project's directory: {@code template.yaml} for a SAM
   * project, {@code **}{@code /template.yaml} for several stacks, {@code infra/*.json}. Every
   * state machine of each template is read (its substitutions kept as {@code ${Name}}
   * placeholders, as {@code asl4j extract} writes them) and its findings placed in the template,
   * or in the file a SAM {@code DefinitionUri} names. A file that matches must be a template with
   * at least one state machine. Default: none. The build directory is not searched.
   */
  @Parameter
  List<String> templates;

  /**
   * Lists the templates.
   *
   * @return the files, sorted by their path below the project's directory
   * @throws MojoExecutionException if the directory cannot be read
   */
  List<SourceFile> templateFiles() throws MojoExecutionException {
    if (templates == null || templates.isEmpty()) {
      return List.of();
    }
    Path base = project.getBasedir().toPath().toAbsolutePath();
    try {
      return new FileScanner(templates, List.of()).scan(base,
          Path.of(project.getBuild().getDirectory()).toAbsolutePath());
    } catch (IOException e) {
      throw new MojoExecutionException("cannot read the templates in " + base + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * Lists the definitions.
   *
   * @return the files, sorted by their path below {@code sourceDirectory}
   * @throws MojoExecutionException if the directory cannot be read
   */
  List<SourceFile> definitions() throws MojoExecutionException {
    FileScanner scanner = new FileScanner(
        includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes,
        excludes == null ? List.of() : excludes);
    try {
      return scanner.scan(sourceDirectory.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException("cannot read the definitions in " + sourceDirectory + ": "
          + e.getMessage(), e);
    }
  }
}
