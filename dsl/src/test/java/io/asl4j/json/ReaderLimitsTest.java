package io.asl4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.asl4j.syntax.InputLimits;
import io.asl4j.validation.Diagnostic;
import io.asl4j.validation.Validator;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader at the edge: the limits of {@link InputLimits} are enforced on text and on bytes
 * alike, each refusal located, and Jackson's findings are said in terms of JSON, never of
 * Jackson's own features and constraints.
 */
class ReaderLimitsTest {

  private static final AslReader READER = AslReader.create();

  /** A one-state workflow around a state body, so the state starts on line 3, column 19. */
  private static String oneState(String stateBody) {
    return "{\n  \"StartAt\": \"A\",\n  \"States\": {\"A\": " + stateBody + "}\n}";
  }

  /** The problems of reading the text, checked to be the same when it is read as UTF-8 bytes. */
  private static List<String> problems(String json) {
    AslReadException fromText = catchThrowableOfType(AslReadException.class,
        () -> READER.read(json));
    assertThat(fromText).as("expected the definition to be rejected").isNotNull();
    AslReadException fromBytes = catchThrowableOfType(AslReadException.class,
        () -> READER.read(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(fromBytes).as("expected the bytes to be rejected too").isNotNull();
    assertThat(fromBytes.getMessage()).isEqualTo(fromText.getMessage());
    return fromText.problems().stream().map(AslReadException.Problem::toString).toList();
  }

  @Test
  void nonNumericNumbersAreNotJsonNumbers() {
    assertThat(problems(oneState("{\"Type\": \"Pass\", \"Result\": NaN, \"End\": true}")))
        .containsExactly("3:49: /States/A: malformed JSON: NaN is not a JSON number");
    assertThat(problems(oneState("{\"Type\": \"Pass\", \"Result\": [1, -Infinity], \"End\":"
        + " true}")))
        .containsExactly("3:59: /States/A/Result/0: malformed JSON: -Infinity is not a JSON"
            + " number");
  }

  @Test
  void aPlusSignIsNotPartOfAJsonNumber() {
    assertThat(problems(oneState("{\"Type\": \"Pass\", \"Result\": +1, \"End\": true}")))
        .containsExactly("3:47: /States/A: malformed JSON: a JSON number cannot start with a plus"
            + " sign");
  }

  @Test
  void commentsAreNotJson() {
    assertThat(problems(oneState("{\"Type\": \"Pass\", /* note */ \"End\": true}")))
        .containsExactly("3:36: /States/A: malformed JSON: comments are not allowed in JSON");
    assertThat(problems(oneState("{\"Type\": \"Pass\", // note\n \"End\": true}")))
        .containsExactly("3:36: /States/A: malformed JSON: comments are not allowed in JSON");
  }

  @Test
  void aRecordSeparatorIsAnIllegalCharacter() {
    assertThat(problems("{\"StartAt\": \"A\"}\u001e"))
        .containsExactly("1:18: malformed JSON: Illegal character ((CTRL-CHAR, code 30)): only"
            + " regular white space (\\r, \\n, \\t) is allowed between tokens");
  }

  @Test
  void aNumberOfMoreThanAThousandCharactersIsRefused() {
    String longest = "1" + "0".repeat(InputLimits.MAX_NUMBER_LENGTH - 1);
    assertThat(READER.read(oneState("{\"Type\": \"Pass\", \"Result\": " + longest
        + ", \"End\": true}")).toJson()).contains(longest);

    assertThat(problems(oneState("{\"Type\": \"Pass\", \"Result\": " + longest + "0, \"End\":"
        + " true}"))).containsExactly("3:1047: /States/A: a number longer than 1000 characters;"
            + " asl4j reads numbers of at most that length");
  }

  @Test
  void aStringOfMoreThanAMebicharacterIsRefused() {
    String longest = "x".repeat(InputLimits.MAX_STRING_LENGTH);
    assertThat(READER.read(oneState("{\"Type\": \"Pass\", \"Result\": \"" + longest
        + "\", \"End\": true}")).toJson()).contains(longest);

    assertThat(problems(oneState("{\"Type\": \"Pass\", \"Result\": \"" + longest + "x\", \"End\":"
        + " true}"))).containsExactly("3:1048625: /States/A/Result: a string longer than 1048576"
            + " characters; asl4j reads names and strings of at most that length");
  }

  @Test
  void aMemberNameOfMoreThanAMebicharacterIsRefused() {
    String name = "k".repeat(InputLimits.MAX_STRING_LENGTH + 1);

    assertThat(problems(oneState("{\"Type\": \"Pass\", \"Result\": {\"" + name + "\": 1}, \"End\":"
        + " true}"))).containsExactly("3:1048626: /States/A/Result: a member name longer than"
            + " 1048576 characters; asl4j reads names and strings of at most that length");
  }

  @Test
  void nestingPastTheLimitIsRefusedAtTheLevelThatPassesIt() {
    int n = InputLimits.MAX_JSON_NESTING;
    String json = "[".repeat(n) + "]".repeat(n);
    assertThat(problems(json)).containsExactly(
        "1:1: a definition is a JSON object with \"StartAt\" and \"States\", found an array");

    assertThat(problems("[" + json + "]")).containsExactly(
        "1:258: /0/0/0/0/0/0/...(244 more levels).../0/0/0/0/0/0: nesting is deeper"
            + " than 256 levels; no definition needs that, so this input is rejected rather than"
            + " risk exhausting the stack");
  }

  private static final String JSONATA_TOO_DEEP = "the JSONata expression nests more than 100"
      + " levels deep; asl4j reads at most 100 (a bracket or call is a level, an operator half of"
      + " one), so that no expression exhausts the stack";

  /** A JSONata definition around a state body, so the state starts on line 3, column 19. */
  private static String jsonataState(String stateBody) {
    return "{\n  \"QueryLanguage\": \"JSONata\", \"StartAt\": \"A\",\n  \"States\": {\"A\": "
        + stateBody + "}\n}";
  }

  @Test
  void aDeepJsonataExpressionIsRefusedWhereverItStands() {
    String deep = "{% " + "(".repeat(800) + "1" + ")".repeat(800) + " %}";

    assertThat(problems(jsonataState("{\"Type\": \"Pass\", \"Output\": \"" + deep
        + "\", \"End\": true}"))).containsExactly("3:36: /States/A/Output: " + JSONATA_TOO_DEEP);
    assertThat(problems(jsonataState("{\"Type\": \"Pass\", \"Output\": {\"a\": [1, \"" + deep
        + "\"]}, \"End\": true}"))).containsExactly("3:56: /States/A/Output/a/1: "
            + JSONATA_TOO_DEEP);
    assertThat(problems(jsonataState("{\"Type\": \"Wait\", \"Seconds\": \"" + deep
        + "\", \"End\": true}"))).containsExactly("3:36: /States/A/Seconds: " + JSONATA_TOO_DEEP);
    assertThat(problems(jsonataState("{\"Type\": \"Fail\", \"Error\": \"" + deep + "\"}")))
        .containsExactly("3:36: /States/A/Error: " + JSONATA_TOO_DEEP);
    assertThat(problems(jsonataState("{\"Type\": \"Choice\", \"Choices\": [{\"Condition\": \""
        + deep + "\", \"Next\": \"A\"}]}"))).containsExactly(
            "3:51: /States/A/Choices/0/Condition: " + JSONATA_TOO_DEEP);
  }

  @Test
  void aLongJsonataExpressionIsRefused() {
    String text = "{% '" + "x".repeat(InputLimits.MAX_JSONATA_LENGTH) + "' %}";

    assertThat(problems(jsonataState("{\"Type\": \"Pass\", \"Output\": \"" + text
        + "\", \"End\": true}"))).containsExactly("3:36: /States/A/Output: the JSONata"
            + " expression is 32770 characters long; asl4j reads expressions of at most 32768"
            + " characters");
  }

  @Test
  void deepIntrinsicCallsAreRefusedWhereverTheyStand() {
    String deep = "States.Format('{}', ".repeat(150) + "$.x" + ")".repeat(150);
    String message = "nests more than 100 intrinsic calls; at most 10 are allowed in one field";

    assertThat(problems(oneState("{\"Type\": \"Pass\", \"Parameters\": {\"x.$\": \"" + deep
        + "\"}, \"End\": true}"))).containsExactly("3:51: /States/A/Parameters/x.$: " + message);
    assertThat(problems(oneState("{\"Type\": \"Fail\", \"CausePath\": \"" + deep + "\"}")))
        .containsExactly("3:36: /States/A/CausePath: " + message);
  }

  @Test
  void expressionsAtTheLimitsAreReadAndWrittenBack() {
    int n = InputLimits.MAX_JSONATA_NESTING;
    String jsonata = "{% " + "(".repeat(n) + "1" + ")".repeat(n) + " %}";
    String intrinsic = "States.Format('{}', ".repeat(99) + "States.UUID()" + ")".repeat(99);
    String json = jsonataState("{\"Type\": \"Pass\", \"Output\": \"" + jsonata + "\", \"End\":"
        + " true}");
    String template = oneState("{\"Type\": \"Pass\", \"Parameters\": {\"x.$\": \"" + intrinsic
        + "\"}, \"End\": true}");

    assertThat(READER.read(json).toJson()).contains(jsonata);
    assertThat(READER.read(template.getBytes(StandardCharsets.UTF_8)).toJson()).contains(intrinsic);
  }

  private static final String TOO_LARGE = "the input is larger than 32 MiB (33554432 bytes), the"
      + " most asl4j reads; Step Functions itself takes definitions of at most 1 MiB";

  @Test
  void anEndlessStreamIsRefusedAtTheFirstBytePastTheLimit() {
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return '\n';
      }
    };

    AslReadException e = catchThrowableOfType(AslReadException.class, () -> READER.read(endless));

    assertThat(e.getMessage()).isEqualTo("33554433:1: " + TOO_LARGE);
  }

  @Test
  void textPastTheLimitIsRefusedAtItsFirstCharacterPastIt() {
    // two bytes per character in UTF-8: the limit falls in the middle of the text
    String json = "{\"Comment\": \"" + "\u00e9".repeat(InputLimits.MAX_INPUT_BYTES / 2) + "\"}";

    assertThat(problems(json)).containsExactly("1:16777223: " + TOO_LARGE);
    assertThat(Validator.create().validate(json.getBytes(StandardCharsets.UTF_8)))
        .map(Diagnostic::toString)
        .containsExactly("1:16777223: ERROR INVALID_JSON " + TOO_LARGE);
  }
}
