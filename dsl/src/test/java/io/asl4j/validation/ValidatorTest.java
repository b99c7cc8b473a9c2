package io.asl4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of the validator, with the exact diagnostic it gives and where. */
class ValidatorTest {

  private static List<String> check(String json) {
    return Validator.create().validate(json).stream().map(Diagnostic::toString).toList();
  }

  private static List<String> express(String json) {
    return Validator.create().forType(Validator.WorkflowType.EXPRESS).validate(json).stream()
        .map(Diagnostic::toString).toList();
  }

  /** A top-level graph of the given states (JSON members), starting at "A". */
  private static String states(String members) {
    return "{\"StartAt\": \"A\", \"States\": {" + members + "}}";
  }

  @Test
  void validDefinitionHasNoDiagnostics() {
    assertThat(check(states("""
        "A": {"Type": "Pass", "Next": "B"},
        "B": {"Type": "Succeed"}"""))).isEmpty();
  }

  @Test
  void stateReachedOnlyFromItselfIsUnreachable() {
    assertThat(check("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Succeed"},
          "Loop": {"Type": "Pass", "Next": "Loop"}
        }}""")).containsExactly(
        "3:3: ERROR UNREACHABLE_STATE /States/Loop: state \"Loop\" is not reachable from \"A\";"
            + " remove it or add a transition to it");
  }

  @Test
  void everyGraphNeedsATerminalState() {
    assertThat(check(states("""
        "A": {"Type": "Pass", "Next": "B"},
        "B": {"Type": "Pass", "Next": "A"}""")))
        .contains("1:18: ERROR MISSING_TERMINAL_STATE /States: the top level has no terminal"
            + " state; end one state with \"End\": true, or add a Succeed or Fail state");
  }

  @Test
  void endlessLoopIsAWarning() {
    assertThat(check(states("""
        "A": {"Type": "Choice", "Choices": [
          {"Variable": "$.x", "IsPresent": true, "Next": "Spin"}], "Default": "Done"},
        "Spin": {"Type": "Wait", "Seconds": 5, "Next": "Spin"},
        "Done": {"Type": "Succeed"}""")))
        .containsExactly("3:1: WARNING NO_PATH_TO_END /States/Spin: no transition from \"Spin\""
            + " ever leads to an end: the execution can only loop until it times out; add a way"
            + " out (a Choice to an ending state)");
  }

  @Test
  void transitionsStayInTheirScopeAndNamesAreUniqueEverywhere() {
    assertThat(check(states("""
        "A": {"Type": "Parallel", "Branches": [
          {"StartAt": "B1", "States": {"B1": {"Type": "Pass", "Next": "Done"}}},
          {"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}
        ], "Next": "Done"},
        "Done": {"Type": "Succeed"}"""))).containsExactly(
        "2:21: ERROR MISSING_TERMINAL_STATE /States/A/Branches/0/States: branch 0 of \"A\" has"
            + " no terminal state; end one state with \"End\": true, or add a Succeed or Fail"
            + " state",
        "2:55: ERROR TRANSITION_LEAVES_SCOPE /States/A/Branches/0/States/B1/Next: \"Done\" is"
            + " in the top level, outside branch 0 of \"A\"; transitions cannot leave a Parallel"
            + " branch or Map item processor",
        "3:31: ERROR DUPLICATE_STATE_NAME /States/A/Branches/1/States/A: state \"A\" is also"
            + " defined in the top level; names must be unique in the whole workflow");
  }

  @Test
  void unknownTargetsListTheKnownStates() {
    assertThat(check(states("""
        "A": {"Type": "Pass", "Next": "Finish"},
        "B": {"Type": "Succeed"}""")))
        .containsExactly(
            "1:51: ERROR MISSING_TRANSITION_TARGET /States/A/Next: unknown state \"Finish\""
                + " (known: \"A\", \"B\")",
            "2:1: ERROR UNREACHABLE_STATE /States/B: state \"B\" is not reachable from \"A\";"
                + " remove it or add a transition to it");
  }

  @Test
  void statesAllMustBeLastAndAloneAndStatesErrorsMustExist() {
    assertThat(check(states("""
        "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Retry": [{"ErrorEquals": ["States.ALL", "X"]}, {"ErrorEquals": ["Y"]}],
          "Catch": [{"ErrorEquals": ["States.Timeot"], "ResultPath": "$.e", "Next": "B"}],
          "End": true},
        "B": {"Type": "Succeed"}"""))).containsExactly(
        "2:30: ERROR STATES_ALL_NOT_LAST /States/A/Retry/0/ErrorEquals/0: \"States.ALL\" must"
            + " be alone in the last retrier",
        "3:30: WARNING UNKNOWN_STATES_ERROR /States/A/Catch/0/ErrorEquals/0: neither Step"
            + " Functions nor a Fail state here raises \"States.Timeot\", so this never matches;"
            + " custom error names should not start with \"States.\"");
  }

  @Test
  void heartbeatMustBeBelowTimeout() {
    assertThat(check(states("""
        "A": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          "Parameters": {"MessageBody": {"token.$": "$$.Task.Token"}},
          "TimeoutSeconds": 60, "HeartbeatSeconds": 60, "End": true}""")))
        .containsExactly("3:25: ERROR HEARTBEAT_NOT_BELOW_TIMEOUT /States/A/HeartbeatSeconds:"
            + " HeartbeatSeconds (60) must be less than TimeoutSeconds (60)");
  }

  @Test
  void rangesAreChecked() {
    assertThat(check(states("""
        "A": {"Type": "Map", "ToleratedFailurePercentage": 101, "Label": "abcdefghijabcdefghijabcdefghijabcdefghij1",
          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
            "StartAt": "P", "States": {"P": {"Type": "Succeed"}}},
          "Retry": [{"ErrorEquals": ["X"], "BackoffRate": 0.5, "MaxDelaySeconds": 0}],
          "ResultPath": "$.r", "End": true}"""))).containsExactly(
        "1:50: ERROR OUT_OF_RANGE /States/A/ToleratedFailurePercentage: ToleratedFailurePercentage"
            + " is 101; it must be from 0 to 100",
        "1:85: ERROR INVALID_LABEL /States/A/Label: Label is longer than 40 characters",
        "4:36: ERROR OUT_OF_RANGE /States/A/Retry/0/BackoffRate: BackoffRate is 0.5; it must be"
            + " at least 1.0",
        "4:56: ERROR OUT_OF_RANGE /States/A/Retry/0/MaxDelaySeconds: MaxDelaySeconds is 0; it"
            + " must be from 1 to 31622400");
  }

  @Test
  void queryLanguageRules() {
    assertThat(check("""
        {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
          "A": {"Type": "Pass", "QueryLanguage": "JSONPath", "Next": "B"},
          "B": {"Type": "Pass", "InputPath": "$.x", "Output": "{% $states.input %}", "End": true}
        }}""")).containsExactly(
        "2:25: ERROR QUERY_LANGUAGE_DOWNGRADE /States/A/QueryLanguage: \"QueryLanguage\" can not"
            + " be \"JSONPath\" in a workflow whose QueryLanguage is \"JSONata\"",
        "3:25: ERROR JSONPATH_FIELD_IN_JSONATA /States/B/InputPath: \"InputPath\" is a JSONPath"
            + " field; this state uses JSONata (use Arguments, Output and Assign with {% %}"
            + " expressions)");
    assertThat(check(states("""
        "A": {"Type": "Pass", "Output": {"x": 1}, "End": true}""")))
        .containsExactly("1:51: ERROR JSONATA_FIELD_IN_JSONPATH /States/A/Output: \"Output\" is a"
            + " JSONata field; this state uses JSONPath (set \"QueryLanguage\": \"JSONata\", or use"
            + " Parameters, ResultSelector and OutputPath)");
  }

  @Test
  void distributedChildExecutionsMayUseJsonPathInsideJsonata() {
    assertThat(check("""
        {"QueryLanguage": "JSONata", "StartAt": "A", "States": {"A": {"Type": "Map",
          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
            "StartAt": "P", "States": {"P": {"Type": "Pass", "QueryLanguage": "JSONPath",
              "InputPath": "$.x", "End": true}}},
          "End": true}}}""")).isEmpty();
  }

  @Test
  void pathsAndReferencePaths() {
    assertThat(check(states("""
        "A": {"Type": "Pass", "InputPath": "$.a[", "ResultPath": "$.items[*]",
          "OutputPath": "$..book[?(@.price < 10)]", "Next": "B"},
        "B": {"Type": "Pass", "ResultPath": "$$.Execution", "Parameters": {"x.$": "$.a.[0]"},
          "End": true}"""))).containsExactly(
        "1:51: ERROR INVALID_PATH /States/A/InputPath: \"$.a[\" is not a valid JSONPath: unclosed"
            + " '[' at character 5",
        "1:72: ERROR INVALID_REFERENCE_PATH /States/A/ResultPath: \"$.items[*]\" selects several"
            + " values; a reference path names one (only .field, ['field'] and [index] steps)",
        "3:23: ERROR INVALID_REFERENCE_PATH /States/B/ResultPath: \"$$.Execution\" cannot be a"
            + " ResultPath: it places the result in the state input, so it starts with $ (not $$"
            + " or a variable)");
  }

  @Test
  void intrinsicNamesAritiesAndNesting() {
    String nested = "States.Format('{}', ".repeat(11) + "$.x" + ")".repeat(11);
    assertThat(check(states("""
        "A": {"Type": "Pass", "Parameters": {
          "a.$": "States.Fromat('{}', $.x)",
          "b.$": "States.ArrayGetItem($.list)",
          "c.$": "%s"
        }, "End": true}""".formatted(nested)))).extracting(s -> s.substring(0, s.indexOf(':',
        s.indexOf("/States")))).containsExactly(
        "2:3: ERROR UNKNOWN_INTRINSIC /States/A/Parameters/a.$",
        "3:3: ERROR INTRINSIC_ARGUMENTS /States/A/Parameters/b.$",
        "4:3: ERROR INTRINSIC_NESTING /States/A/Parameters/c.$");
  }

  @Test
  void jsonataSyntaxAndRoots() {
    assertThat(check("""
        {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
          "A": {"Type": "Pass", "Output": {"x": "{% $states.input.a + %}", "y": "{% $.a %}",
            "z": "10 %}"}, "End": true}
        }}""")).containsExactly(
        "2:36: ERROR INVALID_JSONATA /States/A/Output/x: invalid JSONata: Unexpected end of"
            + " expression",
        "2:68: ERROR INVALID_JSONATA /States/A/Output/y: Step Functions binds nothing to \"$\" at"
            + " the top of a JSONata expression: read the input as $states.input and the context"
            + " as $states.context",
        "3:5: ERROR INVALID_JSONATA /States/A/Output/z: \"10 %}\" ends with %} but does not open"
            + " with {%, so it is literal text; a JSONata expression is the whole string \"{% ..."
            + " %}\"");
  }

  @Test
  void variableNames() {
    assertThat(check(states("""
        "A": {"Type": "Pass", "Assign": {"a.b": 1, "states": 2, "my-var": 3}, "End": true}""")))
        .containsExactly(
        "1:62: ERROR INVALID_VARIABLE_NAME /States/A/Assign/a.b: \"a.b\" is not a variable"
            + " name; a sub-path cannot be assigned: assign the whole variable",
        "1:72: ERROR INVALID_VARIABLE_NAME /States/A/Assign/states: \"states\" is reserved:"
            + " $states holds the input, result, error output and context",
        "1:85: WARNING VARIABLE_NAME_NOT_IDENTIFIER /States/A/Assign/my-var: \"my-var\" is not an"
            + " identifier, so JSONata reads $my-var as something else; use letters, digits and"
            + " underscores");
  }

  @Test
  void stateNamesAreAtMost80Characters() {
    String name = "n".repeat(81);
    assertThat(check("{\"StartAt\": \"" + name + "\", \"States\": {\"" + name
        + "\": {\"Type\": \"Succeed\"}}}")).containsExactly("1:109: ERROR"
        + " STATE_NAME_TOO_LONG /States/" + name + ": state name is 81 characters; at most 80");
  }

  @Test
  void definitionSizeIsLimited() {
    String json = states("\"A\": {\"Type\": \"Pass\", \"Result\": \"" + "\u00e9".repeat(550_000)
        + "\", \"End\": true}");
    assertThat(json.length()).isLessThan(1_048_576); // the limit counts UTF-8 bytes
    assertThat(check(json)).containsExactly("1:1: ERROR DEFINITION_TOO_LARGE the definition is "
        + (json.length() + 550_000) + " bytes; Step Functions accepts at most 1048576 (1 MiB)");
  }

  @Test
  void expressWorkflowsRejectSyncCallbacksAndActivities() {
    String json = states("""
        "A": {"Type": "Task", "Resource": "arn:aws:states:::glue:startJobRun.sync",
          "Parameters": {"JobName": "j"}, "Next": "B"},
        "B": {"Type": "Task", "Resource": "arn:aws:states:eu-west-1:123456789012:activity:approve",
          "End": true}""");
    assertThat(check(json)).isEmpty();
    assertThat(express(json)).containsExactly(
        "1:51: ERROR EXPRESS_UNSUPPORTED /States/A/Resource: Express workflows only support"
            + " request-response integrations; \"arn:aws:states:::glue:startJobRun.sync\" needs a"
            + " Standard workflow",
        "3:23: ERROR EXPRESS_UNSUPPORTED /States/B/Resource: Express workflows only support"
            + " request-response integrations; \"arn:aws:states:eu-west-1:123456789012:activity:"
            + "approve\" needs a Standard workflow");
  }

  @Test
  void lookAlikePathsAndIntrinsicsWithoutDollarSuffix() {
    assertThat(check(states("""
        "A": {"Type": "Pass", "Parameters": {"name": "$.name", "id": "States.UUID()"},
          "End": true}"""))).containsExactly(
        "1:66: WARNING LOOKS_LIKE_PATH /States/A/Parameters/name: \"$.name\" looks like a path"
            + " but is passed as literal text, because the key has no .$ suffix; did you mean"
            + " \"name.$\"?",
        "1:84: WARNING LOOKS_LIKE_PATH /States/A/Parameters/id: \"States.UUID()\" looks like an"
            + " intrinsic function call but is passed as literal text, because the key has no .$ suffix;"
            + " did you mean \"id.$\"?");
  }

  @Test
  void catchWithoutResultPathReplacesTheInput() {
    assertThat(check(states("""
        "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "B"}], "End": true},
        "B": {"Type": "Succeed"}"""))).containsExactly(
        "2:13: WARNING CATCH_REPLACES_INPUT /States/A/Catch/0: without \"ResultPath\", the error"
            + " output replaces the state's whole input when this catcher fires; set ResultPath"
            + " (e.g. \"$.error\") to keep the input");
  }

  @Test
  void variableReadWhereItMayNotBeAssigned() {
    assertThat(check(states("""
        "A": {"Type": "Choice", "Choices": [
          {"Variable": "$.x", "IsPresent": true, "Assign": {"total": 1}, "Next": "B"}],
          "Default": "B"},
        "B": {"Type": "Pass", "Parameters": {"t.$": "$total", "u.$": "$unknown"}, "Next": "C"},
        "C": {"Type": "Pass", "Parameters": {"t.$": "States.Format('{}', $total)"},
          "Assign": {"later": 1}, "End": true}"""))).containsExactly(
        "4:38: WARNING UNASSIGNED_VARIABLE /States/B/Parameters/t.$: $total may not be assigned"
            + " yet when \"B\" runs: a path from StartAt reaches it without assigning total;"
            + " assign it on every path before",
        "4:55: WARNING UNASSIGNED_VARIABLE /States/B/Parameters/u.$: $unknown is never assigned;"
            + " assign it with \"Assign\" in an earlier state (reading it fails the execution)",
        "5:38: WARNING UNASSIGNED_VARIABLE /States/C/Parameters/t.$: $total may not be assigned"
            + " yet when \"C\" runs: a path from StartAt reaches it without assigning total;"
            + " assign it on every path before");
  }

  @Test
  void variablesAssignedOnEveryPathAndInEnclosingScopesAreFine() {
    assertThat(check("""
        {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
          "A": {"Type": "Pass", "Assign": {"n": 1}, "Next": "P"},
          "P": {"Type": "Parallel", "Branches": [{"StartAt": "In", "States": {
            "In": {"Type": "Pass", "Output": "{% $n + ($v := 2; $v) %}", "End": true}}}],
            "Next": "Z"},
          "Z": {"Type": "Pass", "Output": "{% $map([1], function($x) { $x + $n }) %}", "End": true}
        }}""")).isEmpty();
  }

  @Test
  void variableAssignedInTheSameStateIsNotYetVisible() {
    assertThat(check("""
        {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
          "A": {"Type": "Pass", "Assign": {"n": 1}, "Output": "{% $n %}", "End": true}
        }}""")).containsExactly("2:45: WARNING UNASSIGNED_VARIABLE /States/A/Output: $n is"
        + " assigned by \"A\" itself, but a state's fields read variables as they were when it"
        + " started: the new value is visible from the next state");
  }

  @Test
  void deploymentPlaceholdersAreAcceptedTestPlaceholdersAreNot() {
    assertThat(check(states("""
        "A": {"Type": "Task", "Resource": "${LambdaArn}", "Next": "B"},
        "B": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem",
          "Parameters": {"TableName": "${Table}", "Key": {"pk": {"S.$": "$.${KeyName}"}}},
          "Next": "C"},
        "C": {"Type": "Task", "Resource": "_tbd_", "End": true}"""))).containsExactly(
        "5:23: ERROR UNRESOLVED_PLACEHOLDER /States/C/Resource: \"_tbd_\" is a test-harness"
            + " placeholder that was never replaced; substitute the real value");
  }

  @Test
  void resourcesAreUrisAndLambdaArnsAreWellFormed() {
    assertThat(check(states("""
        "A": {"Type": "Task", "Resource": "lambda invoke", "Next": "B"},
        "B": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:f:", "End": true}""")))
        .containsExactly(
        "1:51: ERROR INVALID_RESOURCE /States/A/Resource: \"lambda invoke\" is not a URI; a"
            + " Task's Resource is arn:<partition>:states:::<service>:<action>, an activity or a"
            + " Lambda function ARN",
        "2:23: ERROR INVALID_RESOURCE /States/B/Resource: \"arn:aws:lambda:us-east-1:123456789012:"
            + "function:f:\" is not a Lambda function ARN: arn:aws:lambda:<region>:<account>:"
            + "function:<name>[:<alias or version>]");
  }

  @Test
  void unreadableTextReportsReaderProblemsAndTheRulesOverWhatReads() {
    assertThat(check(states("""
        "A": {"Type": "Pass", "Parameters": {"bad.$": 23, "ok": "$.x"}, "Nxt": "B"},
        "B": {"Type": "Succeed"}""")).stream().map(s -> s.substring(0, s.indexOf(' ',
        s.indexOf(' ') + 1) + 1) + s.split(" ")[2]).toList()).containsExactly(
        "1:34: ERROR MISSING_TRANSITION",
        "1:75: ERROR INVALID_PAYLOAD_TEMPLATE",
        "1:79: WARNING LOOKS_LIKE_PATH",
        "1:93: ERROR UNKNOWN_FIELD");
  }

  @Test
  void duplicateKeyIsReportedNotThrown() {
    assertThat(check("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Succeed", "Type": "Succeed"}
        }}""")).containsExactly("2:28: ERROR DUPLICATE_KEY /States/A/Type: duplicate key"
        + " \"Type\"; JSON readers would silently keep only one value, so each key may appear"
        + " once per object");
  }

  @Test
  void modelValidationHasNoPositions() {
    Workflow w = Workflow.fromJson(states("\"A\": {\"Type\": \"Pass\", \"Next\": \"Z\"}, "
        + "\"Z\": {\"Type\": \"Pass\", \"Next\": \"Z\"}"));
    assertThat(Validator.create().validate(w)).containsExactly(new Diagnostic(
        DiagnosticCode.MISSING_TERMINAL_STATE, "/States", "the top level has no terminal state; end one state"
        + " with \"End\": true, or add a Succeed or Fail state", Severity.ERROR, 0, 0));
  }

  /** The code and location of each diagnostic, for rules whose wording other tests pin down. */
  private static List<String> codes(String json) {
    return Validator.create().validate(json).stream()
        .map(d -> d.severity() + " " + d.code() + " " + d.location()).toList();
  }

  @Test
  void aChoiceWithoutDefaultIsNoTerminalState() {
    assertThat(codes(states("""
        "A": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsNull": true, "Next": "B"}]},
        "B": {"Type": "Pass", "Next": "A"}""")))
        .containsExactly("ERROR MISSING_TERMINAL_STATE /States");
  }

  @Test
  void namesErrorsAndCauses() {
    assertThat(check("{\"StartAt\": \"\", \"States\": {\"\": {\"Type\": \"Fail\", \"Error\": \""
        + "E".repeat(257) + "\", \"Cause\": \"c\"}}}")).containsExactly(
        "1:28: ERROR INVALID_STATE_NAME /States/: a state name cannot be empty",
        "1:49: ERROR OUT_OF_RANGE /States//Error: Error is 257 characters; at most 256");
    assertThat(codes(states("""
        "A": {"Type": "Parallel", "Branches": [{"StartAt": "F", "States": {
          "F": {"Type": "Fail", "Error": "States.Custom"}}}],
          "Catch": [{"ErrorEquals": ["States.Custom"], "ResultPath": "$.e", "Next": "B"},
                    {"ErrorEquals": ["states.all"], "ResultPath": "$.e", "Next": "B"}],
          "End": true},
        "B": {"Type": "Succeed"}"""))).containsExactly(
        "WARNING UNKNOWN_STATES_ERROR /States/A/Branches/0/States/F/Error",
        "WARNING UNKNOWN_STATES_ERROR /States/A/Catch/1/ErrorEquals/0");
  }

  @Test
  void distributedMapParts() {
    assertThat(codes(states("""
        "A": {"Type": "Map", "Label": "x", "ItemProcessor": {"StartAt": "P",
          "States": {"P": {"Type": "Succeed"}}}, "Next": "B"},
        "B": {"Type": "Map",
          "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
            "Parameters": {"Bucket": "b", "Key": "k"},
            "ReaderConfig": {"CSVHeaderLocation": "GIVEN", "Transformation": "LOAD_AND_FLATTEN",
              "ItemsPointer": "data/items"}},
          "ResultWriter": {"Resource": "arn:aws:states:::lambda:invoke"},
          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
            "StartAt": "Q", "States": {"Q": {"Type": "Succeed"}}}, "End": true}"""))).containsExactly(
        "WARNING DISTRIBUTED_ONLY /States/A/Label",
        "ERROR MISSING_FIELD /States/B/ItemReader/ReaderConfig",
        "ERROR MISSING_FIELD /States/B/ItemReader/ReaderConfig",
        "ERROR FIELD_NOT_ALLOWED /States/B/ItemReader/ReaderConfig/Transformation",
        "ERROR INVALID_VALUE /States/B/ItemReader/ReaderConfig/ItemsPointer",
        "ERROR MISSING_FIELD /States/B/ResultWriter",
        "ERROR INVALID_RESOURCE /States/B/ResultWriter/Resource");
  }

  @Test
  void stepFunctionsJsonataRules() {
    assertThat(check("""
        {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
          "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Arguments": {"a": "{% $eval('1') %}", "b": "{% States.Format('x') %}",
              "c": "{% $states.result %}", "d": "{% $states.inputs %}",
              "e": "{% $states.errorOutput %}"},
            "Catch": [{"ErrorEquals": ["States.ALL"], "Output": "{% $states.errorOutput %}",
              "Next": "B"}],
            "End": true},
          "B": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Arguments": "not an object", "End": true}
        }}""")).containsExactly(
        "3:19: ERROR INVALID_JSONATA /States/A/Arguments/a: $eval is not available in Step"
            + " Functions; use $parse to read JSON text",
        "3:44: ERROR INVALID_JSONATA /States/A/Arguments/b: States.Format is an intrinsic"
            + " function of JSONPath states; JSONata has its own functions ($string, $uuid, $hash,"
            + " ...)",
        "4:7: ERROR INVALID_JSONATA /States/A/Arguments/c: $states.result is not available in"
            + " Arguments: the task has not run yet (use it in Output or Assign)",
        "4:36: ERROR INVALID_JSONATA /States/A/Arguments/d: $states has no \"inputs\"; it holds"
            + " input, result, errorOutput and context",
        "5:7: ERROR INVALID_JSONATA /States/A/Arguments/e: $states.errorOutput is available only"
            + " in a Catch (its Output and Assign)",
        "10:5: ERROR WRONG_TYPE /States/B/Arguments: Arguments is an object or a JSONata"
            + " expression \"{% ... %}\" that gives one");
  }

  @Test
  void intrinsicLiteralArguments() {
    assertThat(check(states("""
        "A": {"Type": "Pass", "Parameters": {
          "a.$": "States.Format('{} and {}', $.x)",
          "b.$": "States.Hash($.x, 'MD4')",
          "c.$": "States.JsonMerge($.a, $.b, true)",
          "d.$": "States.ArrayRange(1, 5000, 1)",
          "e.$": "States.ArrayPartition($.list, 0)",
          "f.$": "States.Format('a \\\\{} {}', $.x)"
        }, "End": true}""")).stream().map(l -> l.substring(l.indexOf(": ") + 2)).toList())
        .containsExactly(
        "ERROR INTRINSIC_ARGUMENTS /States/A/Parameters/a.$: the States.Format template has 2 {}"
            + " placeholders for 1 value; they must match",
        "ERROR INTRINSIC_ARGUMENTS /States/A/Parameters/b.$: States.Hash does not know the"
            + " algorithm 'MD4'; use one of MD5, SHA-1, SHA-256, SHA-384, SHA-512",
        "ERROR INTRINSIC_ARGUMENTS /States/A/Parameters/c.$: the third argument of"
            + " States.JsonMerge must be false: only shallow merges are supported",
        "ERROR INTRINSIC_ARGUMENTS /States/A/Parameters/d.$: States.ArrayRange makes at most 1000"
            + " elements",
        "ERROR INTRINSIC_ARGUMENTS /States/A/Parameters/e.$: States.ArrayPartition needs a chunk"
            + " size of at least 1");
  }

  @Test
  void choiceStringMatchesContextPathsAndRoleArn() {
    assertThat(codes(states("""
        "A": {"Type": "Choice", "Choices": [
          {"Variable": "$$.Executon.Id", "StringMatches": "a\\\\b*", "Next": "B"},
          {"Variable": "$.name", "StringMatches": "a\\\\*b\\\\\\\\", "Next": "B"}],
          "Default": "B"},
        "B": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Credentials": {"RoleArn": 5}, "HeartbeatSeconds": 99999999, "ResultPath": "$.a:b",
          "End": true}"""))).containsExactly(
        "WARNING UNKNOWN_CONTEXT_FIELD /States/A/Choices/0/Variable",
        "ERROR INVALID_VALUE /States/A/Choices/0/StringMatches",
        "ERROR WRONG_TYPE /States/B/Credentials/RoleArn",
        "ERROR HEARTBEAT_NOT_BELOW_TIMEOUT /States/B/HeartbeatSeconds",
        "ERROR INVALID_REFERENCE_PATH /States/B/ResultPath");
  }

  @Test
  void branchAssigningAnOuterVariable() {
    assertThat(codes("""
        {"QueryLanguage": "JSONata", "StartAt": "A", "States": {
          "A": {"Type": "Pass", "Assign": {"n": 1, "m": 1}, "Next": "P"},
          "P": {"Type": "Parallel", "Branches": [{"StartAt": "In", "States": {
            "In": {"Type": "Pass", "Assign": {"n": 2, "local": 3}, "End": true}}}],
            "Assign": {"later": 1}, "End": true}
        }}""")).containsExactly("WARNING VARIABLE_SHADOWS_OUTER"
        + " /States/P/Branches/0/States/In/Assign/n");
  }

  @Test
  void optimizedIntegrationsMustExistWithTheirPatterns() {
    assertThat(check(states("""
        "A": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:query", "Next": "B"},
        "B": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.sync", "Next": "C"},
        "C": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:dynamodb:query", "Next": "D"},
        "D": {"Type": "Task", "Resource": "arn:aws:states:::sagemaker:createTrainingJob.sync",
          "End": true}"""))).containsExactly(
        "1:51: ERROR UNKNOWN_INTEGRATION /States/A/Resource: \"arn:aws:states:::dynamodb:query\""
            + " is not an optimized integration: dynamodb has getItem, putItem, updateItem and"
            + " deleteItem; call other actions through the SDK integration"
            + " arn:aws:states:::aws-sdk:dynamodb:query",
        "2:23: ERROR UNKNOWN_INTEGRATION /States/B/Resource: lambda:invoke has no .sync pattern;"
            + " it supports request-response and .waitForTaskToken");
  }

  @Test
  void intrinsicLiteralsOfTheWrongKind() {
    assertThat(check(states("""
        "A": {"Type": "Pass", "Parameters": {
          "a.$": "States.MathAdd(1, '-1')",
          "b.$": "States.ArrayLength('abc')",
          "c.$": "States.StringSplit($.s, 5)",
          "d.$": "States.MathRandom(1, null)",
          "e.$": "States.MathAdd($.n, States.ArrayLength($.list))"
        }, "End": true}""")).stream().map(l -> l.substring(l.indexOf(": ") + 2)).toList())
        .containsExactly(
        "ERROR INTRINSIC_ARGUMENTS /States/A/Parameters/a.$: argument 2 of States.MathAdd must"
            + " be a number, got the string '-1'",
        "ERROR INTRINSIC_ARGUMENTS /States/A/Parameters/b.$: argument 1 of States.ArrayLength"
            + " must be an array, got the string 'abc'",
        "ERROR INTRINSIC_ARGUMENTS /States/A/Parameters/c.$: argument 2 of States.StringSplit"
            + " must be a string, got the number 5",
        "ERROR INTRINSIC_ARGUMENTS /States/A/Parameters/d.$: argument 2 of States.MathRandom"
            + " must be a number, got null");
  }

  /**
   * Step Functions evaluates paths with Jayway JsonPath, which trims the path: AWS's own example
   * {@code "$$.Execution.Name "} reads the name. Spaces inside a name are still wrong.
   */
  @Test
  void spacesAtTheEndOfAPathAreIgnoredAsStepFunctionsDoes() {
    assertThat(check(states("""
        "A": {"Type": "Pass", "Parameters": {"name.$": "$$.Execution.Name ",
          "input.$": "$.a  "}, "OutputPath": "$.name ", "End": true}"""))).isEmpty();
    assertThat(check(states("""
        "A": {"Type": "Pass", "Parameters": {"name.$": "$.first name"}, "End": true}""")))
        .containsExactly("1:66: ERROR INVALID_PATH /States/A/Parameters/name.$: \"$.first name\""
            + " is not a valid JSONPath: unexpected ' ' at character 8");
  }

  @Test
  void graphRulesRunWhenReadingFoundProblemsThatLeaveTheGraphAlone() {
    assertThat(check(states("""
        "A": {"Type": "Pass", "TimeoutSecond": 5, "Next": "B"},
        "B": {"Type": "Wait", "Seconds": "5", "End": true},
        "Orphan": {"Type": "Succeed"}"""))).containsExactly(
        "1:51: ERROR UNKNOWN_FIELD /States/A/TimeoutSecond: unknown field \"TimeoutSecond\" in a"
            + " Pass state; a Pass state allows Type, Comment, QueryLanguage, InputPath,"
            + " Parameters, Result, ResultPath, OutputPath, Output, Assign, Next, End",
        "2:34: ERROR WRONG_TYPE /States/B/Seconds: expected a number (or, in JSONata, an"
            + " expression \"{% ... %}\"), found the string \"5\"",
        "3:1: ERROR UNREACHABLE_STATE /States/Orphan: state \"Orphan\" is not reachable from"
            + " \"A\"; remove it or add a transition to it");
    // a transition left out may have been what reached a state: no verdict on reachability
    assertThat(codes(states("""
        "A": {"Type": "Pass", "Next": 5},
        "B": {"Type": "Succeed"}"""))).containsExactly("ERROR WRONG_TYPE /States/A/Next");
  }

  @Test
  void fieldsThatTakeAnArnHoldOne() {
    assertThat(codes(states("""
        "A": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "Parameters": {
          "TopicArn": "TOPIC_ARN", "Message": "hi"}, "Next": "B"},
        "B": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync:2",
          "Arguments": {"StateMachineArn": "child"}, "QueryLanguage": "JSONata",
          "Credentials": {"RoleArn": "task-role"}, "Next": "C"},
        "C": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "Parameters": {
          "TopicArn": "${OrdersTopic}", "TargetArn.$": "$.target", "Message": "hi"},
          "Next": "D"},
        "D": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke", "Parameters": {
          "ApiEndpoint": "https://example.com", "Method": "GET",
          "Authentication": {"ConnectionArn": "arn:aws:events:us-east-1:1:connection/c/1"}},
          "End": true}"""))).containsExactly(
        "WARNING NOT_AN_ARN /States/A/Parameters/TopicArn",
        "WARNING NOT_AN_ARN /States/B/Arguments/StateMachineArn",
        "WARNING NOT_AN_ARN /States/B/Credentials/RoleArn");
    assertThat(check(states("""
        "A": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "Parameters": {
          "TopicArn": "TOPIC_ARN", "Message": "hi"}, "End": true}"""))).containsExactly(
        "2:3: WARNING NOT_AN_ARN /States/A/Parameters/TopicArn: \"TOPIC_ARN\" is not an ARN;"
            + " sns:publish's TopicArn takes one, such as"
            + " arn:aws:sns:us-east-1:123456789012:orders, or a ${Name} placeholder filled in at"
            + " deployment (the IAM policy derived from the definition names it too)");
  }

  @Test
  void dynamoDbAttributeValuesNameTheirType() {
    assertThat(check(states("""
        "A": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:putItem", "Parameters": {
          "TableName": "orders", "Item": {"id": {"S": "o-1"}, "total": 42, "name": "x",
            "at.$": "$.time", "tags": {"SS.$": "$.tags"}, "lines": [1]}}, "Next": "B"},
        "B": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:dynamodb:query",
          "Parameters": {"TableName": "orders", "KeyConditionExpression": "id = :id",
            "ExpressionAttributeValues": {":id": {"value": "o-1"}}}, "End": true}""")))
        .containsExactly(
        "2:55: WARNING UNTYPED_DYNAMODB_VALUE /States/A/Parameters/Item/total: Item \"total\" is"
            + " 42; DynamoDB takes an attribute value that names its type, such as {\"S\":"
            + " \"text\"}, {\"N\": \"42\"}, {\"BOOL\": true} or {\"M\": {...}}",
        "2:68: WARNING UNTYPED_DYNAMODB_VALUE /States/A/Parameters/Item/name: Item \"name\" is"
            + " \"x\"; DynamoDB takes an attribute value that names its type, such as {\"S\":"
            + " \"text\"}, {\"N\": \"42\"}, {\"BOOL\": true} or {\"M\": {...}}",
        "3:51: WARNING UNTYPED_DYNAMODB_VALUE /States/A/Parameters/Item/lines: Item \"lines\" is"
            + " an array; DynamoDB takes an attribute value that names its type, such as"
            + " {\"S\": \"text\"}, {\"N\": \"42\"}, {\"BOOL\": true} or {\"M\": {...}}",
        "6:35: WARNING UNTYPED_DYNAMODB_VALUE /States/B/Parameters/ExpressionAttributeValues/:id:"
            + " ExpressionAttributeValues \":id\" is an object without a type; DynamoDB takes an"
            + " attribute value that names its type, such as {\"S\": \"text\"}, {\"N\": \"42\"},"
            + " {\"BOOL\": true} or {\"M\": {...}}");
  }
}
