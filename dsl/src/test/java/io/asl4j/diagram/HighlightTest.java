package io.asl4j.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.Workflow;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link Highlight}: covered and uncovered states and transitions in Mermaid and DOT. */
class HighlightTest {

  private static final Workflow FLOW = Workflow.fromJson("""
      {"StartAt": "Route", "States": {
        "Route": {"Type": "Choice", "Choices": [
            {"Variable": "$.a", "BooleanEquals": true, "Next": "Work"}], "Default": "Done"},
        "Work": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
          "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Done"}], "Next": "Done"},
        "Done": {"Type": "Succeed"}}}""");

  private static final Highlight HALF = new Highlight(Set.of("Route", "Work", "Done"),
      Set.of(new Highlight.Transition("Route", "Choices/0/Next"),
          new Highlight.Transition("Work", "Next")));

  @Test
  void mermaidMarksCoveredAndUncoveredStatesAndTransitions() {
    assertThat(Diagram.mermaid(FLOW, HALF)).isEqualTo("""
        flowchart TD
          start(("Start")):::marker
          s0{"Route"}:::choice
          s1["Work"]:::task
          s2(["Done"]):::succeed
          stop(("End")):::marker
          start --> s0
          s0 -->|"$.a == true"| s1
          s0 -.->|"Default"| s2
          s1 --> s2
          s1 -.->|"catch States.ALL"| s2
          s2 --> stop
          classDef marker fill:#333333,stroke:#333333,color:#ffffff
          classDef task fill:#eef4ff,stroke:#3b6fd8
          classDef choice fill:#fff4e0,stroke:#e0a030
          classDef succeed fill:#dff5e1,stroke:#2e7d32,color:#1b5e20
          linkStyle 4 stroke:#c62828,color:#c62828
          classDef covered stroke:#2e7d32,stroke-width:3px
          classDef uncovered fill:#f5f5f5,stroke:#9e9e9e,color:#757575,stroke-dasharray:4 3
          class s0,s1,s2 covered
          linkStyle 1,3 stroke:#2e7d32,stroke-width:3px
          linkStyle 2,4 stroke:#9e9e9e,stroke-dasharray:3 3
        """);
  }

  @Test
  void dotMarksTheSameAndAnUncoveredStateSaysSo() {
    String dot = Diagram.dot(FLOW, new Highlight(Set.of("Route"), Set.of()));
    // a mark replaces the kind's attributes of the same name: each attribute is written once
    assertThat(dot).contains("s0 [label=\"Route\", shape=diamond, style=filled, "
            + "fillcolor=\"#fff4e0\", color=\"#2e7d32\", penwidth=3];")
        .contains("s1 [label=\"Work\\n(not covered)\", shape=box, style=\"filled,dashed\", "
            + "fillcolor=\"#f5f5f5\", color=\"#9e9e9e\", fontcolor=\"#757575\"];")
        .contains("s0 -> s1 [label=\"$.a == true\", style=dotted, color=\"#9e9e9e\", "
            + "fontcolor=\"#757575\"];")
        .contains("start -> s0;");
  }

  @Test
  void withoutAHighlightTheDiagramIsUnchanged() {
    assertThat(Diagram.mermaid(FLOW)).doesNotContain("covered");
    assertThat(Diagram.dot(FLOW)).doesNotContain("penwidth");
  }
}
