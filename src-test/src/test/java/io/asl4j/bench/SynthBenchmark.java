package io.asl4j.bench;

import io.asl4j.Workflow;
import io.asl4j.cdk.WorkflowStateMachine;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.StateMachine;

/**
 * Synthesizing a stack with {@link WorkflowStateMachine} against the same stack with a plain CDK
 * {@code StateMachine} from {@code DefinitionBody.fromString} of the same JSON, in the same run:
 * bare (CDK grants it nothing), and with the same statements written by hand, the stack a user
 * would otherwise have to write. Target: at most 5% over the plain state machine. The workflow is
 * the article's third with real-looking ARNs (its placeholders would make CDK's template
 * validation print warnings on every synth).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 6, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class SynthBenchmark {

  private Workflow workflow;
  private String json;

  private List<PolicyStatement> handWritten;

  /** Builds the article's third workflow and the statements a user would write for it. */
  @Setup
  public void load() {
    workflow = io.asl4j.samples.ChoiceGlueAOrB.workflow(
        "arn:aws:lambda:eu-west-1:123456789012:function:fetch", "job-a", "job-b",
        "arn:aws:sns:eu-west-1:123456789012:notify");
    json = workflow.toJson();
    handWritten = List.of(
        PolicyStatement.Builder.create().actions(List.of("lambda:InvokeFunction"))
            .resources(List.of("arn:aws:lambda:eu-west-1:123456789012:function:fetch",
                "arn:aws:lambda:eu-west-1:123456789012:function:fetch:*")).build(),
        PolicyStatement.Builder.create().actions(List.of("glue:StartJobRun", "glue:GetJobRun",
            "glue:GetJobRuns", "glue:BatchStopJobRun"))
            .resources(List.of("arn:aws:glue:*:*:job/job-a", "arn:aws:glue:*:*:job/job-b"))
            .build(),
        PolicyStatement.Builder.create().actions(List.of("sns:Publish"))
            .resources(List.of("arn:aws:sns:eu-west-1:123456789012:notify")).build());
  }

  /**
   * Baseline: a plain state machine from the JSON; CDK grants it nothing.
   *
   * @return the synthesized template
   */
  @Benchmark
  public Object plainStateMachine() {
    Stack stack = new Stack(new App(), "Plain");
    StateMachine.Builder.create(stack, "Flow").definitionBody(DefinitionBody.fromString(json))
        .build();
    return Template.fromStack(stack).toJSON();
  }

  /**
   * A plain state machine with the same statements written by hand.
   *
   * @return the synthesized template
   */
  @Benchmark
  public Object plainWithHandWrittenPolicy() {
    Stack stack = new Stack(new App(), "Hand");
    StateMachine m = StateMachine.Builder.create(stack, "Flow")
        .definitionBody(DefinitionBody.fromString(json)).build();
    handWritten.forEach(m::addToRolePolicy);
    return Template.fromStack(stack).toJSON();
  }

  /**
   * The construct: validated, with the policy derived from the definition.
   *
   * @return the synthesized template
   */
  @Benchmark
  public Object workflowStateMachine() {
    Stack stack = new Stack(new App(), "Construct");
    new WorkflowStateMachine(stack, "Flow", WorkflowStateMachine.Props.builder()
        .workflow(workflow).build());
    return Template.fromStack(stack).toJSON();
  }
}
