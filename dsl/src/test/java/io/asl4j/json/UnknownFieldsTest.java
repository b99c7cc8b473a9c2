package io.asl4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.Workflow;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonString;
import io.asl4j.model.PassState;
import io.asl4j.model.RawState;
import io.asl4j.model.TaskState;
import org.junit.jupiter.api.Test;

/** Unknown fields: rejected by default, kept verbatim on request so newer ASL never blocks a user. */
class UnknownFieldsTest {

  private static final String NEWER = "{\"StartAt\":\"A\",\"FutureTopLevel\":{\"x.$\":\"$.y\"},"
      + "\"States\":{"
      + "\"A\":{\"Type\":\"Task\",\"Resource\":\"r\",\"NewTaskOption\":[1,{\"a\":\"{% b %}\"}],"
      + "\"Retry\":[{\"ErrorEquals\":[\"X\"],\"NewRetryOption\":true}],\"Next\":\"B\"},"
      + "\"B\":{\"Type\":\"Teleport\",\"Destination\":\"Mars\"},"
      + "\"C\":\"not even an object\","
      + "\"D\":{\"Type\":\"Map\",\"ItemProcessor\":{\"StartAt\":\"E\",\"Extra\":1,"
      + "\"ProcessorConfig\":{\"Mode\":\"INLINE\",\"Future\":2},"
      + "\"States\":{\"E\":{\"Type\":\"Pass\",\"End\":true}}},"
      + "\"ItemReader\":{\"Resource\":\"r\",\"ReaderConfig\":{\"InputType\":\"CSV\",\"Compression\":\"GZIP\"}},"
      + "\"End\":true}}}";

  @Test
  void byDefaultEveryUnknownPieceIsAProblem() {
    assertThatThrownBy(() -> AslReader.create().read(NEWER))
        .isInstanceOfSatisfying(AslReadException.class, e -> assertThat(e.problems())
            .extracting(AslReadException.Problem::pointer)
            .containsExactly("/FutureTopLevel", "/States/A/NewTaskOption",
                "/States/A/Retry/0/NewRetryOption", "/States/B/Type", "/States/C",
                "/States/D/ItemProcessor/Extra", "/States/D/ItemProcessor/ProcessorConfig/Future",
                "/States/D/ItemReader/ReaderConfig/Compression"));
  }

  @Test
  void keptVerbatimTheyRoundTripExactly() {
    Workflow w = AslReader.create().keepUnknownFields(true).read(NEWER);

    assertThat(JsonDiff.firstDifference(NEWER, w.toJson())).isEmpty();
    assertThat(AslReader.create().keepUnknownFields(true).read(w.toJson())).isEqualTo(w);
  }

  @Test
  void keptFieldsAreLiteralJsonInTheirRecords() {
    Workflow w = AslReader.create().keepUnknownFields(true).read(NEWER);
    TaskState a = (TaskState) w.states().get("A");

    assertThat(w.unknownFields()).containsEntry("FutureTopLevel",
        JsonObject.of("x.$", JsonString.of("$.y")));
    assertThat(a.unknownFields()).containsOnlyKeys("NewTaskOption");
    assertThat(a.unknownFields().get("NewTaskOption").isConstant()).isTrue();
    assertThat(a.retry().orElseThrow().get(0).unknownFields()).containsOnlyKeys("NewRetryOption");
  }

  @Test
  void unknownStateTypesBecomeRawStates() {
    Workflow w = AslReader.create().keepUnknownFields(true).read(NEWER);

    assertThat(w.states().get("B")).isInstanceOfSatisfying(RawState.class, r -> {
      assertThat(r.declaredType()).isEqualTo("Teleport");
      assertThat(r.type()).isEqualTo("Teleport");
    });
    assertThat(w.states().get("C")).isEqualTo(new RawState(JsonString.of("not even an object")));
    assertThat(((RawState) w.states().get("C")).type()).isEmpty();
  }

  @Test
  void knownContentIsStillTypedAndChecked() {
    Workflow w = AslReader.create().keepUnknownFields(true)
        .read("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":1,\"Input\":2,"
            + "\"End\":true}}}");
    PassState p = (PassState) w.states().get("P");

    assertThat(p.result()).contains(new JsonNumber("1"));
    assertThat(p.unknownFields()).containsEntry("Input", new JsonNumber("2"));
    assertThatThrownBy(() -> AslReader.create().keepUnknownFields(true)
        .read("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":1}}}"))
        .isInstanceOf(AslReadException.class)
        .hasMessageContaining("a Pass state needs \"Next\"");
  }

  @Test
  void theOptionIsVisibleOnTheReader() {
    assertThat(AslReader.create().keepsUnknownFields()).isFalse();
    assertThat(AslReader.create().keepUnknownFields(true).keepsUnknownFields()).isTrue();
    assertThat(AslReader.create().keepUnknownFields(true).keepUnknownFields(false)
        .keepsUnknownFields()).isFalse();
  }
}
