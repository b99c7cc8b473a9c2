package io.asl4j.cdk.iam;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy derived for each integration family and pattern, exactly. */
class IamDeriverTest {

  private static final IamDeriver DERIVER = IamDeriver.create().environment("eu-west-1",
      "123456789012");

  /** A one-Task workflow. */
  private static IamDeriver.Result task(String resource, String parameters) {
    return DERIVER.derive(Workflow.fromJson("{\"StartAt\": \"T\", \"States\": {\"T\": {\"Type\":"
        + " \"Task\", \"Resource\": \"" + resource + "\"" + (parameters == null ? ""
        : ", \"Parameters\": " + parameters) + ", \"End\": true}}}"));
  }

  private static List<String> statements(IamDeriver.Result r) {
    return r.statements().stream().map(Statement::toString).toList();
  }

  @Test
  void lambdaOnTheFunctionAndItsVersions() {
    assertThat(statements(task("arn:aws:states:::lambda:invoke",
        "{\"FunctionName\": \"resize\"}"))).containsExactly("[lambda:InvokeFunction] on"
        + " [arn:aws:lambda:eu-west-1:123456789012:function:resize,"
        + " arn:aws:lambda:eu-west-1:123456789012:function:resize:*]");
    assertThat(statements(task("arn:aws:lambda:us-east-1:111122223333:function:f", null)))
        .containsExactly("[lambda:InvokeFunction] on [arn:aws:lambda:us-east-1:111122223333:"
            + "function:f, arn:aws:lambda:us-east-1:111122223333:function:f:*]");
    IamDeriver.Result dynamic = task("arn:aws:states:::lambda:invoke",
        "{\"FunctionName.$\": \"$.fn\"}");
    assertThat(statements(dynamic)).containsExactly("[lambda:InvokeFunction] on"
        + " [arn:aws:lambda:eu-west-1:123456789012:function:*]");
    assertThat(dynamic.warnings()).containsExactly("state \"T\": the Lambda FunctionName is"
        + " dynamic; lambda:InvokeFunction is allowed on every function");
  }

  @Test
  void lambdaFunctionNamesInTheirShortForms() {
    assertThat(statements(task("arn:aws:states:::lambda:invoke",
        "{\"FunctionName\": \"resize:live\"}"))).containsExactly("[lambda:InvokeFunction] on"
        + " [arn:aws:lambda:eu-west-1:123456789012:function:resize,"
        + " arn:aws:lambda:eu-west-1:123456789012:function:resize:*]");
    assertThat(statements(task("arn:aws-cn:states:::lambda:invoke",
        "{\"FunctionName\": \"111122223333:function:resize:1\"}"))).containsExactly(
        "[lambda:InvokeFunction] on [arn:aws-cn:lambda:eu-west-1:111122223333:function:resize,"
        + " arn:aws-cn:lambda:eu-west-1:111122223333:function:resize:*]");
    assertThat(statements(task("arn:aws:states:::lambda:invoke",
        "{\"FunctionName\": \"${ResizeArn}\"}"))).containsExactly("[lambda:InvokeFunction] on"
        + " [${ResizeArn}, ${ResizeArn}:*]");
  }

  @Test
  void glueSyncPollsTheJob() {
    assertThat(statements(task("arn:aws:states:::glue:startJobRun.sync",
        "{\"JobName\": \"etl\"}"))).containsExactly("[glue:BatchStopJobRun, glue:GetJobRun,"
        + " glue:GetJobRuns, glue:StartJobRun] on [arn:aws:glue:eu-west-1:123456789012:job/etl]");
    assertThat(statements(task("arn:aws:states:::glue:startJobRun", "{\"JobName\": \"etl\"}")))
        .containsExactly("[glue:StartJobRun] on [arn:aws:glue:eu-west-1:123456789012:job/etl]");
  }

