package io.asl4j.dsl;

import io.asl4j.model.QueryLanguage;
import io.asl4j.model.State;
import java.util.ArrayList;
import java.util.List;
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
  private final List<Step> declared;
  private final String comment;
  private final QueryLanguage queryLanguage;

  private Graph(Step start, List<Step> declared, String comment, QueryLanguage queryLanguage) {
    this.start = Objects.requireNonNull(start, "start");
    this.declared = declared;
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
    return new Graph(start, List.of(), null, null);
  }

  /**
   * Declares more states of the graph, so that {@code ref("Name")} inside it finds them wherever
   * they are written: the way to write a branch or item processor in reading order.
   *
   * <pre>{@code graph(check).states(wait, done)   // check -> ref("Wait") -> ...}</pre>
   *
   * @param states the states, in any order; may be called again to add more
   * @return the graph with the states declared
   */
  public Graph states(Step... states) {
    List<Step> all = new ArrayList<>(declared);
    for (Step s : states) {
      all.add(Objects.requireNonNull(s, "state"));
    }
    return new Graph(start, List.copyOf(all), comment, queryLanguage);
  }

  /**
   * Sets the graph's {@code "Comment"}.
   *
   * @param text free text
   * @return the graph with the comment
   */
  public Graph comment(String text) {
    once(comment, "Comment", "comment");
    return new Graph(start, declared, text, queryLanguage);
  }

  /**
   * Sets the graph's {@code "QueryLanguage"}.
   *
   * @param language the query language of its states
   * @return the graph with the query language
   */
  public Graph queryLanguage(QueryLanguage language) {
    once(queryLanguage, "QueryLanguage", "queryLanguage");
    return new Graph(start, declared, comment, language);
  }

  /**
   * Assembles the graph into model states: gathers every state reachable from the start (Next
   * first, then Choice rules and Default, then Catch targets, so that states come out in reading
   * order; a {@code ref(name)} to a declared state leads on to it), then the declared states
   * nothing led to, places each in exactly one graph, resolves references by name, and makes the
   * states of
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
    return new Assembler().assemble(start, declared,
        language().orElse(QueryLanguage.JSONPATH));
  }

  /** The set-once rule: a setting given twice is refused, naming the first. */
  private static void once(Object current, String field, String method) {
    if (current != null) {
      throw SetOnce.twice("Graph", field, SetOnce.call(method, current));
    }
  }

  Step start() {
    return start;
  }

  List<Step> declared() {
    return declared;
  }

  Optional<String> commentText() {
    return Optional.ofNullable(comment);
  }

  Optional<QueryLanguage> language() {
    return Optional.ofNullable(queryLanguage);
  }
}
