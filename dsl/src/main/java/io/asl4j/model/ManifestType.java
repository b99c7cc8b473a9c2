package io.asl4j.model;

/** The kind of manifest an item reader reads (ReaderConfig field {@code ManifestType}). */
public enum ManifestType implements AslEnum {
  /** An Athena query result manifest. */
  ATHENA_DATA("ATHENA_DATA"),

  /** An S3 inventory manifest. */
  S3_INVENTORY("S3_INVENTORY");

  private final String jsonName;

  ManifestType(String jsonName) {
    this.jsonName = jsonName;
  }

  @Override
  public String jsonName() {
    return jsonName;
  }
}
