package io.asl4j.junit;

import static io.asl4j.junit.WorkflowAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.asl4j.local.Json;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * {@link WorkflowRunAssert}: what passes, and what a failing assertion says: the expectation, what
 * happened, the path taken and where it left the expected one.
 */
class WorkflowRunAssertTest {

  private static WorkflowRun caught() {
    return WorkflowRunner.of("article", WorkflowRunnerTest.ARTICLE)
        .given("Run Glue Job", GlueMock.jobRunFails("Table not found"))
        .given("Notify Error Message", SnsMock.published())
        .run(Map.of());
  }

  private static WorkflowRun succeeded() {
    return WorkflowRunner.of("article", WorkflowRunnerTest.ARTICLE)
        .given("Run Glue Job", GlueMock.jobRunSucceeds())
        .given("Fetch Data", LambdaMock.returns(Map.of("rows", 3)))
        .run(Map.of("query", "q"));
  }

  private static final String CAUGHT_PATH = "\npath: Run Glue Job -> Notify Error Message -> "
      + "Workflow Failure\noutcome: FAILED in \"Workflow Failure\" with error (none): (no cause)";

  private static final String SUCCEEDED_PATH = "\npath: Run Glue Job -> Fetch Data -> Route -> "
      + "Done\noutcome: SUCCEEDED with output {\"lambdaresult\":{\"rows\":3}}";

  @Test
  void aPathThatDivergesSaysWhereTheExecutionLeftIt() {
    assertThatThrownBy(() -> assertThat(caught()).tookPath("Run Glue Job", "Fetch Data",
            "Route", "Done"))
        .isInstanceOf(AssertionError.class)
        .hasMessage("article: expected the path Run Glue Job -> Fetch Data -> Route -> Done\n"
            + "but the execution took Run Glue Job -> Notify Error Message -> Workflow Failure\n"
            + "it left the expected path after \"Run Glue Job\": it entered \"Notify Error "
            + "Message\" where \"Fetch Data\" was expected" + CAUGHT_PATH);
  }

  @Test
  void aShorterOrLongerPathIsSaidSo() {
    assertThatThrownBy(() -> assertThat(caught()).tookPath("Run Glue Job",
            "Notify Error Message", "Workflow Failure", "Done"))
        .hasMessage("article: expected the path Run Glue Job -> Notify Error Message -> Workflow "
            + "Failure -> Done\nbut the execution took Run Glue Job -> Notify Error Message -> "
            + "Workflow Failure\nit left the expected path after \"Workflow Failure\": it entered "
            + "no more states where \"Done\" was expected" + CAUGHT_PATH);
    assertThatThrownBy(() -> assertThat(caught()).tookPath("Run Glue Job"))
        .hasMessage("article: expected the path Run Glue Job\nbut the execution took Run Glue "
            + "Job -> Notify Error Message -> Workflow Failure\nit left the expected path after "
            + "\"Run Glue Job\": it went on to \"Notify Error Message\" where the expected path "
            + "ends" + CAUGHT_PATH);
  }

  @Test
  void succeededPrintsTheFailureAndThePath() {
    assertThatThrownBy(() -> assertThat(caught()).succeeded())
        .isInstanceOf(AssertionError.class)
        .hasMessage("article: expected the execution to succeed\nbut it FAILED in \"Workflow "
            + "Failure\" with error (none): (no cause)" + CAUGHT_PATH);
  }

  @Test
  void theOutputIsComparedAsJsonWithTheFirstDifference() {
    assertThat(succeeded()).succeeded()
        .hasOutput("{\"lambdaresult\": {\"rows\": 3}}");
    assertThatThrownBy(() -> assertThat(succeeded()).hasOutput("{\"lambdaresult\": {\"rows\": "
            + "4}}"))
        .hasMessage("article: expected the output {\"lambdaresult\": {\"rows\": 4}}\nbut the "
            + "output differs at /lambdaresult/rows: expected 4, found 3\npath: Run Glue Job -> "
            + "Fetch Data -> Route -> Done\noutcome: SUCCEEDED with output "
            + "{\"lambdaresult\":{\"rows\":3}}");
  }

  @Test
  void errorsCausesTransitionsAndInvocations() {
    WorkflowRun run = caught();
    assertThat(run).failed().failedWithoutError().entered("Notify Error Message")
        .didNotEnter("Fetch Data").tookTransition("Run Glue Job", "Notify Error Message")
        .invokedTimes("Run Glue Job", 1).invokedTimes("Fetch Data", 0)
        .invokedWithInput("Run Glue Job", "{\"JobName\": \"GLUE_JOB_NAME\"}")
        .hasStateTransitions(3);
  }

