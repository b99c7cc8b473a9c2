package io.asl4j.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link WorkflowSpec}: the entries of the write goal's {@code <workflows>}. */
class WorkflowSpecTest {

  @Test
  void aClassAloneMeansItsWorkflowMethodAndItsSimpleName() {
    WorkflowSpec spec = WorkflowSpec.parse(" com.example.OrderFlows ");
    assertThat(spec).isEqualTo(new WorkflowSpec("com.example.OrderFlows", "OrderFlows",
        "com.example.OrderFlows", "workflow"));
    assertThat(spec.fileName()).isEqualTo("OrderFlows.asl.json");
    assertThat(spec).hasToString("com.example.OrderFlows#workflow");
  }

  @Test
  void anotherMethodIsPartOfTheFileName() {
    assertThat(WorkflowSpec.parse("com.example.OrderFlows#refund").fileName())
        .isEqualTo("OrderFlows.refund.asl.json");
    assertThat(WorkflowSpec.parse("com.example.OrderFlows#workflow").fileName())
        .isEqualTo("OrderFlows.asl.json");
  }

  @Test
  void aNameGivenIsTheFileName() {
    WorkflowSpec spec = WorkflowSpec.parse("order-fulfillment = com.example.OrderFlows#refund");
    assertThat(spec.fileName()).isEqualTo("order-fulfillment.asl.json");
    assertThat(spec.className()).isEqualTo("com.example.OrderFlows");
    assertThat(spec.method()).isEqualTo("refund");
  }

  @Test
  void aNestedClassIsNamedByItsBinaryName() {
    WorkflowSpec spec = WorkflowSpec.parse("com.example.Flows$Orders");
    assertThat(spec.className()).isEqualTo("com.example.Flows$Orders");
    assertThat(spec.fileName()).isEqualTo("Orders.asl.json");
  }

  @Test
  void malformedEntriesAreRefusedWithTheExpectedForm() {
    assertThatThrownBy(() -> WorkflowSpec.parse("com.example.Order-Flows"))
        .hasMessage("\"com.example.Order-Flows\" is not a class name; expected"
            + " [name=]com.example.Class[#method]");
    assertThatThrownBy(() -> WorkflowSpec.parse("com.example.Flows#"))
        .hasMessage("\"\" is not a method name; expected [name=]com.example.Class[#method]");
    assertThatThrownBy(() -> WorkflowSpec.parse("com.example.Flows#workflow()"))
        .hasMessage("\"workflow()\" is not a method name; expected"
            + " [name=]com.example.Class[#method]");
    assertThatThrownBy(() -> WorkflowSpec.parse("../x=com.example.Flows"))
        .hasMessage("\"../x\" is not a file name; expected [name=]com.example.Class[#method]");
    assertThatThrownBy(() -> WorkflowSpec.parse("=com.example.Flows"))
        .hasMessage("\"\" is not a file name; expected [name=]com.example.Class[#method]");
  }
}
