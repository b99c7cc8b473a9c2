package io.asl4j.model;

import java.util.Map;
import java.util.Optional;

/**
 * A graph of states with a start: the workflow itself ({@code io.asl4j.Workflow}), a Parallel
 * {@link Branch} or a Map {@link ItemProcessor}. Transitions never leave the graph they are in.
 */
public interface StateGraph {

  /**
   * Returns the {@code Comment}.
   *
   * @return the comment, if any
   */
  Optional<String> comment();

  /**
   * Returns the graph's own {@code QueryLanguage}.
   *
   * @return the declared query language, if any
   */
  Optional<QueryLanguage> queryLanguage();

  /**
   * Returns the name of the first state ({@code StartAt}).
   *
   * @return the start state's name
   */
  String startAt();

  /**
   * Returns the states by name, in definition order ({@code States}).
   *
   * @return an unmodifiable, ordered map
   */
  Map<String, State> states();

  /**
   * Returns fields kept verbatim because the reader did not recognise them.
   *
   * @return the unknown fields in definition order
   */
  Map<String, Value> unknownFields();
}
