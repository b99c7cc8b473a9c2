package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asl4j.Workflow;
import org.junit.jupiter.api.Test;

class OrderWorkflowTest {

  @Test
  void buildsValidatesAndReadsBack() {
    Workflow workflow = OrderWorkflow.workflow();
    assertEquals("Charge", workflow.startAt());
    assertEquals(4, workflow.states().size());
    assertTrue(workflow.warnings().isEmpty(), workflow.warnings().toString());
    assertEquals(workflow.toJson(), Workflow.fromJson(workflow.toJson()).toJson());
  }
}
