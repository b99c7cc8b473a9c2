package com.example.orders;

import com.example.flows.OrderFlow;
import com.example.flows.ReportFlow;
import io.asl4j.Workflow;
import java.util.List;

/** The project's code uses the classes generated from the template's state machines. */
public final class Flows {

  private Flows() {}

  /**
   * Every workflow of the template.
   *
   * @return the workflows
   */
  public static List<Workflow> all() {
    return List.of(OrderFlow.workflow(), ReportFlow.workflow());
  }
}
