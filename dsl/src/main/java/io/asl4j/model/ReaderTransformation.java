package io.asl4j.model;

/** What a listObjectsV2 item reader yields per object (ReaderConfig field {@code Transformation}). */
public enum ReaderTransformation implements AslEnum {
  /** The object metadata (the default). */
  NONE("NONE"),

  /** The items read from each listed object. */
  LOAD_AND_FLATTEN("LOAD_AND_FLATTEN");

  private final String jsonName;

  ReaderTransformation(String jsonName) {
    this.jsonName = jsonName;
  }

  @Override
  public String jsonName() {
    return jsonName;
  }
}