  @Test
  void syncJobsUseManagedEventRules() {
    assertThat(statements(task("arn:aws:states:::batch:submitJob.sync",
        "{\"JobName\": \"j\", \"JobDefinition\": \"d\", \"JobQueue\": \"q\"}")))
        .containsExactly(
            "[batch:DescribeJobs, batch:SubmitJob, batch:TerminateJob] on [*]",
            "[events:DescribeRule, events:PutRule, events:PutTargets] on"
                + " [arn:aws:events:eu-west-1:123456789012:rule/"
                + "StepFunctionsGetEventsForBatchJobsRule]");
    assertThat(statements(task("arn:aws:states:::states:startExecution.sync:2",
        "{\"StateMachineArn\": \"arn:aws:states:eu-west-1:123456789012:stateMachine:child\"}")))
        .containsExactly(
            "[states:StartExecution] on [arn:aws:states:eu-west-1:123456789012:"
                + "stateMachine:child]",
            "[states:DescribeExecution, states:StopExecution] on"
                + " [arn:aws:states:eu-west-1:123456789012:execution:child:*]",
            "[events:DescribeRule, events:PutRule, events:PutTargets] on"
                + " [arn:aws:events:eu-west-1:123456789012:rule/"
                + "StepFunctionsGetEventsForStepFunctionsExecutionRule]");
  }

  @Test
  void childExecutionsOfAVersionOrAliasAreTheStateMachines() {
    // an execution's ARN names the state machine, never the version or alias it was started by
    assertThat(statements(task("arn:aws:states:::states:startExecution.sync",
        "{\"StateMachineArn\":"
            + " \"arn:aws:states:eu-west-1:123456789012:stateMachine:child:prod\"}")))
        .contains("[states:DescribeExecution, states:StopExecution] on"
            + " [arn:aws:states:eu-west-1:123456789012:execution:child:*]");
    assertThat(statements(task("arn:aws:states:::states:startExecution.sync",
        "{\"StateMachineArn\": \"${ChildArn}\"}"))).contains("[states:DescribeExecution,"
        + " states:StopExecution] on [arn:aws:states:eu-west-1:123456789012:execution:*]");
  }

  @Test
  void dataServicesScopedToTheirResources() {
    assertThat(statements(task("arn:aws:states:::dynamodb:updateItem",
        "{\"TableName\": \"orders\", \"Key\": {}}"))).containsExactly("[dynamodb:UpdateItem] on"
        + " [arn:aws:dynamodb:eu-west-1:123456789012:table/orders]");
    assertThat(statements(task("arn:aws:states:::sqs:sendMessage.waitForTaskToken",
        "{\"QueueUrl\": \"https://sqs.us-east-2.amazonaws.com/111122223333/jobs\","
            + " \"MessageBody\": {\"t.$\": \"$$.Task.Token\"}}"))).containsExactly(
        "[sqs:SendMessage] on [arn:aws:sqs:us-east-2:111122223333:jobs]");
    assertThat(statements(task("arn:aws-cn:states:::sns:publish",
        "{\"TopicArn\": \"arn:aws-cn:sns:cn-north-1:123456789012:t\", \"Message\": \"m\"}")))
        .containsExactly("[sns:Publish] on [arn:aws-cn:sns:cn-north-1:123456789012:t]");
    assertThat(statements(task("arn:aws:states:::events:putEvents",
        "{\"Entries\": [{\"Detail\": {}, \"DetailType\": \"d\", \"Source\": \"s\"},"
            + " {\"EventBusName\": \"orders\", \"Detail\": {}}]}"))).containsExactly(
        "[events:PutEvents] on [arn:aws:events:eu-west-1:123456789012:event-bus/default,"
            + " arn:aws:events:eu-west-1:123456789012:event-bus/orders]");
  }

  @Test
  void sdkCallsMapToIamActions() {
    IamDeriver.Result r = task("arn:aws:states:::aws-sdk:sfn:describeExecution", "{}");
    assertThat(statements(r)).containsExactly("[states:DescribeExecution] on [*]");
    assertThat(r.warnings()).containsExactly("state \"T\": the resources of"
        + " states:DescribeExecution (aws-sdk:sfn:describeExecution) cannot be derived; it is"
        + " allowed on every resource: declare them to narrow it");
    assertThat(statements(task("arn:aws:states:::aws-sdk:s3:listObjectsV2",
        "{\"Bucket\": \"b\"}"))).containsExactly("[s3:ListBucket] on [*]");
  }

