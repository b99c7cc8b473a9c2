package io.asl4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The data-flow analysis: a path that reads what is certainly not there is an error, what is
 * missing on some route a warning naming the route, across every state type and both query
 * languages; and where it cannot know, nothing.
 */
class DataFlowTest {

  /** The data-flow diagnostics of a definition, without their line and column. */
  private static List<String> flow(Validator v, String json) {
    return v.validate(json).stream()
        .filter(d -> d.code() == DiagnosticCode.PATH_NOT_FOUND
            || d.code() == DiagnosticCode.PATH_MAY_BE_MISSING)
        .map(d -> d.severity() + " " + d.location() + ": " + d.message()).toList();
  }

  private static List<String> flow(String json) {
    return flow(Validator.create(), json);
  }

  /** A top-level graph of the given states (JSON members), starting at "A". */
  private static String states(String members) {
    return "{\"StartAt\": \"A\", \"States\": {" + members + "}}";
  }

  @Test
  void aFieldDroppedByOutputPath() {
    assertThat(flow(states("""
        "A": {"Type": "Pass", "Result": {"data": {"x": 1}, "keep": 2}, "OutputPath": "$.data",
          "Next": "B"},
        "B": {"Type": "Pass", "Parameters": {"k.$": "$.keep"}, "End": true}"""))).containsExactly(
        "ERROR /States/B/Parameters/k.$: \"$.keep\": the input of \"B\" has no \"keep\"; it is"
            + " the output of \"A\" (its OutputPath \"$.data\"), with only x; the execution would"
            + " fail with States.Runtime");
  }

  @Test
  void aFieldOverwrittenByResultPath() {
    assertThat(flow(states("""
        "A": {"Type": "Pass", "Result": {"order": {"id": 1}}, "Next": "B"},
        "B": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
          "Parameters": {"TopicArn": "arn:aws:sns:us-east-1:123456789012:t", "Message": "hi"},
          "ResultPath": "$.order", "Next": "C"},
        "C": {"Type": "Pass", "InputPath": "$.order.id", "End": true}"""))).containsExactly(
        "ERROR /States/C/InputPath: \"$.order.id\": \"$.order\" has no \"id\" when \"C\" runs;"
            + " it is the result of \"B\" (arn:aws:states:::sns:publish), with only MessageId,"
            + " SequenceNumber, SdkHttpMetadata and SdkResponseMetadata; the execution would fail"
            + " with States.Runtime");
  }

  @Test
  void aFieldTheIntegrationNeverProduces() {
    assertThat(flow(states("""
        "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"FunctionName": "f"}, "ResultSelector": {"body.$": "$.body"},
          "Next": "B"},
        "B": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync",
          "Parameters": {"StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:c"},
          "OutputPath": "$.Output.id", "End": true}"""))).containsExactly(
        "ERROR /States/A/ResultSelector/body.$: \"$.body\": the result of \"A\""
            + " (arn:aws:states:::lambda:invoke) has no \"body\"; it has only ExecutedVersion,"
            + " Payload, StatusCode, LogResult, SdkHttpMetadata and SdkResponseMetadata; the"
            + " execution would fail with States.Runtime",
        "ERROR /States/B/OutputPath: \"$.Output.id\": \"$.Output\" is a string when \"B\" runs"
            + " (\"Output\" of the result of \"B\" (arn:aws:states:::states:startExecution.sync)),"
            + " so it has no \"id\"; the execution would fail with States.Runtime");
  }

  @Test
  void aFieldPresentOnOneChoiceBranchOnly() {
    assertThat(flow(states("""
        "A": {"Type": "Pass", "Result": {"kind": "big"}, "Next": "Route"},
        "Route": {"Type": "Choice", "Choices": [
          {"Variable": "$.kind", "StringEquals": "big", "Next": "Big"}], "Default": "Small"},
        "Big": {"Type": "Pass", "Result": 10, "ResultPath": "$.size", "Next": "Join"},
        "Small": {"Type": "Pass", "Next": "Join"},
        "Join": {"Type": "Pass", "Parameters": {"s.$": "$.size"}, "End": true}""")))
        .containsExactly("WARNING /States/Join/Parameters/s.$: \"$.size\": the input of"
            + " \"Join\" may lack \"size\": it is missing on the route A → Route → Small → Join,"
            + " and there the execution fails with States.Runtime");
  }

