package com.example.orders;

import com.example.flows.InventoryCheck;
import com.example.flows.Payment;
import io.asl4j.Workflow;
import java.util.List;

/** Uses the classes the build generated from src/main/asl, as application code would. */
public final class Flows {

  private Flows() {}

  /**
   * Every workflow of the application.
   *
   * @return the generated ones and the hand-written one
   */
  public static List<Workflow> all() {
    return List.of(Payment.workflow(), InventoryCheck.workflow(), OrderWorkflow.workflow());
  }
}
