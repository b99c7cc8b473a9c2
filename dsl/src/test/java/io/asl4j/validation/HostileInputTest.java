package io.asl4j.validation;

import static io.asl4j.Asl.pass;
import static io.asl4j.Asl.startAt;
import static io.asl4j.Values.jsonata;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.Workflow;
import io.asl4j.dsl.DefinitionException;
import io.asl4j.model.QueryLanguage;
import io.asl4j.syntax.InputLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The validator never throws, whatever the text: expressions that would run a recursive parser
 * out of stack are diagnostics at their line and column, from text, bytes and models alike.
 */
class HostileInputTest {

  private static final String TOO_DEEP = "the JSONata expression nests more than 100 levels deep;"
      + " asl4j reads at most 100 (a bracket or call is a level, an operator half of one), so that"
      + " no expression exhausts the stack";

  /** A JSONata Pass state whose Output is the expression, on line 4. */
  private static String output(String expression) {
    return "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"A\", \"States\": {\n"
        + "  \"A\": {\n    \"Type\": \"Pass\",\n    \"Output\": \"{% " + expression + " %}\",\n"
        + "    \"End\": true\n  }\n}}";
  }

  private static List<String> check(String json) {
    List<String> fromText = Validator.create().validate(json).stream()
        .map(Diagnostic::toString).toList();
    assertThat(Validator.create().validate(json.getBytes(StandardCharsets.UTF_8)).stream()
        .map(Diagnostic::toString).toList()).isEqualTo(fromText);
    return fromText;
  }

  @Test
  void eightHundredNestedParenthesesAreADiagnostic() {
    String json = output("(".repeat(800) + "1" + ")".repeat(800));
    assertThat(json.length()).as("about 1.7 KB").isLessThan(1750);

    assertThat(check(json)).containsExactly(
        "4:5: ERROR INVALID_JSONATA /States/A/Output: " + TOO_DEEP);
  }

  @Test
  void everyShapeOfDeepExpressionIsADiagnostic() {
    for (String deep : new String[] {
        "$a" + " & $a".repeat(5000), "/**/".repeat(3000) + "1", "-".repeat(3000) + "1",
        "$a" + ".b".repeat(3000), "$a ? 1 : ".repeat(3000) + "2", "$x := ".repeat(3000) + "1",
        "[".repeat(3000) + "]".repeat(3000), "$f(".repeat(3000) + ")".repeat(3000),
        "$a" + "[0]".repeat(3000), "{\\\"a\\\": ".repeat(3000) + "1" + "}".repeat(3000)}) {
      assertThat(check(output(deep))).as(deep.substring(0, 20))
          .containsExactly("4:5: ERROR INVALID_JSONATA /States/A/Output: " + TOO_DEEP);
    }
  }

  @Test
  void anExpressionAtTheLimitIsParsed() {
    int n = InputLimits.MAX_JSONATA_NESTING;
    assertThat(check(output("(".repeat(n) + "1" + ")".repeat(n)))).isEmpty();
    assertThat(check(output("(".repeat(n) + "1" + ")".repeat(n - 1)))).singleElement()
        .asString().startsWith("4:5: ERROR INVALID_JSONATA /States/A/Output: invalid JSONata: ");
  }

  @Test
  void aLongExpressionIsADiagnostic() {
    String text = "'" + "x".repeat(InputLimits.MAX_JSONATA_LENGTH) + "'";

    assertThat(check(output(text))).containsExactly("4:5: ERROR INVALID_JSONATA"
        + " /States/A/Output: the JSONata expression is 32770 characters long; asl4j reads"
        + " expressions of at most 32768 characters");
  }

  @Test
  void deepIntrinsicCallsAreADiagnostic() {
    String json = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Parameters\":"
        + " {\"x.$\": \"" + "States.Format('{}', ".repeat(2500) + "$.x" + ")".repeat(2500)
        + "\"}, \"End\": true}}}";

    assertThat(check(json)).containsExactly("1:66: ERROR INTRINSIC_NESTING"
        + " /States/A/Parameters/x.$: nests more than 100 intrinsic calls; at most 10 are allowed"
        + " in one field");
  }

  @Test
  void aResourceOfManyPlaceholdersIsCheckedWithoutRecursion() {
    String many = "${Arn}".repeat(20_000);
    String task = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Task\","
        + " \"Resource\": \"%s\", \"End\": true}}}";

    assertThat(check(String.format(task, many))).isEmpty();
    List<String> unclosed = check(String.format(task, many + "${"));
    assertThat(unclosed).hasSize(1);
    assertThat(unclosed.get(0).equals("1:51: ERROR INVALID_RESOURCE /States/A/Resource: \""
        + many + "${\" has an unclosed ${...} placeholder")).as("the unclosed placeholder")
        .isTrue();
  }

