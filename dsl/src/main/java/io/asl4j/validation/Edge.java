package io.asl4j.validation;

import java.util.Set;

/**
 * A transition out of a state, and the variables taking it assigns.
 *
 * @param name the transition's field ({@code Next}, {@code Default}), or the list it is in
 *     ({@code Choices}, {@code Catch})
 * @param index its index in that list, or -1
 * @param target the state it goes to
 * @param assigns the variables its Assign gives values to
 */
record Edge(String name, int index, String target, Set<String> assigns) {

  /** A transition of the state itself: Next or Default. */
  Edge(String name, String target, Set<String> assigns) {
    this(name, -1, target, assigns);
  }

  /** The transition's field relative to the state, e.g. {@code Catch/0/Next}. */
  String field() {
    return index < 0 ? name : name + "/" + index + "/Next";
  }
}
