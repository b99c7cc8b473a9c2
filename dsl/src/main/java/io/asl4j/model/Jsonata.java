package io.asl4j.model;

import java.util.Objects;

/**
 * A JSONata expression (JSONata query language), written as the string {@code "{% expression %}"}.
 *
 * @param text the whole string including the {@code {%} and {@code %}} delimiters, exactly as
 *     written (so {@code "{%$x%}"} and {@code "{% $x %}"} stay distinct)
 */
public record Jsonata(String text) implements Expression, DynamicNumber, DynamicString {

  /**
   * Creates a JSONata expression from its delimited text.
   *
   * @param text the whole string including the {@code {%} and {@code %}} delimiters
   * @throws IllegalArgumentException if {@code text} does not start with {@code {%} and end with
   *     {@code %}}
   */
  public Jsonata {
    Objects.requireNonNull(text, "text");
    if (!isDelimited(text)) {
      throw new IllegalArgumentException("a JSONata expression is written \"{% ... %}\", got \""
          + text + "\"; use Jsonata.of(expression) to add the delimiters");
    }
  }

  /**
   * Creates a JSONata expression, adding the delimiters: {@code of("$states.input.id")} is written
   * {@code "{% $states.input.id %}"}.
   *
   * @param expression the JSONata expression without delimiters
   * @return the expression
   */
  public static Jsonata of(String expression) {
    return new Jsonata("{% " + Objects.requireNonNull(expression, "expression") + " %}");
  }

  /**
   * Tells whether a JSON string is a JSONata expression: it starts with {@code {%} and ends with
   * {@code %}}.
   *
   * @param s a JSON string's characters
   * @return {@code true} if Step Functions evaluates {@code s} as JSONata
   */
  public static boolean isDelimited(String s) {
    return s.length() >= 4 && s.startsWith("{%") && s.endsWith("%}");
  }

  /**
   * Returns the expression between the delimiters, without surrounding whitespace.
   *
   * @return the JSONata expression
   */
  public String expression() {
    return text.substring(2, text.length() - 2).strip();
  }
}
