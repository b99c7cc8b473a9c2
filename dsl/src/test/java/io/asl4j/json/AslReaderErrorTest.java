package io.asl4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.asl4j.Workflow;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bad input: the reader throws only {@link AslReadException}, whose problems give the JSON pointer,
 * line:column, what was found and what was expected. Messages are API, so they are tested exactly.
 */
class AslReaderErrorTest {

  private static final AslReader READER = AslReader.create();

  /** A one-state workflow around a state body, so the state starts on line 3. */
  private static String oneState(String stateBody) {
    return "{\n  \"StartAt\": \"A\",\n  \"States\": {\"A\": " + stateBody + "}\n}";
  }

  private static List<String> problems(String json) {
    AslReadException e = catchThrowableOfType(AslReadException.class, () -> READER.read(json));
    assertThat(e).as("expected the definition to be rejected").isNotNull();
    return e.problems().stream().map(AslReadException.Problem::toString).toList();
  }

  @Test
  void malformedJsonNamesTheSpot() {
    assertThat(problems("{\n  \"StartAt\": \"A\",\n}")).containsExactly(
        "3:1: malformed JSON: Unexpected character ('}' (code 125)): was expecting double-quote"
            + " to start field name");
  }

  @Test
  void unterminatedJsonNamesTheMemberBeingRead() {
    assertThat(problems("{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\""))
        .singleElement().asString()
        .isEqualTo("1:49: /States/A: malformed JSON: Unexpected end-of-input: expected close marker"
            + " for Object (opened at 1:34)");
  }

  @Test
  void emptyInputIsRejected() {
    assertThat(problems("")).containsExactly(
        "1:1: the input is empty; expected a JSON object with \"StartAt\" and \"States\"");
    assertThat(problems(" \n\t ")).containsExactly(
        "1:1: the input is empty; expected a JSON object with \"StartAt\" and \"States\"");
  }

  @Test
  void utf8ByteOrderMarkIsAccepted() {
    String json = "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Succeed\"}}}";
    byte[] withBom = ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8);

