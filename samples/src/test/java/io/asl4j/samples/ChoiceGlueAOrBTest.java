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
 * The article's third workflow ({@link ChoiceGlueAOrB}) tested with asl4j-junit: both Choice
 * branches and the Default, each job's Catch, every state and transition taken.
 */
@WorkflowTest(source = ChoiceGlueAOrB.class, minStates = 100, minTransitions = 100)
class ChoiceGlueAOrBTest {

  private static WorkflowRun configured(WorkflowRunner runner, String configuration) {
    return runner
        .given("Fetch Config", LambdaMock.returns(configuration))
        .given("Glue Job A", GlueMock.jobRunSucceeds()
            .expectingInput("{\"JobName\": \"GLUE_JOB_A_NAME\"}"))
        .given("Glue Job B", GlueMock.jobRunSucceeds()
            .expectingInput("{\"JobName\": \"GLUE_JOB_B_NAME\"}"))
        .given("Fetch Data", LambdaMock.returns(Map.of("rows", 3)))
        .run(Map.of());
  }

  @Test
  void choiceARunsJobA(WorkflowRunner runner) {
    assertThat(configured(runner, "Choice A"))
        .tookPath("Fetch Config", "Choice Glue", "Glue Job A", "Fetch Data", "SNS Notify")
        // as in the article: Fetch Data keeps only $.data, so SNS Notify's message path is gone
        .failedWith("States.Runtime");
  }

  @Test
  void choiceBRunsJobB(WorkflowRunner runner) {
    assertThat(configured(runner, "Choice B"))
        .tookPath("Fetch Config", "Choice Glue", "Glue Job B", "Fetch Data", "SNS Notify")
        .invokedTimes("Glue Job A", 0);
  }

  @Test
  void anyOtherConfigurationFallsBackToJobA(WorkflowRunner runner) {
    assertThat(configured(runner, "Choice C"))
        .tookPath("Fetch Config", "Choice Glue", "Glue Job A", "Fetch Data", "SNS Notify");
  }

  @Test
  void eitherJobsFailureIsCaughtAndNotified(WorkflowRunner runner) {
    runner.given("Fetch Config", LambdaMock.returns("Choice A"))
        .given("Glue Job A", GlueMock.concurrentRunsExceeded())
        .given("Notify Error Message", SnsMock.published());
    assertThat(runner.run(Map.of())).failedWithoutError()
        .tookPath("Fetch Config", "Choice Glue", "Glue Job A", "Notify Error Message",
            "Workflow Failure");
    runner.given("Fetch Config", LambdaMock.returns("Choice B"))
        .given("Glue Job B", GlueMock.jobRunTimesOut());
    assertThat(runner.run(Map.of())).failedWithoutError()
        .tookPath("Fetch Config", "Choice Glue", "Glue Job B", "Notify Error Message",
            "Workflow Failure");
  }
}
