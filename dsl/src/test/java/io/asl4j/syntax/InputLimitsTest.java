package io.asl4j.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The table of input limits: reading a stream in bounded chunks, and measuring JSONata and
 * intrinsic nesting the way their parsers nest, with the messages every caller shows.
 */
class InputLimitsTest {

  /** An endless stream of zeros, as {@code /dev/zero} is, that counts what it served. */
  private static final class Zeros extends InputStream {
    long served;

    @Override
    public int read() {
      served++;
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      Arrays.fill(b, off, off + len, (byte) 0);
      served += len;
      return len;
    }
  }

  @Test
  void aStreamIsReadWhole() throws IOException {
    byte[] in = "{\"StartAt\": \"A\"}".getBytes();

    assertThat(InputLimits.read(new ByteArrayInputStream(in))).isEqualTo(in);
    assertThat(InputLimits.tooLarge(in)).isFalse();
  }

  @Test
  void aStreamOfExactlyTheLimitIsNotTooLarge() throws IOException {
    byte[] in = new byte[InputLimits.MAX_INPUT_BYTES];

    byte[] read = InputLimits.read(new ByteArrayInputStream(in));

    assertThat(read).hasSize(InputLimits.MAX_INPUT_BYTES);
    assertThat(InputLimits.tooLarge(read)).isFalse();
  }

  @Test
  void anEndlessStreamIsReadOneBytePastTheLimitAndNoFurther() throws IOException {
    Zeros zeros = new Zeros();

    byte[] read = InputLimits.read(zeros);

    assertThat(read).hasSize(InputLimits.MAX_INPUT_BYTES + 1);
    assertThat(InputLimits.tooLarge(read)).isTrue();
    assertThat(zeros.served).isEqualTo(InputLimits.MAX_INPUT_BYTES + 1);
    assertThat(InputLimits.inputTooLarge()).isEqualTo("the input is larger than 32 MiB (33554432"
        + " bytes), the most asl4j reads; Step Functions itself takes definitions of at most"
        + " 1 MiB");
  }

  /** The nesting in levels, as the limit counts it. */
  private static double levels(String expression) {
    return JsonataNesting.of(expression) / 2.0;
  }

  @Test
  void jsonataNestingCountsABracketALevelAndAnOperatorHalfOfOne() {
    assertThat(levels("")).isEqualTo(0);
    assertThat(levels("(((1)))")).isEqualTo(3);
    assertThat(levels("$f($f(1))")).isEqualTo(2);
    assertThat(levels("$x[0][1]")).isEqualTo(2);
    assertThat(levels("$states.input.id")).isEqualTo(1);
    assertThat(levels("- - - 1")).isEqualTo(1.5);
    assertThat(levels("a & b & c")).isEqualTo(1);
    assertThat(levels("$a := $b := 1")).isEqualTo(1);
    assertThat(levels("a ? b : c ? d : e")).isEqualTo(2);
    assertThat(levels("/* one */ /* two */ 1")).isEqualTo(1);
  }

  @Test
  void operatorsCombineByPrecedenceSoOperandsSideBySideDoNotAddUp() {
    // & binds less tightly than ., so the paths are operands of the chain, not part of it
    assertThat(levels("$a.b & $c.d")).isEqualTo(1);
    assertThat(levels("'id: ' & $states.input.id & ', total: ' & $states.input.total"))
        .isEqualTo(2.5);
    assertThat(levels("$x and $y or $z in [1]")).isEqualTo(2);
    assertThat(levels("4 / (2)")).isEqualTo(1.5);
    assertThat(levels("$a / ($b / ($c))")).isEqualTo(3);
  }

  @Test
  void separatorsMakeAnExpressionWideNotDeep() {
    assertThat(levels("[" + "(1 + 1), ".repeat(500) + "1]")).isEqualTo(2.5);
    assertThat(levels("(" + "$x := 1; ".repeat(500) + "$x)")).isEqualTo(1.5);
    assertThat(levels("{" + "\"k\": $v.w, ".repeat(500) + "\"z\": 1}")).isEqualTo(2);
  }

  @Test
  void stringsNamesAndRegularExpressionsHideTheirBrackets() {
    assertThat(levels("\"(((\" & '[[[' & `{{{`")).isEqualTo(1);
    assertThat(levels("\"a\\\"(((\"")).isEqualTo(0);
    assertThat(levels("$match($s, /((a))[b]/i)")).isEqualTo(1);
    assertThat(levels("/* ((( */ 1")).isEqualTo(0.5);
  }

  @Test
  void unbalancedBracketsNeverMakeItShallower() {
    assertThat(levels(")))(((1")).isEqualTo(3);
    assertThat(levels("((((1")).isEqualTo(4);
  }

  @Test
  void aDeepExpressionIsAProblemAndTheLimitItselfIsNot() {
    int n = InputLimits.MAX_JSONATA_NESTING;
    String message = "the JSONata expression nests more than 100 levels deep; asl4j reads at"
        + " most 100 (a bracket or call is a level, an operator half of one), so that no"
        + " expression exhausts the stack";
    for (String[] atAndPast : new String[][] {
        {"(".repeat(n) + "1" + ")".repeat(n), "(".repeat(n + 1) + "1" + ")".repeat(n + 1)},
        {"$a" + ".b".repeat(2 * n), "$a" + ".b".repeat(2 * n + 1)},
        {"1" + " & 1".repeat(2 * n), "1" + " & 1".repeat(2 * n + 1)},
        {"$x := ".repeat(2 * n) + "1", "$x := ".repeat(2 * n + 1) + "1"},
        {"/**/".repeat(2 * n) + "1", "/**/".repeat(2 * n + 1) + "1"}}) {
      assertThat(InputLimits.jsonataProblem(atAndPast[0])).as(atAndPast[0].substring(0, 9))
          .isEmpty();
      assertThat(InputLimits.jsonataProblem(atAndPast[1])).as(atAndPast[1].substring(0, 9))
          .hasValue(message);
    }
    assertThat(InputLimits.jsonataProblem("(".repeat(800) + "1" + ")".repeat(800)))
        .hasValue(message);
  }

  @Test
  void aLongExpressionIsAProblem() {
    String longest = "'" + "x".repeat(InputLimits.MAX_JSONATA_LENGTH - 2) + "'";
    assertThat(InputLimits.jsonataProblem(longest)).isEmpty();

    assertThat(InputLimits.jsonataProblem(longest + " ")).hasValue("the JSONata expression is"
        + " 32769 characters long; asl4j reads expressions of at most 32768 characters");
  }

  @Test
  void intrinsicNestingPastTheLimitIsAProblem() {
    int n = InputLimits.MAX_INTRINSIC_NESTING;
    String limit = "States.Format('{}', ".repeat(n - 1) + "States.UUID()" + ")".repeat(n - 1);
    assertThat(InputLimits.intrinsicProblem(limit)).isEmpty();

    String deeper = "States.Format('{}', ".repeat(n) + "States.UUID()" + ")".repeat(n);
    assertThat(InputLimits.intrinsicProblem(deeper)).hasValue("nests more than 100 intrinsic"
        + " calls; at most 10 are allowed in one field");
  }

  @Test
  void manyCallsSideBySideAreNotNested() {
    String wide = "States.Array(" + "States.UUID(), ".repeat(300) + "States.UUID())";

    assertThat(InputLimits.intrinsicProblem(wide)).isEmpty();
    assertThat(InputLimits.intrinsicProblem("not a call at all")).isEmpty();
  }
}
