package io.asl4j.model;

/** The workflow type of Distributed Map child executions (ProcessorConfig field {@code ExecutionType}). */
public enum ExecutionType implements AslEnum {
  /** Standard workflows: exactly-once, up to a year. */
  STANDARD("STANDARD"),

  /** Express workflows: at-least-once, up to five minutes. */
  EXPRESS("EXPRESS");

  private final String jsonName;

  ExecutionType(String jsonName) {
    this.jsonName = jsonName;
  }

  @Override
  public String jsonName() {
    return jsonName;
  }
}
