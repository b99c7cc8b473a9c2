package io.asl4j.samples;

import static io.asl4j.Asl.pass;
import static io.asl4j.Asl.startAt;
import static io.asl4j.Asl.task;
import static io.asl4j.Values.context;
import static io.asl4j.Values.field;
import static io.asl4j.Values.object;
import static io.asl4j.Values.path;

import io.asl4j.Workflow;
import io.asl4j.dsl.Step;
import io.asl4j.integrations.StepFunctions;

/**
 * A nested execution: the parent starts a child workflow, also defined here in Java, waits for it
 * ({@code .sync:2}, so the child's output comes back as JSON), and links the two executions in the
 * console through {@code AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID}.
 */
public final class NestedExecution {

  /** Where the child is deployed; the CDK adapter fills this placeholder with the real ARN. */
  public static final String CHILD_ARN = "${ShipOrderStateMachineArn}";

  private NestedExecution() {}

  /**
   * The child workflow, deployed on its own.
   *
   * @return {@code Ship}, a single state
   */
  public static Workflow child() {
    return startAt(pass("Ship").result(object(field("shipped", true))).end()).build();
  }

  /**
   * The parent workflow.
   *
   * @return {@code Start Shipping}, running the child to completion
   */
  public static Workflow workflow() {
    Step ship = task("Start Shipping")
        .call(StepFunctions.startExecution(CHILD_ARN)
            .input(object(field("order", path("$.order")),
                field("AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID", context("Execution.Id"))))
            .syncJson())
        .resultSelector(field("shipment", path("$.Output")))
        .resultPath(path("$.shipping"))
        .end();
    return startAt(ship).build();
  }
}
