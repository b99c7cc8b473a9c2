package io.asl4j.dsl;

import java.util.List;

/**
 * Thrown when a workflow built with the DSL is not a valid definition: it lists every problem at
 * once, each as {@code <JSON pointer>: <what is wrong>; <what would be valid>}.
 */
public final class DefinitionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The problems, immutable. Not serialized: the message carries them in text form. */
  private final transient List<String> problems;

  DefinitionException(List<String> problems) {
    super(format(problems), null, false, false);
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every problem found.
   *
   * @return the problems; never empty, except on a deserialized copy (the message keeps them)
   */
  public List<String> problems() {
    return problems == null ? List.of() : problems;
  }

  private static String format(List<String> problems) {
    StringBuilder sb = new StringBuilder("the workflow has ").append(problems.size())
        .append(problems.size() == 1 ? " problem:" : " problems:");
    for (String p : problems) {
      sb.append("\n  ").append(p);
    }
    return sb.toString();
  }
}
