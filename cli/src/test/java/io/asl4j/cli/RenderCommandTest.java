package io.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.diagram.Graphviz;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code asl4j render}: Mermaid, DOT, SVG and PNG output, options, exit codes and errors. */
class RenderCommandTest extends CommandHarness {

  private static final String TINY = "{\"StartAt\": \"Check\", \"States\": {"
      + "\"Check\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.n\","
      + " \"NumericGreaterThan\": 5, \"Next\": \"Big\"}], \"Default\": \"Small\"},"
      + " \"Big\": {\"Type\": \"Succeed\"}, \"Small\": {\"Type\": \"Fail\"}}}";

  private static final String MERMAID = """
      flowchart TD
        start(("Start")):::marker
        s0{"Check"}:::choice
        s1(["Big"]):::succeed
        s2{{"Small"}}:::fail
        stop(("End")):::marker
        start --> s0
        s0 -->|"$.n #gt; 5"| s1
        s0 -.->|"Default"| s2
        s1 --> stop
        classDef marker fill:#333333,stroke:#333333,color:#ffffff
        classDef choice fill:#fff4e0,stroke:#e0a030
        classDef succeed fill:#dff5e1,stroke:#2e7d32,color:#1b5e20
        classDef fail fill:#fde2e2,stroke:#c62828,color:#b71c1c,stroke-width:2px
      """;

  private static final String DOT = """
      digraph workflow {
        start [label="Start", shape=circle, style=filled, fillcolor="#333333", fontcolor="#ffffff"];
        s0 [label="Check", shape=diamond, style=filled, fillcolor="#fff4e0", color="#e0a030"];
        s1 [label="Big", shape=oval, style=filled, fillcolor="#dff5e1", color="#2e7d32"];
        s2 [label="Small", shape=doubleoctagon, style=filled, fillcolor="#fde2e2", color="#c62828"];
        stop [label="End", shape=doublecircle, style=filled, fillcolor="#333333", fontcolor="#ffffff"];
        start -> s0;
        s0 -> s1 [label="$.n > 5"];
        s0 -> s2 [label="Default", style=dashed];
        s1 -> stop;
      }
      """;

  @BeforeEach
  void files() throws IOException {
    Files.writeString(dir.resolve("tiny.asl.json"), TINY);
    Files.writeString(dir.resolve("broken.asl.json"), "{\"StartAt\": \"A\",\n \"States\": {");
  }

  @Test
  void drawsMermaidByDefault() {
    assertThat(run("render", "tiny.asl.json")).isEqualTo(0);
    assertThat(out()).isEqualTo(MERMAID);
    assertThat(err()).isEmpty();
  }

  @Test
  void drawsDot() {
    assertThat(run("render", "--format", "dot", "tiny.asl.json")).isEqualTo(0);
    assertThat(out()).isEqualTo(DOT);
    assertThat(err()).isEmpty();
  }

  @Test
  void readsStandardInputForDash() {
    stdin = TINY;
    assertThat(run("render", "-")).isEqualTo(0);
    assertThat(out()).isEqualTo(MERMAID);
  }

  @Test
  void writesToTheOutputFile() throws IOException {
    assertThat(run("render", "--format", "DOT", "-o", "tiny.dot", "tiny.asl.json")).isEqualTo(0);
    assertThat(Files.readString(dir.resolve("tiny.dot"))).isEqualTo(DOT);
    assertThat(out()).isEmpty();
    assertThat(err()).isEmpty();
  }

  @Test
  void helpShowsTheUsage() {
    assertThat(run("render", "--help")).isEqualTo(0);
    assertThat(out()).startsWith(
        "usage: asl4j render [--format mermaid|dot|svg|png] [-o FILE] [--dot PATH] FILE\n");
    assertThat(run("--help")).isEqualTo(0);
    assertThat(out()).contains(
        "  render      draw a definition as a Mermaid or Graphviz diagram\n");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertThat(run("render", "--colour", "tiny.asl.json")).isEqualTo(2);
    assertThat(err()).isEqualTo("asl4j render: unknown option '--colour'\n"
        + "Run 'asl4j render --help' for usage.\n");
    assertThat(out()).isEmpty();
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    assertThat(run("render", "--format", "jpeg", "tiny.asl.json")).isEqualTo(2);
    assertThat(err()).startsWith(
        "asl4j render: --format must be mermaid, dot, svg or png, not 'jpeg'\n");
  }

