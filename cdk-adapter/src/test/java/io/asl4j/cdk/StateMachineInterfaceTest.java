package io.asl4j.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.Workflow;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.cloudwatch.CreateAlarmOptions;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.SfnStateMachine;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.scheduler.ScheduleExpression;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.IStateMachine;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.amazon.awscdk.services.stepfunctions.tasks.StepFunctionsStartExecution;

/**
 * The construct is a CDK state machine: CDK code that takes an {@link IStateMachine} takes it,
 * and it has every grant and metric CDK's {@link StateMachine} has.
 */
class StateMachineInterfaceTest {

  private static final Workflow PASS = Workflow.fromJson("""
      {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""");

  private static WorkflowStateMachine flow(Stack stack) {
    return new WorkflowStateMachine(stack, "Flow",
        WorkflowStateMachine.Props.builder().workflow(PASS).build());
  }

  private static Object flowRef() {
    return Map.of("Ref", Match.stringLikeRegexp("Flow.*"));
  }

  private static Object startExecutionOnFlow() {
    return Map.of("PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(
        Match.objectLike(Map.of("Action", "states:StartExecution", "Resource", flowRef()))))));
  }

  @Test
  void itIsTakenAsAScheduleTargetAnEventTargetAndAChildWorkflow() {
    Stack stack = new Stack(new App(), "Test");
    WorkflowStateMachine flow = flow(stack);

    software.amazon.awscdk.services.scheduler.Schedule.Builder.create(stack, "Nightly")
        .schedule(ScheduleExpression.rate(Duration.hours(24)))
        .target(software.amazon.awscdk.services.scheduler.targets.StepFunctionsStartExecution
            .Builder.create(flow).build())
        .build();
    Rule.Builder.create(stack, "Hourly").schedule(Schedule.rate(Duration.hours(1)))
        .targets(List.of(SfnStateMachine.Builder.create(flow).build())).build();
    StateMachine parent = StateMachine.Builder.create(stack, "Parent")
        .definitionBody(DefinitionBody.fromChainable(StepFunctionsStartExecution.Builder
            .create(stack, "Run child").stateMachine(flow).build()))
        .build();

    assertThat(flow).isInstanceOf(IStateMachine.class);
    Template t = Template.fromStack(stack);
    t.hasResourceProperties("AWS::Scheduler::Schedule", Map.of("Target", Match.objectLike(
        Map.of("Arn", flowRef()))));
    t.hasResourceProperties("AWS::Events::Rule", Map.of("Targets", List.of(Match.objectLike(
        Map.of("Arn", flowRef())))));
    // each target's role may start it: CDK called the construct's grantStartExecution
    t.hasResourceProperties("AWS::IAM::Policy", Map.of("Roles", List.of(Map.of("Ref",
        Match.stringLikeRegexp("SchedulerRoleForTarget.*"))), "PolicyDocument", Map.of(
        "Statement", List.of(Match.objectLike(Map.of("Action", "states:StartExecution",
            "Resource", flowRef()))))));
    t.hasResourceProperties("AWS::IAM::Policy", Map.of("Roles", List.of(Map.of("Ref",
        Match.stringLikeRegexp("FlowEventsRole.*"))), "PolicyDocument", Map.of("Statement",
        List.of(Match.objectLike(Map.of("Action", "states:StartExecution",
            "Resource", flowRef()))))));
    t.hasResourceProperties("AWS::IAM::Policy", Map.of("Roles", List.of(Map.of("Ref",
        Match.stringLikeRegexp("ParentRole.*"))), "PolicyDocument", Map.of("Statement",
        Match.arrayWith(List.of(Match.objectLike(Map.of("Action", "states:StartExecution",
            "Resource", flowRef())))))));
    assertThat(parent.getStateMachineArn()).isNotEmpty();
    t.resourcePropertiesCountIs("AWS::IAM::Policy", startExecutionOnFlow(), 3);
  }

  @Test
  void everyGrantOfCdksStateMachineGivesItsActions() {
    Stack stack = new Stack(new App(), "Test");
    WorkflowStateMachine flow = flow(stack);
    Map<String, BiConsumer<WorkflowStateMachine, Role>> grants = new LinkedHashMap<>();
    grants.put("Grant", (f, r) -> f.grant(r, "states:DescribeStateMachine"));
    grants.put("Execution", (f, r) -> f.grantExecution(r, "states:StopExecution"));
    grants.put("Read", WorkflowStateMachine::grantRead);
    grants.put("Redrive", WorkflowStateMachine::grantRedriveExecution);
    grants.put("Start", WorkflowStateMachine::grantStartExecution);
    grants.put("StartSync", WorkflowStateMachine::grantStartSyncExecution);
    grants.put("TaskResponse", WorkflowStateMachine::grantTaskResponse);
    grants.forEach((id, grant) -> grant.accept(flow, Role.Builder.create(stack, id)
        .assumedBy(new ServicePrincipal("lambda.amazonaws.com")).build()));

    Map<String, Set<String>> actions = actionsByRole(Template.fromStack(stack));

    assertThat(actions).containsExactlyInAnyOrderEntriesOf(Map.of(
        "Grant", Set.of("states:DescribeStateMachine"),
        "Execution", Set.of("states:StopExecution"),
        "Read", Set.of("states:ListExecutions", "states:ListStateMachines",
            "states:DescribeExecution", "states:DescribeStateMachineForExecution",
            "states:GetExecutionHistory", "states:ListActivities",
            "states:DescribeStateMachine", "states:DescribeActivity"),
        "Redrive", Set.of("states:RedriveExecution"),
        "Start", Set.of("states:StartExecution"),
        "StartSync", Set.of("states:StartSyncExecution"),
        "TaskResponse", Set.of("states:SendTaskSuccess", "states:SendTaskFailure",
            "states:SendTaskHeartbeat"),
        "FlowRole", Set.of())); // the workflow itself calls nothing
  }

  /** The actions each role's policy allows, by the role's construct id. */
  @SuppressWarnings("unchecked")
  static Map<String, Set<String>> actionsByRole(Template t) {
    Map<String, Set<String>> byRole = new LinkedHashMap<>();
    for (String role : t.findResources("AWS::IAM::Role").keySet()) {
      byRole.put(role.replaceAll("[0-9A-F]{8}$", ""), new TreeSet<>());
    }
    for (Map<String, Object> policy : t.findResources("AWS::IAM::Policy").values()) {
      Map<String, Object> props = (Map<String, Object>) policy.get("Properties");
      String role = (String) ((Map<String, Object>) ((List<Object>) props.get("Roles")).get(0))
          .get("Ref");
      Set<String> actions = byRole.get(role.replaceAll("[0-9A-F]{8}$", ""));
      for (Object s : (List<Object>) ((Map<String, Object>) props.get("PolicyDocument"))
          .get("Statement")) {
        Object action = ((Map<String, Object>) s).get("Action");
        if (action instanceof List<?> list) {
          list.forEach(a -> actions.add((String) a));
        } else {
          actions.add((String) action);
        }
      }
    }
    return byRole;
  }

  @Test
  void everyMetricOfCdksStateMachineMeasuresThisStateMachine() {
    Stack stack = new Stack(new App(), "Test");
    WorkflowStateMachine flow = flow(stack);
    Map<String, Metric> metrics = new LinkedHashMap<>();
    metrics.put("ExecutionsRedriven", flow.metric("ExecutionsRedriven"));
    metrics.put("ExecutionsAborted", flow.metricAborted());
    metrics.put("ExecutionsFailed", flow.metricFailed());
    metrics.put("ExecutionsStarted", flow.metricStarted());
    metrics.put("ExecutionsSucceeded", flow.metricSucceeded());
    metrics.put("ExecutionThrottled", flow.metricThrottled());
    metrics.put("ExecutionTime", flow.metricTime());
    metrics.put("ExecutionsTimedOut", flow.metricTimedOut());
    metrics.forEach((name, metric) -> metric.createAlarm(stack, name, CreateAlarmOptions
        .builder().threshold(1).evaluationPeriods(1).build()));

    Template t = Template.fromStack(stack);
    metrics.keySet().forEach(name -> t.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
        "MetricName", name, "Namespace", "AWS/States", "Period", 300,
        "Statistic", name.equals("ExecutionTime") ? "Average" : "Sum",
        "Dimensions", List.of(Map.of("Name", "StateMachineArn", "Value", flowRef())))));
    // the overloads with options pass them on
    assertThat(flow.metricFailed(software.amazon.awscdk.services.cloudwatch.MetricOptions
        .builder().period(Duration.minutes(1)).build()).getPeriod().toSeconds())
        .isEqualTo(60);
  }

  @Test
  void itHasEveryGrantAndMetricMethodOfCdksStateMachine() {
    Set<String> cdk = grantsAndMetrics(StateMachine.class);

    assertThat(cdk).hasSize(23);
    assertThat(cdk.stream().filter(m -> m.startsWith("grant")).map(m -> m.split("\\(")[0])
        .distinct()).hasSize(7);
    assertThat(cdk.stream().filter(m -> m.startsWith("metric")).map(m -> m.split("\\(")[0])
        .distinct()).hasSize(8);
    assertThat(grantsAndMetrics(WorkflowStateMachine.class)).isEqualTo(cdk);
  }

  private static Set<String> grantsAndMetrics(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> m.getName().startsWith("grant") || m.getName().startsWith("metric"))
        .filter(m -> m.getDeclaringClass() != Object.class)
        .map(m -> m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
            .collect(Collectors.joining(",", "(", ")")) + m.getReturnType().getSimpleName())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void aRemovalPolicyReachesTheStateMachine() {
    Stack stack = new Stack(new App(), "Test");

    flow(stack).applyRemovalPolicy(RemovalPolicy.RETAIN);

    Template.fromStack(stack).hasResource("AWS::StepFunctions::StateMachine", Map.of(
        "DeletionPolicy", "Retain", "UpdateReplacePolicy", "Retain"));
  }
}
