package io.asl4j.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.Workflow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.stepfunctions.AwsOwnedEncryptionConfiguration;
import software.amazon.awscdk.services.stepfunctions.CustomerManagedEncryptionConfiguration;
import software.amazon.awscdk.services.stepfunctions.LogLevel;
import software.amazon.awscdk.services.stepfunctions.LogOptions;

/**
 * The state machine's data is encrypted with an AWS-owned or a customer-managed key, and the
 * role, the log delivery and the grantees get what a customer-managed key asks of them.
 */
class EncryptionTest {

  private static final Workflow PASS = Workflow.fromJson("""
      {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""");

  private static Object keyArn() {
    return Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("Key.*"), "Arn"));
  }

  /** {@code arn:<partition>:<service>:<region>:<account>:<rest>} as CDK's formatArn joins it. */
  private static Object arn(String service, String rest) {
    return Map.of("Fn::Join", List.of("", List.of("arn:", Map.of("Ref", "AWS::Partition"),
        ":" + service + ":", Map.of("Ref", "AWS::Region"), ":",
        Map.of("Ref", "AWS::AccountId"), rest)));
  }

  @Test
  void anAwsOwnedKeyAsksNothingOfTheRole() {
    Stack stack = new Stack(new App(), "Test");

    new WorkflowStateMachine(stack, "Flow", WorkflowStateMachine.Props.builder().workflow(PASS)
        .encryptionConfiguration(new AwsOwnedEncryptionConfiguration()).build());

    Template t = Template.fromStack(stack);
    t.hasResourceProperties("AWS::StepFunctions::StateMachine", Map.of(
        "EncryptionConfiguration", Map.of("Type", "AWS_OWNED_KEY")));
    t.resourceCountIs("AWS::IAM::Policy", 0);
  }

  @Test
  void aNamedMachineMayUseItsKeyForItsOwnDataOnly() {
    Stack stack = new Stack(new App(), "Test");
    Key key = Key.Builder.create(stack, "Key").build();

    new WorkflowStateMachine(stack, "Flow", WorkflowStateMachine.Props.builder().workflow(PASS)
        .stateMachineName("orders")
        .encryptionConfiguration(new CustomerManagedEncryptionConfiguration(key,
            Duration.seconds(120)))
        .build());

    Template t = Template.fromStack(stack);
    t.hasResourceProperties("AWS::StepFunctions::StateMachine", Map.of(
        "EncryptionConfiguration", Map.of("Type", "CUSTOMER_MANAGED_KMS_KEY",
            "KmsKeyId", keyArn(), "KmsDataKeyReusePeriodSeconds", 120)));
    t.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Map.of("Statement",
        List.of(Map.of("Effect", "Allow", "Action", List.of("kms:Decrypt",
            "kms:GenerateDataKey"), "Resource", keyArn(), "Condition", Map.of("StringEquals",
            Map.of("kms:EncryptionContext:aws:states:stateMachineArn",
                arn("states", ":stateMachine:orders"))))))));
  }

  @Test
  void anUnnamedMachineMayUseItsKeyForTheMachinesOfItsAccountAndRegion() {
    Stack stack = new Stack(new App(), "Test");
    Key key = Key.Builder.create(stack, "Key").build();

    new WorkflowStateMachine(stack, "Flow", WorkflowStateMachine.Props.builder().workflow(PASS)
        .encryptionConfiguration(new CustomerManagedEncryptionConfiguration(key)).build());

    Template t = Template.fromStack(stack);
    t.hasResourceProperties("AWS::StepFunctions::StateMachine", Map.of(
        "EncryptionConfiguration", Map.of("Type", "CUSTOMER_MANAGED_KMS_KEY",
            "KmsKeyId", keyArn(), "KmsDataKeyReusePeriodSeconds", 300)));
    // CDK's own statement would name "stateMachine:" with no name, which matches no machine
    t.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Map.of("Statement",
        List.of(Match.objectLike(Map.of("Condition", Map.of("StringLike", Map.of(
            "kms:EncryptionContext:aws:states:stateMachineArn",
            arn("states", ":stateMachine:*")))))))));
  }

  @Test
  void logsGoToCloudWatchAndTheirDeliveryMayUseTheKey() {
    Stack stack = new Stack(new App(), "Test");
    Key key = Key.Builder.create(stack, "Key").build();
    LogGroup logs = LogGroup.Builder.create(stack, "Logs").build();

    new WorkflowStateMachine(stack, "Flow", WorkflowStateMachine.Props.builder().workflow(PASS)
        .stateMachineName("orders")
        .logs(LogOptions.builder().destination(logs).level(LogLevel.ALL)
            .includeExecutionData(true).build())
        .encryptionConfiguration(new CustomerManagedEncryptionConfiguration(key)).build());

    Template t = Template.fromStack(stack);
    t.hasResourceProperties("AWS::StepFunctions::StateMachine", Map.of(
        "LoggingConfiguration", Map.of("Level", "ALL", "IncludeExecutionData", true,
            "Destinations", List.of(Map.of("CloudWatchLogsLogGroup", Map.of("LogGroupArn",
                Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("Logs.*"), "Arn"))))))));
    t.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Map.of("Statement",
        Match.arrayWith(List.of(
            // CDK's log delivery permissions
            Match.objectLike(Map.of("Action", List.of("logs:CreateLogDelivery",
                "logs:GetLogDelivery", "logs:UpdateLogDelivery", "logs:DeleteLogDelivery",
                "logs:ListLogDeliveries", "logs:PutResourcePolicy",
                "logs:DescribeResourcePolicies", "logs:DescribeLogGroups"), "Resource", "*")),
            Match.objectLike(Map.of("Action", "kms:GenerateDataKey", "Resource", keyArn(),
                "Condition", Map.of("StringEquals", Map.of("kms:EncryptionContext:SourceArn",
                    arn("logs", ":*"))))))))));
    t.hasResourceProperties("AWS::KMS::Key", Map.of("KeyPolicy", Map.of("Statement",
        Match.arrayWith(List.of(Match.objectLike(Map.of("Action", "kms:Decrypt*",
            "Principal", Map.of("Service", "delivery.logs.amazonaws.com"), "Resource",
            "*")))))));
  }

  @Test
  void logsWithoutAKeyNeedOnlyTheDeliveryPermissions() {
    Stack stack = new Stack(new App(), "Test");
    LogGroup logs = LogGroup.Builder.create(stack, "Logs").build();

    new WorkflowStateMachine(stack, "Flow", WorkflowStateMachine.Props.builder().workflow(PASS)
        .logs(LogOptions.builder().destination(logs).level(LogLevel.ERROR).build()).build());

    Template t = Template.fromStack(stack);
    t.hasResourceProperties("AWS::StepFunctions::StateMachine", Map.of(
        "LoggingConfiguration", Match.objectLike(Map.of("Level", "ERROR"))));
    assertThat(StateMachineInterfaceTest.actionsByRole(t).get("FlowRole")).containsExactly(
        "logs:CreateLogDelivery", "logs:DeleteLogDelivery", "logs:DescribeLogGroups",
        "logs:DescribeResourcePolicies", "logs:GetLogDelivery", "logs:ListLogDeliveries",
        "logs:PutResourcePolicy", "logs:UpdateLogDelivery");
  }

  @Test
  void grantsLetTheirIdentitiesUseTheKeyForThisMachine() {
    Stack stack = new Stack(new App(), "Test");
    Key key = Key.Builder.create(stack, "Key").build();
    WorkflowStateMachine flow = new WorkflowStateMachine(stack, "Flow",
        WorkflowStateMachine.Props.builder().workflow(PASS)
            .encryptionConfiguration(new CustomerManagedEncryptionConfiguration(key)).build());
    Role starter = Role.Builder.create(stack, "Starter")
        .assumedBy(new ServicePrincipal("lambda.amazonaws.com")).build();
    Role reader = Role.Builder.create(stack, "Reader")
        .assumedBy(new ServicePrincipal("lambda.amazonaws.com")).build();

    flow.grantStartExecution(starter);
    flow.grantRead(reader);
    // CDK's own code asks the construct for the grant, so a target's role gets the key too
    software.amazon.awscdk.services.events.Rule.Builder.create(stack, "Hourly")
        .schedule(software.amazon.awscdk.services.events.Schedule.rate(Duration.hours(1)))
        .targets(List.of(software.amazon.awscdk.services.events.targets.SfnStateMachine.Builder
            .create(flow).build())).build();

    Template t = Template.fromStack(stack);
    Object onThisMachine = Map.of("StringEquals", Map.of(
        "kms:EncryptionContext:aws:states:stateMachineArn", Map.of("Ref",
            Match.stringLikeRegexp("Flow.*"))));
    t.hasResourceProperties("AWS::IAM::Policy", Map.of("Roles", List.of(Map.of("Ref",
        Match.stringLikeRegexp("Starter.*"))), "PolicyDocument", Map.of("Statement", List.of(
        Match.objectLike(Map.of("Action", "states:StartExecution")),
        Map.of("Effect", "Allow", "Action", List.of("kms:Decrypt", "kms:GenerateDataKey"),
            "Resource", keyArn(), "Condition", onThisMachine)))));
    t.hasResourceProperties("AWS::IAM::Policy", Map.of("Roles", List.of(Map.of("Ref",
        Match.stringLikeRegexp("Reader.*"))), "PolicyDocument", Map.of("Statement",
        Match.arrayWith(List.of(Map.of("Effect", "Allow", "Action", "kms:Decrypt",
            "Resource", keyArn(), "Condition", onThisMachine))))));
    t.hasResourceProperties("AWS::IAM::Policy", Map.of("Roles", List.of(Map.of("Ref",
        Match.stringLikeRegexp("FlowEventsRole.*"))), "PolicyDocument", Map.of("Statement",
        List.of(Match.objectLike(Map.of("Action", "states:StartExecution")),
            Map.of("Effect", "Allow", "Action", List.of("kms:Decrypt", "kms:GenerateDataKey"),
                "Resource", keyArn(), "Condition", onThisMachine)))));
  }
}