  @Test
  void aFieldLostThroughACatchResultPath() {
    assertThat(flow(states("""
        "A": {"Type": "Pass", "Result": {"orderId": "o-1"}, "Next": "Charge"},
        "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
          "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$", "Next": "Refund"}],
          "ResultPath": "$.charge", "Next": "Done"},
        "Refund": {"Type": "Pass", "Parameters": {"id.$": "$.orderId"}, "End": true},
        "Done": {"Type": "Pass", "Parameters": {"id.$": "$.orderId"}, "End": true}""")))
        .containsExactly("ERROR /States/Refund/Parameters/id.$: \"$.orderId\": the input of"
            + " \"Refund\" has no \"orderId\"; it is the error output of \"Charge\", with only"
            + " Error and Cause (the error output replaces the input unless the catcher's"
            + " ResultPath puts it elsewhere); the execution would fail with States.Runtime");
  }

  @Test
  void parallelAndMapResults() {
    assertThat(flow(states("""
        "A": {"Type": "Parallel", "Branches": [
          {"StartAt": "L", "States": {"L": {"Type": "Pass", "Result": {"left": 1}, "End": true}}},
          {"StartAt": "R", "States": {"R": {"Type": "Pass", "Result": [1, 2], "End": true}}}],
          "ResultSelector": {"left.$": "$[0].left", "right.$": "$[1]", "third.$": "$[2]"},
          "Next": "M"},
        "M": {"Type": "Map", "ItemsPath": "$.right", "ItemProcessor": {"StartAt": "P",
          "States": {"P": {"Type": "Pass", "Parameters": {"n.$": "$"}, "End": true}}},
          "ResultSelector": {"first.$": "$[0].n", "bad.$": "$[0].m"}, "End": true}""")))
        .containsExactly(
        "ERROR /States/A/ResultSelector/third.$: \"$[2]\": the result of \"A\" (one element per"
            + " branch) is an array of 2 elements, so it has no element 2; the execution would"
            + " fail with States.Runtime",
        "ERROR /States/M/ResultSelector/bad.$: \"$[0].m\": \"$[0]\" has no \"m\" when \"M\""
            + " runs; it is the Parameters of \"P\", with only n; the execution would fail with"
            + " States.Runtime");
  }

  @Test
  void jsonataReadsOfStatesInputAndResult() {
    assertThat(flow("""
        {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
          "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Arguments": {"FunctionName": "f"},
            "Output": {"answer": "{% $states.result.payload %}",
              "code": "{% $states.result.StatusCode %}"}, "Next": "B"},
          "B": {"Type": "Pass", "Output": "{% $states.input.code %}", "Next": "C"},
          "C": {"Type": "Succeed", "Output": {"x": "{% $states.input.answer %}"}}
        }}""")).containsExactly(
        "ERROR /States/A/Output/answer: \"$states.result.payload\": $states.result has no"
            + " \"payload\" when \"A\" runs; it is the result of \"A\""
            + " (arn:aws:states:::lambda:invoke), with only ExecutedVersion, Payload, StatusCode,"
            + " LogResult, SdkHttpMetadata and SdkResponseMetadata; the state would fail with"
            + " States.QueryEvaluationError",
        "ERROR /States/C/Output/x: \"$states.input.answer\": $states.input is a number when"
            + " \"C\" runs, so it has no \"answer\"; the state would fail with"
            + " States.QueryEvaluationError");
  }

