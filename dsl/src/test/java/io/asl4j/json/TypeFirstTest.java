package io.asl4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import io.asl4j.Workflow;
import io.asl4j.model.JsonPath;
import io.asl4j.model.JsonString;
import io.asl4j.model.Jsonata;
import io.asl4j.model.PassState;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.RawState;
import io.asl4j.model.Transition;
import io.asl4j.model.Value;
import io.asl4j.model.WaitState;
import io.asl4j.model.WaitTime;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A state whose members come before its {@code Type} is read by the fast path into the same model
 * as the located path reads, whether its leading members are queued behind Type or the state is
 * buffered as a tree.
 */
class TypeFirstTest {

  private static String definition(String state) {
    return "{\"StartAt\": \"A\", \"States\": {\"A\": " + state + "}}";
  }

  /** The fast path's model; fails the test if the fast path gives up. */
  private static Workflow fast(String json, boolean keepUnknown) throws IOException {
    try (JsonParser p = TreeParser.FAST_FACTORY.createParser(json)) {
      return Mapper.fast(new Tokens.Stream(p), keepUnknown);
    }
  }

  private static Workflow located(String json, boolean keepUnknown) {
    return Mapper.located(TreeParser.parse(json), keepUnknown);
  }

  @Test
  void scalarsBeforeTypeAreReadInOnePass() throws IOException {
    String json = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Comment\": \"first\","
        + " \"Next\": \"B\", \"ResultPath\": null, \"Type\": \"Pass\", \"Result\": {\"x\": 1}},"
        + " \"B\": {\"Type\": \"Succeed\"}}}";
    Workflow w = fast(json, false);
    PassState a = (PassState) w.states().get("A");
    assertThat(a.comment()).contains("first");
    assertThat(a.transition()).isEqualTo(Transition.next("B"));
    assertThat(a.resultPath()).contains(io.asl4j.model.Path.discard());
    assertThat(w).isEqualTo(located(json, false));
  }

  @Test
  void aQueryLanguageBeforeTypeGovernsTheMembersBeforeIt() throws IOException {
    String json = definition("{\"Timestamp\": \"{% $now %}\", \"QueryLanguage\": \"JSONata\","
        + " \"Type\": \"Wait\", \"End\": true}");
    Workflow w = fast(json, false);
    WaitState a = (WaitState) w.states().get("A");
    assertThat(a.queryLanguage()).contains(QueryLanguage.JSONATA);
    assertThat(((WaitTime.Timestamp) a.time()).timestamp()).isInstanceOf(Jsonata.class);
    assertThat(w).isEqualTo(located(json, false));
  }

  @Test
  void anObjectBeforeTypeIsBufferedWithTheScalarsBeforeIt() throws IOException {
    String json = definition("{\"End\": true, \"Parameters\": {\"a.$\": \"$.x\"},"
        + " \"Type\": \"Pass\"}");
    Workflow w = fast(json, false);
    PassState a = (PassState) w.states().get("A");
    assertThat(a.transition()).isEqualTo(Transition.end());
    assertThat(a.parameters().orElseThrow()).isEqualTo(new io.asl4j.model.JsonObject(
        Map.<String, Value>of("a", new JsonPath("$.x"))));
    assertThat(w).isEqualTo(located(json, false));
  }

  @Test
  void unknownMembersBeforeTypeAreKeptInDocumentOrder() throws IOException {
    String json = definition("{\"Z\": \"z\", \"End\": true, \"A\": 1, \"Type\": \"Pass\","
        + " \"M\": false}");
    Workflow w = fast(json, true);
    assertThat(((PassState) w.states().get("A")).unknownFields().keySet())
        .containsExactly("Z", "A", "M");
    assertThat(w).isEqualTo(located(json, true));
  }

  @Test
  void aStateWithoutTypeIsKeptRawWhenUnknownContentIsKept() throws IOException {
    String json = definition("{\"Next\": \"B\", \"End\": true}");
    Workflow w = fast(json, true);
    assertThat(w.states().get("A")).isInstanceOf(RawState.class);
    assertThat(((io.asl4j.model.JsonObject) ((RawState) w.states().get("A")).json()).get("Next"))
        .contains(new JsonString("B"));
    assertThat(w).isEqualTo(located(json, true));
  }

  @Test
  void aRepeatedMemberBeforeTypeIsStillADuplicateKey() {
    String json = definition("{\"Next\": \"B\", \"Next\": \"C\", \"Type\": \"Pass\"}");
    assertThatThrownBy(() -> AslReader.create().read(json))
        .isInstanceOfSatisfying(AslReadException.class, e -> {
          assertThat(e.problems()).hasSize(1);
          assertThat(e.problems().get(0).code()).isEqualTo("DUPLICATE_KEY");
          assertThat(e.problems().get(0).pointer()).isEqualTo("/States/A/Next");
        });
  }

  @Test
  void aTypeThatIsNotAStringAfterOtherMembersIsReportedAtType() {
    String json = definition("{\"End\": true, \"Type\": 3}");
    assertThatThrownBy(() -> AslReader.create().read(json))
        .isInstanceOfSatisfying(AslReadException.class, e -> {
          assertThat(e.problems()).hasSize(1);
          assertThat(e.problems().get(0).code()).isEqualTo("WRONG_TYPE");
          assertThat(e.problems().get(0).pointer()).isEqualTo("/States/A/Type");
        });
  }
}
