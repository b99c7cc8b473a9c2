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
        + " bytes), the most asl4j reads; Step Functions itself takes definitions of at most 1 MiB");
  }

  @Test
  void jsonataNestingCountsBracketsCallsAndChainedOperators() {
    assertThat(InputLimits.jsonataNesting("")).isEqualTo(0);
    assertThat(InputLimits.jsonataNesting("$states.input.id")).isEqualTo(2);
    assertThat(InputLimits.jsonataNesting("(((1)))")).isEqualTo(3);
    assertThat(InputLimits.jsonataNesting("$f($f(1))")).isEqualTo(4);
    assertThat(InputLimits.jsonataNesting("$x[0][1]")).isEqualTo(3);
    assertThat(InputLimits.jsonataNesting("a & b & c")).isEqualTo(2);
    assertThat(InputLimits.jsonataNesting("- - - 1")).isEqualTo(3);
    assertThat(InputLimits.jsonataNesting("$a := $b := 1")).isEqualTo(2);
    assertThat(InputLimits.jsonataNesting("a ? b : c ? d : e")).isEqualTo(4);
    assertThat(InputLimits.jsonataNesting("$x and $y or $z in [1]")).isEqualTo(4);
    assertThat(InputLimits.jsonataNesting("/* one */ /* two */ 1")).isEqualTo(2);
  }

  @Test
  void separatorsMakeAnExpressionWideNotDeep() {
    assertThat(InputLimits.jsonataNesting("[" + "(1 + 1), ".repeat(500) + "1]")).isEqualTo(3);
    assertThat(InputLimits.jsonataNesting("(" + "$x := 1; ".repeat(500) + "$x)")).isEqualTo(2);
    assertThat(InputLimits.jsonataNesting("{" + "\"k\": $v.w, ".repeat(500) + "\"z\": 1}"))
        .isEqualTo(3);
  }

  @Test
  void stringsNamesAndRegularExpressionsHideTheirBrackets() {
    assertThat(InputLimits.jsonataNesting("\"(((\" & '[[[' & `{{{`")).isEqualTo(2);
    assertThat(InputLimits.jsonataNesting("\"a\\\"(((\"")).isEqualTo(0);
    assertThat(InputLimits.jsonataNesting("$match($s, /((a))[b]/i)")).isEqualTo(2);
    assertThat(InputLimits.jsonataNesting("/* ((( */ 1")).isEqualTo(1);
  }

  @Test
  void aSlashAfterAValueDividesAndItsBracketsCount() {
    assertThat(InputLimits.jsonataNesting("4 / (2)")).isEqualTo(2);
    assertThat(InputLimits.jsonataNesting("$a / ($b / ($c))")).isEqualTo(4);
  }

  @Test
  void unbalancedBracketsNeverMakeItShallower() {
    assertThat(InputLimits.jsonataNesting(")))(((1")).isEqualTo(4);
    assertThat(InputLimits.jsonataNesting("((((1")).isEqualTo(4);
  }

  @Test
  void aDeepExpressionIsAProblemAndTheLimitItselfIsNot() {
    int n = InputLimits.MAX_JSONATA_NESTING;
    assertThat(InputLimits.jsonataProblem("(".repeat(n) + "1" + ")".repeat(n))).isEmpty();
    assertThat(InputLimits.jsonataProblem("1" + " + 1".repeat(n))).isEmpty();

    String message = "the JSONata expression nests more than 100 levels deep; asl4j reads at"
        + " most 100 (each bracket, call and chained operator is a level), so that no expression"
        + " exhausts the stack";
    assertThat(InputLimits.jsonataProblem("(".repeat(n + 1) + "1" + ")".repeat(n + 1)))
        .hasValue(message);
    assertThat(InputLimits.jsonataProblem("1" + " + 1".repeat(n + 1))).hasValue(message);
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
