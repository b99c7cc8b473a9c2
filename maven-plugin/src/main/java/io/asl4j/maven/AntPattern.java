package io.asl4j.maven;

import java.util.regex.Pattern;

/**
 * An Ant-style file pattern as Maven's {@code <includes>} and {@code <excludes>} take them:
 * {@code *} matches within one directory, {@code ?} one character, {@code **} any number of
 * directories (also none), so {@code **}{@code /*.json} matches {@code a.json} and
 * {@code legacy/b.json}. A pattern ending in {@code /} means everything below that directory.
 * Paths use {@code /} whatever the platform.
 */
final class AntPattern {

  private final String text;
  private final Pattern regex;

  private AntPattern(String text, Pattern regex) {
    this.text = text;
    this.regex = regex;
  }

  /**
   * Compiles a pattern.
   *
   * @param pattern e.g. {@code **}{@code /*.asl.json}; {@code \} is read as {@code /}
   * @return the pattern
   */
  static AntPattern of(String pattern) {
    String p = pattern.strip().replace('\\', '/');
    if (p.endsWith("/")) {
      p += "**";
    }
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '*' && p.startsWith("**", i)) {
        boolean slashAfter = p.startsWith("**/", i);
        re.append(slashAfter ? "(?:.*/)?" : ".*");
        i += slashAfter ? 2 : 1;
      } else if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return new AntPattern(pattern, Pattern.compile(re.toString()));
  }

  /**
   * Whether a relative path matches.
   *
   * @param relative a path relative to the scanned directory, with {@code /} separators
   * @return whether the pattern matches the whole path
   */
  boolean matches(String relative) {
    return regex.matcher(relative).matches();
  }

  @Override
  public String toString() {
    return text;
  }
}
