package io.asl4j.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.Workflow;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The AWS-shaped history: event types, ids, the 25,000-event limit, history off. */
class HistoryTest {

  private static final Workflow MAP = Workflow.fromJson("""
      {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
        "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Pass", "End": true}}}}}}""");

  @Test
  void eventsAreNumberedFromExecutionStartedAsAwsDoes() {
    ExecutionResult r = LocalExecutor.compile(Workflow.fromJson("""
        {"StartAt": "T", "States": {
          "T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "P"},
          "P": {"Type": "Pass", "End": true}}}""")).runJson("{}",
        Mocks.parse("{\"T\": [{\"Return\": 1}]}", "m", Optional.empty()),
        ExecutionOptions.defaults());
    List<String> types = r.history().stream().map(e -> e.id() + " " + e.type()).toList();
    assertThat(types).containsExactly("1 ExecutionStarted", "2 TaskStateEntered",
        "3 TaskScheduled", "4 TaskStarted", "5 TaskSucceeded", "6 TaskStateExited",
        "7 PassStateEntered", "8 PassStateExited", "9 ExecutionSucceeded");
    assertThat(r.events()).isEqualTo(9);
  }

  @Test
  void theHistoryLimitFailsALongStandardExecutionUnlessSwitchedOff() {
    // four events per iteration: 7,000 iterations make 28,000 events
    List<Object> items = java.util.Collections.nCopies(7_000, 1L);
    LocalExecutor e = LocalExecutor.compile(MAP);
    ExecutionResult limited = e.run(items, Mocks.none(), ExecutionOptions.defaults());
    assertThat(limited.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(limited.error()).contains("States.Runtime");
    assertThat(limited.cause())
        .contains("The execution history exceeded the maximum of 25000 events");
    assertThat(limited.events()).isEqualTo(ExecutionOptions.MAX_HISTORY_EVENTS);

    ExecutionResult unlimited = e.run(items, Mocks.none(),
        ExecutionOptions.defaults().withHistory(false).withHistoryLimit(false));
    assertThat(unlimited.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(unlimited.transitions()).isEqualTo(7_001);
  }

  @Test
  void withTheHistoryOffNothingIsRecordedButEventsAreCounted() {
    Workflow w = Workflow.fromJson("""
        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"},
          "B": {"Type": "Pass", "End": true}}}""");
    ExecutionResult r = LocalExecutor.compile(w).run(null, Mocks.none(),
        ExecutionOptions.defaults().withHistory(false));
    assertThat(r.history()).isEmpty();
    assertThat(r.statesEntered()).isEmpty();
    assertThat(r.transitions()).isEqualTo(2);
    assertThat(r.events()).isEqualTo(6);
  }
}
