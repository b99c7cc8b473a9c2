package io.asl4j.model;

/** Where a CSV item source gets its column names (ReaderConfig field {@code CSVHeaderLocation}). */
public enum CsvHeaderLocation implements AslEnum {
  /** The first row of the file. */
  FIRST_ROW("FIRST_ROW"),

  /** The {@code CSVHeaders} list. */
  GIVEN("GIVEN");

  private final String jsonName;

  CsvHeaderLocation(String jsonName) {
    this.jsonName = jsonName;
  }

  @Override
  public String jsonName() {
    return jsonName;
  }
}
