package io.asl4j.samples;

import static io.asl4j.junit.WorkflowAssertions.assertThat;

import io.asl4j.junit.LambdaMock;
import io.asl4j.junit.WorkflowRun;
import io.asl4j.junit.WorkflowRunner;
import io.asl4j.junit.WorkflowTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link InlineMapOrderLines} tested with asl4j-junit: one invocation per line. */
@WorkflowTest(source = InlineMapOrderLines.class, minStates = 100, minTransitions = 100)
class InlineMapOrderLinesTest {

  @Test
  void eachLineIsReservedOnce(WorkflowRunner runner) {
    WorkflowRun run = runner
        .given("Reserve Stock", LambdaMock.returns(Map.of("reserved", true)))
        .run(Map.of("orderId", "o-1", "lines", List.of(
            Map.of("sku", "A", "quantity", 1, "orderId", "o-1"),
            Map.of("sku", "B", "quantity", 2, "orderId", "o-1"))));
    assertThat(run).succeeded().invokedTimes("Reserve Stock", 2)
        .invokedWithInput("Reserve Stock", 2, "{\"FunctionName\": \"reserve-stock\", "
            + "\"Payload\": {\"sku\": \"B\", \"quantity\": 2, \"orderId\": \"o-1\"}}")
        .hasStateTransitions(3);
  }
}
