package io.asl4j.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.WorkflowBuilder;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Completion on a builder shows its settings only: no public getter among the fluent setters of
 * the state builders, their starts, the retry, catch and rule settings, graphs, the workflow
 * builder and every typed integration. What a builder holds is read elsewhere
 * ({@code Integration.Call}, the built model).
 */
class CompletionTest {

  private static final String[] INTEGRATIONS = {"Activity", "ApiGateway", "Athena", "AwsSdk",
      "Batch", "DynamoDb", "Ecs", "EventBridge", "Glue", "Http", "Lambda", "S3", "Sns", "Sqs",
      "StepFunctions"};

  /** The methods that finish or name a step rather than set something. */
  private static final Set<String> NOT_SETTERS = Set.of(
      "Step.name", "ChoiceStep.name", "FailStep.name", "SucceedStep.name", "Graph.assemble",
      "WorkflowBuilder.build", "WorkflowBuilder.buildUnvalidated");

  private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString");

  private static List<Class<?>> builders() throws ClassNotFoundException {
    List<Class<?>> types = new ArrayList<>(List.of(TaskStart.class, TaskStep.class,
        PassStep.class, WaitStart.class, WaitStep.class, ChoiceStart.class, ChoiceStep.class,
        ParallelStart.class, ParallelStep.class, MapStart.class, MapStep.class, FailStep.class,
        SucceedStep.class, Retry.class, Catch.class, Rule.class, Graph.class,
        WorkflowBuilder.class));
    for (String name : INTEGRATIONS) {
      Class<?> type = Class.forName("io.asl4j.integrations." + name);
      types.add(type);
      for (Class<?> nested : type.getClasses()) {
        if (Integration.class.isAssignableFrom(nested)) {
          types.add(nested);
        }
      }
    }
    return types;
  }

  @Test
  void buildersOfferNoGettersAmongTheirSetters() throws ClassNotFoundException {
    List<String> getters = new ArrayList<>();
    for (Class<?> type : builders()) {
      for (Method m : type.getMethods()) {
        if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class
            || OBJECT_METHODS.contains(m.getName())
            || NOT_SETTERS.contains(type.getSimpleName() + "." + m.getName())) {
          continue;
        }
        String returned = m.getReturnType().getPackageName();
        boolean fluent = returned.equals("io.asl4j.dsl") || returned.equals("io.asl4j.integrations")
            || m.getReturnType() == WorkflowBuilder.class || m.getReturnType() == Object.class;
        if (!fluent) {
          getters.add(type.getSimpleName() + "." + m.getName() + "() returns "
              + m.getReturnType().getSimpleName());
        }
      }
    }
    assertThat(getters).isEmpty();
  }
}
