package io.asl4j.codegen;

/**
 * The sizes that keep generated code within javac's limits, in units of code. A unit is at most
 * about 8 bytes of bytecode and 2 constants: a call, a literal, a string constant (text past
 * javac's constant limit is several), a helper's definition (a few units), its call (two). javac
 * allows 64 KB of bytecode per method and 65,535 constants per class, and overflows its own stack
 * on expressions nested a few hundred calls deep; the generator stays well inside each.
 *
 * <p>Ordinary definitions stay under every size, so their Java has no helper beyond what the
 * state and rule counts of {@link MethodSplitter} ask for.
 */
final class CodeSize {

  private CodeSize() {}

  /** The most units of one method (about 32 KB of bytecode). */
  static final int METHOD = 4_000;

  /**
   * The most units of the elements of one list written in place (an object's members, an array's
   * elements, the conditions of an {@code and}, a state's calls, a part of the states); a longer
   * list is written by helper methods.
   */
  static final int INLINE = 1_000;

  /** The most calls nested in one expression; a deeper value or condition goes to a helper. */
  static final int DEPTH = 40;

  /** The most helper calls nested in one expression (deeper, a helper calls them in turn). */
  static final int NESTED_HELPERS = 20;

  /**
   * The most units of one class (room is left for the few hundred constants of the DSL's methods
   * it calls); further helpers go to nested classes, each with a pool of its own.
   */
  static final int CLASS = 28_000;

  /** The units a helper costs its class besides its body: its name, its call's references. */
  static final int HELPER = 3;
}
