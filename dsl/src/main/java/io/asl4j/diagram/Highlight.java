package io.asl4j.diagram;

import java.util.Objects;
import java.util.Set;

/**
 * Which states and transitions a diagram draws as covered, for coverage reports (asl4j-junit
 * draws the paths its tests took): every other state and transition is drawn as not covered.
 * Edges that are not transitions of a state (Start, End, into and out of a Parallel branch or Map
 * item processor) are drawn as usual.
 *
 * <p>A transition is named by its state and the field that holds its target, relative to the
 * state, as in the validator's messages: {@code Next}, {@code Choices/1/Next}, {@code Default},
 * {@code Catch/0/Next}.
 *
 * <pre>{@code
 * Highlight h = new Highlight(Set.of("Run Glue Job", "Fetch Data"),
 *     Set.of(new Highlight.Transition("Run Glue Job", "Next")));
 * String mermaid = Diagram.mermaid(workflow, h);
 * }</pre>
 *
 * <p>How it looks: in Mermaid, covered states get a thick green border (class {@code covered}),
 * the others a grey dashed one and a {@code (not covered)} line (class {@code uncovered}); covered
 * edges are thick and green, the others grey and dotted. DOT draws the same with
 * {@code penwidth}, {@code color} and {@code style}.
 *
 * @param states the names of the states drawn as covered; copied
 * @param transitions the transitions drawn as covered; copied
 */
public record Highlight(Set<String> states, Set<Transition> transitions) {

  /**
   * Creates a highlight.
   *
   * @param states the covered states
   * @param transitions the covered transitions
   */
  public Highlight {
    states = Set.copyOf(states);
    transitions = Set.copyOf(transitions);
  }

  /**
   * A transition out of a state.
   *
   * @param state the state's name
   * @param field the field that names the target, relative to the state: {@code Next},
   *     {@code Choices/<i>/Next}, {@code Default} or {@code Catch/<i>/Next}
   */
  public record Transition(String state, String field) {

    /**
     * Creates a transition.
     *
     * @param state the state's name
     * @param field the field that names the target
     */
    public Transition {
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(field, "field");
    }
  }

  /** How a node or edge is drawn with respect to a highlight. */
  enum Mark {
    /** No highlight, or an edge that is not a state's transition. */
    NONE,
    /** Covered. */
    COVERED,
    /** Not covered. */
    UNCOVERED
  }

  Mark state(String name) {
    return states.contains(name) ? Mark.COVERED : Mark.UNCOVERED;
  }

  Mark transition(String state, String field) {
    return transitions.contains(new Transition(state, field)) ? Mark.COVERED : Mark.UNCOVERED;
  }
}
