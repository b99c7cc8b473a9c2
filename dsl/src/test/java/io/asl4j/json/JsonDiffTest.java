package io.asl4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link JsonDiff}: trees compared with member order ignored and numbers by their exact text. */
class JsonDiffTest {

  private static String first(String expected, String actual) {
    return JsonDiff.firstDifference(expected, actual).map(Object::toString).orElse("same");
  }

  @Test
  void memberOrderAndWhitespaceDoNotMatter() {
    assertThat(JsonDiff.firstDifference("{\"a\": 1, \"b\": [true, null, \"x\"]}",
        "{\n  \"b\": [true, null, \"x\"],\n  \"a\": 1\n}")).isEmpty();
  }

  @Test
  void numbersAreComparedByTheirExactText() {
    assertThat(first("{\"BackoffRate\": 2.0}", "{\"BackoffRate\": 2}"))
        .isEqualTo("/BackoffRate: expected 2.0, found 2");
    assertThat(first("[100]", "[1e2]")).isEqualTo("/0: expected 100, found 1e2");
    assertThat(first("[1E2]", "[1e2]")).isEqualTo("/0: expected 1E2, found 1e2");
    assertThat(first("[0]", "[-0]")).isEqualTo("/0: expected 0, found -0");
    assertThat(first("[12345678901234567890123456789.000000000000000000001]",
        "[12345678901234567890123456789.000000000000000000001]")).isEqualTo("same");
  }

  @Test
  void arrayOrderMatters() {
    assertThat(first("[1, 2]", "[2, 1]")).isEqualTo("/0: expected 1, found 2");
  }

  @Test
  void aMissingOrExtraMemberOrElementIsNamed() {
    assertThat(JsonDiff.firstDifference("{\"a\": {\"b\": 1, \"c\": \"x\"}}", "{\"a\": {\"b\": 1}}"))
        .hasValueSatisfying(d -> {
          assertThat(d.pointer()).isEqualTo("/a/c");
          assertThat(d.expected()).hasValue("\"x\"");
          assertThat(d.actual()).isEmpty();
          assertThat(d).hasToString("/a/c: expected \"x\", found nothing");
        });
    assertThat(first("{\"a\": 1}", "{\"a\": 1, \"z\": {\"k\": [1]}}"))
        .isEqualTo("/z: expected nothing, found {\"k\":[1]}");
    assertThat(first("[1, 2, 3]", "[1, 2]")).isEqualTo("/2: expected 3, found nothing");
    assertThat(first("[1]", "[1, false]")).isEqualTo("/1: expected nothing, found false");
  }

  @Test
  void theFirstDifferenceFollowsTheExpectedText() {
    assertThat(first("{\"a\": 1, \"b\": 2, \"c\": 3}", "{\"d\": 4, \"c\": 0, \"b\": 2}"))
        .isEqualTo("/a: expected 1, found nothing");
    assertThat(first("{\"b\": 2, \"c\": 3}", "{\"d\": 4, \"c\": 0, \"b\": 2}"))
        .isEqualTo("/c: expected 3, found 0");
  }

  @Test
  void typesAreCompared() {
    assertThat(first("{\"a\": \"1\"}", "{\"a\": 1}")).isEqualTo("/a: expected \"1\", found 1");
    assertThat(first("{\"a\": null}", "{\"a\": false}"))
        .isEqualTo("/a: expected null, found false");
    assertThat(first("{\"a\": {}}", "{\"a\": []}")).isEqualTo("/a: expected {}, found []");
    assertThat(first("1", "\"1\"")).isEqualTo("(root): expected 1, found \"1\"");
    assertThat(JsonDiff.firstDifference("1", "2").map(JsonDiff.Difference::pointer))
        .hasValue("");
  }

  @Test
  void stringsAreComparedAfterUnescapingAndShownAsJson() {
    assertThat(first("[\"A\\n\"]", "[\"\\u0041\\u000a\"]")).isEqualTo("same");
    assertThat(first("[\"a\\\"b\"]", "[\"a\\tb\"]")).isEqualTo("/0: expected \"a\\\"b\", found"
        + " \"a\\tb\"");
  }

  @Test
  void pointersEscapeTildeAndSlash() {
    assertThat(first("{\"a/b\": {\"~c\": 1}, \"\": 2}", "{\"a/b\": {\"~c\": 3}, \"\": 2}"))
        .isEqualTo("/a~1b/~0c: expected 1, found 3");
    assertThat(first("{\"\": 2}", "{\"\": 3}")).isEqualTo("/: expected 2, found 3");
  }

  @Test
  void longValuesAreShortenedInTheDescriptionOnly() {
    String longText = "x".repeat(100);
    Optional<JsonDiff.Difference> d = JsonDiff.firstDifference("[\"" + longText + "\"]", "[1]");

    assertThat(d).hasValueSatisfying(x -> {
      assertThat(x.expected()).hasValue("\"" + longText + "\"");
      assertThat(x).hasToString("/0: expected \"" + "x".repeat(76) + "..., found 1");
    });
  }

  @Test
  void aByteOrderMarkIsSkippedAsTheReaderSkipsIt() {
    assertThat(first("\uFEFF{\"a\": 1}", "{\"a\": 1}")).isEqualTo("same");
  }

  @Test
  void duplicateMembersAreRefusedNotCollapsed() {
    assertThatThrownBy(() -> JsonDiff.firstDifference("{\"a\": 1}",
        "{\"s\": {\"a\": 1,\n \"a\": 2}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actual JSON is not valid: duplicate member \"a\" in /s (line 2, column 2)");
    assertThatThrownBy(() -> JsonDiff.firstDifference("{\"a\": 1, \"a\": 1}", "{\"a\": 1}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected JSON is not valid: duplicate member \"a\" in the root object"
            + " (line 1, column 10)");
  }

  @Test
  void invalidJsonIsRefused() {
    assertThatThrownBy(() -> JsonDiff.firstDifference("", "{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected JSON is empty");
    assertThatThrownBy(() -> JsonDiff.firstDifference("{}", "{} {}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actual JSON is not valid: more content after the JSON value (line 1,"
            + " column 4)");
    assertThatThrownBy(() -> JsonDiff.firstDifference("{\"a\": 1,}", "{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("expected JSON is not valid: Unexpected character ('}'")
        .hasMessageEndingWith(" (line 1, column 9)");
    assertThatThrownBy(() -> JsonDiff.firstDifference("{}", "[NaN]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("actual JSON is not valid: ");
    assertThatThrownBy(() -> JsonDiff.firstDifference("{}", "[01]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("actual JSON is not valid: ");
  }

  @Test
  void deepNestingFailsCleanly() {
    String deep = "[".repeat(5000) + "]".repeat(5000);

    assertThatThrownBy(() -> JsonDiff.firstDifference(deep, deep))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected JSON is not valid: nesting is deeper than 256 levels; no definition"
            + " needs that, so this input is rejected rather than risk exhausting the stack"
            + " (line 1, column 258)");
  }
}
