package io.asl4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.syntax.InputLimits;
import org.junit.jupiter.api.Test;

/**
 * Definitions the reader accepts but that once broke the generator: each one now gives Java that
 * compiles and reproduces the definition, or a refusal that says where and why.
 */
class HostileInputTest {

  private static final String LAMBDA = "arn:aws:lambda:us-east-1:123456789012:function:f";

  /** Generates, compiles in memory, runs {@code workflow()} and returns the result. */
  private static RoundTrip.Result roundTrip(String json, String className) {
    return JavaGenerator.create().packageName("gen").className(className).verify(json);
  }

  private static String retry(String field, String number) {
    return "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Task\", \"Resource\": \""
        + LAMBDA + "\", \"Retry\": [{\"ErrorEquals\": [\"States.ALL\"], \"" + field + "\": "
        + number + "}], \"End\": true}}}";
  }

  // ---------------------------------------------------------------- javac's limits

  @Test
  void aLongBedrockPromptIsJoinedFromLiteralsJavacTakes() {
    String prompt = "Human: summarise this. ".repeat(5_000) + "\n\nAssistant:"; // 115,011 bytes
    String json = """
        {"StartAt": "Ask", "States": {"Ask": {"Type": "Task",
          "Resource": "arn:aws:states:::bedrock:invokeModel",
          "Parameters": {"ModelId": "anthropic.claude-v2",
            "Body": {"prompt": "PROMPT", "max_tokens_to_sample": 300}}, "End": true}}}"""
        .replace("PROMPT", prompt.replace("\n", "\\n"));

    assertThat(roundTrip(json, "Prompt").problem()).isEmpty();
    assertThat(JavaGenerator.create().generate(json)).contains("\".concat(\"");
  }

  @Test
  void textCutIntoLiteralsKeepsEveryCharacter() {
    // U+0000 (2 bytes in a class file), 3-byte characters up to the limit, a pair on the cut
    String name = "\\u0000" + "中".repeat(21_843) + "\\ud83d\\ude00";
    String text = name + "x".repeat(65_540) + "\\ud83d" + "y"; // and a lone surrogate
    String json = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Result\": {\""
        + name + "\": \"" + text + "\"}, \"End\": true}}}";

    assertThat(roundTrip(json, "Cut").problem()).isEmpty();
  }

  @Test
  void parametersNestedAsDeepAsTheReaderTakesAreBuiltThroughHelpers() {
    // as deep as the reader takes: the value starts 4 levels down, each level is an object and an
    // array
    int levels = InputLimits.MAX_JSON_NESTING - 6;
    String json = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Parameters\": "
        + "{\"a\": [".repeat(levels / 2) + "1" + "]}".repeat(levels / 2) + ", \"End\": true}}}";

    assertThat(roundTrip(json, "Deep").problem()).isEmpty();
    assertThat(JavaGenerator.create().generate(json))
        .contains(".parameters(object(\n", "private static JsonObject value1() {\n");
  }

  @Test
  void twoHundredObjectLevelsCompile() {
    String json = "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"Result\": "
        + "{\"a\": ".repeat(200) + "1" + "}".repeat(200) + ", \"End\": true}}}";

    assertThat(roundTrip(json, "TwoHundred").problem()).isEmpty();
  }

  @Test
  void deeplyNestedConditionsAreBuiltThroughHelpers() {
    // as deep as the reader takes: a rule starts 5 levels down; an And level is an object and an
    // array
    int nots = InputLimits.MAX_JSON_NESTING - 6;
    int ands = nots / 2;
    String not = "{\"Not\": ".repeat(nots) + "{\"Variable\": \"$.x\", \"IsPresent\": true}"
        + "}".repeat(nots);
    String and = "{\"And\": [".repeat(ands) + "{\"Variable\": \"$.x\", \"IsPresent\": true}"
        + ", {\"Variable\": \"$.y\", \"IsNull\": false}]}".repeat(ands);
    String json = "{\"StartAt\": \"C\", \"States\": {\"C\": {\"Type\": \"Choice\", \"Choices\": ["
        + not.substring(0, not.length() - 1) + ", \"Next\": \"A\"}, "
        + and.substring(0, and.length() - 1) + ", \"Next\": \"A\"}], \"Default\": \"A\"},"
        + " \"A\": {\"Type\": \"Succeed\"}}}";

    assertThat(roundTrip(json, "DeepRules").problem()).isEmpty();
    assertThat(JavaGenerator.create().generate(json))
        .contains("private static Condition condition1() {\n");
  }

  @Test
  void whenJavacFailsItsOwnMessageIsShown() {
    String deep = "(".repeat(20_000) + "1" + ")".repeat(20_000);
    String source = "package gen; public class Crash { public static int workflow() { return "
        + deep + "; } }";

    RoundTrip.Result r = RoundTrip.verify("gen.Crash", source, "{}");

    assertThat(r.outcome()).isEqualTo(RoundTrip.Outcome.NOT_COMPILED);
    assertThat(r.compilerErrors()).anySatisfy(e -> assertThat(e)
        .startsWith("An exception has occurred in the compiler ("));
    assertThat(r.compilerErrors()).contains("java.lang.StackOverflowError");
    assertThat(r.problem().orElseThrow()).startsWith("the generated code does not compile:\n"
        + "  An exception has occurred in the compiler (").contains("\n  java.lang.StackOverflowError");
  }

  // ---------------------------------------------------------------- names the DSL refuses

