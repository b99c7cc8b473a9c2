package io.asl4j.dsl;

import io.asl4j.dsl.Fields.F;
import java.util.Objects;

/** A Map state before its item processor is given: a Map needs the states to run per item. */
public final class MapStart {

  private final String name;

  MapStart(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  /**
   * Starts the state; {@code io.asl4j.Asl} is the usual way in.
   *
   * @param name the state's name, 1 to 80 characters
   * @return the start of the state
   */
  public static MapStart named(String name) {
    return new MapStart(Names.check(name));
  }

  /**
   * Sets {@code "ItemProcessor"}: the states run for each item.
   *
   * @param start the first state run per item
   * @return the Map, ready for settings and a transition
   */
  public MapStep processor(Step start) {
    return processor(Graph.startingAt(start));
  }

  /**
   * Sets {@code "ItemProcessor"} with its own Comment or QueryLanguage.
   *
   * @param processor the item processor
   * @return the Map, ready for settings and a transition
   */
  public MapStep processor(Graph processor) {
    return new MapStep(name, Fields.EMPTY.with(F.BRANCHES, java.util.List.of(processor)));
  }

  /**
   * Sets the legacy {@code "Iterator"}, the older spelling of {@code ItemProcessor}, for
   * definitions that must keep it.
   *
   * @param iterator the states run per item
   * @return the Map, ready for settings and a transition
   */
  public MapStep iterator(Graph iterator) {
    return processor(iterator).set(F.LEGACY, "iterator(..)", Boolean.TRUE);
  }
}
