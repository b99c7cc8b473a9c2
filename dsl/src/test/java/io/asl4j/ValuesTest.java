package io.asl4j;

import static io.asl4j.Intrinsics.arrayContains;
import static io.asl4j.Intrinsics.arrayGetItem;
import static io.asl4j.Intrinsics.arrayLength;
import static io.asl4j.Intrinsics.arrayPartition;
import static io.asl4j.Intrinsics.arrayRange;
import static io.asl4j.Intrinsics.arrayUnique;
import static io.asl4j.Intrinsics.base64Decode;
import static io.asl4j.Intrinsics.base64Encode;
import static io.asl4j.Intrinsics.bool;
import static io.asl4j.Intrinsics.format;
import static io.asl4j.Intrinsics.hash;
import static io.asl4j.Intrinsics.jsonMerge;
import static io.asl4j.Intrinsics.jsonToString;
import static io.asl4j.Intrinsics.mathAdd;
import static io.asl4j.Intrinsics.mathRandom;
import static io.asl4j.Intrinsics.num;
import static io.asl4j.Intrinsics.str;
import static io.asl4j.Intrinsics.stringSplit;
import static io.asl4j.Intrinsics.stringToJson;
import static io.asl4j.Intrinsics.uuid;
import static io.asl4j.Values.context;
import static io.asl4j.Values.field;
import static io.asl4j.Values.jsonata;
import static io.asl4j.Values.literal;
import static io.asl4j.Values.object;
import static io.asl4j.Values.path;
import static io.asl4j.Values.text;
import static io.asl4j.Values.variable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.json.AslWriter;
import io.asl4j.model.Intrinsic;
import io.asl4j.model.JsonNull;
import org.junit.jupiter.api.Test;

/** Typed values and intrinsic functions render exactly the ASL a person would write. */
class ValuesTest {

  private static String compact(io.asl4j.model.Value v) {
    return AslWriter.compact().write(v);
  }

  @Test
  void theWriterAddsTheDollarSuffixAndJsonataDelimiters() {
    String json = compact(object(field("id", path("$.order.id")),
        field("exec", context("Execution.Id")), field("total", variable("total")),
        field("uuid", uuid()), field("ata", jsonata("$states.input.x")),
        field("name", "plain"), field("count", 3), field("ok", true)));

    assertThat(json).isEqualTo("{\"id.$\":\"$.order.id\",\"exec.$\":\"$$.Execution.Id\","
        + "\"total.$\":\"$total\",\"uuid.$\":\"States.UUID()\",\"ata\":\"{% $states.input.x %}\","
        + "\"name\":\"plain\",\"count\":3,\"ok\":true}");
  }

  @Test
  void textThatLooksEvaluatedIsRefusedSoTheClassicTrapCannotBeWritten() {
    assertThatThrownBy(() -> field("--name", "$.name"))
        .hasMessage("\"$.name\" looks like a JSONPath but would stay literal text; use"
            + " path(\"$.name\") to evaluate it, or literal(\"$.name\") to keep the text");
    assertThatThrownBy(() -> text("$$.Execution.Id")).hasMessageContaining("use path(");
    assertThatThrownBy(() -> text("$myVariable")).hasMessageContaining("use path(");
    assertThatThrownBy(() -> text("States.Format('x')"))
        .hasMessageContaining("looks like an intrinsic function");
    assertThatThrownBy(() -> text("{% $x %}")).hasMessageContaining("use jsonata(...)");
  }

  @Test
  void onlyTextThatIsAValidPathIsTakenForOne() {
    // the one JSONPath checker of the validator decides: "$AAPL crossed 200" is no path
    assertThat(compact(object(field("subject", "$AAPL crossed 200"), field("price", "$5 off"),
        field("half", "$.a b")))).isEqualTo(
        "{\"subject\":\"$AAPL crossed 200\",\"price\":\"$5 off\",\"half\":\"$.a b\"}");
    assertThatThrownBy(() -> text("$AAPL"))
        .hasMessage("\"$AAPL\" looks like a JSONPath but would stay literal text; use"
            + " path(\"$AAPL\") to evaluate it, or literal(\"$AAPL\") to keep the text");
    assertThatThrownBy(() -> text("$.orders[0].id "))
        .hasMessage("\"$.orders[0].id \" looks like a JSONPath but would stay literal text; use"
            + " path(\"$.orders[0].id \") to evaluate it, or literal(\"$.orders[0].id \") to"
            + " keep the text");
  }