    assertThat(READER.read(withBom)).isEqualTo(READER.read(json));
    assertThat(READER.read("\uFEFF" + json)).isEqualTo(READER.read(json));
  }

  @Test
  void invalidUtf8IsRejectedWithItsOffset() {
    byte[] bytes = "{\"StartAt\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(catchThrowableOfType(AslReadException.class, () -> READER.read(bytes)).getMessage())
        .isEqualTo("1:17: invalid UTF-8: byte 0xe9 at offset 16; a definition must be UTF-8 text");
  }

  @Test
  void overlongFormsAndCodePointsBeyondUnicodeAreNotDecodedLeniently() {
    // "a" then an overlong "/" (C0 AF), which a lenient decoder turns into "/"
    byte[] overlong = {'{', '"', 'S', 't', 'a', 'r', 't', 'A', 't', '"', ':', ' ', '"', 'a',
        (byte) 0xC0, (byte) 0xAF, '"', '}'};
    assertThat(catchThrowableOfType(AslReadException.class, () -> READER.read(overlong))
        .getMessage()).isEqualTo("1:15: invalid UTF-8: byte 0xc0 at offset 14; a definition must"
            + " be UTF-8 text");

    // U+110000, past the last code point, which a lenient decoder turns into lone surrogates
    byte[] beyond = {'{', '"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"', ':', '1',
        '}'};
    assertThat(catchThrowableOfType(AslReadException.class, () -> READER.read(beyond))
        .getMessage()).isEqualTo("1:3: invalid UTF-8: byte 0xf4 at offset 2; a definition must be"
            + " UTF-8 text");
  }

  @Test
  void utf16IsNotUtf8() {
    String json = "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Succeed\"}}}";

    assertThat(catchThrowableOfType(AslReadException.class,
        () -> READER.read(json.getBytes(StandardCharsets.UTF_16LE))).getMessage())
        .isEqualTo("1:3: malformed JSON: Illegal character ((CTRL-CHAR, code 0)): only regular"
            + " white space (\\r, \\n, \\t) is allowed between tokens");
    assertThat(catchThrowableOfType(AslReadException.class,
        () -> READER.read(json.getBytes(StandardCharsets.UTF_16))).getMessage())
        .isEqualTo("1:1: invalid UTF-8: byte 0xfe at offset 0; a definition must be UTF-8 text");
  }

  @Test
  void aFileIsReadAsUtf8(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path file = dir.resolve("w.asl.json");
    java.nio.file.Files.writeString(file,
        "{\"StartAt\":\"Café\",\"States\":{\"Café\":{\"Type\":\"Succeed\"}}}");

    assertThat(READER.read(file).startAt()).isEqualTo("Café");
  }

  @Test
  void duplicateKeysAreRejectedBecauseOneValueWouldBeLost() {
    assertThat(problems(oneState("{\"Type\": \"Pass\", \"Next\": \"B\", \"Next\": \"A\"}")))
        .containsExactly("3:49: /States/A/Next: duplicate key \"Next\"; JSON readers would silently"
            + " keep only one value, so each key may appear once per object");
  }

  @Test
  void wrongValueTypesNameFoundAndExpected() {
    String json = "{\n  \"StartAt\": \"Fetch Data\",\n  \"States\": {\n    \"Fetch Data\": {\n"
        + "      \"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\", \"End\": true,\n"
        + "      \"Retry\": [{\"ErrorEquals\": [\"States.ALL\"], \"MaxAttempts\": \"3\"}],\n"
        + "      \"TimeoutSeconds\": true\n    }\n  }\n}";

    assertThat(problems(json)).containsExactly(
        "6:64: /States/Fetch Data/Retry/0/MaxAttempts: expected a number, found the string \"3\"",
        "7:25: /States/Fetch Data/TimeoutSeconds: expected a number (or, in JSONata, an expression"
            + " \"{% ... %}\"), found true");
  }

  @Test
  void unknownFieldsAreRejectedByName() {
    assertThat(problems(oneState("{\"Type\": \"Pass\", \"Resouce\": \"x\", \"End\": true}")))
        .containsExactly("3:36: /States/A/Resouce: unknown field \"Resouce\" in a Pass state;"
            + " a Pass state allows Type, Comment, QueryLanguage, InputPath, Parameters, Result,"
            + " ResultPath, OutputPath, Output, Assign, Next, End");
  }

  @Test
  void aMisspelledFieldGetsASuggestion() {
    assertThat(problems(oneState("{\"Type\": \"Task\", \"Resource\": \"r\", \"TimeoutSecond\": 5,"
        + " \"End\": true}")))
        .containsExactly("3:53: /States/A/TimeoutSecond: unknown field \"TimeoutSecond\" in a Task"
            + " state; did you mean \"TimeoutSeconds\"?");
  }

  @Test
  void aFieldOfAnotherStateTypeIsNotAllowed() {
    assertThat(problems(oneState("{\"Type\": \"Wait\", \"Seconds\": 1, \"ResultPath\": \"$.x\","
        + " \"End\": true}")))
        .containsExactly("3:50: /States/A/ResultPath: field \"ResultPath\" is not allowed in a Wait"
            + " state; a Wait state allows Type, Comment, QueryLanguage, InputPath, Seconds,"
            + " SecondsPath, Timestamp, TimestampPath, OutputPath, Output, Assign, Next, End");
  }

  @Test
  void missingTypeIsRejected() {
    assertThat(problems(oneState("{\"End\": true}"))).containsExactly(
        "3:19: /States/A: missing \"Type\"; a state needs one of Task, Pass, Choice, Wait, Succeed,"
            + " Fail, Parallel, Map");
  }

  @Test
  void unknownTypeIsRejectedWithASuggestion() {
    assertThat(problems(oneState("{\"Type\": \"Tsak\", \"End\": true}"))).containsExactly(
        "3:28: /States/A/Type: unknown state type \"Tsak\"; did you mean \"Task\"?");
    assertThat(problems(oneState("{\"Type\": \"Loop\", \"End\": true}"))).containsExactly(
        "3:28: /States/A/Type: unknown state type \"Loop\"; expected one of Task, Pass, Choice,"
            + " Wait, Succeed, Fail, Parallel, Map");
  }

  @Test
  void aStateMustBeAnObject() {
    assertThat(problems(oneState("\"Pass\""))).containsExactly(
        "3:19: /States/A: expected a state object with a \"Type\", found the string \"Pass\"");
  }

  @Test
  void theDefinitionMustBeAnObjectWithStartAtAndStates() {
    assertThat(problems("[]")).containsExactly(
        "1:1: a definition is a JSON object with \"StartAt\" and \"States\", found an array");
    assertThat(problems("{}")).containsExactly(
        "1:1: missing \"StartAt\"; the top level of a definition needs the name of the first state",
        "1:1: missing \"States\"; the top level of a definition needs an object of states by name");
  }

  @Test
  void contentAfterTheDefinitionIsRejected() {
    assertThat(problems("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Succeed\"}}} {}"))
        .containsExactly("1:51: unexpected '{' after the end of the definition; expected the end of"
            + " the input");
  }

  @Test
  void tenThousandLevelsOfNestingFailCleanly() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    String json = oneState("{\"Type\": \"Pass\", \"Result\": " + deep + ", \"End\": true}");

    assertThatThrownBy(() -> READER.read(json))
        .isInstanceOf(AslReadException.class)
        .hasMessageContaining("nesting is deeper than 256 levels")
        .hasMessageStartingWith("3:300: /States/A/Result/0/0/0/...(244 more levels).../0/0/0/0/0/0:"
            + " nesting is deeper than 256 levels; no definition needs that, so this input is"
            + " rejected rather than risk exhausting the stack");
  }

  @Test
  void tenThousandLevelsOfObjectsFailCleanlyToo() {
    String deep = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);

    assertThatThrownBy(() -> READER.read(deep))
        .isInstanceOf(AslReadException.class)
        .hasMessageContaining("nesting is deeper than 256 levels");
  }

  @Test
  void nestingJustUnderTheLimitIsReadAndWritten() {
    String deep = "[".repeat(250) + "7" + "]".repeat(250);
    Workflow w = READER.read(oneState("{\"Type\": \"Pass\", \"Result\": " + deep
        + ", \"End\": true}"));

    assertThat(AslWriter.compact().write(w)).contains(deep);
  }

  @Test
  void everyProblemIsReportedAtOnceInDocumentOrder() {
    String json = "{\n\"StartAt\": 7,\n\"States\": {\n"
        + "\"A\": {\"Type\": \"Pass\", \"Next\": \"B\", \"End\": true},\n"
        + "\"B\": {\"Type\": \"Wait\"},\n"
        + "\"C\": {\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.x\", \"Next\": \"A\"}]}\n"
        + "}}";

    assertThat(problems(json)).containsExactly(
        "2:12: /StartAt: expected a string, found the number 7",
        "4:36: /States/A/End: \"Next\" and \"End\" cannot both be set; keep one",
        "5:6: /States/B: a Wait state needs one of \"Seconds\", \"SecondsPath\", \"Timestamp\" or"
            + " \"TimestampPath\"",
        "5:6: /States/B: a Wait state needs \"Next\" (the state that follows) or \"End\": true",
        "6:38: /States/C/Choices/0/Variable: \"Variable\" needs one comparison operator, such as"
            + " \"StringEquals\" or \"NumericGreaterThan\"");
  }

  @Test
  void endMustBeTrue() {
    assertThat(problems(oneState("{\"Type\": \"Pass\", \"End\": false}"))).containsExactly(
        "3:43: /States/A/End: \"End\" can only be true; to continue, remove it and set \"Next\"");
  }

  @Test
  void pathTwinsAreMutuallyExclusive() {
    assertThat(problems(oneState("{\"Type\": \"Task\", \"Resource\": \"r\", \"HeartbeatSeconds\": 5,"
        + " \"HeartbeatSecondsPath\": \"$.h\", \"End\": true}")))
        .containsExactly("3:76: /States/A/HeartbeatSecondsPath: \"HeartbeatSeconds\" and"
            + " \"HeartbeatSecondsPath\" cannot both be set; keep one");
  }

  @Test
  void aWaitTakesExactlyOneTimeForm() {
    assertThat(problems(oneState("{\"Type\": \"Wait\", \"Seconds\": 5, \"Timestamp\": \"x\","
        + " \"End\": true}")))
        .containsExactly("3:50: /States/A/Timestamp: \"Seconds\" and \"Timestamp\" cannot both be"
            + " set; use exactly one of Seconds, SecondsPath, Timestamp, TimestampPath");
  }

  @Test
  void aChoiceRuleTakesOneOperator() {
    assertThat(problems(oneState("{\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.x\","
        + " \"StringEquals\": \"a\", \"StringMatches\": \"b*\", \"Next\": \"A\"}]}")))
        .containsExactly("3:91: /States/A/Choices/0/StringMatches: a Choice rule takes exactly one"
            + " comparison operator; this one has both \"StringEquals\" and \"StringMatches\""
            + " (combine tests with \"And\" or \"Or\")");
  }

  @Test
  void aComparisonOperandMustHaveTheOperatorsType() {
    assertThat(problems(oneState("{\"Type\": \"Choice\", \"Choices\": [{\"Variable\": \"$.x\","
        + " \"NumericEquals\": \"5\", \"Next\": \"A\"}]}")))
        .containsExactly("3:87: /States/A/Choices/0/NumericEquals: expected a number, found the"
            + " string \"5\"");
  }

  @Test
  void nestedRulesCannotTransition() {
    assertThat(problems(oneState("{\"Type\": \"Choice\", \"Choices\": [{\"Not\": {\"Variable\":"
        + " \"$.x\", \"IsNull\": true, \"Next\": \"A\"}, \"Next\": \"A\"}]}")))
        .containsExactly("3:94: /States/A/Choices/0/Not/Next: a rule nested in And, Or or Not"
            + " cannot have \"Next\"; only top-level Choice rules transition, assign and set"
            + " output");
  }

  @Test
  void aKeyEndingInDollarNeedsAStringValue() {
    assertThat(problems(oneState("{\"Type\": \"Pass\", \"Parameters\": {\"x.$\": 5},"
        + " \"End\": true}")))
        .containsExactly("3:58: /States/A/Parameters/x.$: a key ending in \".$\" takes a string:"
            + " a path (\"$.field\", \"$$.Execution.Id\", \"$variable\") or an intrinsic function"
            + " (\"States.Format(...)\"); found the number 5");
  }

  @Test
  void aKeyAndItsDollarTwinCollide() {
    assertThat(problems(oneState("{\"Type\": \"Pass\", \"Parameters\": {\"x\": 1, \"x.$\": \"$.y\"},"
        + " \"End\": true}")))
        .containsExactly("3:59: /States/A/Parameters/x.$: keys \"x\" and \"x.$\" both set the field"
            + " \"x\" (the .$ suffix only marks a value to evaluate); keep one");
  }

  @Test
  void enumeratedValuesListTheChoices() {
    assertThat(problems(oneState("{\"Type\": \"Pass\", \"QueryLanguage\": \"jsonata\","
        + " \"End\": true}")))
        .containsExactly("3:53: /States/A/QueryLanguage: unknown value \"jsonata\"; did you mean"
            + " \"JSONata\"?");
    assertThat(problems(oneState("{\"Type\": \"Task\", \"Resource\": \"r\", \"End\": true,"
        + " \"Retry\": [{\"ErrorEquals\": [\"States.ALL\"], \"JitterStrategy\": \"PARTIAL\"}]}")))
        .containsExactly("3:126: /States/A/Retry/0/JitterStrategy: unknown value \"PARTIAL\";"
            + " expected one of FULL, NONE");
  }

  @Test
  void requiredFieldsAreNamed() {
    assertThat(problems(oneState("{\"Type\": \"Task\", \"End\": true, \"Catch\": [{}]}")))
        .containsExactly(
            "3:19: /States/A: missing \"Resource\"; a Task state needs the ARN of the integration,"
                + " activity or function to run",
            "3:59: /States/A/Catch/0: missing \"ErrorEquals\"; a catcher needs the list of error"
                + " names it catches",
            "3:59: /States/A/Catch/0: missing \"Next\"; a catcher needs the state to go to when it"
                + " catches an error");
  }

  @Test
  void aMapNeedsAnItemProcessorButNotBothSpellings() {
    assertThat(problems(oneState("{\"Type\": \"Map\", \"End\": true}"))).containsExactly(
        "3:19: /States/A: missing \"ItemProcessor\"; a Map state needs the states to run for each"
            + " item (\"ItemProcessor\", or the legacy \"Iterator\")");
    String graph = "{\"StartAt\": \"B\", \"States\": {\"B\": {\"Type\": \"Succeed\"}}}";
    assertThat(problems(oneState("{\"Type\": \"Map\", \"ItemProcessor\": " + graph
        + ", \"Iterator\": " + graph + ", \"End\": true}")))
        .singleElement().asString().endsWith(": /States/A/Iterator: \"ItemProcessor\" and"
            + " \"Iterator\" cannot both be set; keep one");
  }

  @Test
  void aResourceThatIsACloudFormationIntrinsicSaysWhereToReadIt() {
    assertThat(problems(oneState("{\"Type\": \"Task\", \"Resource\": {\"Fn::GetAtt\":"
        + " [\"Fn\", \"Arn\"]}, \"End\": true}")))
        .containsExactly("3:48: /States/A/Resource: expected a string, found an object;"
            + " \"Fn::GetAtt\" is a CloudFormation intrinsic function: validate the template"
            + " itself (TEMPLATE#LogicalId), or extract the definition with asl4j extract, which"
            + " turns it into a ${...} placeholder");
    assertThat(problems(oneState("{\"Type\": \"Task\", \"Resource\": {\"Ref\": \"Fn\"},"
        + " \"End\": true}")))
        .containsExactly("3:48: /States/A/Resource: expected a string, found an object;"
            + " \"Ref\" is a CloudFormation intrinsic function: validate the template itself"
            + " (TEMPLATE#LogicalId), or extract the definition with asl4j extract, which turns"
            + " it into a ${...} placeholder");
  }

  @Test
  void aResourceThatIsAnyOtherObjectIsAWrongType() {
    assertThat(problems(oneState("{\"Type\": \"Task\", \"Resource\": {\"Ref\": \"Fn\","
        + " \"x\": 1}, \"End\": true}")))
        .containsExactly("3:48: /States/A/Resource: expected a string, found an object");
    assertThat(problems(oneState("{\"Type\": \"Task\", \"Resource\": [\"Fn\"],"
        + " \"End\": true}")))
        .containsExactly("3:48: /States/A/Resource: expected a string, found an array");
  }

  @Test
  void everyProblemCarriesACode() {
    AslReadException e = catchThrowableOfType(AslReadException.class, () -> READER.read(
        oneState("{\"Type\": \"Wait\", \"Seconds\": \"x\", \"Bogus\": 1, \"End\": false}")));

    assertThat(e.problems()).extracting(AslReadException.Problem::code)
        .containsExactly("WRONG_TYPE", "UNKNOWN_FIELD", "INVALID_VALUE");
    assertThat(catchThrowableOfType(AslReadException.class, () -> READER.read("{"))
        .problems().get(0).code()).isEqualTo("INVALID_JSON");
    assertThat(catchThrowableOfType(AslReadException.class,
        () -> READER.read("{\"a\":1,\"a\":2}")).problems().get(0).code())
        .isEqualTo("DUPLICATE_KEY");
  }

  @Test
  void recoveringFromADuplicateKeyGivesTheProblemInsteadOfThrowing() {
    AslReader.Recovered r = READER.recover(
        "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\", \"Type\": \"Fail\"}}}");

    assertThat(r.workflow()).isEmpty();
    assertThat(r.problems()).map(AslReadException.Problem::toString).containsExactly(
        "1:54: /States/A/Type: duplicate key \"Type\"; JSON readers would silently keep only one"
            + " value, so each key may appear once per object");
  }

  @Test
  void problemsFormatWithoutPointerForTheWholeDocument() {
    assertThat(new AslReadException.Problem("X", "", 1, 1, "m")).hasToString("1:1: m");
    assertThat(new AslReadException.Problem("X", "/a~1b", 2, 3, "m")).hasToString("2:3: /a~1b: m");
  }

  @Test
  void stateNamesWithSlashesAndTildesAreEscapedInPointers() {
    String json = "{\"StartAt\":\"a/b~c\",\"States\":{\"a/b~c\":{\"Type\":\"Pass\"}}}";

    assertThat(problems(json)).singleElement().asString()
        .startsWith("1:38: /States/a~1b~0c: a Pass state needs");
  }

  @Test
  void messageListsAtMostTwentyProblems() {
    StringBuilder states = new StringBuilder();
    for (int i = 0; i < 25; i++) {
      states.append(i == 0 ? "" : ",").append("\"S").append(i).append("\":{\"Type\":\"Pass\"}");
    }
    AslReadException e = catchThrowableOfType(AslReadException.class,
        () -> READER.read("{\"StartAt\":\"S0\",\"States\":{" + states + "}}"));

    assertThat(e.problems()).hasSize(25);
    assertThat(e.getMessage().lines()).hasSize(21);
    assertThat(e.getMessage()).endsWith("\n... and 5 more problems");
  }
}
