package io.asl4j.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.asl4j.Workflow;
import io.asl4j.json.AslReader;
import io.asl4j.model.Branch;
import io.asl4j.model.Condition;
import io.asl4j.model.Jsonata;
import io.asl4j.model.ParallelState;
import io.asl4j.testing.Resources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Diagram}: exact Mermaid and DOT for the seed workflows and a nested Parallel/Map example,
 * readable conditions, escaping of any state name, determinism.
 */
class DiagramTest {

  /** State names that would break a careless renderer, each with the text it must render as. */
  private static final List<String[]> HOSTILE = List.of(
      // name, Mermaid label text, DOT label text
      new String[] {"Say \"hi\"", "Say #quot;hi#quot;", "Say \\\"hi\\\""},
      new String[] {"[x] (y) {z}", "#91;x#93; (y) #123;z#125;", "[x] (y) {z}"},
      new String[] {"A --> B", "A --#gt; B", "A --> B"},
      new String[] {"a|b", "a#124;b", "a|b"},
      new String[] {"#1; end", "#35;1#59; end", "#1; end"},
      new String[] {"back\\slash \\N", "back#92;slash #92;N", "back\\\\slash \\\\N"},
      new String[] {"two\nlines", "two#92;nlines", "two\\\\nlines"},
      new String[] {"<b>&amp;</b>", "#lt;b#gt;#amp;amp#59;#lt;/b#gt;", "<b>&amp;amp;</b>"},
      new String[] {"`md` %%{init: {}}%%", "#96;md#96; %%#123;init: #123;#125;#125;%%",
          "`md` %%{init: {}}%%"},
      new String[] {"ünï©ødé 🚀 名前", "ünï©ødé 🚀 名前", "ünï©ødé 🚀 名前"},
      new String[] {"bidi\u202Eevil", "bidi#92;u202Eevil", "bidi\\\\u202Eevil"});