  @Test
  void placeholdersAndExplicitLiteralsStayText() {
    assertThat(compact(object(field("arn", "${LambdaArn}"), field("price", literal("$5 off")),
        field("cost", "5$")))).isEqualTo(
        "{\"arn\":\"${LambdaArn}\",\"price\":\"$5 off\",\"cost\":\"5$\"}");
    assertThatThrownBy(() -> text("$")).as("the whole input").hasMessageContaining("use path(");
  }

  @Test
  void pathsAndVariablesAreChecked() {
    assertThatThrownBy(() -> path("order.id"))
        .hasMessage("a JSONPath starts with $ ($.field, $$.Execution.Id, $variable), got"
            + " \"order.id\"");
    assertThatThrownBy(() -> variable("1st"))
        .hasMessage("a variable name is letters, digits and underscores, not starting with a"
            + " digit; got \"1st\"");
    assertThatThrownBy(() -> object(field("a", 1), field("a", 2)))
        .hasMessage("member \"a\" is set twice");
  }

  @Test
  void everyIntrinsicRendersItsCanonicalCall() {
    assertThat(new Intrinsic[] {
        format("Hello {}, it's {}", path("$.name"), str("O'Brien {x}")),
        stringToJson(path("$.s")), jsonToString(path("$")), Intrinsics.array(num(1), str("a"),
            bool(true), JsonNull.INSTANCE),
        arrayPartition(path("$.a"), num(2)), arrayContains(path("$.a"), num(3)),
        arrayRange(num(1), num(9), num(2)), arrayGetItem(path("$.a"), num(0)),
        arrayLength(path("$.a")), arrayUnique(path("$.a")), base64Encode(path("$.d")),
        base64Decode(path("$.e")), hash(path("$.d"), Intrinsics.HashAlgorithm.SHA_256),
        jsonMerge(path("$.a"), path("$.b")), mathRandom(num(1), num(10)),
        mathRandom(num(1), num(10), num(7)), mathAdd(path("$.n"), num(-1)),
        stringSplit(path("$.csv"), str(",")), uuid()})
        .extracting(Intrinsic::text)
        .containsExactly(
            "States.Format('Hello {}, it\\'s {}', $.name, 'O\\'Brien \\{x\\}')",
            "States.StringToJson($.s)", "States.JsonToString($)",
            "States.Array(1, 'a', true, null)", "States.ArrayPartition($.a, 2)",
            "States.ArrayContains($.a, 3)", "States.ArrayRange(1, 9, 2)",
            "States.ArrayGetItem($.a, 0)", "States.ArrayLength($.a)", "States.ArrayUnique($.a)",
            "States.Base64Encode($.d)", "States.Base64Decode($.e)",
            "States.Hash($.d, 'SHA-256')", "States.JsonMerge($.a, $.b, false)",
            "States.MathRandom(1, 10)", "States.MathRandom(1, 10, 7)",
            "States.MathAdd($.n, -1)", "States.StringSplit($.csv, ',')", "States.UUID()");
  }

  @Test
  void formatChecksItsPlaceholders() {
    assertThatThrownBy(() -> format("{} and {}", path("$.a")))
        .hasMessage("States.Format template \"{} and {}\" has 2 placeholder(s) but 1 argument(s)"
            + " were given");
  }

  @Test
  void rawJsonIsTheVisibleEscapeHatch() {
    assertThat(compact(Values.rawJsonPathTemplate("{\"a.$\": \"$.x\", \"b\": [1]}")))
        .isEqualTo("{\"a.$\":\"$.x\",\"b\":[1]}");
    assertThat(Values.rawJsonPathTemplate("{\"a.$\": \"$.x\"}").isConstant()).isFalse();
    assertThat(Values.rawJson("{\"a.$\": \"$.x\"}").isConstant()).isTrue();
    assertThat(Values.rawJsonata("{\"a\": \"{% 1 %}\"}").isConstant()).isFalse();
  }
}
