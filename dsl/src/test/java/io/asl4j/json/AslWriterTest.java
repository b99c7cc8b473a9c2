package io.asl4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.Workflow;
import io.asl4j.model.DynamicNumber;
import io.asl4j.model.FailState;
import io.asl4j.model.Intrinsic;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonPath;
import io.asl4j.model.JsonString;
import io.asl4j.model.Jsonata;
import io.asl4j.model.State;
import io.asl4j.model.TaskState;
import io.asl4j.model.Transition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The writer decides key suffixes and {@code ...Path} twins from the model's value types. */
class AslWriterTest {

  private static String write(Map<String, State> states) {
    return AslWriter.compact().write(new Workflow(Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), states.keySet().iterator().next(), states, Map.of()));
  }

  private static TaskState task(Optional<DynamicNumber> timeout, JsonObject parameters) {
    return new TaskState(Optional.empty(), Optional.empty(), "r", Optional.empty(),
        Optional.empty(), Optional.of(parameters), Optional.empty(), timeout, Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Transition.end(), Map.of());
  }

  @Test
  void pathsAndIntrinsicsGetTheDollarSuffixLiteralsDoNot() {
    JsonObject params = JsonObject.of("path", JsonPath.of("$.a"),
        "call", Intrinsic.of("States.UUID()"), "literal", JsonString.of("$.a"),
        "ata", Jsonata.of("$x"));

    assertThat(write(Map.of("T", task(Optional.empty(), params)))).contains(
        "\"Parameters\":{\"path.$\":\"$.a\",\"call.$\":\"States.UUID()\",\"literal\":\"$.a\","
            + "\"ata\":\"{% $x %}\"}");
  }

  @Test
  void aNumericFieldGoesToItsPathTwinWhenItIsAPath() {
    assertThat(write(Map.of("T", task(Optional.of(JsonPath.of("$.t")), JsonObject.empty()))))
        .contains("\"TimeoutSecondsPath\":\"$.t\"").doesNotContain("\"TimeoutSeconds\":");
    assertThat(write(Map.of("T", task(Optional.of(JsonNumber.of(5)), JsonObject.empty()))))
        .contains("\"TimeoutSeconds\":5");
    assertThat(write(Map.of("T", task(Optional.of(Jsonata.of("$t")), JsonObject.empty()))))
        .contains("\"TimeoutSeconds\":\"{% $t %}\"");
  }

  @Test
  void failErrorAndCauseGoToTheirPathTwins() {
    Map<String, State> states = new LinkedHashMap<>();
    states.put("F", new FailState(Optional.empty(), Optional.empty(),
        Optional.of(Intrinsic.of("States.Format('E{}', $.n)")), Optional.of(JsonPath.of("$.c")),
        Map.of()));

    assertThat(write(states)).contains(
        "{\"Type\":\"Fail\",\"ErrorPath\":\"States.Format('E{}', $.n)\",\"CausePath\":\"$.c\"}");
  }

  @Test
  void aSingleValueIsWrittenWithTheSameRules() {
    assertThat(AslWriter.compact().write(JsonObject.of("a", JsonPath.of("$.b"))))
        .isEqualTo("{\"a.$\":\"$.b\"}");
    assertThat(AslWriter.pretty().write(JsonObject.of("a", JsonNumber.of(1))))
        .isEqualTo("{\n  \"a\": 1\n}");
  }

  @Test
  void writingToAnAppendableGivesTheSameText() throws Exception {
    Workflow w = Workflow.fromJson("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Succeed\"}}}");
    StringBuilder sb = new StringBuilder();

    AslWriter.pretty().write(w, sb);

    assertThat(sb).hasToString(w.toJson());
    assertThat(List.of(AslWriter.pretty(), AslWriter.compact())).doesNotHaveDuplicates();
  }
}
