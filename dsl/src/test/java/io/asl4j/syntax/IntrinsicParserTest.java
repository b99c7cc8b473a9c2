package io.asl4j.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.asl4j.syntax.IntrinsicNode.BooleanLiteral;
import io.asl4j.syntax.IntrinsicNode.Call;
import io.asl4j.syntax.IntrinsicNode.NullLiteral;
import io.asl4j.syntax.IntrinsicNode.NumberLiteral;
import io.asl4j.syntax.IntrinsicNode.PathReference;
import io.asl4j.syntax.IntrinsicNode.PathReference.Kind;
import io.asl4j.syntax.IntrinsicNode.StringLiteral;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The intrinsic parser: every kind of argument with its offset and source text, the string
 * escapes, the syntax errors with their offsets and messages, and nesting of any depth without
 * running out of stack.
 */
class IntrinsicParserTest {

  /** The problem of a text that does not parse, prefixed with its offset. */
  private static String error(String text) {
    IntrinsicSyntaxException e = catchThrowableOfType(IntrinsicSyntaxException.class,
        () -> IntrinsicParser.parse(text));
    assertThat(e).as("expected %s to be refused", text).isNotNull();
    assertThat(e.text()).isEqualTo(text);
    assertThat(e.getMessage()).isEqualTo("offset " + e.offset() + ": " + e.problem());
    return e.offset() + ": " + e.problem();
  }

  @Test
  void aCallHasItsNameOffsetSourceAndArguments() {
    Call call = IntrinsicParser.parse("States.Format('Hello {}', $.name)");

    assertThat(call).isEqualTo(new Call(0, "States.Format('Hello {}', $.name)", "Format", List.of(
        new StringLiteral(14, "'Hello {}'", "Hello {}"),
        new PathReference(26, "$.name", Kind.INPUT))));
    assertThat(call.nesting()).isEqualTo(1);
  }

  @Test
  void everyKindOfArgument() {
    String text = "States.Array('s', 42, -0.5, 1e3, 2.5E-7, true, false, null, $, $.a.b, $[0],"
        + " $$.Execution.Id, $$, $order.id, $_x, States.UUID())";

    assertThat(IntrinsicParser.parse(text).arguments()).containsExactly(
        new StringLiteral(13, "'s'", "s"),
        new NumberLiteral(18, "42"),
        new NumberLiteral(22, "-0.5"),
        new NumberLiteral(28, "1e3"),
        new NumberLiteral(33, "2.5E-7"),
        new BooleanLiteral(41, "true", true),
        new BooleanLiteral(47, "false", false),
        new NullLiteral(54, "null"),
        new PathReference(60, "$", Kind.INPUT),
        new PathReference(63, "$.a.b", Kind.INPUT),
        new PathReference(70, "$[0]", Kind.INPUT),
        new PathReference(76, "$$.Execution.Id", Kind.CONTEXT),
        new PathReference(93, "$$", Kind.CONTEXT),
        new PathReference(97, "$order.id", Kind.VARIABLE),
        new PathReference(108, "$_x", Kind.VARIABLE),
        new Call(113, "States.UUID()", "UUID", List.of()));
  }

  @Test
  void everyNodeSourceIsTheTextAtItsOffset() {
    String text = "States.Format( '{} and {}' ,\t$.a[0] , States.Array( 1 ,true ) )";
    List<IntrinsicNode> nodes = new ArrayList<>();

    IntrinsicParser.parse(text, nodes::add);

    assertThat(nodes).hasSize(6).allSatisfy(n -> assertThat(text.substring(n.offset(),
        n.offset() + n.source().length())).isEqualTo(n.source()));
    assertThat(nodes).extracting(IntrinsicNode::source).containsExactly("'{} and {}'", "$.a[0]",
        "1", "true", "States.Array( 1 ,true )", text);
  }

