package io.asl4j.validation;

import java.util.Set;

/**
 * A transition out of a state, and the variables taking it assigns.
 *
 * @param field the transition's field relative to the state, e.g. {@code Catch/0/Next}
 * @param target the state it goes to
 * @param assigns the variables its Assign gives values to
 */
record Edge(String field, String target, Set<String> assigns) {}
