package io.asl4j.samples.cdk;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The sample CDK app synthesizes the seed's third workflow with the resources it calls. */
class SampleAppTest {

  @Test
  void synthesizesTheWorkflowItsResourcesAndTheSchedule() {
    SampleStack stack = new SampleStack(new App(), "Sample", StackProps.builder().build());

    Template t = Template.fromStack(stack);

    t.resourceCountIs("AWS::Lambda::Function", 1);
    t.resourceCountIs("AWS::Glue::Job", 2);
    t.resourceCountIs("AWS::SNS::Topic", 1);
    t.hasResourceProperties("AWS::StepFunctions::StateMachine", Map.of(
        "DefinitionSubstitutions", Map.of(
            "FetchFunction", Map.of("Fn::GetAtt", List.of(
                Match.stringLikeRegexp("FetchFunction.*"), "Arn")),
            "GlueJobA", Map.of("Ref", Match.stringLikeRegexp("GlueJobA.*")),
            "GlueJobB", Map.of("Ref", Match.stringLikeRegexp("GlueJobB.*")),
            "Notifications", Map.of("Ref", Match.stringLikeRegexp("Notifications.*")))));
    t.hasResourceProperties("AWS::Events::Rule", Map.of("ScheduleExpression", "rate(1 hour)",
        "Targets", List.of(Match.objectLike(Map.of("Arn", Map.of("Ref",
            Match.stringLikeRegexp("ChoiceGlueAOrB.*")))))));
    // the schedule takes the construct itself as its target, and its role may start it
    t.hasResourceProperties("AWS::IAM::Policy", Map.of("Roles", List.of(Map.of("Ref",
        Match.stringLikeRegexp("ChoiceGlueAOrBEventsRole.*"))), "PolicyDocument", Map.of(
        "Statement", List.of(Match.objectLike(Map.of("Action", "states:StartExecution",
            "Resource", Map.of("Ref", Match.stringLikeRegexp("ChoiceGlueAOrB.*"))))))));
    t.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Map.of("Statement",
        Match.arrayWith(List.of(
            Match.objectLike(Map.of("Action", "lambda:InvokeFunction")),
            Match.objectLike(Map.of("Action", List.of("glue:BatchStopJobRun", "glue:GetJobRun",
                "glue:GetJobRuns", "glue:StartJobRun"))),
            Match.objectLike(Map.of("Action", "sns:Publish", "Resource", Map.of("Ref",
                Match.stringLikeRegexp("Notifications.*")))))))));
  }
}
