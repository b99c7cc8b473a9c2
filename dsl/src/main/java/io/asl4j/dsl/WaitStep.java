package io.asl4j.dsl;

import io.asl4j.dsl.Fields.F;
import io.asl4j.model.State;
import io.asl4j.model.Transition;
import io.asl4j.model.WaitState;
import io.asl4j.model.WaitTime;
import java.util.Map;

/** A Wait state with its time set: add settings, then a transition. */
public final class WaitStep extends FlowBuilder<WaitStep> {

  WaitStep(String name, Fields fields) {
    super(name, fields);
  }

  @Override
  WaitStep with(Fields f) {
    return new WaitStep(name, f);
  }

  @Override
  State toState(Fields f, Transition transition, Graphs graphs) {
    return new WaitState(f.get(F.COMMENT), f.get(F.QUERY_LANGUAGE), f.get(F.INPUT_PATH),
        (WaitTime) f.get(F.WAIT_TIME).orElseThrow(), f.get(F.OUTPUT_PATH), f.get(F.OUTPUT),
        f.get(F.ASSIGN), transition, Map.of());
  }
}
