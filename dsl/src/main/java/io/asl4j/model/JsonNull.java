package io.asl4j.model;

/** The JSON literal {@code null}. */
public enum JsonNull implements Value, IntrinsicArgument {
  /** The only instance. */
  INSTANCE;

  @Override
  public boolean isConstant() {
    return true;
  }
}
