package io.asl4j.codegen;

import java.util.Optional;

/**
 * Thrown when a definition holds something the DSL cannot write, such as fields kept only by a
 * lenient read ({@code keepUnknownFields}) or an unknown state type. The message starts with the
 * JSON pointer of what was refused; {@link #pointer()} gives it alone, for a line and column.
 */
public final class GenerationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The pointer of what was refused; {@code null} when the refusal has no place. */
  private final String pointer;

  /**
   * Creates the exception for a refusal with no place in the definition.
   *
   * @param message what cannot be generated
   */
  public GenerationException(String message) {
    super(message, null, false, false);
    this.pointer = null;
  }

  /**
   * Creates the exception for a refusal at a place in the definition.
   *
   * @param pointer the JSON pointer (RFC 6901) of what cannot be generated; {@code ""} for the
   *     whole definition
   * @param problem what cannot be generated, without the place
   */
  public GenerationException(String pointer, String problem) {
    super(pointer.isEmpty() ? problem : pointer + ": " + problem, null, false, false);
    this.pointer = pointer;
  }

  /**
   * Where the refusal is.
   *
   * @return the JSON pointer of what cannot be generated, or empty when the refusal has no place
   */
  public Optional<String> pointer() {
    return Optional.ofNullable(pointer);
  }
}
