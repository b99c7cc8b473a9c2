package io.asl4j.validation;

/** How serious a diagnostic is. */
public enum Severity {
  /** The definition is invalid: AWS would reject it, or it cannot work. */
  ERROR,
  /** Valid, but very likely a mistake; the message says what to do. */
  WARNING
}
