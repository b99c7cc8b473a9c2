package io.asl4j.local;

/** Compiles an intrinsic function call ({@code States.Format(...)}) into an evaluator. */
@FunctionalInterface
interface IntrinsicCompiler {

  /**
   * Compiles a call.
   *
   * @param text the call as written
   * @param field the field it appears in, for error causes (e.g. {@code value.$})
   * @return the evaluator
   */
  Eval compile(String text, String field);
}
