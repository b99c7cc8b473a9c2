package io.asl4j.model;

/** How a Map state runs its item processor (ProcessorConfig field {@code Mode}). */
public enum ProcessorMode implements AslEnum {
  /** Iterations run inside the parent execution (the default). */
  INLINE("INLINE"),

  /** Iterations run as child workflow executions (Distributed Map). */
  DISTRIBUTED("DISTRIBUTED");

  private final String jsonName;

  ProcessorMode(String jsonName) {
    this.jsonName = jsonName;
  }

  @Override
  public String jsonName() {
    return jsonName;
  }
}
