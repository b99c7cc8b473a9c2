package io.asl4j.model;

/** How a retrier randomises its delay (Retry field {@code JitterStrategy}). */
public enum JitterStrategy implements AslEnum {
  /** Randomise each delay between zero and the computed interval. */
  FULL("FULL"),

  /** Use the computed interval as is (the default). */
  NONE("NONE");

  private final String jsonName;

  JitterStrategy(String jsonName) {
    this.jsonName = jsonName;
  }

  @Override
  public String jsonName() {
    return jsonName;
  }
}