  @Test
  void transitionAndInvocationFailuresSayWhatHappenedInstead() {
    assertThatThrownBy(() -> assertThat(caught()).tookTransition("Run Glue Job", "Fetch Data"))
        .hasMessage("article: expected the transition \"Run Glue Job\" -> \"Fetch "
            + "Data\"\nbut from \"Run Glue Job\" it took \"Run Glue Job\" -[Catch/0/Next]-> "
            + "\"Notify Error Message\"" + CAUGHT_PATH);
    assertThatThrownBy(() -> assertThat(caught()).invokedTimes("Run Glue Job", 2))
        .hasMessage("article: expected \"Run Glue Job\" to be invoked 2 times\nbut it "
            + "was invoked once" + CAUGHT_PATH);
    assertThatThrownBy(() -> assertThat(caught()).invokedWithInput("Run Glue Job",
            "{\"JobName\": \"OTHER\"}"))
        .hasMessage("article: expected invocation #1 of \"Run Glue Job\" to receive "
            + "{\"JobName\": \"OTHER\"}\nbut it received {\"JobName\":\"GLUE_JOB_NAME\"}\nfirst "
            + "difference: /JobName: expected \"OTHER\", found \"GLUE_JOB_NAME\"" + CAUGHT_PATH);
    assertThatThrownBy(() -> assertThat(caught()).failedWith("States.TaskFailed"))
        .hasMessage("article: expected the error States.TaskFailed\nbut the error was "
            + "(none)" + CAUGHT_PATH);
  }

  @Test
  void theCostOfAnExecutionCanBeBounded() {
    assertThat(succeeded()).costsAtMost("0.0001");
    assertThatThrownBy(() -> assertThat(succeeded()).costsAtMost("0.00005"))
        .hasMessage("article: expected one execution to cost at most $0.00005\nbut it "
            + "costs $0.0001 (4 billed state transitions, STANDARD, us-east-1)" + SUCCEEDED_PATH);
  }

  @Test
  void aDescriptionPrefixesTheMessageAsInAssertJ() {
    assertThatThrownBy(() -> assertThat(caught()).as("the Catch path").succeeded())
        .hasMessage("[the Catch path] article: expected the execution to succeed\nbut it FAILED "
            + "in \"Workflow Failure\" with error (none): (no cause)" + CAUGHT_PATH);
    assertThatThrownBy(() -> assertThat(caught()).describedAs("run %d", 2).invokedTimes(
            "Run Glue Job", 2))
        .hasMessage("[run 2] article: expected \"Run Glue Job\" to be invoked 2 times\nbut it "
            + "was invoked once" + CAUGHT_PATH);
  }

  @Test
  void aFailMessageReplacesTheMessage() {
    assertThatThrownBy(() -> assertThat(caught()).withFailMessage("the job %s", "failed")
            .tookPath("Run Glue Job", "Fetch Data"))
        .hasMessage("the job failed");
    assertThatThrownBy(() -> assertThat(succeeded()).overridingErrorMessage("no output")
            .hasOutput("{}"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage("no output");
  }

  @Test
  void aPercentSignInTheMessageIsKept() {
    WorkflowRun run = WorkflowRunner.of("article", WorkflowRunnerTest.ARTICLE)
        .given("Run Glue Job", GlueMock.jobRunSucceeds())
        .given("Fetch Data", LambdaMock.returns(Json.parse("{\"rows\": 3, \"share\": \"100%\"}")))
        .run(Map.of());
    assertThatThrownBy(() -> assertThat(run).hasOutput("{\"lambdaresult\": {\"rows\": 3, "
            + "\"share\": \"50%\"}}"))
        .hasMessage("article: expected the output {\"lambdaresult\": {\"rows\": 3, \"share\": "
            + "\"50%\"}}\nbut the output differs at /lambdaresult/share: expected \"50%\", found "
            + "\"100%\"\npath: Run Glue Job -> Fetch Data -> Route -> Done\noutcome: SUCCEEDED "
            + "with output {\"lambdaresult\":{\"rows\":3,\"share\":\"100%\"}}");
  }

  @Test
  void anOutputThatDiffersCarriesBothValuesForTheIdesComparison() {
    Throwable t = catchThrowable(() -> assertThat(succeeded()).hasOutput(
        "{\"lambdaresult\": {\"rows\": 4}}"));
    Assertions.assertThat(t).isInstanceOf(AssertionFailedError.class);
    AssertionFailedError e = (AssertionFailedError) t;
    Assertions.assertThat(e.isExpectedDefined()).isTrue();
    Assertions.assertThat(e.getExpected().getValue()).isEqualTo("""
        {
          "lambdaresult": {
            "rows": 4
          }
        }""");
    Assertions.assertThat(e.getActual().getValue()).isEqualTo("""
        {
          "lambdaresult": {
            "rows": 3
          }
        }""");
    AssertionFailedError input = (AssertionFailedError) catchThrowable(() -> assertThat(caught())
        .invokedWithInput("Run Glue Job", "{\"JobName\": \"OTHER\"}"));
    Assertions.assertThat(input.getExpected().getValue()).isEqualTo("{\n  \"JobName\": \"OTHER\"\n}");
    Assertions.assertThat(input.getActual().getValue()).isEqualTo(
        "{\n  \"JobName\": \"GLUE_JOB_NAME\"\n}");
  }
}