  private static Path seeds() {
    Path dir = Path.of(System.getProperty("asl4j.seeds", "../../shared/seed-workflows"));
    if (!Files.isDirectory(dir)) {
      String message = "seed workflows not found at " + dir.toAbsolutePath().normalize();
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    return dir;
  }

  @ParameterizedTest
  @ValueSource(strings = {"1-glue-lambda-sns", "2-catch-notify-fail", "3-choice-glue-a-or-b"})
  void seedWorkflowsRenderExactly(String seed) throws IOException {
    Workflow w = Workflow.fromJson(
        Files.readString(seeds().resolve(seed + ".asl.json"), StandardCharsets.UTF_8));

    assertThat(Diagram.mermaid(w)).isEqualTo(Resources.text("diagram/" + seed + ".mmd"));
    assertThat(Diagram.dot(w)).isEqualTo(Resources.text("diagram/" + seed + ".dot"));
  }

  @Test
  void parallelBranchesAndMapProcessorsAreNestedSubgraphs() {
    Workflow w = Workflow.fromJson(Resources.text("diagram/nested.asl.json"));

    assertThat(Diagram.mermaid(w)).isEqualTo(Resources.text("diagram/nested.mmd"));
    assertThat(Diagram.dot(w)).isEqualTo(Resources.text("diagram/nested.dot"));
  }

  @Test
  void conditionsReadLikeExpressions() {
    assertThat(condition("{\"Variable\": \"$.configuration\", \"StringEquals\": \"Choice A\"}"))
        .isEqualTo("$.configuration == \"Choice A\"");
    assertThat(condition("{\"Variable\": \"$.n\", \"NumericGreaterThan\": 5}"))
        .isEqualTo("$.n > 5");
    assertThat(condition("{\"Variable\": \"$.a\", \"NumericGreaterThanEqualsPath\": \"$.b\"}"))
        .isEqualTo("$.a >= $.b");
    assertThat(condition("{\"Variable\": \"$.a\", \"StringLessThanPath\": \"$.b\"}"))
        .isEqualTo("$.a < $.b");
    assertThat(condition("{\"Variable\": \"$.t\", \"TimestampLessThanEquals\": "
        + "\"2024-01-01T00:00:00Z\"}")).isEqualTo("$.t <= \"2024-01-01T00:00:00Z\"");
    assertThat(condition("{\"Variable\": \"$.ok\", \"BooleanEqualsPath\": \"$.expected\"}"))
        .isEqualTo("$.ok == $.expected");
    assertThat(condition("{\"Variable\": \"$.s\", \"StringMatches\": \"log-*.txt\"}"))
        .isEqualTo("$.s matches \"log-*.txt\"");
    assertThat(condition("{\"Variable\": \"$.s\", \"StringEquals\": \"say \\\"hi\\\"\\n\"}"))
        .isEqualTo("$.s == \"say \\\"hi\\\"\\n\"");
    assertThat(condition("{\"Variable\": \"$.x\", \"IsPresent\": true}"))
        .isEqualTo("IsPresent($.x)");
    assertThat(condition("{\"Variable\": \"$.x\", \"IsNull\": false}"))
        .isEqualTo("!IsNull($.x)");
    assertThat(condition("{\"And\": [{\"Variable\": \"$.a\", \"NumericEquals\": 1},"
        + " {\"Variable\": \"$.b\", \"NumericLessThan\": 2.5}]}"))
        .isEqualTo("($.a == 1) && ($.b < 2.5)");
    assertThat(condition("{\"Or\": [{\"Variable\": \"$.a\", \"BooleanEquals\": true},"
        + " {\"Not\": {\"Variable\": \"$.b\", \"IsString\": true}}]}"))
        .isEqualTo("($.a == true) || (!(IsString($.b)))");
    assertThat(Labels.condition(new Condition.JsonataTest(Jsonata.of("$x > 1 and $y"))))
        .isEqualTo("$x > 1 and $y");
  }

  private static String condition(String rule) {
    Workflow w = Workflow.fromJson("{\"StartAt\": \"C\", \"States\": {\"C\": {\"Type\": \"Choice\","
        + " \"Choices\": [" + rule.replaceFirst("\\}$", ", \"Next\": \"D\"}") + "]},"
        + " \"D\": {\"Type\": \"Succeed\"}}}");
    return Labels.condition(
        ((io.asl4j.model.ChoiceState) w.states().get("C")).choices().get(0).condition());
  }

  @Test
  void retriesAreNotedOnTheStateAndCatchesAreDashedLabelledEdges() {
    Workflow w = Workflow.fromJson("{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\": \"Task\","
        + " \"Resource\": \"arn:aws:states:::lambda:invoke\","
        + " \"Retry\": [{\"ErrorEquals\": [\"States.TaskFailed\"], \"MaxAttempts\": 5}],"
        + " \"Catch\": [{\"ErrorEquals\": [\"States.Timeout\", \"States.ALL\"], \"Next\": \"F\"}],"
        + " \"End\": true}, \"F\": {\"Type\": \"Fail\"}}}");

    assertThat(Diagram.mermaid(w)).contains(
        "  s0[\"T<br/>retry: States.TaskFailed ×5\"]:::task\n",
        "  s0 -.->|\"catch States.Timeout, States.ALL\"| s1\n",
        "  linkStyle 2 stroke:#c62828,color:#c62828\n");
    assertThat(Diagram.dot(w)).contains(
        "  s0 [label=\"T\\nretry: States.TaskFailed ×5\", shape=box,",
        "  s0 -> s1 [label=\"catch States.Timeout, States.ALL\", style=dashed,");
  }

  @Test
  void anUnknownTargetIsADashedMissingNodeAndAnUnknownTypeShowsItsType() {
    Workflow w = AslReader.create().keepUnknownFields(true).read("{\"StartAt\": \"A\","
        + " \"States\": {\"A\": {\"Type\": \"Pass\", \"Next\": \"Nowhere\"},"
        + " \"B\": {\"Type\": \"Teleport\", \"Next\": \"A\"}}}");

    assertThat(Diagram.mermaid(w)).isEqualTo("""
        flowchart TD
          start(("Start")):::marker
          s0("A"):::pass
          m0["Nowhere<br/>(no such state)"]:::missing
          s1["B<br/>(Teleport)"]:::raw
          start --> s0
          s0 --> m0
          s1 --> s0
          classDef marker fill:#333333,stroke:#333333,color:#ffffff
          classDef pass fill:#f2f2f2,stroke:#888888
          classDef raw fill:#ffffff,stroke:#888888,stroke-dasharray:4 3
          classDef missing fill:#ffffff,stroke:#c62828,color:#c62828,stroke-dasharray:4 3
        """);
  }

  @Test
  void longLabelsEndInAnEllipsis() {
    String name = "N".repeat(100);
    Workflow w = Workflow.fromJson("{\"StartAt\": \"" + name + "\", \"States\": {\"" + name
        + "\": {\"Type\": \"Succeed\"}}}");

    assertThat(Diagram.mermaid(w)).contains("s0([\"" + "N".repeat(79) + "…\"]):::succeed\n");
    assertThat(Diagram.dot(w)).contains("s0 [label=\"" + "N".repeat(79) + "…\", shape=oval");
  }

  @Test
  void hostileStateNamesOnlyAppearEscapedInsideLabels() {
    Workflow w = hostile();
    String mermaid = Diagram.mermaid(w);
    String dot = Diagram.dot(w);

    for (String[] h : HOSTILE) {
      assertThat(mermaid).as("Mermaid label of %s", h[0]).contains("\"" + h[1] + "\"");
      assertThat(dot).as("DOT label of %s", h[0]).contains("\"" + h[2] + "\"");
      if (!h[0].equals(h[1])) {
        assertThat(mermaid).doesNotContain(h[0]);
      }
    }
    assertThat(mermaid).contains("-->|\"$.v == #quot;#93;#59;#92;n#quot;\"|");
    assertThat(dot).contains("[label=\"$.v == \\\"];\\\\n\\\"\"]");
    assertSafeMermaid(mermaid);
    assertSafeDot(dot);
  }

  @Test
  void aBranchObjectUsedTwiceIsDrawnTwiceWithItsOwnIds() {
    Workflow equalBranches = Workflow.fromJson("{\"StartAt\": \"P\", \"States\": {\"P\":"
        + " {\"Type\": \"Parallel\", \"Branches\": ["
        + "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}},"
        + "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}}],"
        + " \"End\": true}}}");
    ParallelState p = (ParallelState) equalBranches.states().get("P");
    Branch shared = p.branches().get(0);
    ParallelState sameTwice = new ParallelState(p.comment(), p.queryLanguage(), p.inputPath(),
        p.parameters(), p.arguments(), List.of(shared, shared), p.resultSelector(),
        p.resultPath(), p.outputPath(), p.output(), p.assign(), p.retry(), p.catchers(),
        p.transition(), p.unknownFields());
    Workflow reused = new Workflow(Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), "P", Map.of("P", sameTwice), Map.of());

    assertThat(Diagram.mermaid(reused)).isEqualTo(Diagram.mermaid(equalBranches))
        .contains("  subgraph s0_b0 [\"Branch 1\"]\n    s1(\"A\"):::pass\n  end\n",
            "  subgraph s0_b1 [\"Branch 2\"]\n    s2(\"A\"):::pass\n  end\n");
    assertThat(Diagram.dot(reused)).isEqualTo(Diagram.dot(equalBranches));
  }

