package io.asl4j.maven;

import io.asl4j.Workflow;
import io.asl4j.codegen.GenerationException;
import io.asl4j.codegen.JavaGenerator;
import io.asl4j.codegen.JavaNames;
import io.asl4j.codegen.RoundTrip;
import io.asl4j.json.AslReadException;
import io.asl4j.json.AslReader;
import io.asl4j.syntax.InputLimits;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.tools.ToolProvider;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Turns the ASL definitions under {@code sourceDirectory} into Java classes written with the asl4j
 * DSL, as {@code asl4j generate} does, and adds them to the sources the project compiles: the JSON
 * stays the source of truth, and the code that deploys or tests a workflow uses the class.
 *
 * <p>Each definition gives {@code packageName.ClassName}, the class named after its file
 * ({@code order-fulfillment.asl.json} gives {@code OrderFulfillment}), with a static
 * {@code workflow()} method that builds exactly that definition. The classes use the DSL, so the
 * project needs the {@code io.asl4j:asl4j-dsl} dependency. Runs in the {@code generate-sources}
 * phase; a definition unchanged since the last build is not generated again (its source file keeps
 * its timestamp, so the compiler has nothing new to do), and the class of a definition that is
 * gone is deleted.
 *
 * <p>With {@code templates}, each state machine of a CloudFormation, SAM or Serverless template
 * gives a class named after its logical id ({@code OrderFlow} gives {@code OrderFlow}), as
 * {@code asl4j generate TEMPLATE#LogicalId} does; its substitutions stay {@code ${Name}}
 * placeholders in the strings they are in.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE)
public class GenerateMojo extends DefinitionsMojo {

  /** The package of the generated classes, e.g. {@code com.example.flows}. */
  @Parameter(property = "asl4j.packageName", required = true)
  String packageName;

  /** The source root the classes are written to; it is added to the compile sources. */
  @Parameter(property = "asl4j.generatedSourcesDirectory",
      defaultValue = "${project.build.directory}/generated-sources/asl4j", required = true)
  File generatedSourcesDirectory;

  /**
   * Whether to prove each class before writing it: compile it in memory, run {@code workflow()}
   * and check that its JSON is the definition's, as {@code asl4j generate --verify} does. Slower;
   * needs Maven to run on a JDK.
   */
  @Parameter(property = "asl4j.verify", defaultValue = "false")
  boolean verify;

  /** Skips this goal (the generated sources are then not added either). */
  @Parameter(property = "asl4j.generate.skip", defaultValue = "false")
  boolean skipGenerate;

  /** Creates the goal; Maven sets its parameters. */
  public GenerateMojo() {}

  @Override
  String goal() {
    return "generate";
  }

  @Override
  boolean skipGoal() {
    return skipGenerate;
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    Path root = generatedSourcesDirectory.toPath();
    // added whatever happens below, so that up-to-date classes are compiled as well
    project.addCompileSourceRoot(root.toString());
    JavaGenerator configured;
    try {
      configured = JavaGenerator.create().packageName(packageName.strip());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("<packageName>: " + e.getMessage());
    }
    if (verify && ToolProvider.getSystemJavaCompiler() == null) {
      throw new MojoExecutionException("<verify> needs a Java compiler: run Maven on a JDK");
    }
    List<SourceFile> files = definitions();
    List<SourceFile> templateFiles = templateFiles();
    warnWithoutDsl(!files.isEmpty() || !templateFiles.isEmpty());
    BuildState state = BuildState.load(stateFile(), root, "version=" + pluginVersion()
        + "\npackage=" + configured.packageName() + "\nverify=" + verify);
    Findings findings = new Findings(getLog(), goal());
    String packagePath = configured.packageName().replace('.', '/');
    // class name in lower case, as case-insensitive file systems see it -> the file it came from
    Map<String, String> claimed = new HashMap<>();
    int generated = 0;
    int upToDate = 0;
    for (SourceFile file : files) {
      JavaGenerator generator = configured.sourceName(file.fileName())
          .className(JavaNames.className(file.fileName()));
      // claimed before anything else, so that which file clashes does not depend on the others
      String other = claimed.putIfAbsent(
          generator.className().toLowerCase(Locale.ROOT), file.path().toString());
      if (other != null) {
        findings.error(file.path(), "class " + qualified(generator) + " is already generated from "
            + other + "; rename one of the files, or exclude one");
        continue;
      }
      byte[] bytes = read(file);
      String hash = BuildState.sha256(bytes);
      if (state.upToDate(file.relative(), hash)) {
        upToDate++;
        continue;
      }
      Optional<byte[]> source = generate(generator, file, bytes, findings);
      if (source.isEmpty()) {
        continue;
      }
      String output = write(root, packagePath, generator, source.get());
      state.record(file.relative(), hash, Map.of(output, source.get()));
      generated++;
    }
    for (SourceFile file : templateFiles) {
      for (TemplateMachines.Machine m : TemplateMachines.read(file, findings)) {
        String logicalId = m.machine().logicalId();
        // named as asl4j generate names it: the class after the logical id, the source as
        // TEMPLATE#LogicalId
        JavaGenerator generator = configured.sourceName(file.fileName() + "#" + logicalId)
            .className(JavaNames.className(logicalId));
        String where = file.path() + "#" + logicalId;
        String other = claimed.putIfAbsent(generator.className().toLowerCase(Locale.ROOT), where);
        if (other != null) {
          findings.error(where, "class " + qualified(generator) + " is already generated from "
              + other + "; rename one, or exclude one");
          continue;
        }
        String hash = BuildState.sha256(m.bytes());
        if (state.upToDate(m.key(), hash)) {
          upToDate++;
          continue;
        }
        Optional<byte[]> source = generate(generator, m, findings);
        if (source.isEmpty()) {
          continue;
        }
        String output = write(root, packagePath, generator, source.get());
        state.record(m.key(), hash, Map.of(output, source.get()));
        generated++;
      }
    }
    List<String> deleted;
    try {
      deleted = state.deleteStaleOutputs();
      state.save();
    } catch (IOException e) {
      throw new MojoExecutionException("cannot update " + shown(root) + ": " + e.getMessage(), e);
    }
    getLog().info("asl4j generate: " + Findings.count(generated, "class") + " generated, " + upToDate + " up to date"
        + (deleted.isEmpty() ? "" : ", " + deleted.size() + " deleted") + ", in " + shown(root));
    findings.failIfAny(false);
  }

