package io.asl4j.cdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.Workflow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.CreateAlarmOptions;

/** A version is published on each deployment, and an alias moves to it. */
class VersionsAndAliasesTest {

  private static final Workflow PASS = Workflow.fromJson("""
      {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""");

  private static Object versionArn() {
    return Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("FlowVersion.*"), "Arn"));
  }

  @Test
  void noVersionUnlessAsked() {
    Stack stack = new Stack(new App(), "Test");

    WorkflowStateMachine flow = new WorkflowStateMachine(stack, "Flow",
        WorkflowStateMachine.Props.builder().workflow(PASS).build());

    Template t = Template.fromStack(stack);
    t.resourceCountIs("AWS::StepFunctions::StateMachineVersion", 0);
    t.resourceCountIs("AWS::StepFunctions::StateMachineAlias", 0);
    assertThat(flow.getVersionArn()).isEmpty();
    assertThat(flow.getAliasArn()).isEmpty();
  }

  @Test
  void aVersionOfEachRevisionIsPublishedAndKept() {
    Stack stack = new Stack(new App(), "Test");

    WorkflowStateMachine flow = new WorkflowStateMachine(stack, "Flow",
        WorkflowStateMachine.Props.builder().workflow(PASS).publishVersion("nightly build")
            .build());

    Template.fromStack(stack).hasResource("AWS::StepFunctions::StateMachineVersion", Map.of(
        "Properties", Map.of(
            "StateMachineArn", Map.of("Ref", Match.stringLikeRegexp("Flow.*")),
            "StateMachineRevisionId", Map.of("Fn::GetAtt", List.of(
                Match.stringLikeRegexp("Flow.*"), "StateMachineRevisionId")),
            "Description", "nightly build"),
        "UpdateReplacePolicy", "Retain", "DeletionPolicy", "Retain"));
    assertThat(flow.getVersionArn()).isPresent();
    assertThat(flow.getAliasArn()).isEmpty();
  }

  @Test
  void anAliasSendsEveryExecutionToThePublishedVersion() {
    Stack stack = new Stack(new App(), "Test");

    WorkflowStateMachine flow = new WorkflowStateMachine(stack, "Flow",
        WorkflowStateMachine.Props.builder().workflow(PASS).alias("live").build());

    Template t = Template.fromStack(stack);
    t.resourceCountIs("AWS::StepFunctions::StateMachineVersion", 1);
    t.hasResourceProperties("AWS::StepFunctions::StateMachineAlias", Map.of("Name", "live",
        "RoutingConfiguration", List.of(Map.of("StateMachineVersionArn", versionArn(),
            "Weight", 100))));
    assertThat(flow.getAliasArn()).isPresent();
  }

  @Test
  void aCanaryAliasMovesGraduallyAndRollsBackOnAnAlarm() {
    Stack stack = new Stack(new App(), "Test");
    Alarm failures = new Alarm(stack, "Failures", software.amazon.awscdk.services.cloudwatch
        .AlarmProps.builder().metric(new software.amazon.awscdk.services.cloudwatch.Metric(
            software.amazon.awscdk.services.cloudwatch.MetricProps.builder()
                .namespace("AWS/States").metricName("ExecutionsFailed").build()))
        .threshold(1).evaluationPeriods(1).build());

    new WorkflowStateMachine(stack, "Flow", WorkflowStateMachine.Props.builder().workflow(PASS)
        .alias("live", AliasDeployment.canary(10, Duration.minutes(5)).alarms(failures))
        .build());

    Template.fromStack(stack).hasResourceProperties("AWS::StepFunctions::StateMachineAlias",
        Map.of("Name", "live", "DeploymentPreference", Map.of("Type", "CANARY",
            "Percentage", 10, "Interval", 5, "StateMachineVersionArn", versionArn(),
            "Alarms", List.of(Map.of("Ref", Match.stringLikeRegexp("Failures.*"))))));
  }

  @Test
  void linearAndAllAtOnceDeploymentsSayHowTheyMove() {
    Stack stack = new Stack(new App(), "Test");
    WorkflowStateMachine first = new WorkflowStateMachine(stack, "Flow",
        WorkflowStateMachine.Props.builder().workflow(PASS)
            .alias("live", AliasDeployment.linear(25, Duration.hours(1))).build());
    Alarm slow = first.metricTime().createAlarm(stack, "Slow", CreateAlarmOptions.builder()
        .threshold(60_000).evaluationPeriods(1).build());
    new WorkflowStateMachine(stack, "Other", WorkflowStateMachine.Props.builder()
        .workflow(PASS).alias("prod", AliasDeployment.allAtOnce().alarms(slow)).build());

    Template t = Template.fromStack(stack);
    t.hasResourceProperties("AWS::StepFunctions::StateMachineAlias", Map.of("Name", "live",
        "DeploymentPreference", Map.of("Type", "LINEAR", "Percentage", 25, "Interval", 60,
            "StateMachineVersionArn", versionArn())));
    t.hasResourceProperties("AWS::StepFunctions::StateMachineAlias", Map.of("Name", "prod",
        "DeploymentPreference", Map.of("Type", "ALL_AT_ONCE", "StateMachineVersionArn",
            Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("OtherVersion.*"), "Arn")),
            "Alarms", List.of(Map.of("Ref", Match.stringLikeRegexp("Slow.*"))))));
    assertThat(AliasDeployment.linear(25, Duration.hours(1))).hasToString(
        "LINEAR 25% every 60 min");
  }

  @Test
  void sharesAndIntervalsOutOfRangeAreRefused() {
    assertThatThrownBy(() -> AliasDeployment.canary(0, Duration.minutes(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the share of executions must be 1 to 99 percent, got 0");
    assertThatThrownBy(() -> AliasDeployment.linear(100, Duration.minutes(5)))
        .hasMessage("the share of executions must be 1 to 99 percent, got 100");
    assertThatThrownBy(() -> AliasDeployment.linear(10, Duration.seconds(90)))
        .hasMessage("the interval must be a whole number of minutes from 1 to 2100, got"
            + " 1.5");
    assertThatThrownBy(() -> AliasDeployment.canary(10, Duration.minutes(2101)))
        .hasMessage("the interval must be a whole number of minutes from 1 to 2100, got"
            + " 2101");
  }
}
