package io.asl4j.codegen;

import com.palantir.javapoet.CodeBlock;

/**
 * A piece of generated code and its size: the units of code it holds ({@link CodeSize}) and how
 * many calls deep it nests.
 *
 * @param code the code
 * @param units its size in units of code
 * @param depth the calls nested in it: 0 for a literal, 1 for {@code literal("x")}
 */
record Piece(CodeBlock code, int units, int depth) {

  /** A piece that nests no deeper than its code's own call. */
  static Piece of(CodeBlock code, int units) {
    return new Piece(code, units, 1);
  }
}
