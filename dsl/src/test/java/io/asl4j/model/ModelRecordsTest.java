package io.asl4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.Workflow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The model's own invariants: exact numbers, delimited JSONata, immutability, writable shapes. */
class ModelRecordsTest {

  @Test
  void numbersAreKeptAsWrittenAndComparedByValueOnRequest() {
    assertThat(new JsonNumber("1e400").decimalValue()).isEqualByComparingTo("1E+400");
    assertThat(new JsonNumber("2.0")).isNotEqualTo(new JsonNumber("2"));
    assertThat(new JsonNumber("2.0").numericallyEquals(new JsonNumber("0.2e1"))).isTrue();
    assertThat(new JsonNumber("-0").numericallyEquals(new JsonNumber("0"))).isTrue();
    assertThat(JsonNumber.of(3).text()).isEqualTo("3");
    assertThat(JsonNumber.of(1.5).text()).isEqualTo("1.5");
    assertThat(JsonNumber.of(new BigDecimal("1E+3")).text()).isEqualTo("1000");
  }

  @Test
  void aMapIsDistributedOnlyWithModeDistributed() {
    assertThat(mapWithProcessorConfig("").isDistributed()).isFalse();
    assertThat(mapWithProcessorConfig("\"ProcessorConfig\": {},").isDistributed()).isFalse();
    assertThat(mapWithProcessorConfig("\"ProcessorConfig\": {\"Mode\": \"INLINE\"},")
        .isDistributed()).isFalse();
    assertThat(mapWithProcessorConfig("\"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\","
        + " \"ExecutionType\": \"STANDARD\"},").isDistributed()).isTrue();
  }

  private static MapState mapWithProcessorConfig(String config) {
    Workflow w = Workflow.fromJson("{\"StartAt\": \"M\", \"States\": {\"M\":"
        + " {\"Type\": \"Map\", \"ItemProcessor\": {" + config + " \"StartAt\": \"P\","
        + " \"States\": {\"P\": {\"Type\": \"Succeed\"}}}, \"End\": true}}}");
    return (MapState) w.states().get("M");
  }

  @Test
  void integralChecksAndLongConversionAreExact() {
    assertThat(new JsonNumber("30").longValue()).isEqualTo(OptionalLong.of(30));
    assertThat(new JsonNumber("3e2").longValue()).isEqualTo(OptionalLong.of(300));
    assertThat(new JsonNumber("3.0").isIntegral()).isTrue();
    assertThat(new JsonNumber("3.5").isIntegral()).isFalse();
    assertThat(new JsonNumber("3.5").longValue()).isEmpty();
    assertThat(new JsonNumber("123456789012345678901234567890").longValue()).isEmpty();
    assertThat(new JsonNumber("-9223372036854775808").longValue())
        .isEqualTo(OptionalLong.of(Long.MIN_VALUE));
  }