  /** Writes a generated class below {@code root}; returns its path relative to it. */
  private static String write(Path root, String packagePath, JavaGenerator generator,
      byte[] source) throws MojoExecutionException {
    String output = packagePath + "/" + generator.className() + ".java";
    try {
      Outputs.write(root.resolve(output), source);
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write " + root.resolve(output) + ": "
          + e.getMessage(), e);
    }
    return output;
  }

  /** The Java source of one definition, or empty after adding why there is none. */
  private Optional<byte[]> generate(JavaGenerator generator, SourceFile file, byte[] bytes,
      Findings findings) throws MojoExecutionException {
    Workflow workflow;
    try {
      workflow = AslReader.create().read(bytes);
    } catch (AslReadException e) {
      findings.unreadable(file.path(), e);
      return Optional.empty();
    }
    String source;
    try {
      source = generator.generate(workflow);
    } catch (GenerationException e) {
      findings.refused(file.path(), bytes, e);
      return Optional.empty();
    }
    if (verify) {
      Optional<String> problem = RoundTrip.verify(qualified(generator), source,
          new String(bytes, StandardCharsets.UTF_8)).problem();
      if (problem.isPresent()) {
        findings.error(file.path(), problem.get());
        return Optional.empty();
      }
    }
    return Optional.of(source.getBytes(StandardCharsets.UTF_8));
  }

  /** The Java source of a template's state machine, or empty after adding why there is none. */
  private Optional<byte[]> generate(JavaGenerator generator, TemplateMachines.Machine m,
      Findings findings) {
    Workflow workflow;
    try {
      workflow = AslReader.create().read(m.bytes());
    } catch (AslReadException e) {
      m.unreadable(findings, e);
      return Optional.empty();
    }
    String where = m.file() + m.prefix();
    String source;
    try {
      source = generator.generate(workflow);
    } catch (GenerationException e) {
      m.refused(findings, e);
      return Optional.empty();
    }
    if (verify) {
      Optional<String> problem = RoundTrip.verify(qualified(generator), source,
          new String(m.bytes(), StandardCharsets.UTF_8)).problem();
      if (problem.isPresent()) {
        findings.error(where, problem.get());
        return Optional.empty();
      }
    }
    return Optional.of(source.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] read(SourceFile file) throws MojoExecutionException {
    try {
      return InputLimits.read(file.path());
    } catch (IOException e) {
      throw new MojoExecutionException("cannot read " + file.path() + ": " + e.getMessage(), e);
    }
  }

  private static String qualified(JavaGenerator generator) {
    return generator.packageName() + "." + generator.className();
  }

  /**
   * Warns when the generated classes cannot compile because the project lacks the DSL: better
   * here, in one sentence, than as a page of "package io.asl4j does not exist" from javac.
   */
  private void warnWithoutDsl(boolean anyInput) {
    if (!anyInput) {
      return;
    }
    for (Artifact a : project.getArtifacts()) {
      if (a.getGroupId().equals("io.asl4j") && a.getArtifactId().equals("asl4j-dsl")) {
        return;
      }
    }
    getLog().warn("asl4j generate: the generated classes use the asl4j DSL, which is not among"
        + " the project's compile dependencies: add io.asl4j:asl4j-dsl");
  }
}