  @Test
  void numbersKeepTheirExactText() {
    NumberLiteral n = (NumberLiteral) IntrinsicParser.parse("States.MathAdd(2.50, 1)")
        .arguments().get(0);

    assertThat(n.source()).isEqualTo("2.50");
    assertThat(n.value()).isEqualTo(new BigDecimal("2.50"));
  }

  @Test
  void stringEscapesAreUnescapedInTheValueAndKeptInTheSource() {
    StringLiteral s = (StringLiteral) IntrinsicParser.parse(
        "States.Format('it\\'s \\{not a slot\\} in C:\\\\dir {}', $.x)").arguments().get(0);

    assertThat(s.value()).isEqualTo("it's {not a slot} in C:\\dir {}");
    assertThat(s.source()).isEqualTo("'it\\'s \\{not a slot\\} in C:\\\\dir {}'");
  }

  @Test
  void quotingWritesLiteralsThatParseBackToTheirValue() {
    String value = "it's {x} \\ {}";

    assertThat(StringLiteral.quote(value)).isEqualTo("'it\\'s \\{x\\} \\\\ \\{\\}'");
    assertThat(StringLiteral.quoteTemplate(value)).isEqualTo("'it\\'s \\{x\\} \\\\ {}'");
    assertThat(((StringLiteral) IntrinsicParser.parse("States.Array(" + StringLiteral.quote(value)
        + ")").arguments().get(0)).value()).isEqualTo(value);
  }

  @Test
  void pathsExtendToACommaOrParenthesisOutsideBracketsAndParentheses() {
    assertThat(IntrinsicParser.parse("States.Array($.a[?(@.b, 1)], $['x,y'] )").arguments())
        .containsExactly(new PathReference(13, "$.a[?(@.b, 1)]", Kind.INPUT),
            new PathReference(29, "$['x,y']", Kind.INPUT));
  }

  @Test
  void whiteSpaceIsAllowedInsideTheCallOnly() {
    assertThat(IntrinsicParser.parse("States.Format ( 'x' )").arguments())
        .containsExactly(new StringLiteral(16, "'x'", "x"));
    assertThat(error(" States.UUID()")).isEqualTo("0: not a JSONPath or intrinsic function call:"
        + " an intrinsic starts with \"States.\"");
    assertThat(error("States.UUID() ")).isEqualTo("13: unexpected text after the call: \" \"");
  }

  @Test
  void completedNodesAreReportedInnerFirstAndBeforeASyntaxError() {
    List<String> seen = new ArrayList<>();

    assertThatThrownBy(() -> IntrinsicParser.parse("States.Format(States.Array(1, $.a), 'x', @)",
        n -> seen.add(n.source()))).isInstanceOf(IntrinsicSyntaxException.class);
    assertThat(seen).containsExactly("1", "$.a", "States.Array(1, $.a)", "'x'");
  }

  @Test
  void syntaxErrorsSayWhatIsWrongAndWhere() {
    assertThat(error("$.x")).isEqualTo("0: not a JSONPath or intrinsic function call: an"
        + " intrinsic starts with \"States.\"");
    assertThat(error("States.Format")).isEqualTo("13: expected '(' after States.Format");
    assertThat(error("States.Format['x']")).isEqualTo("13: expected '(' after States.Format");
    assertThat(error("States.Format('x' $.y)"))
        .isEqualTo("18: expected ',' or ')' in the arguments of States.Format");
    assertThat(error("States.Format('x'")).isEqualTo("17: expected ',' or ')' in the arguments"
        + " of States.Format");
    assertThat(error("States.Format(")).isEqualTo("14: unexpected end of the text in the"
        + " arguments of States.Format");
    assertThat(error("States.Array(1, ")).isEqualTo("16: unexpected end of the text in the"
        + " arguments of States.Array");
    assertThat(error("States.Array(1,,2)")).isEqualTo("15: argument \"\" is not a string"
        + " ('...'), number, boolean, null, path or intrinsic call");
    assertThat(error("States.Array(1, yes)")).isEqualTo("16: argument \"yes\" is not a string"
        + " ('...'), number, boolean, null, path or intrinsic call");
    assertThat(error("States.Array(1 2)")).isEqualTo("13: argument \"1 2\" is not a string"
        + " ('...'), number, boolean, null, path or intrinsic call");
    assertThat(error("States.Format('a\\nb')")).isEqualTo("16: illegal escape \\n in a string"
        + " argument; only \\' \\{ \\} and \\\\ are escapes");
    assertThat(error("States.Format('a\\")).isEqualTo("16: illegal escape \\ in a string"
        + " argument; only \\' \\{ \\} and \\\\ are escapes");
    assertThat(error("States.Format('abc)")).isEqualTo("14: unclosed string argument");
    assertThat(error("States.UUID()x")).isEqualTo("13: unexpected text after the call: \"x\"");
  }

