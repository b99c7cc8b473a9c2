package io.asl4j.model;

/** The file format of Distributed Map results (WriterConfig field {@code OutputType}). */
public enum WriterOutputType implements AslEnum {
  /** A JSON array per file. */
  JSON("JSON"),

  /** JSON Lines. */
  JSONL("JSONL");

  private final String jsonName;

  WriterOutputType(String jsonName) {
    this.jsonName = jsonName;
  }

  @Override
  public String jsonName() {
    return jsonName;
  }
}