  @Test
  void emptyAndLongStateNamesAreBuiltUnvalidated() {
    String longName = "L".repeat(81);
    String json = """
        {"StartAt": "", "States": {
          "": {"Type": "Pass", "Next": "LONG"},
          "LONG": {"Type": "Choice", "Choices": [
            {"Variable": "$.x", "IsPresent": true, "Next": ""}], "Default": "Ok"},
          "Ok": {"Type": "Succeed"}}}""".replace("LONG", longName);

    assertThat(roundTrip(json, "Names").problem()).isEmpty();
    assertThat(JavaGenerator.create().generate(json)).contains(
        "Step state = UncheckedNames.pass(\"\")\n",
        "UncheckedNames.choice(\"" + longName + "\")\n",
        "Step ok = succeed(\"Ok\");\n",
        ".buildUnvalidated();\n");
  }

  // ---------------------------------------------------------------- numbers no double holds

  @Test
  void aBackoffRateNoDoubleHoldsKeepsItsText() {
    String json = retry("BackoffRate", "1e400");

    assertThat(roundTrip(json, "Backoff").problem()).isEmpty();
    assertThat(JavaGenerator.create().generate(json))
        .contains(".backoffRate(new JsonNumber(\"1e400\"))");
  }

  @Test
  void infiniteTinyAndHugeNumbersKeepTheirTextEverywhere() {
    for (String n : new String[] {"1e400", "-1e400", "1e-400", "1e999999999",
        "123456789012345678901234567890"}) {
      String json = """
          {"TimeoutSeconds": 60, "StartAt": "A", "States": {
            "A": {"Type": "Pass", "Result": {"v": #, "w": [#, {"x": #}]},
              "Parameters": {"p": #}, "Next": "B"},
            "B": {"Type": "Choice", "Choices": [
              {"Variable": "$.v", "NumericEquals": #, "Next": "C"},
              {"Not": {"Variable": "$.v", "NumericLessThan": #}, "Next": "C"}],
              "Default": "C"},
            "C": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
              "TimeoutSeconds": #, "HeartbeatSeconds": #, "Next": "D"},
            "D": {"Type": "Wait", "Seconds": #, "Next": "E"},
            "E": {"Type": "Map", "MaxConcurrency": #, "ItemProcessor": {"StartAt": "F",
              "States": {"F": {"Type": "Succeed"}}}, "End": true}}}""".replace("#", n);

      assertThat(roundTrip(json, "Numbers").problem()).as(n).isEmpty();
    }
  }

  @Test
  void retryNumbersTheDslRefusesAreRefusedWithTheirPlace() {
    assertThatThrownBy(() -> JavaGenerator.create().generate(retry("BackoffRate", "0.5")))
        .isInstanceOf(GenerationException.class)
        .hasMessage("/States/A/Retry/0/BackoffRate: BackoffRate is 0.5; it must be at least 1.0"
            + " to be written with the DSL");
    assertThatThrownBy(() -> JavaGenerator.create().generate(retry("MaxAttempts", "-1")))
        .isInstanceOf(GenerationException.class)
        .hasMessage("/States/A/Retry/0/MaxAttempts: MaxAttempts is -1; it must be from 0 to"
            + " 99999999 to be written with the DSL");
    assertThatThrownBy(() -> JavaGenerator.create().generate(retry("IntervalSeconds", "1e400")))
        .isInstanceOf(GenerationException.class)
        .hasMessage("/States/A/Retry/0/IntervalSeconds: 1e400 cannot be written as a whole number"
            + " the DSL keeps exactly");
    assertThatThrownBy(() -> JavaGenerator.create().generate("""
        {"TimeoutSeconds": 100000000, "StartAt": "A", "States": {"A": {"Type": "Succeed"}}}"""))
        .isInstanceOf(GenerationException.class)
        .hasMessage("/TimeoutSeconds: TimeoutSeconds is 100000000; it must be from 0 to 99999999"
            + " to be written with the DSL");
  }

  @Test
  void aTransitionToNoStateIsRefusedWithItsPlace() {
    assertThatThrownBy(() -> JavaGenerator.create().generate("""
        {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}}}"""))
        .isInstanceOf(GenerationException.class)
        .hasMessage("/States/A/Next: no state \"B\" in this graph; the DSL cannot write a"
            + " transition to a state that does not exist");
    assertThatThrownBy(() -> JavaGenerator.create().generate("""
        {"StartAt": "C", "States": {"C": {"Type": "Choice", "Choices": [
          {"Variable": "$.x", "IsPresent": true, "Next": "D"}], "Default": "Nowhere"},
          "D": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f",
            "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Gone"}], "End": true}}}"""))
        .isInstanceOf(GenerationException.class)
        .hasMessage("/States/C/Default: no state \"Nowhere\" in this graph; the DSL cannot"
            + " write a transition to a state that does not exist");
  }

  @Test
  void aParallelWithoutBranchesIsRefusedWithItsPlace() {
    assertThatThrownBy(() -> JavaGenerator.create().generate("""
        {"StartAt": "P", "States": {"P": {"Type": "Parallel", "Branches": [], "End": true}}}"""))
        .isInstanceOf(GenerationException.class)
        .hasMessage("/States/P/Branches: a Parallel state without branches cannot be written with"
            + " the DSL, whose parallel(...) needs at least one branch");
  }

  @Test
  void aNameUsedInTwoGraphsIsRefusedWithBothPlaces() {
    assertThatThrownBy(() -> JavaGenerator.create().generate("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Parallel", "Branches": [
            {"StartAt": "Done", "States": {"Done": {"Type": "Succeed"}}}], "Next": "Done"},
          "Done": {"Type": "Succeed"}}}"""))
        .isInstanceOf(GenerationException.class)
        .hasMessage("/States/A/Branches/0/States/Done: the name \"Done\" is also used at"
            + " /States/Done; state names must be unique across the workflow, and the DSL cannot"
            + " write two states with one name");
  }
}
