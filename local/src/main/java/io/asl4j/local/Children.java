package io.asl4j.local;

import io.asl4j.Workflow;
import io.asl4j.model.StateMachineArn;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The child workflows a run may start with {@code states:startExecution}, compiled, by the state
 * machine ARN or name they were registered under. Immutable.
 */
final class Children {

  static final Children NONE = new Children(Map.of());

  /** A registered child: the name it runs under and its program. */
  record Child(String name, String arn, Compiler.Program program) {}

  private final Map<String, Child> byKey;

  private Children(Map<String, Child> byKey) {
    this.byKey = byKey;
  }

  /**
   * Registers a workflow.
   *
   * @param key a state machine ARN or name
   * @param workflow the workflow
   * @return a copy with the child
   */
  Children with(String key, Workflow workflow) {
    Compiler.Program p = Compiler.compile(workflow, IntrinsicEval.COMPILER);
    String name = StateMachineArn.parse(key).map(StateMachineArn::name).orElse(key);
    String arn = StateMachineArn.parse(key).map(StateMachineArn::arn)
        .orElse("arn:aws:states:us-east-1:111111111111:stateMachine:" + key);
    Map<String, Child> m = new LinkedHashMap<>(byKey);
    m.put(key, new Child(name, arn, p));
    return new Children(m);
  }

  /**
   * Registers the workflows of a map (keys as in {@link #with}) whose keys are not registered yet:
   * those registered in code or on the command line win over a mocks file's.
   */
  Children withMissing(Map<String, Workflow> workflows) {
    Children c = this;
    for (Map.Entry<String, Workflow> e : workflows.entrySet()) {
      if (!byKey.containsKey(e.getKey())) {
        c = c.with(e.getKey(), e.getValue());
      }
    }
    return c;
  }

  boolean isEmpty() {
    return byKey.isEmpty();
  }

  /**
   * Finds the child a {@code StateMachineArn} parameter names: registered under that very string,
   * else under the ARN's state machine name, else under an ARN with that name.
   *
   * @param stateMachineArn the ARN (or name) the task passes
   * @return the child, or {@code null} when none is registered
   */
  Child find(String stateMachineArn) {
    Child c = byKey.get(stateMachineArn);
    if (c != null) {
      return c;
    }
    String name = StateMachineArn.parse(stateMachineArn).map(StateMachineArn::name)
        .orElse(stateMachineArn);
    for (Child each : byKey.values()) {
      if (each.name().equals(name)) {
        return each;
      }
    }
    return null;
  }

  /** Adds the states of every child to a table of state names and types. */
  void addStates(Map<String, String> types) {
    for (Child c : byKey.values()) {
      for (Map.Entry<String, String> e : c.program().stateTypes().entrySet()) {
        types.putIfAbsent(e.getKey(), e.getValue());
      }
    }
  }
}
