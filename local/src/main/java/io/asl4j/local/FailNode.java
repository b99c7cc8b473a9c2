package io.asl4j.local;

/** A compiled Fail state: fails its graph with its error and cause. */
final class FailNode extends Node {

  Eval error;
  Eval cause;

  FailNode(String name, boolean jsonata) {
    super(name, "Fail", jsonata);
  }

  @Override
  Node execute(Step s, Object input) throws Failure {
    String e = text(s, error, input);
    String c = text(s, cause, input);
    throw Failure.of(e, c);
  }

  private static String text(Step s, Eval eval, Object input) throws Failure {
    if (eval == null) {
      return null;
    }
    Object v = eval.eval(s, input);
    if (v == Json.NULL) {
      return null;
    }
    return v instanceof String str ? str : Json.write(v);
  }
}
