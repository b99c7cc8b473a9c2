package io.asl4j.json;

import io.asl4j.model.Value;

/**
 * Parses a single JSON value into the model's {@link Value}, with the interpretation of one ASL
 * context: constant JSON, a JSONPath payload template, or a JSONata value. Problems are reported as
 * {@link AslReadException}, like the reader's.
 */
public final class JsonValues {

  private JsonValues() {}

  /**
   * Parses constant JSON: nothing in it is evaluated.
   *
   * @param json a JSON value
   * @return the value
   * @throws AslReadException if the text is not JSON
   */
  public static Value parseLiteral(String json) {
    return Mapper.value(TreeParser.parse(json), Mapper.ValueMode.LITERAL);
  }

  /**
   * Parses a JSONPath payload template: keys ending in {@code .$} hold paths or intrinsic calls.
   *
   * @param json a JSON value
   * @return the value
   * @throws AslReadException if the text is not JSON or a {@code .$} key has no string value
   */
  public static Value parsePathTemplate(String json) {
    return Mapper.value(TreeParser.parse(json), Mapper.ValueMode.TEMPLATE);
  }

  /**
   * Parses a JSONata value: strings written {@code "{% ... %}"} are expressions.
   *
   * @param json a JSON value
   * @return the value
   * @throws AslReadException if the text is not JSON
   */
  public static Value parseJsonata(String json) {
    return Mapper.value(TreeParser.parse(json), Mapper.ValueMode.JSONATA);
  }
}
