package io.asl4j.dsl;

import io.asl4j.model.QueryLanguage;
import io.asl4j.model.State;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A graph of states given by its first state: a Parallel branch or a Map item processor, with
 * optionally its own {@code Comment} and {@code QueryLanguage}, or the top level of a workflow.
 * Every state reachable from the start belongs to the graph; transitions cannot leave it.
 */
public final class Graph {

  private final Step start;
  private final String comment;
  private final QueryLanguage queryLanguage;

  private Graph(Step start, String comment, QueryLanguage queryLanguage) {
    this.start = Objects.requireNonNull(start, "start");
    this.comment = comment;
    this.queryLanguage = queryLanguage;
  }

  /**
   * The graph starting at {@code start}.
   *
   * @param start the first state
   * @return the graph
   */
  public static Graph startingAt(Step start) {
    return new Graph(start, null, null);
  }

  /**
   * Sets the graph's {@code "Comment"}.
   *
   * @param text free text
   * @return the graph with the comment
   */
  public Graph comment(String text) {
    return new Graph(start, text, queryLanguage);
  }

  /**
   * Sets the graph's {@code "QueryLanguage"}.
   *
   * @param language the query language of its states
   * @return the graph with the query language
   */
  public Graph queryLanguage(QueryLanguage language) {
    return new Graph(start, comment, language);
  }

  /**
   * Assembles the graph into model states: gathers every state reachable from the start (Next
   * first, then Choice rules and Default, then Catch targets, so that states come out in reading
   * order), places each in exactly one graph, resolves references by name, and makes the states of
   * nested branches and item processors too. {@code io.asl4j.WorkflowBuilder} assembles a
   * workflow's top level with it; a nested graph is assembled with the Parallel or Map state that
   * holds it.
   *
   * @return the graph's states by name, in reading order (unmodifiable)
   * @throws DefinitionException listing every problem at once, with JSON pointers from this graph:
   *     references to unknown states, one name used by two different states, a transition leaving
   *     a Parallel branch or Map item processor
   */
  public Map<String, State> assemble() {
    return new Assembler().assemble(start, language().orElse(QueryLanguage.JSONPATH));
  }

  Step start() {
    return start;
  }

  Optional<String> commentText() {
    return Optional.ofNullable(comment);
  }

  Optional<QueryLanguage> language() {
    return Optional.ofNullable(queryLanguage);
  }
}