  @Test
  void aModelBuiltInJavaIsCheckedBeforeTheParserToo() {
    String deep = "(".repeat(800) + "1" + ")".repeat(800);
    Workflow workflow = startAt(pass("A").output(jsonata(deep)).end())
        .queryLanguage(QueryLanguage.JSONATA).buildUnvalidated();

    assertThat(Validator.create().validate(workflow)).map(Diagnostic::toString)
        .containsExactly("ERROR INVALID_JSONATA /States/A/Output: " + TOO_DEEP);
    assertThatThrownBy(() -> startAt(pass("A").output(jsonata(deep)).end())
        .queryLanguage(QueryLanguage.JSONATA).build())
        .isInstanceOf(DefinitionException.class)
        .hasMessageContaining(TOO_DEEP);
  }

  /**
   * The deepest input the limits let through, validated on a thread with the JVM's usual 1 MiB
   * stack: JSON nested to the limit with an expression nested 100 levels at the bottom.
   */
  @Test
  void theDeepestInputWithinTheLimitsFitsTheUsualStack() throws InterruptedException {
    int levels = InputLimits.MAX_JSON_NESTING - 5;
    String expression = "(".repeat(InputLimits.MAX_JSONATA_NESTING) + "$x"
        + ")".repeat(InputLimits.MAX_JSONATA_NESTING);
    String json = "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"A\", \"States\": {\"A\":"
        + " {\"Type\": \"Pass\", \"Output\": " + "{\"a\": ".repeat(levels) + "\"{% " + expression
        + " %}\"" + "}".repeat(levels) + ", \"End\": true}}}";
    AtomicReference<Object> result = new AtomicReference<>();

    Thread t = new Thread(null, () -> {
      try {
        result.set(Validator.create().validate(json).stream().map(Diagnostic::code).toList());
      } catch (Throwable e) {
        result.set(e);
      }
    }, "one-mebibyte-stack", 1 << 20);
    t.start();
    t.join();

    assertThat(result.get()).isEqualTo(List.of(DiagnosticCode.UNASSIGNED_VARIABLE));
  }

  /**
   * Each kind of node at exactly the nesting limit, at the bottom of JSON nested to its limit,
   * parsed by the JSONata parser on a 1 MiB stack: the weights of the measure keep every kind
   * within it (a stack overflow would show as the nesting diagnostic, which must not appear).
   */
  @Test
  void everyKindOfNodeAtTheLimitFitsTheUsualStack() throws InterruptedException {
    String[] atTheLimit = {
        "(".repeat(100) + "$x" + ")".repeat(100),
        "[".repeat(100) + "$x" + "]".repeat(100),
        "$x" + ".b".repeat(200),
        "$x" + " & $x".repeat(200),
        "$y := ".repeat(200) + "$x",
        "-".repeat(200) + "$x",
        "$x" + "[0]".repeat(100),
        "$x[".repeat(100) + "0" + "]".repeat(100),
        "$f(".repeat(50) + "1" + ")".repeat(50),
        "/**/".repeat(200) + "$x",
        "$x ? 1 : ".repeat(100) + "2",
        "$x ?: ".repeat(200) + "1",
        "$x" + " ~> $f()".repeat(198),
        "{'a': ".repeat(66) + "1" + "}".repeat(66),
        "$x{'k': ".repeat(66) + "1" + "}".repeat(66)};
    int levels = InputLimits.MAX_JSON_NESTING - 5;
    for (String expression : atTheLimit) {
      assertThat(InputLimits.jsonataProblem(expression)).as(expression.substring(0, 12)).isEmpty();
      String json = "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"A\", \"States\": {\"A\":"
          + " {\"Type\": \"Pass\", \"Output\": " + "{\"a\": ".repeat(levels) + "\"{% "
          + expression.replace("\"", "\\\"") + " %}\"" + "}".repeat(levels) + ", \"End\": true}}}";
      AtomicReference<Object> result = new AtomicReference<>();
      Thread t = new Thread(null, () -> {
        try {
          result.set(Validator.create().validate(json).stream().map(Diagnostic::message)
              .toList());
        } catch (Throwable e) {
          result.set(e);
        }
      }, "one-mebibyte-stack", 1 << 20);
      t.start();
      t.join();

      assertThat(result.get()).as(expression.substring(0, 12)).isInstanceOf(List.class);
      assertThat(result.get().toString()).as(expression.substring(0, 12))
          .doesNotContain("nests more than");
    }
  }
}
