package io.asl4j.samples.cdk;

import io.asl4j.cdk.WorkflowStateMachine;
import io.asl4j.samples.ChoiceGlueAOrB;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.SfnStateMachine;
import software.amazon.awscdk.services.glue.CfnJob;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.sns.Topic;
import software.constructs.Construct;

/**
 * The article's third workflow (a Choice between two Glue jobs, a Lambda function, SNS
 * notifications) deployed with everything it calls, and started every hour, as the article starts
 * its workflows from a periodic CloudWatch event. No ARN or placeholder name is written by hand:
 * the workflow is given typed references to this stack's resources, which the construct binds,
 * and the role's policy is derived from the definition. The construct is a CDK state machine, so
 * the schedule takes it as its target.
 */
public final class SampleStack extends Stack {

  private final WorkflowStateMachine workflow;

  /**
   * Creates the stack.
   *
   * @param scope the app
   * @param id the stack id
   * @param props stack settings
   */
  public SampleStack(Construct scope, String id, StackProps props) {
    super(scope, id, props);

    Function function = Function.Builder.create(this, "FetchFunction")
        .runtime(Runtime.NODEJS_24_X)
        .handler("index.handler")
        .code(Code.fromInline("exports.handler = async (event) =>"
            + " ({configuration: event.configuration || 'Choice A', lambdaresult: 'ok'});"))
        .timeout(Duration.seconds(30))
        .build();
    Topic topic = Topic.Builder.create(this, "Notifications").build();
    Role glueRole = Role.Builder.create(this, "GlueRole")
        .assumedBy(new ServicePrincipal("glue.amazonaws.com"))
        .managedPolicies(List.of(ManagedPolicy.fromAwsManagedPolicyName(
            "service-role/AWSGlueServiceRole")))
        .build();
    CfnJob jobA = glueJob("GlueJobA", "job_a.py", glueRole);
    CfnJob jobB = glueJob("GlueJobB", "job_b.py", glueRole);

    workflow = new WorkflowStateMachine(this, "ChoiceGlueAOrB",
        WorkflowStateMachine.Props.builder()
            .workflow(refs -> ChoiceGlueAOrB.workflow(refs.function(function).arn(),
                refs.glueJob(jobA).name(), refs.glueJob(jobB).name(), refs.topic(topic).arn()))
            .build());

    Rule.Builder.create(this, "Hourly")
        .schedule(Schedule.rate(Duration.hours(1)))
        .targets(List.of(SfnStateMachine.Builder.create(workflow)
            .input(software.amazon.awscdk.services.events.RuleTargetInput.fromObject(
                Map.of("configuration", "Choice A")))
            .build()))
        .build();
  }

  private CfnJob glueJob(String id, String script, Role role) {
    return CfnJob.Builder.create(this, id)
        .role(role.getRoleArn())
        .command(CfnJob.JobCommandProperty.builder().name("glueetl").pythonVersion("3")
            .scriptLocation("s3://asl4j-sample-scripts/" + script).build())
        .glueVersion("4.0")
        .build();
  }

  /**
   * Returns the deployed workflow.
   *
   * @return the construct
   */
  public WorkflowStateMachine getWorkflow() {
    return workflow;
  }
}
