package io.asl4j.json;

import io.asl4j.internal.NearMatch;
import java.util.Optional;

/**
 * "Did you mean" for near misses of known names, and the lists messages offer instead; public
 * for the modules that report names of their own (state names given to a test's mocks, say).
 */
public final class Suggestions {

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

  /**
   * The known name a misspelt one most likely meant: the nearest within one edit per three
   * characters (at least one, at most three), case ignored, an adjacent swap counting as one.
   *
   * <pre>{@code Suggestions.nearest("Fetch Dta", List.of("Fetch Data", "Notify"))  // Fetch Data}</pre>
   *
   * @param name the name given
   * @param known the names that exist
   * @return the nearest known name, or empty when none is near or {@code name} is one of them
   */
  public static Optional<String> nearest(String name, Iterable<String> known) {
    return Optional.ofNullable(NearMatch.closest(name, known));
  }
}
