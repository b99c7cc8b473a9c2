package io.asl4j.dsl;

import io.asl4j.dsl.Fields.F;
import io.asl4j.model.SucceedState;
import java.util.List;
import java.util.Map;

/** A Succeed state: ends the workflow, branch or iteration successfully. Already a {@link Step}. */
public final class SucceedStep extends IoBuilder<SucceedStep> implements Step {

  SucceedStep(String name, Fields fields) {
    super(name, fields);
  }

  /**
   * Starts the state; {@code io.asl4j.Asl} is the usual way in.
   *
   * @param name the state's name, 1 to 80 characters
   * @return the state
   */
  public static SucceedStep named(String name) {
    return new SucceedStep(Names.check(name), Fields.EMPTY);
  }

  @Override
  SucceedStep with(Fields f) {
    return new SucceedStep(name, f);
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

  DefinedStep defined() {
    Fields f = fields;
    return new DefinedStep(name, List.of(), List.of(), graphs -> new SucceedState(f.get(F.COMMENT),
        f.get(F.QUERY_LANGUAGE), f.get(F.INPUT_PATH), f.get(F.OUTPUT_PATH), f.get(F.OUTPUT),
        Map.of()));
  }
}
