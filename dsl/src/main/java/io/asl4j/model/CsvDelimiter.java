package io.asl4j.model;

/** The column separator of a CSV item source (ReaderConfig field {@code CSVDelimiter}). */
public enum CsvDelimiter implements AslEnum {
  /** {@code ,} (the default). */
  COMMA("COMMA"),

  /** {@code |}. */
  PIPE("PIPE"),

  /** {@code ;}. */
  SEMICOLON("SEMICOLON"),

  /** A space. */
  SPACE("SPACE"),

  /** A tab. */
  TAB("TAB");

  private final String jsonName;

  CsvDelimiter(String jsonName) {
    this.jsonName = jsonName;
  }

  @Override
  public String jsonName() {
    return jsonName;
  }
}
