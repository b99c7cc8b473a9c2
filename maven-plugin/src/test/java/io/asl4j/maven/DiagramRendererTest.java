package io.asl4j.maven;

import static io.asl4j.Asl.startAt;
import static io.asl4j.Asl.succeed;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.Workflow;
import io.asl4j.diagram.Diagram;
import io.asl4j.maven.DiagramRenderer.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DiagramRenderer}: the render goal's formats, file names and use of Graphviz. */
class DiagramRendererTest {

  private static final Workflow WORKFLOW = startAt(succeed("Done")).build();

  @TempDir
  Path dir;

  @Test
  void formatsAreReadInAnyCaseAndCommaSeparated() {
    assertThat(DiagramRenderer.formats(List.of("mermaid", "SVG"))).containsExactly(Format.MERMAID,
        Format.SVG);
    assertThat(DiagramRenderer.formats(List.of("dot,png", " mermaid , dot")))
        .containsExactly(Format.DOT, Format.PNG, Format.MERMAID);
    assertThatThrownBy(() -> DiagramRenderer.formats(List.of("mermaid", "pdf")))
        .hasMessage("unknown diagram format \"pdf\"; expected mermaid, dot, svg or png");
    assertThatThrownBy(() -> DiagramRenderer.formats(List.of(" ")))
        .hasMessage("no diagram format; expected mermaid, dot, svg or png");
  }

  @Test
  void aDiagramIsNamedAfterItsInputWithoutTheExtension() {
    assertThat(DiagramRenderer.baseName("legacy/order.asl.json")).isEqualTo("legacy/order");
    assertThat(DiagramRenderer.baseName("Orders.JSON")).isEqualTo("Orders");
    assertThat(DiagramRenderer.baseName("orders.asl")).isEqualTo("orders");
    assertThat(DiagramRenderer.baseName("orders.v2.json")).isEqualTo("orders.v2");
    assertThat(DiagramRenderer.baseName(".json")).isEqualTo(".json");
  }

  @Test
  void textFormatsAreAsl4jsOwnDiagrams() throws Exception {
    Map<String, byte[]> files = new DiagramRenderer(List.of(Format.MERMAID, Format.DOT), null)
        .render(WORKFLOW, "legacy/order");
    assertThat(files).containsOnlyKeys("legacy/order.mmd", "legacy/order.dot");
    assertThat(new String(files.get("legacy/order.mmd"), UTF_8))
        .isEqualTo(Diagram.mermaid(WORKFLOW));
    assertThat(new String(files.get("legacy/order.dot"), UTF_8)).isEqualTo(Diagram.dot(WORKFLOW));
  }

  @Test
  void imagesAreDrawnByDotFromTheDotDiagram() throws Exception {
    Path dot = fakeDot();
    Map<String, byte[]> files = new DiagramRenderer(List.of(Format.SVG, Format.PNG), dot)
        .render(WORKFLOW, "order");
    assertThat(files).containsOnlyKeys("order.svg", "order.png");
    assertThat(new String(files.get("order.svg"), UTF_8))
        .isEqualTo("-Tsvg\n" + Diagram.dot(WORKFLOW));
    assertThat(new String(files.get("order.png"), UTF_8))
        .isEqualTo("-Tpng\n" + Diagram.dot(WORKFLOW));
  }

  @Test
  void imagesNeedDot() {
    assertThatThrownBy(() -> new DiagramRenderer(List.of(Format.MERMAID, Format.PNG), null))
        .hasMessage("images need Graphviz's dot");
  }

  @Test
  void aConfiguredDotMustBeAnExecutable() throws Exception {
    Path notExecutable = Files.writeString(dir.resolve("dot"), "");
    assertThatThrownBy(() -> DiagramRenderer.findDot(notExecutable))
        .hasMessage("<dot>" + notExecutable + "</dot> is not an executable file (install"
            + " Graphviz, or leave svg and png out of <formats>)");
    assertThatThrownBy(() -> DiagramRenderer.findDot(dir.resolve("missing")))
        .hasMessage("<dot>" + dir.resolve("missing") + "</dot> is not an executable file"
            + " (install Graphviz, or leave svg and png out of <formats>)");
    Path dot = fakeDot();
    assertThat(DiagramRenderer.findDot(dot)).contains(dot);
  }

  /** A stand-in for Graphviz's dot: prints its option, then the DOT it was given. */
  private Path fakeDot() throws Exception {
    Path dot = dir.resolve("fake-dot");
    Files.writeString(dot, "#!/bin/sh\necho \"$1\"\ncat\n");
    Files.setPosixFilePermissions(dot, PosixFilePermissions.fromString("rwxr-xr-x"));
    return dot;
  }
}
