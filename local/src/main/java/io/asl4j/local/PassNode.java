package io.asl4j.local;

import java.util.Map;

/** A compiled Pass state. */
final class PassNode extends Node {

  DataPath inputPath = DataPath.IDENTITY;
  Eval parameters;
  /** The constant {@code Result}, or {@code null}. */
  Object result;
  /** Whether the constant Result is larger than AWS lets a state return. */
  boolean resultTooLarge;
  ResultPath resultPath = ResultPath.REPLACE;
  DataPath outputPath = DataPath.IDENTITY;
  Eval output;
  Assign assign;

  PassNode(String name, boolean jsonata) {
    super(name, "Pass", jsonata);
  }

  @Override
  Node execute(Step s, Object input) throws Failure {
    if (jsonata) {
      Map<String, Object> assigned = assign == null ? null : assign.evaluate(s, input);
      s.output = output == null ? input : output.eval(s, input);
      Assign.bind(s, assigned);
      return next;
    }
    if (resultTooLarge) {
      throw Failure.dataLimit("The state/task '" + name + "' returned a result with a size "
          + "exceeding the maximum number of bytes service limit.");
    }
    Object effective = inputPath.apply(s, input);
    Object r = result != null ? result : parameters != null ? parameters.eval(s, effective)
        : effective;
    Map<String, Object> assigned = assign == null ? null : assign.evaluate(s, r);
    s.output = outputPath.apply(s, resultPath.apply(s, input, r));
    Assign.bind(s, assigned);
    return next;
  }
}
