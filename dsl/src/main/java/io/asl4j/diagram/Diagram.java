package io.asl4j.diagram;

import io.asl4j.Workflow;

/**
 * Draws a workflow as a Mermaid flowchart or a Graphviz DOT digraph.
 *
 * <pre>{@code
 * String mermaid = Diagram.mermaid(ChoiceGlueAOrB.workflow());   // paste into ```mermaid
 * String dot = Diagram.dot(Workflow.fromJson(json));             // dot -Tsvg
 * }</pre>
 *
 * <p>What the diagram shows (both syntaxes draw the same picture):
 * <ul>
 *   <li>a Start marker with an edge to {@code StartAt}, and an End marker that {@code End: true}
 *       and Succeed states lead to. A Fail state has no outgoing edge: it ends the execution with
 *       an error, which its red shape shows;
 *   <li>shapes by state type: Task rectangle, Pass rounded, Choice diamond, Wait parallelogram,
 *       Succeed green (stadium / oval), Fail red (hexagon / double octagon), Parallel and Map
 *       double-bordered, a state kept verbatim by the reader dashed with its type;
 *   <li>Choice edges labelled with their condition ({@code $.n > 5}, {@code $.a == $.b},
 *       {@code !IsPresent($.x)}, {@code ($.a == 1) && ($.b == 2)}, a JSONata expression as it is
 *       written); the {@code Default} edge dashed and labelled {@code Default};
 *   <li>{@code Catch} edges dashed, red and labelled {@code catch <errors>}; each {@code Retry}
 *       entry as a line under the state's name, {@code retry: <errors> ×<MaxAttempts>};
 *   <li>a Parallel state as a fork: an edge from its node to the start of each branch, drawn as a
 *       subgraph {@code Branch 1}, {@code Branch 2}, ...; the branches' End and Succeed states lead
 *       to a {@code join} node, from which the Parallel state's {@code Next} (or End) leaves. A Map
 *       state is drawn the same way with one subgraph, {@code Item processor}. Catch edges leave
 *       from the Parallel or Map node itself;
 *   <li>a transition to a name with no state goes to a dashed red node marked
 *       {@code (no such state)}, so even an invalid definition can be drawn.
 * </ul>
 *
 * <p>Output is deterministic: states in definition order, node ids {@code s0, s1, ...} in document
 * order (nested states after their Parallel or Map), Start and End as {@code start} and
 * {@code stop}. State names appear only inside quoted labels, escaped for the syntax; line breaks
 * and other invisible characters are spelled out ({@code \n}, {@code \}{@code u202E}), and a label
 * line longer than 80 characters is cut to 79 and an ellipsis.
 */
public final class Diagram {

  private Diagram() {}

  /**
   * Draws a workflow as a Mermaid flowchart ({@code flowchart TD}), for Markdown on GitHub and
   * GitLab or the Mermaid live editor.
   *
   * @param workflow the workflow; it need not be valid
   * @return the Mermaid text, each line ending in a newline
   */
  public static String mermaid(Workflow workflow) {
    return MermaidWriter.write(Layout.of(workflow));
  }

  /**
   * Draws a workflow as a Graphviz DOT digraph, for {@code dot -Tsvg} or {@link Graphviz#render}.
   *
   * @param workflow the workflow; it need not be valid
   * @return the DOT text, each line ending in a newline
   */
  public static String dot(Workflow workflow) {
    return DotWriter.write(Layout.of(workflow));
  }

  /**
   * Draws a workflow as a Mermaid flowchart with its states and transitions marked covered or
   * not covered (see {@link Highlight}): a coverage report's picture.
   *
   * @param workflow the workflow; it need not be valid
   * @param highlight what to draw as covered
   * @return the Mermaid text, each line ending in a newline
   */
  public static String mermaid(Workflow workflow, Highlight highlight) {
    return MermaidWriter.write(Layout.of(workflow, highlight));
  }

  /**
   * Draws a workflow as a Graphviz DOT digraph with its states and transitions marked covered or
   * not covered (see {@link Highlight}).
   *
   * @param workflow the workflow; it need not be valid
   * @param highlight what to draw as covered
   * @return the DOT text, each line ending in a newline
   */
  public static String dot(Workflow workflow, Highlight highlight) {
    return DotWriter.write(Layout.of(workflow, highlight));
  }
}
