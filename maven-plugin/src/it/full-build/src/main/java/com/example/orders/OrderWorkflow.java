package com.example.orders;

import static io.asl4j.Asl.fail;
import static io.asl4j.Asl.startAt;
import static io.asl4j.Asl.succeed;
import static io.asl4j.Asl.task;
import static io.asl4j.Values.path;

import io.asl4j.Workflow;
import io.asl4j.dsl.Catch;
import io.asl4j.dsl.Step;
import io.asl4j.integrations.Lambda;
import io.asl4j.integrations.Sns;

/** The order workflow, written in Java with the DSL; the build writes it as ASL JSON. */
public final class OrderWorkflow {

  private OrderWorkflow() {}

  /**
   * Charges an order; a failed charge is announced and fails the execution.
   *
   * @return the workflow
   */
  public static Workflow workflow() {
    Step failed = fail("Charge Failed").error("Orders.ChargeFailed");
    Step announce = task("Announce Failure")
        .call(Sns.publish("arn:aws:sns:eu-west-1:123456789012:orders", path("$.error")))
        .next(failed);
    Step charge = task("Charge")
        .call(Lambda.function("arn:aws:lambda:eu-west-1:123456789012:function:charge"))
        .catchAll(Catch.resultPath(path("$.error")), announce)
        .next(succeed("Done"));
    return startAt(charge).comment("Orders").build();
  }
}
