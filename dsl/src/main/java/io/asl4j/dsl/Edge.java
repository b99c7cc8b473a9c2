package io.asl4j.dsl;

/**
 * A transition out of a state, with the field it is written to (for messages such as
 * {@code /States/Route/Choices/1/Next: unknown state ...}).
 *
 * @param field where the target is named, relative to the state, e.g. {@code Next} or
 *     {@code Catch/0/Next}
 * @param target the state transitioned to
 */
record Edge(String field, Step target) {}
