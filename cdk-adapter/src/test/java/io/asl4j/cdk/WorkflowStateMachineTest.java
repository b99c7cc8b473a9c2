package io.asl4j.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.Workflow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.stepfunctions.StateMachineType;

/** The construct synthesizes the definition and the derived policy. */
class WorkflowStateMachineTest {

  private static final String GLUE_LAMBDA_SNS = """
      {"StartAt": "Run Glue Job", "States": {
        "Run Glue Job": {"Type": "Task", "Resource": "arn:aws:states:::glue:startJobRun.sync",
          "Parameters": {"JobName": "etl"}, "Next": "Notify"},
        "Notify": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
          "Parameters": {"TopicArn.$": "$.topic", "Message": "done"}, "End": true}}}""";

  private static Stack stack() {
    return new Stack(new App(), "Test");
  }

  @Test
  void definitionAndDerivedPolicy() {
    Stack stack = stack();
    Workflow w = Workflow.fromJson(GLUE_LAMBDA_SNS);
    new WorkflowStateMachine(stack, "Flow", WorkflowStateMachine.Props.builder().workflow(w)
        .stateMachineName("flow").build());

    Template t = Template.fromStack(stack);

    t.hasResourceProperties("AWS::StepFunctions::StateMachine", Map.of(
        "StateMachineName", "flow", "DefinitionString", w.toJson()));
    t.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Map.of("Statement",
        Match.arrayWith(List.of(
            Match.objectLike(Map.of("Action", List.of("glue:BatchStopJobRun", "glue:GetJobRun",
                "glue:GetJobRuns", "glue:StartJobRun"), "Effect", "Allow")),
            Match.objectLike(Map.of("Action", "sns:Publish", "Resource", "*")))))));
    Annotations.fromStack(stack).hasWarning("/Test/Flow", Match.stringLikeRegexp(
        "state \"Notify\": the SNS target is dynamic.*"));
  }

  private static final String WITH_A_WARNING = """
      {"StartAt": "Run", "States": {
        "Run": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"FunctionName": "f"},
          "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Failed"}], "End": true},
        "Failed": {"Type": "Fail"}}}""";

  @Test
  void validationWarningsAreSynthWarnings() {
    Stack stack = stack();
    new WorkflowStateMachine(stack, "Flow", WorkflowStateMachine.Props.builder()
        .workflow(Workflow.fromJson(WITH_A_WARNING)).build());

    Annotations.fromStack(stack).hasWarning("/Test/Flow", Match.stringLikeRegexp(
        "/States/Run/Catch/0: without \"ResultPath\", the error output replaces the state's whole"
            + " input when this catcher fires.*"));
  }

  @Test
  void aStrictConstructFailsSynthOnWarnings() {
    assertThatThrownBy(() -> new WorkflowStateMachine(stack(), "Flow",
        WorkflowStateMachine.Props.builder().workflow(Workflow.fromJson(WITH_A_WARNING))
            .strict().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the workflow has 1 warning, and the construct is strict:\n"
            + "  /States/Run/Catch/0: without \"ResultPath\", the error output replaces the"
            + " state's whole input when this catcher fires; set ResultPath (e.g. \"$.error\") to"
            + " keep the input [CATCH_REPLACES_INPUT]");
  }

  @Test
  void expressRulesAreChecked() {
    Workflow w = Workflow.fromJson(GLUE_LAMBDA_SNS);

    assertThatThrownBy(() -> new WorkflowStateMachine(stack(), "Flow",
        WorkflowStateMachine.Props.builder().workflow(w)
            .stateMachineType(StateMachineType.EXPRESS).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the workflow is not a valid EXPRESS state machine:\n"
            + "  /States/Run Glue Job/Resource: Express workflows only support request-response"
            + " integrations; \"arn:aws:states:::glue:startJobRun.sync\" needs a Standard"
            + " workflow [EXPRESS_UNSUPPORTED]");
  }

  @Test
  void grantsAreThoseOfAStateMachine() {
    Stack stack = stack();
    WorkflowStateMachine flow = new WorkflowStateMachine(stack, "Flow",
        WorkflowStateMachine.Props.builder().workflow(Workflow.fromJson(GLUE_LAMBDA_SNS))
            .build());
    software.amazon.awscdk.services.iam.Role caller =
        software.amazon.awscdk.services.iam.Role.Builder.create(stack, "Caller")
            .assumedBy(new software.amazon.awscdk.services.iam.ServicePrincipal(
                "events.amazonaws.com")).build();

    flow.grantStartExecution(caller);

    assertThat(flow.getDerivedStatements()).hasSize(2);
    Template.fromStack(stack).hasResourceProperties("AWS::IAM::Policy", Map.of("Roles",
        List.of(Map.of("Ref", Match.stringLikeRegexp("Caller.*"))), "PolicyDocument",
        Map.of("Statement", List.of(Match.objectLike(Map.of("Action",
            "states:StartExecution"))))));
  }

  @Test
  void cdkResourcesFillPlaceholdersInTheDefinitionAndThePolicy() {
    Stack stack = stack();
    software.amazon.awscdk.services.lambda.Function fn =
        software.amazon.awscdk.services.lambda.Function.Builder.create(stack, "Fn")
            .runtime(software.amazon.awscdk.services.lambda.Runtime.NODEJS_20_X)
            .handler("index.handler")
            .code(software.amazon.awscdk.services.lambda.Code.fromInline("exports.handler=()=>1"))
            .build();
    software.amazon.awscdk.services.sns.Topic topic =
        software.amazon.awscdk.services.sns.Topic.Builder.create(stack, "Topic").build();
    Workflow w = Workflow.fromJson("""
        {"StartAt": "Fetch", "States": {
          "Fetch": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Parameters": {"FunctionName": "${FetchFunction}"}, "Next": "Tell"},
          "Tell": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
            "Parameters": {"TopicArn": "${Topic}", "Message": "done"}, "End": true}}}""");

    new WorkflowStateMachine(stack, "Flow", WorkflowStateMachine.Props.builder().workflow(w)
        .function("FetchFunction", fn).topic("Topic", topic).build());

    Template t = Template.fromStack(stack);
    t.hasResourceProperties("AWS::StepFunctions::StateMachine", Map.of(
        "DefinitionSubstitutions", Map.of(
            "FetchFunction", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("Fn.*"), "Arn")),
            "Topic", Map.of("Ref", Match.stringLikeRegexp("Topic.*")))));
    t.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Map.of("Statement",
        Match.arrayWith(List.of(
            Match.objectLike(Map.of("Action", "lambda:InvokeFunction", "Resource", List.of(
                Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("Fn.*"), "Arn")),
                Map.of("Fn::Join", List.of("", List.of(Map.of("Fn::GetAtt", List.of(
                    Match.stringLikeRegexp("Fn.*"), "Arn")), ":*")))))),
            Match.objectLike(Map.of("Action", "sns:Publish", "Resource",
                Map.of("Ref", Match.stringLikeRegexp("Topic.*")))))))));
    // the workflow itself still renders plain JSON with its placeholders
    assertThat(w.toJson()).contains("\"FunctionName\": \"${FetchFunction}\"");
  }

  @Test
  void everyIntegrationFamilyReachesTheSynthesizedPolicy() {
    String families = """
        {"StartAt": "Lambda", "States": {
          "Lambda": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
            "Parameters": {"FunctionName": "f"}, "Next": "Glue"},
          "Glue": {"Type": "Task", "Resource": "arn:aws:states:::glue:startJobRun.sync",
            "Parameters": {"JobName": "j"}, "Next": "Batch"},
          "Batch": {"Type": "Task", "Resource": "arn:aws:states:::batch:submitJob.sync",
            "Parameters": {"JobName": "b", "JobDefinition": "d", "JobQueue": "q"}, "Next": "Ecs"},
          "Ecs": {"Type": "Task", "Resource": "arn:aws:states:::ecs:runTask.sync",
            "Parameters": {"TaskDefinition": "td"}, "Next": "Athena"},
          "Athena": {"Type": "Task", "Resource": "arn:aws:states:::athena:startQueryExecution.sync",
            "Parameters": {"QueryString": "select 1"}, "Next": "Api"},
          "Api": {"Type": "Task", "Resource": "arn:aws:states:::apigateway:invoke",
            "Parameters": {"ApiEndpoint": "abc123.execute-api.eu-west-1.amazonaws.com",
              "Method": "GET", "Stage": "prod", "AuthType": "IAM_ROLE"}, "Next": "Dynamo"},
          "Dynamo": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem",
            "Parameters": {"TableName": "t", "Key": {}}, "Next": "Sns"},
          "Sns": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
            "Parameters": {"TopicArn": "arn:aws:sns:eu-west-1:123456789012:t", "Message": "m"},
            "Next": "Sqs"},
          "Sqs": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
            "Parameters": {"QueueUrl": "https://sqs.eu-west-1.amazonaws.com/123456789012/q",
              "MessageBody": "m"}, "Next": "Child"},
          "Child": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution.sync:2",
            "Parameters": {"StateMachineArn":
              "arn:aws:states:eu-west-1:123456789012:stateMachine:c"}, "Next": "Events"},
          "Events": {"Type": "Task", "Resource": "arn:aws:states:::events:putEvents",
            "Parameters": {"Entries": [{"Detail": {}, "DetailType": "d", "Source": "s"}]},
            "Next": "Sdk"},
          "Sdk": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:s3:getObject",
            "Parameters": {"Bucket": "b", "Key": "k"}, "Next": "Http"},
          "Http": {"Type": "Task", "Resource": "arn:aws:states:::http:invoke",
            "Parameters": {"ApiEndpoint": "https://example.com", "Method": "GET",
              "Authentication": {"ConnectionArn":
                "arn:aws:events:eu-west-1:123456789012:connection/c/1"}}, "End": true}}}""";
    Stack stack = stack();
    WorkflowStateMachine flow = new WorkflowStateMachine(stack, "Flow",
        WorkflowStateMachine.Props.builder().workflow(Workflow.fromJson(families)).build());

    Map<String, Map<String, Object>> policies = Template.fromStack(stack)
        .findResources("AWS::IAM::Policy");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> synthesized = (List<Map<String, Object>>) ((Map<String, Object>)
        ((Map<String, Object>) policies.values().iterator().next().get("Properties"))
            .get("PolicyDocument")).get("Statement");
    java.util.Set<String> synthesizedActions = new java.util.TreeSet<>();
    for (Map<String, Object> statement : synthesized) {
      Object action = statement.get("Action");
      if (action instanceof List<?> list) {
        list.forEach(a -> synthesizedActions.add((String) a));
      } else {
        synthesizedActions.add((String) action);
      }
    }
    java.util.Set<String> derivedActions = new java.util.TreeSet<>();
    flow.getDerivedStatements().forEach(st -> derivedActions.addAll(st.actions()));

    assertThat(synthesizedActions).containsAll(derivedActions).contains("lambda:InvokeFunction",
        "glue:GetJobRuns", "batch:TerminateJob", "ecs:RunTask", "iam:PassRole",
        "athena:startQueryExecution", "execute-api:Invoke", "dynamodb:GetItem", "sns:Publish",
        "sqs:SendMessage", "states:DescribeExecution", "events:PutEvents", "events:PutRule",
        "s3:GetObject", "states:InvokeHTTPEndpoint", "events:RetrieveConnectionCredentials");
    Annotations.fromStack(stack).hasWarning("/Test/Flow", Match.stringLikeRegexp(
        ".*the resources of s3:GetObject \\(aws-sdk:s3:getObject\\) cannot be derived.*"));
  }

  @Test
  void derivedStatementsCanBeReplaced() {
    Stack stack = stack();
    WorkflowStateMachine flow = new WorkflowStateMachine(stack, "Flow",
        WorkflowStateMachine.Props.builder().workflow(Workflow.fromJson(GLUE_LAMBDA_SNS))
            .derivedStatements(all -> all.stream()
                .filter(st -> !st.actions().contains("sns:Publish")).toList())
            .policy(software.amazon.awscdk.services.iam.PolicyStatement.Builder.create()
                .actions(List.of("sns:Publish"))
                .resources(List.of("arn:aws:sns:eu-west-1:123456789012:alerts")).build())
            .build());

    assertThat(flow.getDerivedStatements()).hasSize(1);
    Template.fromStack(stack).hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument",
        Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of("Action",
            "sns:Publish", "Resource", "arn:aws:sns:eu-west-1:123456789012:alerts")))))));
  }
}
