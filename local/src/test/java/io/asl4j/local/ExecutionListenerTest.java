package io.asl4j.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What an {@link ExecutionListener} hears: entries, the way each state is left, retries. */
class ExecutionListenerTest {

  /** Records what it hears as lines. */
  private static final class Recorder implements ExecutionListener {
    final List<String> heard = new ArrayList<>();

    @Override
    public void stateEntered(String state) {
      heard.add("enter " + state);
    }

    @Override
    public void stateExited(String state, Exit exit, int index, Optional<String> next) {
      heard.add("exit " + state + " " + exit + " " + index + " " + next.orElse("-"));
    }

    @Override
    public void retried(String state, int retrier, Optional<String> error) {
      heard.add("retry " + state + " " + retrier + " " + error.orElse("-"));
    }
  }

  private static final String FLOW = """
      {"StartAt": "Route", "States": {
        "Route": {"Type": "Choice", "Choices": [
            {"Variable": "$.n", "NumericEquals": 1, "Next": "Work"},
            {"Variable": "$.n", "NumericEquals": 2, "Next": "Work"}],
          "Default": "Work"},
        "Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"FunctionName": "f"},
          "Retry": [{"ErrorEquals": ["Other"]}, {"ErrorEquals": ["Flaky"], "MaxAttempts": 1}],
          "Catch": [{"ErrorEquals": ["Other"], "Next": "Done"},
                    {"ErrorEquals": ["States.ALL"], "Next": "Done"}],
          "Next": "Each"},
        "Each": {"Type": "Map", "ItemsPath": "$.items", "ItemProcessor": {"StartAt": "Item",
          "States": {"Item": {"Type": "Pass", "End": true}}}, "Next": "Done"},
        "Done": {"Type": "Succeed"}}}""";

  private static List<String> run(String input, String mocks) {
    Recorder r = new Recorder();
    LocalExecutor.compile(Workflow.fromJson(FLOW)).run(Json.parse(input),
        Mocks.parse(mocks, "mocks.json", Optional.empty()),
        ExecutionOptions.defaults().withHistory(false), r);
    return r.heard;
  }

  @Test
  void tellsWhichChoiceRuleOrTheDefaultWasTakenEvenWhenTheyShareATarget() {
    String ok = "{\"Work\": [{\"Return\": {\"items\": [1, 2]}}]}";
    assertThat(run("{\"n\": 2}", ok).get(1)).isEqualTo("exit Route CHOICE_RULE 1 Work");
    assertThat(run("{\"n\": 3}", ok).get(1)).isEqualTo("exit Route CHOICE_DEFAULT -1 Work");
  }

  @Test
  void tellsRetriesCatchersMapIterationsAndTheEnd() {
    assertThat(run("{\"n\": 1}", """
        {"Work": [{"Throw": {"Error": "Flaky"}}, {"Return": {"items": [1, 2]}}]}"""))
        .containsExactly("enter Route", "exit Route CHOICE_RULE 0 Work", "enter Work",
            "retry Work 1 Flaky", "exit Work NEXT -1 Each", "enter Each", "enter Item",
            "exit Item END -1 -", "enter Item", "exit Item END -1 -", "exit Each NEXT -1 Done",
            "enter Done", "exit Done END -1 -");
    assertThat(run("{\"n\": 1}", """
        {"Work": [{"Throw": {"Error": "Flaky"}}, {"Throw": {"Error": "Flaky"}}]}"""))
        .containsExactly("enter Route", "exit Route CHOICE_RULE 0 Work", "enter Work",
            "retry Work 1 Flaky", "exit Work CATCH 1 Done", "enter Done", "exit Done END -1 -");
  }

  @Test
  void aStateThatFailsTheExecutionIsEnteredButNotLeft() {
    Recorder r = new Recorder();
    LocalExecutor.compile(Workflow.fromJson("""
        {"StartAt": "No", "States": {"No": {"Type": "Fail", "Error": "E"}}}"""))
        .run(null, Mocks.none(), ExecutionOptions.defaults(), r);
    assertThat(r.heard).containsExactly("enter No");
  }
}
