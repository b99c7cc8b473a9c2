/**
 * The syntax of the small languages inside ASL strings. {@link io.asl4j.syntax.IntrinsicParser}
 * parses an intrinsic function call ({@code States.Format('{}', $.x)}) into an immutable tree of
 * {@link io.asl4j.syntax.IntrinsicNode}s, each with its offset in the text, for the validator's
 * checks, the code generator and an evaluator. {@link io.asl4j.syntax.InputLimits} is the table
 * of limits on what asl4j reads, from the size of a whole input down to the nesting of one
 * expression, asked wherever input enters.
 */
package io.asl4j.syntax;
