package io.asl4j.samples;

import static io.asl4j.junit.WorkflowAssertions.assertThat;

import io.asl4j.junit.LambdaMock;
import io.asl4j.junit.SqsMock;
import io.asl4j.junit.TaskMock;
import io.asl4j.junit.WorkflowRun;
import io.asl4j.junit.WorkflowRunner;
import io.asl4j.junit.WorkflowTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The legacy definition {@code legacy/order-fulfillment.asl.json} tested with asl4j-junit, read
 * from the class path as it is: the payment captured, declined or failing, and the throttled
 * reservation retried; every state, transition and Retry policy exercised.
 */
@WorkflowTest(resource = "/legacy/order-fulfillment.asl.json", minStates = 100,
    minTransitions = 100, minRetries = 100)
class OrderFulfillmentTest {

  private static final Map<String, Object> ORDER = Map.of("orderId", "o-1",
      "lines", List.of(Map.of("sku", "A", "quantity", 1)));

  private static WorkflowRunner reserved(WorkflowRunner runner) {
    return runner.given("Reserve Stock", LambdaMock.returns(Map.of("reservationId", "r-1")))
        .given("Release Stock", LambdaMock.returns(Map.of()))
        .given("Ship", SqsMock.sent());
  }

  @Test
  void aCapturedPaymentShipsTheOrder(WorkflowRunner runner) {
    WorkflowRun run = reserved(runner)
        .given("Reserve Stock", LambdaMock.tooManyRequests(),
            LambdaMock.returns(Map.of("reservationId", "r-1")))
        .given("Charge Payment", LambdaMock.returns(Map.of("status", "CAPTURED")))
        .run(ORDER);
    assertThat(run).succeeded().tookPath("Reserve Stock", "Charge Payment", "Paid?", "Ship")
        .retried("Reserve Stock", 1).hasStateTransitions(4).hasBilledTransitions(5);
  }

  @Test
  void aDeclinedPaymentReleasesTheStock(WorkflowRunner runner) {
    WorkflowRun run = reserved(runner)
        .given("Charge Payment", LambdaMock.returns(Map.of("status", "DECLINED")))
        .run(ORDER);
    assertThat(run).failedWith("OrderFailed", "payment was not captured")
        .tookPath("Reserve Stock", "Charge Payment", "Paid?", "Release Stock", "Order Failed")
        .invokedWithInput("Release Stock", "{\"FunctionName\": \"${ReleaseStockFunctionArn}\","
            + " \"Payload\": {\"reservationId\": \"r-1\"}}");
  }

  @Test
  void aFailingPaymentIsCaughtAndReleasesTheStock(WorkflowRunner runner) {
    WorkflowRun run = reserved(runner)
        .given("Charge Payment", TaskMock.timesOut())
        .run(ORDER);
    assertThat(run).failedWith("OrderFailed")
        .tookPath("Reserve Stock", "Charge Payment", "Release Stock", "Order Failed");
  }
}
