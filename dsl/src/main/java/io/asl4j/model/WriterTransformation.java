package io.asl4j.model;

/** How Distributed Map results are shaped (WriterConfig field {@code Transformation}). */
public enum WriterTransformation implements AslEnum {
  /** Outputs with execution metadata (the default). */
  NONE("NONE"),

  /** Outputs only. */
  COMPACT("COMPACT"),

  /** Outputs only, nested arrays flattened. */
  FLATTEN("FLATTEN");

  private final String jsonName;

  WriterTransformation(String jsonName) {
    this.jsonName = jsonName;
  }

  @Override
  public String jsonName() {
    return jsonName;
  }
}