  @Test
  void httpTasksActivitiesAndCredentials() {
    assertThat(statements(task("arn:aws:states:::http:invoke", "{\"ApiEndpoint\":"
        + " \"https://api.example.com/v1\", \"Method\": \"GET\", \"Authentication\":"
        + " {\"ConnectionArn\": \"arn:aws:events:eu-west-1:123456789012:connection/c/1\"}}")))
        .containsExactly(
            "[events:RetrieveConnectionCredentials] on"
                + " [arn:aws:events:eu-west-1:123456789012:connection/c/1]",
            "[secretsmanager:DescribeSecret, secretsmanager:GetSecretValue] on"
                + " [arn:aws:secretsmanager:*:*:secret:events!connection/*]",
            "[states:InvokeHTTPEndpoint] on [*] if {StringEquals={states:HTTPMethod=[GET]},"
                + " StringLike={states:HTTPEndpoint=[https://api.example.com/v1*]}}");
    assertThat(task("arn:aws:states:eu-west-1:123456789012:activity:approve", null)
        .statements()).isEmpty();
    Workflow cross = Workflow.fromJson("""
        {"StartAt": "T", "States": {"T": {"Type": "Task",
          "Resource": "arn:aws:states:::lambda:invoke",
          "Credentials": {"RoleArn": "arn:aws:iam::111122223333:role/other"},
          "Parameters": {"FunctionName": "arn:aws:lambda:eu-west-1:111122223333:function:f"},
          "End": true}}}""");
    assertThat(statements(DERIVER.derive(cross))).containsExactly(
        "[sts:AssumeRole] on [arn:aws:iam::111122223333:role/other]",
        "[lambda:InvokeFunction] on [arn:aws:lambda:eu-west-1:111122223333:function:f,"
            + " arn:aws:lambda:eu-west-1:111122223333:function:f:*]");
  }

  @Test
  void distributedMapReadsWritesAndStartsChildren() {
    Workflow w = Workflow.fromJson("""
        {"StartAt": "M", "States": {"M": {"Type": "Map",
          "ItemReader": {"Resource": "arn:aws:states:::s3:getObject",
            "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW"},
            "Parameters": {"Bucket": "in", "Key": "rows.csv"}},
          "ResultWriter": {"Resource": "arn:aws:states:::s3:putObject",
            "Parameters": {"Bucket": "out", "Prefix": "runs/"}},
          "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
            "StartAt": "P", "States": {"P": {"Type": "Task",
              "Resource": "arn:aws:states:::lambda:invoke",
              "Parameters": {"FunctionName": "row"}, "End": true}}},
          "End": true}}}""");

    IamDeriver.Result r = DERIVER.stateMachine(
        "arn:aws:states:eu-west-1:123456789012:stateMachine:rows").derive(w);

    assertThat(statements(r)).containsExactly(
        "[states:StartExecution] on [arn:aws:states:eu-west-1:123456789012:stateMachine:rows]",
        "[states:DescribeExecution, states:StopExecution] on"
            + " [arn:aws:states:eu-west-1:123456789012:execution:rows/*]",
        "[s3:GetObject] on [arn:aws:s3:::in/rows.csv]",
        "[s3:AbortMultipartUpload, s3:GetObject, s3:ListMultipartUploadParts, s3:PutObject] on"
            + " [arn:aws:s3:::out/runs/*]",
        "[lambda:InvokeFunction] on [arn:aws:lambda:eu-west-1:123456789012:function:row,"
            + " arn:aws:lambda:eu-west-1:123456789012:function:row:*]");
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void statementsWithTheSameActionsAreMerged() {
    Workflow w = Workflow.fromJson("""
        {"StartAt": "A", "States": {
          "A": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
            "Parameters": {"TopicArn": "arn:aws:sns:eu-west-1:123456789012:a", "Message": "x"},
            "Next": "B"},
          "B": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
            "Parameters": {"TopicArn": "arn:aws:sns:eu-west-1:123456789012:b", "Message": "x"},
            "End": true}}}""");

    assertThat(statements(DERIVER.derive(w))).containsExactly("[sns:Publish] on"
        + " [arn:aws:sns:eu-west-1:123456789012:a, arn:aws:sns:eu-west-1:123456789012:b]");
  }
}
