package io.asl4j.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The intrinsic functions over evaluated arguments, with AWS's recorded results. */
class IntrinsicFunctionsTest {

  private static String apply(String name, String argsJson) throws IntrinsicFunctions.Bad {
    List<?> args = (List<?>) Json.parseInternal(argsJson);
    return Json.write(IntrinsicFunctions.apply(name, args.toArray(), null));
  }

  @Test
  void mathAddRoundsEachFloatArgumentHalfUp() throws Exception {
    assertThat(apply("States.MathAdd", "[-9, 3]")).isEqualTo("-6");
    assertThat(apply("States.MathAdd", "[1.49, 1.5]")).isEqualTo("3");
    assertThat(apply("States.MathAdd", "[-1.5, -1.51]")).isEqualTo("-3");
    assertThat(apply("States.MathAdd", "[-0.5, 0.5]")).isEqualTo("1");
  }

  @Test
  void stringSplitSplitsAtEveryDelimiterCharacterAndDropsEmptyStrings() throws Exception {
    assertThat(apply("States.StringSplit", "[\"This.is+a,test=string\", \".+,=\"]"))
        .isEqualTo("[\"This\",\"is\",\"a\",\"test\",\"string\"]");
    assertThat(apply("States.StringSplit", "[\",,,,\", \",\"]")).isEqualTo("[]");
    assertThat(apply("States.StringSplit", "[\" , , \", \",\"]")).isEqualTo("[\" \",\" \",\" \"]");
  }

  @Test
  void formatWritesStringsBareAndObjectsAsJavaMaps() throws Exception {
    assertThat(apply("States.Format", "[\"a={} b={} c={}\", \"x\", null, {\"k\": [1, \"y\"]}]"))
        .isEqualTo("\"a=x b=null c={k=[1, y]}\"");
  }

  @Test
  void formatChecksThePlaceholderCount() {
    assertThatThrownBy(() -> apply("States.Format", "[\"{} {}\", 1]"))
        .hasMessage("The number of arguments of States.Format (1) does not match the number of "
            + "placeholders in its template (2)");
  }

  @Test
  void jsonFunctionsRoundTrip() throws Exception {
    assertThat(apply("States.StringToJson", "[\"{\\\"a\\\":[1,2.5]}\"]")).isEqualTo("{\"a\":[1,2.5]}");
    assertThat(apply("States.StringToJson", "[\"\"]")).isEqualTo("null");
    assertThat(apply("States.StringToJson", "[\"-0\"]")).isEqualTo("0");
    assertThat(apply("States.JsonToString", "[{\"a\": [1, \"x\"]}]"))
        .isEqualTo("\"{\\\"a\\\":[1,\\\"x\\\"]}\"");
    assertThat(apply("States.JsonMerge", "[{\"a\": {\"x\": 1}, \"b\": 2}, {\"a\": {\"y\": 1}}, false]"))
        .isEqualTo("{\"a\":{\"y\":1},\"b\":2}");
  }

  @Test
  void arrayFunctions() throws Exception {
    assertThat(apply("States.Array", "[1, \"a\", null]")).isEqualTo("[1,\"a\",null]");
    assertThat(apply("States.ArrayPartition", "[[0, 1, 2], 2]")).isEqualTo("[[0,1],[2]]");
    assertThat(apply("States.ArrayContains", "[[{\"1\": 2}], {\"1\": 2}]")).isEqualTo("true");
    assertThat(apply("States.ArrayRange", "[1, 9, 2]")).isEqualTo("[1,3,5,7,9]");
    assertThat(apply("States.ArrayGetItem", "[[\"a\", \"b\"], 1]")).isEqualTo("\"b\"");
    assertThat(apply("States.ArrayLength", "[[1, 2, 3]]")).isEqualTo("3");
    assertThat(apply("States.ArrayUnique", "[[1, 1.0, 2, 1]]")).isEqualTo("[1,2]");
  }

  @Test
  void encodingAndHashing() throws Exception {
    assertThat(apply("States.Base64Encode", "[\"Data to encode\"]")).isEqualTo("\"RGF0YSB0byBlbmNvZGU=\"");
    assertThat(apply("States.Base64Decode", "[\"RGF0YSB0byBlbmNvZGU=\"]")).isEqualTo("\"Data to encode\"");
    assertThat(apply("States.Hash", "[\"input data\", \"MD5\"]"))
        .isEqualTo("\"812f45842bc6d66ee14572ce20db8e86\"");
    assertThatThrownBy(() -> apply("States.Hash", "[\"x\", \"MD4\"]"))
        .hasMessage("Unsupported hash algorithm for States.Hash: MD4 (valid: MD5, SHA-1, SHA-256, "
            + "SHA-384, SHA-512)");
  }

  @Test
  void randomAndUuidStayInTheirShape() throws Exception {
    long r = Long.parseLong(apply("States.MathRandom", "[1, 10]"));
    assertThat(r).isBetween(1L, 9L);
    assertThat(apply("States.MathRandom", "[1, 1000, 7]"))
        .isEqualTo(apply("States.MathRandom", "[1, 1000, 7]"));
    assertThat(apply("States.UUID", "[]")).matches(
        "\"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\"");
  }

  @Test
  void literalTemplatesAreSplitAtPlaceholders() {
    assertThat(IntrinsicFunctions.split("a{}b{}")).containsExactly("a", "b", "");
  }
}
