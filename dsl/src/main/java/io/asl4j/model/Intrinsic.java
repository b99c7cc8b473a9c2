package io.asl4j.model;

import java.util.Objects;

/**
 * An intrinsic function call (JSONPath query language), such as
 * {@code States.Format('Hello {}', $.name)}, kept as written.
 *
 * <p>Like a {@link JsonPath}, it is written as a member value with the {@code .$} key suffix, or to
 * the {@code ErrorPath}/{@code CausePath} field of a Fail state.
 *
 * @param text the call exactly as written
 */
public record Intrinsic(String text) implements Expression, DynamicString, IntrinsicArgument {

  /**
   * Creates an intrinsic function call.
   *
   * @param text the call exactly as written
   */
  public Intrinsic {
    Objects.requireNonNull(text, "text");
  }

  /**
   * Creates an intrinsic function call from its text.
   *
   * @param text the call, e.g. {@code States.UUID()}
   * @return the call
   */
  public static Intrinsic of(String text) {
    return new Intrinsic(text);
  }
}
