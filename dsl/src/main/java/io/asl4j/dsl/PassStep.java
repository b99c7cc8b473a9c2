package io.asl4j.dsl;

import io.asl4j.dsl.Fields.F;
import io.asl4j.model.PassState;
import io.asl4j.model.State;
import io.asl4j.model.Transition;
import io.asl4j.model.Value;
import java.util.Map;

/** A Pass state: passes its input on, optionally with a fixed {@code Result}. */
public final class PassStep extends ResultBuilder<PassStep> {

  PassStep(String name, Fields fields) {
    super(name, fields);
  }

  /**
   * Starts the state; {@code io.asl4j.Asl} is the usual way in.
   *
   * @param name the state's name, 1 to 80 characters
   * @return the state
   */
  public static PassStep named(String name) {
    return new PassStep(Names.check(name), Fields.EMPTY);
  }

  @Override
  PassStep with(Fields f) {
    return new PassStep(name, f);
  }

  /**
   * Sets {@code "Result"} (JSONPath): constant JSON used as the state's result.
   *
   * <pre>{@code .result(object(field("ok", true)))   // "Result": {"ok": true}}</pre>
   *
   * @param result constant JSON; nothing in it is evaluated
   * @return the state with the result
   * @throws IllegalArgumentException if the value contains an expression
   */
  public PassStep result(Value result) {
    if (!result.isConstant()) {
      throw new IllegalArgumentException("state \"" + name + "\": Result is constant JSON and never"
          + " evaluated; use parameters(...) or output(...) for computed values");
    }
    return set(F.RESULT, "result", result);
  }

  @Override
  State toState(Fields f, Transition transition, Graphs graphs) {
    return new PassState(f.get(F.COMMENT), f.get(F.QUERY_LANGUAGE), f.get(F.INPUT_PATH),
        f.get(F.PARAMETERS), f.get(F.RESULT), f.get(F.RESULT_PATH), f.get(F.OUTPUT_PATH),
        f.get(F.OUTPUT), f.get(F.ASSIGN), transition, Map.of());
  }
}