  @Test
  void needsExactlyOneFile() {
    assertThat(run("render")).isEqualTo(2);
    assertThat(err()).startsWith("asl4j render: no input file (use '-' for standard input)\n");
    err.reset();
    assertThat(run("render", "tiny.asl.json", "broken.asl.json")).isEqualTo(2);
    assertThat(err()).startsWith("asl4j render: one FILE at a time, got 2\n");
  }

  @Test
  void pngNeedsAnOutputFile() {
    assertThat(run("render", "--format", "png", "tiny.asl.json")).isEqualTo(2);
    assertThat(err()).startsWith(
        "asl4j render: --format png writes binary data; add -o FILE\n");
  }

  @Test
  void malformedJsonIsInvalidInputWithItsPosition() {
    assertThat(run("render", "broken.asl.json")).isEqualTo(1);
    assertThat(err()).isEqualTo(
        "asl4j render: broken.asl.json:2:13: /States: malformed JSON: Unexpected end-of-input: expected close"
        + " marker for Object (opened at 2:12)\n");
    assertThat(out()).isEmpty();
  }

  @Test
  void aMissingFileIsAnIoError() {
    assertThat(run("render", "nope.asl.json")).isEqualTo(2);
    assertThat(err()).isEqualTo("asl4j render: nope.asl.json: no such file\n");
  }

  @Test
  void svgIsDrawnByGraphvizOrExplainsHowToGetIt() {
    int code = run("render", "--format", "svg", "tiny.asl.json");
    if (Graphviz.find().isPresent()) {
      assertThat(code).isEqualTo(0);
      assertThat(out()).satisfiesAnyOf(s -> assertThat(s).startsWith("<?xml"),
          s -> assertThat(s).contains("<svg"));
      assertThat(out()).contains("$.n &gt; 5", "Default");
      assertThat(err()).isEmpty();
    } else {
      assertThat(code).isEqualTo(2);
      assertThat(err()).isEqualTo("asl4j render: --format svg needs Graphviz's dot on the PATH"
          + " (apt-get install graphviz), or use --format dot\n");
      assertThat(out()).isEmpty();
    }
  }

  @Test
  void pngIsDrawnByGraphvizOrExplainsHowToGetIt() throws IOException {
    int code = run("render", "--format", "png", "-o", "tiny.png", "tiny.asl.json");
    if (Graphviz.find().isPresent()) {
      assertThat(code).isEqualTo(0);
      byte[] png = Files.readAllBytes(dir.resolve("tiny.png"));
      assertThat(Arrays.copyOf(png, 8))
          .isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    } else {
      assertThat(code).isEqualTo(2);
      assertThat(err()).isEqualTo("asl4j render: --format png needs Graphviz's dot on the PATH"
          + " (apt-get install graphviz), or use --format dot\n");
      assertThat(dir.resolve("tiny.png")).doesNotExist();
    }
  }

  @Test
  void dashOutputIsStandardOutputEvenForPng() {
    int code = run("render", "--format", "png", "-o", "-", "tiny.asl.json");
    if (Graphviz.find().isPresent()) {
      assertThat(code).isEqualTo(0);
      assertThat(Arrays.copyOf(out.toByteArray(), 4))
          .isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    } else {
      assertThat(code).isEqualTo(2);
    }
    assertThat(dir.resolve("-")).doesNotExist();
  }

  @Test
  void aDotOptionThatIsNoExecutableIsReported() {
    assertThat(run("render", "--format", "svg", "--dot", "no/such/dot", "tiny.asl.json"))
        .isEqualTo(2);
    assertThat(err()).isEqualTo("asl4j render: --dot no/such/dot is not an executable file"
        + " (install Graphviz, or use --format dot)\n");
  }

  @Test
  void aFailingDotIsReportedWithItsMessage() throws IOException {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
    Path fake = dir.resolve("fake-dot");
    Files.writeString(fake, "#!/bin/sh\ncat > /dev/null\necho 'Error: out of ink' >&2\nexit 3\n");
    Assumptions.assumeTrue(fake.toFile().setExecutable(true), "cannot make a file executable");

    assertThat(run("render", "--format", "svg", "--dot", "fake-dot", "tiny.asl.json"))
        .isEqualTo(2);
    assertThat(err()).isEqualTo("asl4j render: " + fake + " -Tsvg failed with exit code 3:"
        + " Error: out of ink\n");
    assertThat(out()).isEmpty();
  }
}