  @Test
  void onlyJsonNumberSyntaxIsANumber() {
    for (String bad : List.of("", "-", "01", "1.", ".5", "1e", "+1", "NaN", "Infinity", "1 ", "0x1")) {
      assertThatThrownBy(() -> new JsonNumber(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("not a JSON number: \"" + bad + "\"");
    }
    assertThatThrownBy(() -> JsonNumber.of(Double.NaN))
        .hasMessage("JSON has no NaN; use a finite number");
  }

  @Test
  void jsonataKeepsItsDelimitersExactly() {
    assertThat(Jsonata.of("$states.input").text()).isEqualTo("{% $states.input %}");
    assertThat(new Jsonata("{%$x%}").expression()).isEqualTo("$x");
    assertThat(Jsonata.isDelimited("{% x %}")).isTrue();
    assertThat(Jsonata.isDelimited(" {% x %}")).isFalse();
    assertThat(Jsonata.isDelimited("{%}")).isFalse();
    assertThatThrownBy(() -> new Jsonata("$x"))
        .hasMessage("a JSONata expression is written \"{% ... %}\", got \"$x\"; use"
            + " Jsonata.of(expression) to add the delimiters");
  }

  @Test
  void aPathCannotBeAnArrayElementBecauseItHasNoKeyToMark() {
    assertThatThrownBy(() -> JsonArray.of(JsonString.of("a"), JsonPath.of("$.x")))
        .hasMessage("array element 1 is the expression \"$.x\": a JSONPath or intrinsic value must"
            + " be an object member (ASL marks it with a .$ key suffix); wrap it in an object or"
            + " use a JSONata expression");
    assertThat(JsonArray.of(Jsonata.of("$x")).isConstant()).isFalse();
  }

  @Test
  void aPayloadFieldCannotBeABarePath() {
    assertThatThrownBy(() -> new PassState(Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(JsonPath.of("$.x")), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Transition.end(), Map.of()))
        .hasMessage("Parameters cannot be the expression \"$.x\" itself: JSONPath and intrinsic"
            + " expressions are only evaluated as object members (keys ending in .$); wrap it in"
            + " an object");
  }

  @Test
  void passResultIsNeverEvaluated() {
    assertThatThrownBy(() -> new PassState(Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of(JsonObject.of("a", JsonPath.of("$.x"))), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Transition.end(), Map.of()))
        .hasMessage("Result is constant JSON and never evaluated; use Parameters (JSONPath) or"
            + " Output (JSONata) for computed values");
  }

  @Test
  void comparisonOperandsMatchTheirOperator() {
    assertThatThrownBy(() -> new Condition.Comparison(JsonPath.of("$.x"),
        ComparisonOperator.NUMERIC_EQUALS, JsonString.of("5")))
        .hasMessage("NumericEquals takes a number, not JsonString[value=5]");
    assertThatThrownBy(() -> new Condition.Comparison(JsonPath.of("$.x"),
        ComparisonOperator.STRING_EQUALS_PATH, JsonString.of("$.y")))
        .hasMessageStartingWith("StringEqualsPath takes a reference path");
  }

  @Test
  void timestampTakesNoIntrinsic() {
    assertThatThrownBy(() -> new WaitTime.Timestamp(Intrinsic.of("States.Format('x')")))
        .hasMessage("TimestampPath takes a reference path, not the intrinsic function"
            + " \"States.Format('x')\"");
  }

  @Test
  void collectionsAreCopiedAndUnmodifiable() {
    Map<String, State> states = new LinkedHashMap<>();
    states.put("A", new SucceedState(Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Map.of()));
    Workflow w = new Workflow(Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), "A", states, Map.of());
    states.put("B", states.get("A"));
    List<String> errors = new ArrayList<>(List.of("States.ALL"));
    Retrier r = new Retrier(Optional.empty(), errors, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    errors.add("X");

    assertThat(w.states()).containsOnlyKeys("A");
    assertThat(r.errorEquals()).containsExactly("States.ALL");
    assertThatThrownBy(() -> w.states().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> r.errorEquals().add("Y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void objectMembersKeepOrderButCompareAsJsonDoes() {
    JsonObject ab = JsonObject.of("a", JsonNumber.of(1), "b", JsonNumber.of(2));
    JsonObject ba = JsonObject.of("b", JsonNumber.of(2), "a", JsonNumber.of(1));

    assertThat(ab).isEqualTo(ba);
    assertThat(ab.members().keySet()).containsExactly("a", "b");
    assertThatThrownBy(() -> JsonObject.of("a", JsonNumber.of(1), "a", JsonNumber.of(2)))
        .hasMessage("duplicate member \"a\"");
    assertThatThrownBy(() -> JsonObject.of("a")).hasMessageContaining("odd number");
  }

  @Test
  void payloadObjectsAreCollectedFromFieldsInOrder() {
    JsonObject o = JsonObject.of(new Field("b", JsonNumber.of(2)),
        new Field("a", new JsonPath("$.a")));

    assertThat(o.members().keySet()).containsExactly("b", "a");
    assertThat(JsonObject.of(List.of(new Field("b", JsonNumber.of(2)),
        new Field("a", new JsonPath("$.a"))))).isEqualTo(o);
    assertThat(JsonObject.of(new Field[0])).isEqualTo(JsonObject.empty());
    assertThatThrownBy(() -> JsonObject.of(new Field("a", JsonNumber.of(1)),
        new Field("a", JsonNumber.of(2)))).hasMessage("member \"a\" is set twice");
    assertThatThrownBy(() -> new Field("a", null)).hasMessage("value");
  }

  @Test
  void plainTextRefusesWhatStepFunctionsWouldEvaluate() {
    assertThat(JsonString.plainText("nightly-etl")).isEqualTo(new JsonString("nightly-etl"));
    assertThat(JsonString.plainText("${LambdaArn}").value()).isEqualTo("${LambdaArn}");
    assertThat(JsonString.plainText("$5 off").value()).isEqualTo("$5 off");
    assertThatThrownBy(() -> JsonString.plainText("$order"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"$order\" looks like a JSONPath but would stay literal text; use"
            + " path(\"$order\") to evaluate it, or literal(\"$order\") to keep the text");
    assertThatThrownBy(() -> JsonString.plainText("States.UUID()"))
        .hasMessage("\"States.UUID()\" looks like an intrinsic function but would stay literal"
            + " text; build it with Intrinsics, or use literal(...) to keep the text");
    assertThatThrownBy(() -> JsonString.plainText("{% $x %}"))
        .hasMessage("\"{% $x %}\" looks like a JSONata expression; use jsonata(...) to evaluate"
            + " it");
  }

  @Test
  void aNullComponentIsRejectedByName() {
    assertThatThrownBy(() -> new Transition.Next(null)).hasMessage("state");
    assertThatThrownBy(() -> new Catcher(Optional.empty(), List.of("X"), null, Optional.empty(),
        Optional.empty(), "N", Map.of())).hasMessage("resultPath");
  }

  @Test
  void enumsKnowTheirJsonSpelling() {
    assertThat(QueryLanguage.JSONATA.jsonName()).isEqualTo("JSONata");
    assertThat(AslEnum.fromJsonName(QueryLanguage.class, "JSONPath"))
        .contains(QueryLanguage.JSONPATH);
    assertThat(AslEnum.fromJsonName(QueryLanguage.class, "jsonpath")).isEmpty();
    assertThat(ComparisonOperator.values()).hasSize(39);
    assertThat(AslEnum.fromJsonName(ComparisonOperator.class, "TimestampGreaterThanEqualsPath"))
        .contains(ComparisonOperator.TIMESTAMP_GREATER_THAN_EQUALS_PATH);
  }
}
