package io.asl4j.dsl;

import java.util.Objects;

/** State name checks shared by the builders. */
final class Names {

  private Names() {}

  /** A state name is 1 to 80 characters (ASL). */
  static String check(String name) {
    Objects.requireNonNull(name, "name");
    int length = name.codePointCount(0, name.length());
    if (length < 1 || length > 80) {
      throw new IllegalArgumentException("a state name is 1 to 80 characters; \"" + name
          + "\" has " + length);
    }
    return name;
  }
}
