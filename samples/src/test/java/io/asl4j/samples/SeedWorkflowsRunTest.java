package io.asl4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.Workflow;
import io.asl4j.local.ExecutionResult;
import io.asl4j.local.ExecutionStatus;
import io.asl4j.local.LocalExecutor;
import io.asl4j.local.Mocks;
import io.asl4j.local.TaskCall;
import io.asl4j.local.TaskResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The article's three workflows run locally with mocked tasks: the path each takes, its output,
 * the error path through the Catch, and both branches of the Choice.
 *
 * <p>Run this way, the article's data flow shows a mistake that otherwise surfaces only in a failed
 * execution on AWS: {@code Fetch Data} puts the Lambda result at {@code $.data.lambdaresult} and
 * then keeps only {@code $.data}, so {@code SNS Notify}'s {@code $.data.lambdaresult} finds nothing
 * and the execution fails with {@code States.Runtime}. The tests pin that outcome (the samples
 * reproduce the article exactly), and show the workflow that works once the message path is
 * {@code $.lambdaresult}.
 */
class SeedWorkflowsRunTest {

  /** What the Glue integration's {@code .sync} pattern returns: the finished job run. */
  private static final String GLUE_RUN = "{\"Return\": {\"Id\": \"jr_1\", \"JobName\": "
      + "\"GLUE_JOB_NAME\", \"JobRunState\": \"SUCCEEDED\"}}";
  private static final String GLUE_FAILS = "{\"Throw\": {\"Error\": \"States.TaskFailed\", "
      + "\"Cause\": \"{\\\"JobRunState\\\":\\\"FAILED\\\",\\\"ErrorMessage\\\":\\\"table not "
      + "found\\\"}\"}}";
  private static final String ROWS = "{\"Return\": {\"rows\": 3}}";
  private static final String PUBLISHED = "{\"Return\": {\"MessageId\": \"m-1\"}}";

  private static ExecutionResult run(Workflow w, Object input, String mocks) {
    return LocalExecutor.compile(w).run(input, Mocks.parse(mocks, "mocks.json", Optional.empty()));
  }

  private static final String BROKEN_MESSAGE_PATH = "The JSONPath '$.data.lambdaresult' specified "
      + "for the field 'Message.$' could not be found in the input '{\"lambdaresult\":{\"rows\":3}}'";

