package io.asl4j.dsl;

import io.asl4j.model.QueryLanguage;
import java.util.List;
import java.util.Optional;

/**
 * A transition out of a state, with the field it is written to (for messages such as
 * {@code /States/Route/Choices/1/Next: unknown state ...}), or the start of a nested graph.
 *
 * @param field where the target is named, relative to the state, e.g. {@code Next} or
 *     {@code Catch/0/Next}
 * @param target the state transitioned to
 * @param language for the start of a nested graph, the query language its states inherit when
 *     the graph or the state holding it sets one; empty to inherit the holder's graph's
 * @param declared for the start of a nested graph, the graph's declared states
 */
record Edge(String field, Step target, Optional<QueryLanguage> language, List<Step> declared) {

  /** A transition, or a nested graph that sets no query language and declares no states. */
  Edge(String field, Step target) {
    this(field, target, Optional.empty(), List.of());
  }
}
