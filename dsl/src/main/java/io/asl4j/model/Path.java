package io.asl4j.model;

/**
 * The value of {@code InputPath}, {@code OutputPath} or {@code ResultPath}: a {@link JsonPath}, or
 * {@link #discard()}, written as JSON {@code null}.
 *
 * <p>An absent field is an empty {@code Optional<Path>}, never a {@code null} reference: the three
 * cases (absent, {@code null}, a path) mean different things in ASL.
 */
public sealed interface Path permits JsonPath, Path.Discard {

  /**
   * Creates a path.
   *
   * @param text the path, e.g. {@code $.result}
   * @return the path
   */
  static Path of(String text) {
    return new JsonPath(text);
  }

  /**
   * Returns the JSON {@code null} path: {@code InputPath: null} gives the state the input
   * {@code {}}, {@code ResultPath: null} discards the result and keeps the input,
   * {@code OutputPath: null} outputs {@code {}}.
   *
   * @return the null path
   */
  static Path discard() {
    return Discard.INSTANCE;
  }

  /** The JSON {@code null} path. */
  enum Discard implements Path {
    /** The only instance. */
    INSTANCE
  }
}
