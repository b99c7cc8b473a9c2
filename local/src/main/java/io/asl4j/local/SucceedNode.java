package io.asl4j.local;

/** A compiled Succeed state. */
final class SucceedNode extends Node {

  DataPath inputPath = DataPath.IDENTITY;
  DataPath outputPath = DataPath.IDENTITY;
  Eval output;

  SucceedNode(String name, boolean jsonata) {
    super(name, "Succeed", jsonata);
  }

  @Override
  Node execute(Step s, Object input) throws Failure {
    if (jsonata) {
      s.output = output == null ? input : output.eval(s, input);
    } else {
      s.output = outputPath.apply(s, inputPath.apply(s, input));
    }
    return null;
  }
}
