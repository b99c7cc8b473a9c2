package io.asl4j.samples;

import static io.asl4j.junit.WorkflowAssertions.assertThat;

import io.asl4j.junit.GlueMock;
import io.asl4j.junit.LambdaMock;
import io.asl4j.junit.SnsMock;
import io.asl4j.junit.WorkflowRun;
import io.asl4j.junit.WorkflowRunner;
import io.asl4j.junit.WorkflowTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The article's first workflow ({@link GlueLambdaSns}) tested with asl4j-junit: every state and
 * transition taken.
 *
 * <p>The samples reproduce the article exactly, mistake included: {@code Fetch Data} keeps only
 * {@code $.data}, so {@code SNS Notify}'s {@code $.data.lambdaresult} finds nothing and the
 * execution fails there even when every task succeeds.
 */
@WorkflowTest(source = GlueLambdaSns.class, minStates = 100, minTransitions = 100)
class GlueLambdaSnsTest {

  @Test
  void theSuccessPathRunsEveryTaskThenFailsAtSnsNotify(WorkflowRunner runner) {
    WorkflowRun run = runner
        .given("Run Glue Job", GlueMock.jobRunSucceeds()
            .expectingInput("{\"JobName\": \"GLUE_JOB_NAME\"}"))
        .given("Fetch Data", LambdaMock.returns(Map.of("rows", 3)))
        .given("SNS Notify", SnsMock.published())
        .run(Map.of("query", "SELECT 1"));
    assertThat(run).failedWith("States.Runtime")
        .tookPath("Run Glue Job", "Fetch Data", "SNS Notify")
        .invokedTimes("SNS Notify", 0)
        .hasCauseContaining("The JSONPath '$.data.lambdaresult' specified for the field "
            + "'Message.$' could not be found in the input '{\"lambdaresult\":{\"rows\":3}}'")
        .hasStateTransitions(3);
  }

  @Test
  void aFailedJobRunFailsTheExecutionAsNothingCatchesIt(WorkflowRunner runner) {
    WorkflowRun run = runner
        .given("Run Glue Job", GlueMock.jobRunFails("Table not found"))
        .run(Map.of());
    assertThat(run).failedWith("States.TaskFailed").hasCauseContaining("Table not found")
        .tookPath("Run Glue Job").didNotEnter("Fetch Data");
  }
}
