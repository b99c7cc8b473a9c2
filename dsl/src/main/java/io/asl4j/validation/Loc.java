package io.asl4j.validation;

/**
 * A JSON pointer of the rules and the data-flow analysis, put together only when a diagnostic
 * needs it: most values and reads report nothing, and building every pointer as text would cost
 * more than checking them.
 */
final class Loc {

  private final Loc parent;
  /** The pointer as text: given, or put together the first time it is asked for. */
  private String pointer;
  private final String segment;
  /** Whether the segment is a payload key written with its {@code .$} suffix. */
  private final boolean dollar;

  private Loc(Loc parent, String pointer, String segment, boolean dollar) {
    this.parent = parent;
    this.pointer = pointer;
    this.segment = segment;
    this.dollar = dollar;
  }

  /** A pointer given as text. */
  static Loc of(String pointer) {
    return new Loc(null, pointer, null, false);
  }

  /** The member or element {@code segment} below this one. */
  Loc at(String segment) {
    return new Loc(this, null, segment, false);
  }

  /** The element {@code i} below this one. */
  Loc at(int i) {
    return new Loc(this, null, Integer.toString(i), false);
  }

  /** The payload key {@code name.$} below this one. */
  Loc dollar(String name) {
    return new Loc(this, null, name, true);
  }

  @Override
  public String toString() {
    if (pointer == null) {
      // kept: a location noted for a later check (a variable read) may be reported more than once
      pointer = parent + "/" + ExpressionText.escape(dollar ? segment + ".$" : segment);
    }
    return pointer;
  }
}