  @Test
  void renderingIsDeterministic() {
    Workflow nested = Workflow.fromJson(Resources.text("diagram/nested.asl.json"));
    Workflow again = Workflow.fromJson(nested.toJson());

    assertThat(Diagram.mermaid(hostile())).isEqualTo(Diagram.mermaid(hostile()));
    assertThat(Diagram.dot(hostile())).isEqualTo(Diagram.dot(hostile()));
    assertThat(Diagram.mermaid(again)).isEqualTo(Diagram.mermaid(nested));
    assertThat(Diagram.dot(again)).isEqualTo(Diagram.dot(nested));
  }

  @Test
  void graphvizAcceptsTheDotWhenInstalled() throws IOException {
    Optional<Path> dot = Graphviz.find();
    Assumptions.assumeTrue(dot.isPresent(), "Graphviz's dot is not on the PATH");

    for (Workflow w : List.of(hostile(),
        Workflow.fromJson(Resources.text("diagram/nested.asl.json")))) {
      String svg = new String(Graphviz.render(dot.get(), Diagram.dot(w), "svg",
          Duration.ofSeconds(60)), StandardCharsets.UTF_8);
      assertThat(svg).contains("<svg");
    }
  }

  @Test
  void graphvizFailuresAreReportedWithDotsMessage() {
    Optional<Path> dot = Graphviz.find();
    Assumptions.assumeTrue(dot.isPresent(), "Graphviz's dot is not on the PATH");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Graphviz.render(dot.get(),
            "digraph {", "svg", Duration.ofSeconds(60)))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(dot.get() + " -Tsvg failed with exit code 1: ");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Graphviz.render(dot.get(),
            "digraph {}", "svg -o /tmp/x", Duration.ofSeconds(60)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a Graphviz output format: \"svg -o /tmp/x\"");
  }

  /** A chain through every hostile name, plus a Choice whose operand is hostile too. */
  private static Workflow hostile() {
    StringBuilder states = new StringBuilder();
    for (int i = 0; i < HOSTILE.size(); i++) {
      String next = i + 1 < HOSTILE.size() ? "\"Next\": " + json(HOSTILE.get(i + 1)[0])
          : "\"End\": true";
      states.append(json(HOSTILE.get(i)[0])).append(": {\"Type\": \"Pass\", ").append(next)
          .append("},\n");
    }
    states.append("\"Route\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.v\","
        + " \"StringEquals\": \"];\\n\", \"Next\": " + json(HOSTILE.get(0)[0]) + "}]}");
    return Workflow.fromJson("{\"StartAt\": \"Route\", \"States\": {" + states + "}}");
  }

  private static String json(String s) {
    return io.asl4j.json.AslWriter.compact().write(io.asl4j.model.JsonString.of(s));
  }

  private static final Pattern MERMAID_STRING = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern MERMAID_LABEL_TEXT =
      Pattern.compile("(?:[^\"#&<>|;\\\\\\[\\]{}`\\n]|#[a-z0-9]+;|<br/>)*");
  private static final Pattern MERMAID_SYNTAX = Pattern.compile(String.join("|",
      "flowchart TD",
      " *[a-z0-9_]+(\\(\\(|\\[|\\(|\\{|\\[/|\\(\\[|\\{\\{|\\[\\[)\"\"(\\)\\)|\\]|\\)|\\}|/\\]|\\]\\)"
          + "|\\}\\}|\\]\\]):::[a-z]+",
      " *subgraph [a-z0-9_]+ \\[\"\"\\]",
      " *end",
      "  [a-z0-9_]+ (-->|-\\.->)(\\|\"\"\\|)? [a-z0-9_]+",
      "  classDef [a-z]+ [a-z0-9:#,.\\- ]+",
      "  linkStyle [0-9,]+ [a-z0-9:#,]+"));

  /** Outside quoted labels only generated syntax; inside them no character Mermaid reads. */
  private static void assertSafeMermaid(String mermaid) {
    for (String line : mermaid.split("\n")) {
      Matcher m = MERMAID_STRING.matcher(line);
      while (m.find()) {
        assertThat(m.group(1)).as("label in %s", line).matches(MERMAID_LABEL_TEXT);
      }
      assertThat(m.replaceAll("\"\"")).as("syntax of %s", line).matches(MERMAID_SYNTAX);
    }
  }

  private static final Pattern DOT_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern DOT_LABEL_TEXT =
      Pattern.compile("(?:[^\"\\\\&\\n]|\\\\[\\\\\"n]|&amp;)*");
  private static final Pattern DOT_SYNTAX = Pattern.compile(String.join("|",
      "digraph workflow \\{",
      " *[a-z0-9_]+ \\[label=\"\"(, [a-z]+=(\"\"|[a-z0-9]+))*\\];",
      " *subgraph cluster_[a-z0-9_]+ \\{",
      " *label=\"\";",
      " *style=dashed;",
      " *[a-z0-9_]+ -> [a-z0-9_]+( \\[[a-z]+=(\"\"|[a-z0-9]+)(, [a-z]+=(\"\"|[a-z0-9]+))*\\])?;",
      " *\\}"));

  /** Outside double-quoted strings only generated syntax; inside them only safe escapes. */
  private static void assertSafeDot(String dot) {
    for (String line : dot.split("\n")) {
      Matcher m = DOT_STRING.matcher(line);
      while (m.find()) {
        assertThat(m.group(1)).as("string in %s", line).matches(DOT_LABEL_TEXT);
      }
      assertThat(m.replaceAll("\"\"")).as("syntax of %s", line).matches(DOT_SYNTAX);
    }
  }
}