  @Test
  void theFunctionNameIsReadWithoutParsingTheArguments() {
    assertThat(IntrinsicParser.functionName("States.Format('unclosed")).contains("Format");
    assertThat(IntrinsicParser.functionName("States.(")).contains("");
    assertThat(IntrinsicParser.functionName("$.x")).isEmpty();
  }

  @Test
  void callsNestUpToTheLimit() {
    int n = IntrinsicParser.MAX_NESTING;
    String text = "States.Array(".repeat(n) + ")".repeat(n);

    Call call = IntrinsicParser.parse(text);

    assertThat(call.nesting()).isEqualTo(n);
    assertThat(IntrinsicParser.parse("States.Array(States.UUID(), States.Array(States.Array()))")
        .nesting()).isEqualTo(3);
  }

  @Test
  void deeperNestingIsAProblemAtTheFirstCallTooDeep() {
    int n = IntrinsicParser.MAX_NESTING;
    String text = "States.Format('{}', ".repeat(n + 1) + "$.x" + ")".repeat(n + 1);

    IntrinsicSyntaxException e = catchThrowableOfType(IntrinsicSyntaxException.class,
        () -> IntrinsicParser.parse(text));

    assertThat(e.tooDeep()).isTrue();
    assertThat(e.offset()).isEqualTo(n * "States.Format('{}', ".length());
    assertThat(e.problem()).isEqualTo("intrinsic calls nest more than 100 deep");
  }

  @Test
  void thousandsOfNestedCallsAreRefusedWithoutRunningOutOfStack() {
    String text = "States.Format('{}', ".repeat(3000) + "$.x" + ")".repeat(3000);

    assertThat(catchThrowableOfType(IntrinsicSyntaxException.class,
        () -> IntrinsicParser.parse(text)).tooDeep()).isTrue();
    assertThat(catchThrowableOfType(IntrinsicSyntaxException.class,
        () -> IntrinsicParser.parse("States.Array(".repeat(3000))).tooDeep()).isTrue();
  }

  @Test
  void syntaxErrorsAreNotNestingProblems() {
    assertThat(catchThrowableOfType(IntrinsicSyntaxException.class,
        () -> IntrinsicParser.parse("States.UUID(")).tooDeep()).isFalse();
  }

  @Test
  void treesAreImmutable() {
    List<IntrinsicNode> arguments = new ArrayList<>(List.of(new NullLiteral(12, "null")));
    Call call = new Call(0, "States.Array(null)", "Array", arguments);
    arguments.clear();

    assertThat(call.arguments()).hasSize(1);
    assertThatThrownBy(() -> call.arguments().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> new NullLiteral(-1, "null"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pathKindsFollowTheFirstChars() {
    assertThat(Kind.of("$")).isEqualTo(Kind.INPUT);
    assertThat(Kind.of("$.x")).isEqualTo(Kind.INPUT);
    assertThat(Kind.of("$[0]")).isEqualTo(Kind.INPUT);
    assertThat(Kind.of("$$.Map.Item.Value")).isEqualTo(Kind.CONTEXT);
    assertThat(Kind.of("$x")).isEqualTo(Kind.VARIABLE);
  }
}
