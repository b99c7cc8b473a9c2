package io.asl4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.Workflow;
import io.asl4j.testing.Resources;
import org.junit.jupiter.api.Test;

/** The exact text of canonical output: key order, indentation, escaping. */
class CanonicalFormatTest {

  private static final String INPUT = Resources.text("asl/canonical/scrambled.input.json");

  @Test
  void prettyOutputHasCanonicalKeyOrderAndTwoSpaceIndentation() {
    Workflow workflow = Workflow.fromJson(INPUT);

    assertThat(workflow.toJson() + "\n")
        .isEqualTo(Resources.text("asl/canonical/scrambled.expected.json"));
  }

  @Test
  void compactOutputHasNoWhitespace() {
    Workflow workflow = Workflow.fromJson(INPUT);

    assertThat(AslWriter.compact().write(workflow) + "\n")
        .isEqualTo(Resources.text("asl/canonical/scrambled.compact.json"));
  }

  @Test
  void toStringIsThePrettyJson() {
    Workflow workflow = Workflow.fromJson(INPUT);

    assertThat(workflow.toString()).isEqualTo(workflow.toJson());
  }

  @Test
  void canonicalOutputIsAFixedPoint() {
    String once = Workflow.fromJson(INPUT).toJson();

    assertThat(Workflow.fromJson(once).toJson()).isEqualTo(once);
  }

  @Test
  void emptyContainersAreWrittenOnOneLine() {
    Workflow workflow = Workflow.fromJson("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\","
        + "\"Result\":{\"o\":{},\"a\":[]},\"End\":true}}}");

    assertThat(workflow.toJson()).contains("\"o\": {},\n", "\"a\": []\n");
  }

  @Test
  void controlCharactersQuotesAndUnpairedSurrogatesAreEscaped() {
    Workflow workflow = Workflow.fromJson("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\","
        + "\"Result\":\"\\u0000\\u001f\\n\\r\\t\\b\\f\\\"\\\\/\\ud800x\\udc00\\ud83d\\ude00\","
        + "\"End\":true}}}");

    assertThat(AslWriter.compact().write(workflow)).contains(
        "\"Result\":\"\\u0000\\u001f\\n\\r\\t\\b\\f\\\"\\\\/\\ud800x\\udc00\ud83d\ude00\"");
  }
}
