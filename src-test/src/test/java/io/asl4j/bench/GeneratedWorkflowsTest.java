package io.asl4j.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.Workflow;
import io.asl4j.json.JsonDiff;
import io.asl4j.validation.Diagnostic;
import io.asl4j.validation.DiagnosticCode;
import io.asl4j.validation.Validator;
import io.asl4j.model.State;
import io.asl4j.model.StateGraph;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's generated workflows are real definitions: every state type, the asked-for size,
 * and a lossless round trip at 100,000 states (no recursion depth or quadratic trap at scale).
 */
class GeneratedWorkflowsTest {

  private static int count(StateGraph g) {
    int n = 0;
    for (State s : g.states().values()) {
      n++;
      if (s instanceof io.asl4j.model.ParallelState p) {
        n += p.branches().stream().mapToInt(GeneratedWorkflowsTest::count).sum();
      } else if (s instanceof io.asl4j.model.MapState m) {
        n += count(m.itemProcessor());
      }
    }
    return n;
  }

  @Test
  void tenThousandStatesOfEveryType() {
    Workflow w = Workflow.fromJson(GeneratedWorkflows.mixed(10_000));

    assertThat(count(w)).isBetween(10_000, 10_012);
    Set<String> types = w.states().values().stream().map(State::type).collect(Collectors.toSet());
    assertThat(types).containsExactlyInAnyOrder("Task", "Pass", "Choice", "Wait", "Parallel", "Map",
        "Fail", "Succeed");
  }

  @Test
  void theDslBenchmarkBuildsTenThousandStatesOfEveryType() {
    Workflow w = DslBuildBenchmark.build(10_000);

    assertThat(count(w)).isBetween(10_000, 10_012);
    assertThat(Workflow.fromJson(w.toJson())).isEqualTo(w);
  }

  @Test
  void theGeneratedWorkflowsAreValidButForTheirSize() {
    assertThat(Validator.create().validate(GeneratedWorkflows.mixed(5_000))).isEmpty();
    // Step Functions takes definitions up to 1 MiB; the benchmarks go far beyond
    assertThat(Validator.create().validate(GeneratedWorkflows.mixed(10_000)))
        .extracting(Diagnostic::code).containsExactly(DiagnosticCode.DEFINITION_TOO_LARGE);
    assertThat(Validator.create().validate(Workflow.fromJson(GeneratedWorkflows.mixed(100_000))))
        .extracting(Diagnostic::code).containsExactly(DiagnosticCode.DEFINITION_TOO_LARGE);
  }

  @Test
  void aHundredThousandStatesRoundTrip() {
    String json = GeneratedWorkflows.mixed(100_000);
    Workflow w = Workflow.fromJson(json);

    assertThat(JsonDiff.firstDifference(json, w.toJson())).isEmpty();
    assertThat(count(w)).isGreaterThanOrEqualTo(100_000);
  }
}
