package io.asl4j.internal;

/** The nearest of some known names to a misspelt one, for "did you mean" in messages. */
public final class NearMatch {

  private NearMatch() {}

  /**
   * The known name nearest to {@code name}, when it is a near miss: at most one edit per three
   * characters (at least one, at most three), case ignored.
   *
   * @param name the name given
   * @param known the names that exist
   * @return the nearest known name, or {@code null} when none is near or {@code name} is known
   */
  public static String closest(String name, Iterable<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int limit = Math.min(3, Math.max(1, name.length() / 3));
    String lower = name.toLowerCase();
    for (String k : known) {
      int d;
      if (k.equalsIgnoreCase(name)) {
        d = 0;
      } else {
        String kl = k.toLowerCase();
        // a length further off than the limit is more edits than the limit: no table needed
        d = Math.abs(kl.length() - lower.length()) > limit ? Integer.MAX_VALUE
            : distance(kl, lower);
      }
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return best != null && bestDistance <= limit && !best.equals(name) ? best : null;
  }

  /**
   * Edit distance counting an adjacent swap as one edit, for typo suggestions on short names.
   *
   * @param a one name
   * @param b the other
   * @return the distance, or {@link Integer#MAX_VALUE} when the lengths differ by more than three
   */
  public static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 3) {
      return Integer.MAX_VALUE;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
