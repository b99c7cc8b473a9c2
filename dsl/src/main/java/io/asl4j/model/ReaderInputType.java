package io.asl4j.model;

/** The format of a Distributed Map item source (ReaderConfig field {@code InputType}). */
public enum ReaderInputType implements AslEnum {
  /** A CSV file. */
  CSV("CSV"),

  /** A JSON file holding an array (or object). */
  JSON("JSON"),

  /** A JSON Lines file. */
  JSONL("JSONL"),

  /** A Parquet file. */
  PARQUET("PARQUET"),

  /** An S3 inventory or Athena manifest file. */
  MANIFEST("MANIFEST");

  private final String jsonName;

  ReaderInputType(String jsonName) {
    this.jsonName = jsonName;
  }

  @Override
  public String jsonName() {
    return jsonName;
  }
}
