package io.asl4j.syntax;

import java.util.Objects;

/**
 * Thrown when a text is not an intrinsic function call: it tells where ({@link #offset()}) and
 * what is wrong ({@link #problem()}).
 */
public final class IntrinsicSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String text;
  private final int offset;
  private final String problem;
  private final boolean tooDeep;

  /**
   * Creates the exception.
   *
   * @param text the text parsed
   * @param offset where the problem is, from 0 ({@code text.length()} at the end of the text)
   * @param problem what is wrong, e.g. {@code unclosed string argument}
   * @param tooDeep whether calls nest deeper than {@link IntrinsicParser#MAX_NESTING}
   */
  public IntrinsicSyntaxException(String text, int offset, String problem, boolean tooDeep) {
    super("offset " + offset + ": " + problem);
    this.text = Objects.requireNonNull(text, "text");
    this.offset = offset;
    this.problem = Objects.requireNonNull(problem, "problem");
    this.tooDeep = tooDeep;
  }

  /**
   * Returns the text that was parsed.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Returns where the problem is.
   *
   * @return an offset in {@link #text()}, from 0; the text's length when it ended too early
   */
  public int offset() {
    return offset;
  }

  /**
   * Returns what is wrong, without the offset.
   *
   * @return e.g. {@code expected '(' after States.Format}
   */
  public String problem() {
    return problem;
  }

  /**
   * Tells whether the text was refused because calls nest deeper than
   * {@link IntrinsicParser#MAX_NESTING}, rather than for its syntax.
   *
   * @return {@code true} for too deep a nesting
   */
  public boolean tooDeep() {
    return tooDeep;
  }
}
