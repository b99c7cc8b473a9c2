package io.asl4j.json;

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
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = k.equalsIgnoreCase(name) ? 0 : distance(k.toLowerCase(), name.toLowerCase());
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    int limit = Math.min(3, Math.max(1, name.length() / 3));
    if (best != null && bestDistance <= limit && !best.equals(name)) {
      return "; did you mean " + Node.quote(best, 60) + "?";
    }
    return otherwise;
  }

  /** Edit distance counting an adjacent swap as one edit, for typo suggestions on short names. */
  static int distance(String a, String b) {
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
