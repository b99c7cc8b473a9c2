package io.asl4j.codegen;

/**
 * Thrown when a definition holds something the DSL cannot write, such as fields kept only by a
 * lenient read ({@code keepUnknownFields}) or an unknown state type.
 */
public final class GenerationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what cannot be generated, and where (a JSON pointer)
   */
  public GenerationException(String message) {
    super(message, null, false, false);
  }
}
