package io.asl4j.samples;

import static io.asl4j.junit.WorkflowAssertions.assertThat;

import io.asl4j.junit.WorkflowRunner;
import io.asl4j.junit.WorkflowTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link NestedExecution#child()}, the child workflow, tested on its own with asl4j-junit. */
@WorkflowTest(source = NestedExecution.class, method = "child", minStates = 100,
    minTransitions = 100)
class NestedExecutionChildTest {

  @Test
  void theChildShips(WorkflowRunner runner) {
    assertThat(runner.run(Map.of("order", Map.of("id", "o-1")))).succeeded()
        .hasOutput("{\"shipped\": true}").hasStateTransitions(1);
  }
}
