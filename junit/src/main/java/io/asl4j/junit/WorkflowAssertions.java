package io.asl4j.junit;

/**
 * The entry point of the assertions on workflow runs, in AssertJ's style.
 *
 * <pre>{@code
 * import static io.asl4j.junit.WorkflowAssertions.assertThat;
 *
 * assertThat(run).succeeded()
 *     .tookPath("Run Glue Job", "Fetch Data", "SNS Notify")
 *     .hasOutput("{\"MessageId\": \"m-1\"}")
 *     .invokedTimes("Fetch Data", 1);
 * }</pre>
 *
 * <p>It sits beside AssertJ's {@code Assertions.assertThat}: both can be imported statically.
 */
public final class WorkflowAssertions {

  private WorkflowAssertions() {}

  /**
   * Starts assertions on a run.
   *
   * @param run the run
   * @return the assertions
   */
  public static WorkflowRunAssert assertThat(WorkflowRun run) {
    return new WorkflowRunAssert(run);
  }
}
