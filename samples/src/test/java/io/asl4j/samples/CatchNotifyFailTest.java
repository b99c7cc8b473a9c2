package io.asl4j.samples;

import static io.asl4j.junit.WorkflowAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.junit.GlueMock;
import io.asl4j.junit.LambdaMock;
import io.asl4j.junit.SnsMock;
import io.asl4j.junit.WorkflowRun;
import io.asl4j.junit.WorkflowRunner;
import io.asl4j.junit.WorkflowTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The article's second workflow ({@link CatchNotifyFail}) tested with asl4j-junit: the success
 * path and the Catch path, every state and transition taken.
 */
@WorkflowTest(source = CatchNotifyFail.class, minStates = 100, minTransitions = 100)
class CatchNotifyFailTest {

  @Test
  void theSuccessPathRunsTheJobAndTheQuery(WorkflowRunner runner) {
    WorkflowRun run = runner
        .given("Run Glue Job", GlueMock.jobRunSucceeds())
        .given("Fetch Data", LambdaMock.returns(Map.of("rows", 3)))
        .run(Map.of());
    // as in the article: Fetch Data keeps only $.data, so SNS Notify's $.data.lambdaresult is gone
    assertThat(run).failedWith("States.Runtime")
        .tookPath("Run Glue Job", "Fetch Data", "SNS Notify");
  }

  @Test
  void aFailedJobIsCaughtNotifiedAndFailsTheExecution(WorkflowRunner runner) {
    WorkflowRun run = runner
        .given("Run Glue Job", GlueMock.jobRunFails("Table not found"))
        .given("Notify Error Message", SnsMock.published()
            .checkingInput(input -> assertThat(input.toString()).contains("Table not found")))
        .run(Map.of());
    assertThat(run).failedWithoutError()
        .tookPath("Run Glue Job", "Notify Error Message", "Workflow Failure")
        .tookTransition("Run Glue Job", "Notify Error Message")
        .invokedTimes("Notify Error Message", 1);
  }
}
