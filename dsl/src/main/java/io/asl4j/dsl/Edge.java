package io.asl4j.dsl;

import java.util.List;

/**
 * A transition out of a state, with the field it is written to (for messages such as
 * {@code /States/Route/Choices/1/Next: unknown state ...}).
 *
 * @param field where the target is named, relative to the state, e.g. {@code Next} or
 *     {@code Catch/0/Next}
 * @param target the state transitioned to
 * @param declared for the start of a nested graph, the graph's declared states
 */
record Edge(String field, Step target, List<Step> declared) {

  /** A transition, or a nested graph declaring no more states than its start reaches. */
  Edge(String field, Step target) {
    this(field, target, List.of());
  }
}
