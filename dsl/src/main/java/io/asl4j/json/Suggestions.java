package io.asl4j.json;

import io.asl4j.internal.NearMatch;

/** "Did you mean" for near misses of known names, and the lists messages offer instead. */
final class Suggestions {

  private Suggestions() {}

  /** The names, comma-separated. */
  static String list(String[] names) {
    return String.join(", ", names);
  }

  /**
   * "; did you mean X?" when {@code name} is a near miss of a known name, else
   * {@code otherwise}.
   */
  static String suggestion(String name, String[] known, String otherwise) {
    String best = NearMatch.closest(name, java.util.Arrays.asList(known));
    return best == null ? otherwise : "; did you mean " + Node.quote(best, 60) + "?";
  }
}
