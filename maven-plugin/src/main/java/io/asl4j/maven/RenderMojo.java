package io.asl4j.maven;

import io.asl4j.Workflow;
import io.asl4j.json.AslReadException;
import io.asl4j.json.AslReader;
import io.asl4j.syntax.InputLimits;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Draws a diagram of every definition under {@code sourceDirectory}, of every state machine of
 * the {@code templates} and of every workflow the {@code write} goal wrote, as {@code asl4j render}
 * does: {@code target/asl/Orders.asl.json} gives {@code target/asl/Orders.mmd}, next to it,
 * {@code src/main/asl/legacy/order.asl.json} gives {@code target/asl/legacy/order.mmd}, and the
 * state machine {@code OrderFlow} of {@code template.yaml} gives
 * {@code target/asl/template/OrderFlow.mmd}.
 *
 * <p>Formats: {@code mermaid} (a flowchart for Markdown on GitHub or GitLab), {@code dot}
 * (Graphviz source), and {@code svg} and {@code png}, which Graphviz's {@code dot} draws. Without
 * Graphviz the images are left out with a warning that says so (or the build fails, with
 * {@code requireGraphviz}); the text formats are drawn anyway. Runs in the
 * {@code prepare-package} phase, after {@code write}; an input unchanged since the last build is
 * not drawn again, and the diagrams of an input that is gone are deleted.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public class RenderMojo extends DefinitionsMojo {

  /** The workflows to draw besides the definitions: every {@code *.asl.json} file here. */
  @Parameter(property = "asl4j.aslDirectory", defaultValue = "${project.build.directory}/asl",
      required = true)
  File aslDirectory;

  /** Where the diagrams are written. */
  @Parameter(property = "asl4j.diagramDirectory",
      defaultValue = "${project.build.directory}/asl", required = true)
  File diagramDirectory;

  /**
   * The diagram formats, one {@code <format>} each (or {@code -Dasl4j.formats=mermaid,svg}):
   * {@code mermaid} ({@code .mmd}), {@code dot} ({@code .dot}), {@code svg} and {@code png}.
   */
  @Parameter(property = "asl4j.formats", defaultValue = "mermaid")
  List<String> formats;

  /** Graphviz's {@code dot} executable for {@code svg} and {@code png}; default: on the PATH. */
  @Parameter(property = "asl4j.dot")
  File dot;

  /**
   * Whether a missing Graphviz fails the build when {@code svg} or {@code png} is asked for,
   * instead of leaving those diagrams out with a warning.
   */
  @Parameter(property = "asl4j.requireGraphviz", defaultValue = "false")
  boolean requireGraphviz;

  /** Skips this goal. */
  @Parameter(property = "asl4j.render.skip", defaultValue = "false")
  boolean skipRender;

  /** Creates the goal; Maven sets its parameters. */
  public RenderMojo() {}

  @Override
  String goal() {
    return "render";
  }

  @Override
  boolean skipGoal() {
    return skipRender;
  }

  /**
   * Something to draw.
   *
   * @param key what the build state remembers it by
   * @param shown how messages name it: its file, or {@code FILE#LogicalId}
   * @param base the diagrams' path below the diagram directory, without extension
   * @param file the definition file, or null for a template's state machine
   * @param machine the template's state machine, or null for a definition file
   */
  private record Input(String key, String shown, String base, SourceFile file,
      TemplateMachines.Machine machine) {

    static Input of(String key, SourceFile file) {
      return new Input(key, file.path().toString(), DiagramRenderer.baseName(file.relative()),
          file, null);
    }

    /** {@code infra/template.yaml#OrderFlow} is drawn as {@code infra/template/OrderFlow}. */
    static Input of(SourceFile template, TemplateMachines.Machine m) {
      String relative = template.relative();
      int dot = relative.lastIndexOf('.');
      String folder = dot > relative.lastIndexOf('/') + 1 ? relative.substring(0, dot) : relative;
      String id = m.machine().logicalId();
      return new Input(m.key(), template.path() + "#" + id, folder + "/" + id, null, m);
    }

    byte[] bytes() throws MojoExecutionException {
      if (machine != null) {
        return machine.bytes();
      }
      try {
        return InputLimits.read(file.path());
      } catch (IOException e) {
        throw new MojoExecutionException("cannot read " + file.path() + ": " + e.getMessage(), e);
      }
    }

    void unreadable(Findings findings, AslReadException e) {
      if (machine != null) {
        machine.unreadable(findings, e);
      } else {
        findings.unreadable(file.path(), e);
      }
    }
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    List<DiagramRenderer.Format> chosen;
    try {
      chosen = DiagramRenderer.formats(formats);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("<formats>: " + e.getMessage());
    }
    DiagramRenderer renderer = renderer(chosen);
    if (renderer.formatNames().isEmpty()) {
      return; // only images were asked for, and renderer() said why there are none
    }
    Findings findings = new Findings(getLog(), goal());
    List<Input> inputs = inputs(findings);
    if (inputs.isEmpty()) {
      getLog().info("asl4j render: nothing to draw: no definitions in "
          + shown(sourceDirectory.toPath()) + " and no workflows in " + shown(aslDirectory.toPath()));
    }
    Path root = diagramDirectory.toPath();
    BuildState state = BuildState.load(stateFile(), root, "version=" + pluginVersion()
        + "\nformats=" + renderer.formatNames() + "\ndot=" + renderer.dotPath());
    // diagram path in lower case, as case-insensitive file systems see it -> the input drawn there
    Map<String, Input> claimed = new HashMap<>();
    int drawn = 0;
    int unchanged = 0;
    for (Input input : inputs) {
      String base = input.base();
      Input other = claimed.putIfAbsent(base.toLowerCase(Locale.ROOT), input);
      if (other != null) {
        findings.error(input.shown(), "its diagrams would replace those of "
            + other.shown() + " in " + shown(root) + "; exclude one, or set"
            + " <diagramDirectory>");
        continue;
      }
      byte[] bytes = input.bytes();
      String hash = BuildState.sha256(bytes);
      if (state.upToDate(input.key(), hash)) {
        unchanged++;
        continue;
      }
      Workflow workflow;
      try {
        // lenient, as asl4j render: a diagram is useful for any definition, unknown content is
        // drawn as it is; the validate goal is the one that judges
        workflow = AslReader.create().keepUnknownFields(true).read(bytes);
      } catch (AslReadException e) {
        input.unreadable(findings, e);
        continue;
      }
      Map<String, byte[]> files;
      try {
        files = renderer.render(workflow, base);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
          Outputs.write(root.resolve(file.getKey()), file.getValue());
        }
      } catch (IOException e) {
        findings.error(input.shown(), e.getMessage());
        continue;
      }
      state.record(input.key(), hash, files);
      drawn++;
    }
    List<String> deleted;
    try {
      deleted = state.deleteStaleOutputs();
      state.save();
    } catch (IOException e) {
      throw new MojoExecutionException("cannot update " + root + ": " + e.getMessage(), e);
    }
    getLog().info("asl4j render: " + renderer.formatNames() + " for "
        + Findings.count(inputs.size(), "definition") + ", " + drawn + " drawn, " + unchanged
        + " unchanged" + (deleted.isEmpty() ? "" : ", " + Findings.count(deleted.size(), "file")
        + " deleted") + ", in " + shown(root));
    findings.failIfAny(false);
  }

  /** The renderer for the formats that can be drawn here: images only with Graphviz. */
  private DiagramRenderer renderer(List<DiagramRenderer.Format> chosen)
      throws MojoExecutionException {
    List<DiagramRenderer.Format> images = chosen.stream()
        .filter(DiagramRenderer.Format::image).toList();
    if (images.isEmpty()) {
      return new DiagramRenderer(chosen, null);
    }
    Optional<Path> found;
    try {
      found = DiagramRenderer.findDot(dot == null ? null : dot.toPath());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage());
    }
    if (found.isPresent()) {
      return new DiagramRenderer(chosen, found.get());
    }
    String names = images.stream().map(DiagramRenderer.Format::lowerCase)
        .collect(Collectors.joining(" and "));
    String install = "install Graphviz (e.g. apt-get install graphviz, brew install graphviz),"
        + " or set <dot>";
    if (requireGraphviz) {
      throw new MojoExecutionException("asl4j render: " + names + " diagrams need Graphviz's"
          + " dot, which is not on the PATH: " + install + ", or leave " + names
          + " out of <formats>");
    }
    List<DiagramRenderer.Format> text = new ArrayList<>(chosen);
    text.removeAll(images);
    getLog().warn("asl4j render: Graphviz's dot is not on the PATH, so no " + names
        + " diagrams are drawn: " + install + " (<requireGraphviz> makes this an error)");
    return new DiagramRenderer(text, null);
  }

  /** The definitions, the templates' state machines, then the written workflows. */
  private List<Input> inputs(Findings findings) throws MojoExecutionException {
    List<Input> inputs = new ArrayList<>();
    for (SourceFile file : definitions()) {
      inputs.add(Input.of("definition:" + file.relative(), file));
    }
    for (SourceFile template : templateFiles()) {
      for (TemplateMachines.Machine m : TemplateMachines.read(template, findings)) {
        inputs.add(Input.of(template, m));
      }
    }
    try {
      for (SourceFile file : new FileScanner(List.of("**/*.asl.json"), List.of())
          .scan(aslDirectory.toPath())) {
        inputs.add(Input.of("workflow:" + file.relative(), file));
      }
    } catch (IOException e) {
      throw new MojoExecutionException("cannot read the workflows in " + aslDirectory + ": "
          + e.getMessage(), e);
    }
    return inputs;
  }
}
