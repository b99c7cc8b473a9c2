package io.asl4j.model;

/** The query language of a workflow, nested graph or state (field {@code QueryLanguage}). */
public enum QueryLanguage implements AslEnum {
  /** JSONPath: paths, payload templates with {@code .$} keys and intrinsic functions (the default). */
  JSONPATH("JSONPath"),

  /** JSONata: {@code Arguments}, {@code Output} and {@code {% %}} expressions. */
  JSONATA("JSONata");

  private final String jsonName;

  QueryLanguage(String jsonName) {
    this.jsonName = jsonName;
  }

  @Override
  public String jsonName() {
    return jsonName;
  }
}
