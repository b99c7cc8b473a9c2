package io.asl4j.dsl;

import io.asl4j.dsl.Fields.F;
import io.asl4j.model.DynamicString;
import io.asl4j.model.FailState;
import io.asl4j.model.JsonString;
import java.util.List;
import java.util.Map;

/** A Fail state: ends the workflow with an error. Already a {@link Step}. */
public final class FailStep extends StateBuilder<FailStep> implements Step {

  FailStep(String name, Fields fields) {
    super(name, fields);
  }

  /**
   * Starts the state; {@code io.asl4j.Asl} is the usual way in.
   *
   * @param name the state's name, 1 to 80 characters
   * @return the state
   */
  public static FailStep named(String name) {
    return new FailStep(Names.check(name), Fields.EMPTY);
  }

  @Override
  FailStep with(Fields f) {
    return new FailStep(name, f);
  }

  /**
   * Returns the state's name, its key in {@code States}.
   *
   * @return the name
   */
  @Override
  public String name() {
    return name;
  }

  /**
   * Sets {@code "Error"}: the error name.
   *
   * @param error the name, e.g. {@code OrderFailed}
   * @return the state with the error
   */
  public FailStep error(String error) {
    return set(F.ERROR, "error", new JsonString(error));
  }

  /**
   * Sets the error from a path or intrinsic call ({@code "ErrorPath"}) or JSONata.
   *
   * @param error the error name's source
   * @return the state with the error
   */
  public FailStep error(DynamicString error) {
    return set(F.ERROR, "error", error);
  }

  /**
   * Sets {@code "Cause"}: a human-readable explanation.
   *
   * @param cause the explanation
   * @return the state with the cause
   */
  public FailStep cause(String cause) {
    return set(F.CAUSE, "cause", new JsonString(cause));
  }

  /**
   * Sets the cause from a path or intrinsic call ({@code "CausePath"}) or JSONata.
   *
   * @param cause the explanation's source
   * @return the state with the cause
   */
  public FailStep cause(DynamicString cause) {
    return set(F.CAUSE, "cause", cause);
  }

  DefinedStep defined() {
    Fields f = fields;
    return new DefinedStep(name, List.of(), List.of(), graphs -> new FailState(f.get(F.COMMENT),
        f.get(F.QUERY_LANGUAGE), f.get(F.ERROR), f.get(F.CAUSE), Map.of()));
  }
}
