package io.asl4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The validator's intrinsic checks on text the parser refuses: an unfinished call, parts checked
 * before a syntax error, text after a call, nesting far beyond the limit.
 */
class IntrinsicSyntaxTest {

  /** The diagnostics of a Pass state whose Parameters hold {@code "x.$": intrinsic}. */
  private static List<String> check(String intrinsic) {
    String json = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Parameters\":"
        + " {\"x.$\": \"" + intrinsic + "\"}, \"End\": true}}}";
    return Validator.create().validate(json).stream()
        .map(d -> d.toString().substring(d.toString().indexOf("ERROR"))).toList();
  }

  @Test
  void anUnfinishedCallIsAProblemNotACrash() {
    assertThat(check("States.Format(")).containsExactly("ERROR INVALID_INTRINSIC"
        + " /States/A/Parameters/x.$: unexpected end of the text in the arguments of"
        + " States.Format");
    assertThat(check("States.Array(1, ")).containsExactly("ERROR INVALID_INTRINSIC"
        + " /States/A/Parameters/x.$: unexpected end of the text in the arguments of"
        + " States.Array");
  }

  @Test
  void thePartsBeforeASyntaxErrorAreCheckedToo() {
    assertThat(check("States.Array(States.UUID(1), $.a b, 'x'")).containsExactly(
        "ERROR INTRINSIC_ARGUMENTS /States/A/Parameters/x.$: States.UUID takes 0 arguments,"
            + " got 1",
        "ERROR INVALID_PATH /States/A/Parameters/x.$: argument \"$.a b\" is not a valid path:"
            + " unexpected ' ' at character 4",
        "ERROR INVALID_INTRINSIC /States/A/Parameters/x.$: expected ',' or ')' in the arguments"
            + " of States.Array");
  }

  @Test
  void textAfterACallDoesNotHideItsNesting() {
    assertThat(check("States.Array(".repeat(11) + ")".repeat(11) + " x")).containsExactly(
        "ERROR INVALID_INTRINSIC /States/A/Parameters/x.$: unexpected text after the call:"
            + " \" x\"",
        "ERROR INTRINSIC_NESTING /States/A/Parameters/x.$: nests 11 intrinsic calls; at most 10"
            + " are allowed in one field");
  }

  @Test
  void nestingThousandsDeepIsAProblemNotAStackOverflow() {
    assertThat(check("States.Format('{}', ".repeat(3000) + "$.x" + ")".repeat(3000)))
        .containsExactly("ERROR INTRINSIC_NESTING /States/A/Parameters/x.$: nests more than 100"
            + " intrinsic calls; at most 10 are allowed in one field");
  }
}
