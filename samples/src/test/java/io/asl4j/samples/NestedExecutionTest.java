package io.asl4j.samples;

import static io.asl4j.junit.WorkflowAssertions.assertThat;

import io.asl4j.junit.StepFunctionsMock;
import io.asl4j.junit.WorkflowRun;
import io.asl4j.junit.WorkflowRunner;
import io.asl4j.junit.WorkflowTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link NestedExecution} tested with asl4j-junit: the child mocked, or run locally.
 */
@WorkflowTest(source = NestedExecution.class, minStates = 100, minTransitions = 100)
class NestedExecutionTest {

  private static final Map<String, Object> ORDER = Map.of("order", Map.of("id", "o-1"));

  @Test
  void theChildsOutputComesBackAsJson(WorkflowRunner runner) {
    WorkflowRun run = runner
        .given("Start Shipping", StepFunctionsMock.succeeds(Map.of("tracking", "T-1")))
        .run(ORDER);
    assertThat(run).succeeded()
        .hasOutput("{\"order\": {\"id\": \"o-1\"}, \"shipping\": {\"shipment\": "
            + "{\"tracking\": \"T-1\"}}}");
  }

  @Test
  void theRealChildCanRunLocally(WorkflowRunner runner) {
    WorkflowRun run = runner.withChild(NestedExecution.CHILD_ARN, NestedExecution.child())
        .run(ORDER);
    assertThat(run).succeeded()
        .hasOutput("{\"order\": {\"id\": \"o-1\"}, \"shipping\": {\"shipment\": "
            + "{\"shipped\": true}}}");
  }

  @Test
  void aFailedChildFailsTheParent(WorkflowRunner runner) {
    WorkflowRun run = runner
        .given("Start Shipping", StepFunctionsMock.childFails("NoCarrier", "no carrier today"))
        .run(ORDER);
    assertThat(run).failedWith("States.TaskFailed").tookPath("Start Shipping");
  }
}