  @Test
  void aChoiceGuardMakesAnOptionalFieldSafe() {
    assertThat(flow(states("""
        "A": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem",
          "Parameters": {"TableName": "t", "Key": {"id": {"S": "1"}}}, "ResultPath": "$.found",
          "Next": "Exists"},
        "Exists": {"Type": "Choice", "Choices": [
          {"Variable": "$.found.Item", "IsPresent": true, "Next": "Use"}], "Default": "Miss"},
        "Use": {"Type": "Pass", "Parameters": {"v.$": "$.found.Item.v.S"}, "End": true},
        "Miss": {"Type": "Pass", "Parameters": {"v.$": "$.found.Item.v.S"}, "End": true},
        "Unchecked": {"Type": "Pass", "End": true}"""))).containsExactly(
        "ERROR /States/Miss/Parameters/v.$: \"$.found.Item.v.S\": \"$.found\" has no \"Item\""
            + " when \"Miss\" runs; it is the result of \"A\" (arn:aws:states:::dynamodb:getItem),"
            + " with only ConsumedCapacity, SdkHttpMetadata and SdkResponseMetadata; the"
            + " execution would fail with States.Runtime");
    assertThat(flow(states("""
        "A": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem",
          "Parameters": {"TableName": "t", "Key": {"id": {"S": "1"}}}, "Next": "B"},
        "B": {"Type": "Pass", "Parameters": {"v.$": "$.Item.v.S"}, "End": true}""")))
        .containsExactly("WARNING /States/B/Parameters/v.$: \"$.Item.v.S\": the input of \"B\""
            + " may lack \"Item\" (it is the result of \"A\" (arn:aws:states:::dynamodb:getItem),"
            + " where \"Item\" is optional): it can be missing on the route A → B, and there the"
            + " execution fails with States.Runtime");
  }

  @Test
  void loopsReachAFixedPoint() {
    assertThat(flow(states("""
        "A": {"Type": "Pass", "Result": {"count": 0}, "Next": "Loop"},
        "Loop": {"Type": "Pass", "Parameters": {"count.$": "States.MathAdd($.count, 1)",
          "last.$": "$.count"}, "Next": "More"},
        "More": {"Type": "Choice", "Choices": [
          {"Variable": "$.count", "NumericLessThan": 3, "Next": "Loop"}], "Default": "Done"},
        "Done": {"Type": "Pass", "Parameters": {"c.$": "$.count", "l.$": "$.last",
          "x.$": "$.first"}, "End": true}"""))).containsExactly(
        "ERROR /States/Done/Parameters/x.$: \"$.first\": the input of \"Done\" has no \"first\";"
            + " it is the Parameters of \"Loop\", with only count and last; the execution would"
            + " fail with States.Runtime");
  }

