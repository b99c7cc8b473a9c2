package io.asl4j.dsl;

import io.asl4j.model.QueryLanguage;
import java.util.Objects;
import java.util.Optional;

/**
 * A nested graph of states: a Parallel branch or a Map item processor, given by its first state
 * and optionally its own {@code Comment} and {@code QueryLanguage}. Every state reachable from the
 * start belongs to the graph; transitions cannot leave it.
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