  @Test
  void glueLambdaSnsFailsAtSnsNotifyBecauseFetchDataKeepsOnlyItsDataObject() {
    ExecutionResult r = run(GlueLambdaSns.workflow(), Map.of(), """
        {"Run Glue Job": [%s], "Fetch Data": [%s], "SNS Notify": [%s]}"""
        .formatted(GLUE_RUN, ROWS, PUBLISHED));
    assertThat(r.statesEntered()).containsExactly("Run Glue Job", "Fetch Data", "SNS Notify");
    assertThat(r.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(r.error()).contains("States.Runtime");
    assertThat(r.cause()).contains("An error occurred while executing the state 'SNS Notify' "
        + "(entered at the event id #13). " + BROKEN_MESSAGE_PATH);
  }

  @Test
  void glueLambdaSnsPublishesTheLambdaResultOnceTheMessagePathFitsTheData() {
    Workflow fixed = Workflow.fromJson(GlueLambdaSns.workflow().toJson()
        .replace("\"Message.$\": \"$.data.lambdaresult\"", "\"Message.$\": \"$.lambdaresult\""));
    List<TaskCall> calls = new ArrayList<>();
    ExecutionResult r = LocalExecutor.compile(fixed).run(Map.of("query", "SELECT 1"), call -> {
      calls.add(call);
      return switch (call.stateName()) {
        case "Run Glue Job" -> TaskResult.success(Map.of("JobRunState", "SUCCEEDED"));
        case "Fetch Data" -> TaskResult.success(Map.of("rows", 3));
        default -> TaskResult.success(Map.of("MessageId", "m-1"));
      };
    });
    assertThat(r.statesEntered()).containsExactly("Run Glue Job", "Fetch Data", "SNS Notify");
    assertThat(r.output()).contains(Map.of("MessageId", "m-1"));
    assertThat(calls).extracting(TaskCall::input).containsExactly(
        Map.of("JobName", "GLUE_JOB_NAME"),
        Map.of("JobRunState", "SUCCEEDED"),
        Map.of("TopicArn", "TOPIC_ARN", "Message", Map.of("rows", 3L),
            "Subject", "[SQL QUERY]: Here's your query result"));
  }

  @Test
  void glueLambdaSnsFailsWithTheGlueErrorWhenTheJobFails() {
    ExecutionResult r = run(GlueLambdaSns.workflow(), Map.of(), """
        {"Run Glue Job": [%s]}""".formatted(GLUE_FAILS));
    assertThat(r.statesEntered()).containsExactly("Run Glue Job");
    assertThat(r.error()).contains("States.TaskFailed");
    assertThat(r.cause()).contains("{\"JobRunState\":\"FAILED\",\"ErrorMessage\":\"table not "
        + "found\"}");
  }

  @Test
  void catchNotifyFailNotifiesTheErrorAndFailsWhenTheGlueJobFails() {
    List<TaskCall> calls = new ArrayList<>();
    Mocks mocks = Mocks.parse("""
        {"Run Glue Job": [%s], "Notify Error Message": [%s]}""".formatted(GLUE_FAILS, PUBLISHED),
        "mocks.json", Optional.empty());
    ExecutionResult r = LocalExecutor.compile(CatchNotifyFail.workflow()).run(Map.of("id", 1),
        call -> {
          calls.add(call);
          return mocks.invoke(call);
        });
    assertThat(r.statesEntered()).containsExactly("Run Glue Job", "Notify Error Message",
        "Workflow Failure");
    // the Fail state has neither Error nor Cause
    assertThat(r.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(r.error()).isEmpty();
    assertThat(r.cause()).isEmpty();
    // the catcher put the error at $.error, which is what the notification sends
    assertThat(calls.get(1).input()).isEqualTo(Map.of("TopicArn", "TOPIC_ARN",
        "Message", Map.of("Error", "States.TaskFailed", "Cause",
            "{\"JobRunState\":\"FAILED\",\"ErrorMessage\":\"table not found\"}"),
        "Subject", "[ERROR]: Step Functions workflow failed"));
  }

  @Test
  void catchNotifyFailTakesTheSamePathAsTheFirstWorkflowWhenTheJobSucceeds() {
    ExecutionResult r = run(CatchNotifyFail.workflow(), Map.of(), """
        {"Run Glue Job": [%s], "Fetch Data": [%s], "SNS Notify": [%s]}"""
        .formatted(GLUE_RUN, ROWS, PUBLISHED));
    assertThat(r.statesEntered()).containsExactly("Run Glue Job", "Fetch Data", "SNS Notify");
    assertThat(r.cause()).hasValueSatisfying(c -> assertThat(c).endsWith(BROKEN_MESSAGE_PATH));
  }

  /** The third workflow with the tail's message path fixed, as above. */
  private static Workflow choiceFixed() {
    return Workflow.fromJson(ChoiceGlueAOrB.workflow().toJson()
        .replace("\"Message.$\": \"$.data.lambdaresult\"", "\"Message.$\": \"$.lambdaresult\""));
  }

  private static String choiceMocks(String configuration, String job, String jobResult) {
    return """
        {"Fetch Config": [{"Return": "%s"}], "%s": [%s], "Fetch Data": [%s], "SNS Notify": [%s],
         "Notify Error Message": [%s]}""".formatted(configuration, job, jobResult, ROWS,
        PUBLISHED, PUBLISHED);
  }

  @Test
  void choiceGlueAOrBRunsJobAForChoiceA() {
    ExecutionResult r = run(choiceFixed(), Map.of(), choiceMocks("Choice A", "Glue Job A",
        GLUE_RUN));
    assertThat(r.statesEntered()).containsExactly("Fetch Config", "Choice Glue", "Glue Job A",
        "Fetch Data", "SNS Notify");
    assertThat(r.output()).contains(Map.of("MessageId", "m-1"));
  }

  @Test
  void choiceGlueAOrBRunsJobBForChoiceB() {
    ExecutionResult r = run(choiceFixed(), Map.of(), choiceMocks("Choice B", "Glue Job B",
        GLUE_RUN));
    assertThat(r.statesEntered()).containsExactly("Fetch Config", "Choice Glue", "Glue Job B",
        "Fetch Data", "SNS Notify");
    assertThat(r.output()).contains(Map.of("MessageId", "m-1"));
  }

  @Test
  void choiceGlueAOrBFallsBackToJobAForAnyOtherConfiguration() {
    ExecutionResult r = run(choiceFixed(), Map.of(), choiceMocks("Choice C", "Glue Job A",
        GLUE_RUN));
    assertThat(r.statesEntered()).containsExactly("Fetch Config", "Choice Glue", "Glue Job A",
        "Fetch Data", "SNS Notify");
  }

  @Test
  void choiceGlueAOrBNotifiesAndFailsWhenEitherJobFails() {
    for (String[] branch : new String[][] {{"Choice A", "Glue Job A"},
        {"Choice B", "Glue Job B"}}) {
      ExecutionResult r = run(ChoiceGlueAOrB.workflow(), Map.of(), choiceMocks(branch[0],
          branch[1], GLUE_FAILS));
      assertThat(r.statesEntered()).containsExactly("Fetch Config", "Choice Glue", branch[1],
          "Notify Error Message", "Workflow Failure");
      assertThat(r.status()).isEqualTo(ExecutionStatus.FAILED);
    }
  }

  @Test
  void choiceGlueAOrBAsWrittenFailsAtSnsNotifyOnBothBranches() {
    for (String[] branch : new String[][] {{"Choice A", "Glue Job A"},
        {"Choice B", "Glue Job B"}}) {
      ExecutionResult r = run(ChoiceGlueAOrB.workflow(), Map.of(), choiceMocks(branch[0],
          branch[1], GLUE_RUN));
      assertThat(r.statesEntered()).containsExactly("Fetch Config", "Choice Glue", branch[1],
          "Fetch Data", "SNS Notify");
      assertThat(r.error()).contains("States.Runtime");
      assertThat(r.cause()).hasValueSatisfying(c -> assertThat(c).endsWith(BROKEN_MESSAGE_PATH));
    }
  }
}