  @Test
  void whatTheInputExampleOrSchemaSays() {
    String json = states("""
        "A": {"Type": "Pass", "Parameters": {"id.$": "$.orderId", "c.$": "$.customer.name",
          "n.$": "$.note"}, "End": true}""");
    assertThat(flow(json)).isEmpty(); // the input is anything
    assertThat(flow(Validator.create().withInputExample(
        "{\"orderId\": \"o-1\", \"customer\": {\"id\": 7}, \"note\": \"\"}"), json))
        .containsExactly("ERROR /States/A/Parameters/c.$: \"$.customer.name\": \"$.customer\" has"
            + " no \"name\" when \"A\" runs; it is \"customer\" of the execution input (as the"
            + " example has it), with only id; the execution would fail with States.Runtime");
    assertThat(flow(Validator.create().withInputSchema("""
        {"type": "object", "required": ["orderId", "customer"], "properties": {
          "orderId": {"type": "string"}, "note": {"type": "string"},
          "customer": {"type": "object", "properties": {"name": {"type": "string"}},
            "required": ["name"]}}}"""), json)).containsExactly(
        "WARNING /States/A/Parameters/n.$: \"$.note\": the input of \"A\" may lack \"note\" (it"
            + " is the execution input (as its schema has it), where \"note\" is optional): it can"
            + " be missing on the route A, and there the execution fails with States.Runtime");
    assertThatThrownBy(() -> Validator.create().withInputExample("{\"a\": "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("1:7: the input example is not JSON: Unexpected end-of-input within/between"
            + " Object entries");
  }

  @Test
  void anInputThatIsNotJsonIsSaidAtItsLineAndColumnInTheReadersWords() {
    String[] examples = {"bad", "{\"orderId\": \"o-1\",\n  \"lines\": [1,, 2]}", "",
        "{} []", "{\"a\": 1,\n \"a\": 2}", "{\"a\": NaN}", "{/* c */}",
        "[".repeat(300)};
    String[] messages = {
        "1:1: the input example is not JSON: Unrecognized token 'bad': was expecting (JSON String,"
            + " Number, Array, Object or token 'null', 'true' or 'false')",
        "2:15: the input example is not JSON: Unexpected character (',' (code 44)): expected a"
            + " valid value (JSON String, Number, Array, Object or token 'null', 'true' or"
            + " 'false')",
        "1:1: the input example is empty",
        "1:4: the input example has text after its JSON value",
        "2:2: the input example has the key \"a\" twice; JSON readers would silently keep only"
            + " one value, so each key may appear once per object",
        "1:10: the input example is not JSON: NaN is not a JSON number",
        "1:2: the input example is not JSON: comments are not allowed in JSON",
        "1:258: the input example is refused: nesting is deeper than 256 levels; no definition"
            + " needs that, so this input is rejected rather than risk exhausting the stack"};
    for (int i = 0; i < examples.length; i++) {
      String example = examples[i];
      assertThatThrownBy(() -> Validator.create().withInputExample(example))
          .as(example).isInstanceOf(InputJsonException.class).hasMessage(messages[i]);
    }
    assertThatThrownBy(() -> Validator.create().withInputSchema("{\n  \"type\": object}"))
        .isInstanceOfSatisfying(InputJsonException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(11);
          assertThat(e.problem()).isEqualTo("the input schema is not JSON: Unrecognized token"
              + " 'object': was expecting (JSON String, Number, Array, Object or token 'null',"
              + " 'true' or 'false')");
        });
    assertThatThrownBy(() -> Validator.create().withInputSchema("\n  [\"object\"]"))
        .isInstanceOf(InputJsonException.class)
        .hasMessage("2:3: the input schema is not a JSON Schema: expected an object (or a"
            + " boolean), found an array");
  }

  @Test
  void pathsTheAnalysisCannotFollowAreLeftAlone() {
    assertThat(flow(states("""
        "A": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f",
          "Next": "B"},
        "B": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          "Parameters": {"QueueUrl": "q", "MessageBody": {"t.$": "$$.Task.Token",
            "x.$": "$.anything.at.all", "y.$": "$..deep", "z.$": "$.list[*].id"}},
          "Next": "C"},
        "C": {"Type": "Pass", "Parameters": {"v.$": "$.whatever", "w.$": "$var.x"},
          "End": true}"""))).isEmpty();
  }

  @Test
  void theSeedWorkflowsMistakeIsAWarningWithTheLikelyFix() {
    assertThat(flow(states("""
        "A": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f",
          "ResultPath": "$.data.lambdaresult", "OutputPath": "$.data", "Next": "B"},
        "B": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "Parameters": {
          "TopicArn": "arn:aws:sns:us-east-1:123456789012:t",
          "Message.$": "$.data.lambdaresult"}, "End": true}"""))).containsExactly(
        "WARNING /States/B/Parameters/Message.$: \"$.data.lambdaresult\": the input of \"B\" is"
            + " the output of \"A\" (its OutputPath \"$.data\"), which has \"lambdaresult\" at"
            + " its top, but nothing before \"B\" puts \"data\" there; did you mean"
            + " \"$.lambdaresult\"? Unless the data passed along happens to hold \"data\", the"
            + " execution would fail with States.Runtime");
  }

  @Test
  void modelsGetTheSameDiagnosticsWithoutPositions() {
    Workflow w = Workflow.fromJson(states("""
        "A": {"Type": "Pass", "Result": {"a": 1}, "Next": "B"},
        "B": {"Type": "Pass", "InputPath": "$.b", "End": true}"""));
    assertThat(Validator.create().validate(w)).extracting(Diagnostic::toString).containsExactly(
        "ERROR PATH_NOT_FOUND /States/B/InputPath: \"$.b\": the input of \"B\" has no \"b\"; it"
            + " is the Result of \"A\", with only a (a state's result replaces its input unless a"
            + " ResultPath puts it elsewhere); the execution would fail with States.Runtime");
  }
}
