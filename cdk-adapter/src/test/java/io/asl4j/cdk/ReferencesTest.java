package io.asl4j.cdk;

import static io.asl4j.Asl.startAt;
import static io.asl4j.Asl.task;
import static io.asl4j.Values.literal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.Workflow;
import io.asl4j.integrations.Lambda;
import io.asl4j.integrations.Sns;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.glue.CfnJob;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sqs.Queue;
import software.constructs.Construct;

/**
 * Typed handles bind CDK resources without a name to spell; a name that is spelled and
 * mistyped is refused at synth with the name it was probably meant to be.
 */
class ReferencesTest {

  private static final String PASS = """
      {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""";

  private static Function function(Construct scope, String id) {
    return Function.Builder.create(scope, id).runtime(Runtime.NODEJS_24_X)
        .handler("index.handler").code(Code.fromInline("exports.handler=()=>1")).build();
  }

  private static Object ref(String logicalIdPrefix) {
    return Map.of("Ref", Match.stringLikeRegexp(logicalIdPrefix + ".*"));
  }

  private static Object arnOf(String logicalIdPrefix) {
    return Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp(logicalIdPrefix + ".*"), "Arn"));
  }

  @Test
  void everyKindOfHandleIsBoundInTheDefinitionAndThePolicy() {
    Stack stack = new Stack(new App(), "Test");
    Function fetch = function(stack, "Fetch");
    Topic topic = Topic.Builder.create(stack, "Alerts").build();
    Queue queue = Queue.Builder.create(stack, "Orders").build();
    Table table = Table.Builder.create(stack, "Customers").partitionKey(Attribute.builder()
        .name("id").type(AttributeType.STRING).build()).build();
    CfnJob job = CfnJob.Builder.create(stack, "Etl").role("arn:aws:iam::123456789012:role/g")
        .command(CfnJob.JobCommandProperty.builder().name("glueetl")
            .scriptLocation("s3://b/s.py").build()).build();
    WorkflowStateMachine child = new WorkflowStateMachine(stack, "Ship",
        WorkflowStateMachine.Props.builder().workflow(Workflow.fromJson(PASS)).build());
    EventBus bus = EventBus.Builder.create(stack, "OrderEvents").build();
    Bucket bucket = Bucket.Builder.create(stack, "Exports").build();
    List<String> handed = new ArrayList<>();

    WorkflowStateMachine flow = new WorkflowStateMachine(stack, "Flow",
        WorkflowStateMachine.Props.builder().workflow(refs -> {
          List<String> values = List.of(refs.function(fetch).arn(), refs.topic(topic).arn(),
              refs.queue(queue).url(), refs.table(table).name(), refs.glueJob(job).name(),
              refs.stateMachine(child).arn(), refs.eventBus(bus).name(),
              refs.bucket(bucket).name());
          handed.addAll(values);
          return Workflow.fromJson("""
              {"StartAt": "Fetch", "States": {
                "Fetch": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "%s"}, "Next": "Tell"},
                "Tell": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
                  "Parameters": {"TopicArn": "%s", "Message": "m"}, "Next": "Queue"},
                "Queue": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
                  "Parameters": {"QueueUrl": "%s", "MessageBody": "m"}, "Next": "Read"},
                "Read": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:getItem",
                  "Parameters": {"TableName": "%s", "Key": {}}, "Next": "Etl"},
                "Etl": {"Type": "Task", "Resource": "arn:aws:states:::glue:startJobRun",
                  "Parameters": {"JobName": "%s"}, "Next": "Ship"},
                "Ship": {"Type": "Task", "Resource": "arn:aws:states:::states:startExecution",
                  "Parameters": {"StateMachineArn": "%s"}, "Next": "Emit"},
                "Emit": {"Type": "Task", "Resource": "arn:aws:states:::events:putEvents",
                  "Parameters": {"Entries": [{"EventBusName": "%s", "Source": "s",
                    "DetailType": "d", "Detail": {}}]}, "Next": "Export"},
                "Export": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:s3:putObject",
                  "Parameters": {"Bucket": "%s", "Key": "k", "Body": "b"}, "End": true}}}"""
              .formatted(values.toArray()));
        }).build());

    assertThat(handed).containsExactly("${Fetch}", "${Alerts}", "${Orders}", "${Customers}",
        "${Etl}", "${Ship}", "${OrderEvents}", "${Exports}");
    Template t = Template.fromStack(stack);
    t.hasResourceProperties("AWS::StepFunctions::StateMachine", Map.of(
        "DefinitionSubstitutions", Map.of("Fetch", arnOf("Fetch"), "Alerts", ref("Alerts"),
            "Orders", ref("Orders"), "Customers", ref("Customers"), "Etl", ref("Etl"),
            "Ship", ref("Ship"), "OrderEvents", ref("OrderEvents"),
            "Exports", ref("Exports"))));
    t.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Map.of("Statement",
        Match.arrayWith(List.of(
            Match.objectLike(Map.of("Action", "sns:Publish", "Resource", ref("Alerts"))),
            // the queue's URL in the definition, its ARN in the policy
            Match.objectLike(Map.of("Action", "sqs:SendMessage", "Resource", arnOf("Orders"))),
            Match.objectLike(Map.of("Action", "states:StartExecution",
                "Resource", ref("Ship"))))))));
    String policy = t.toJSON().toString();
    assertThat(policy).contains(":table/, {Ref=Customers", ":job/, {Ref=Etl",
        ":event-bus/, {Ref=OrderEvents");
    assertThat(flow.getDerivedStatements()).isNotEmpty();
  }

  @Test
  void aResourceHasOnePlaceholderAndNamesStayUnique() {
    Stack stack = new Stack(new App(), "Test");
    Function first = function(new Construct(stack, "A"), "Fetch");
    Function second = function(new Construct(stack, "B"), "Fetch");
    Function byName = function(stack, "Named");
    List<String> handed = new ArrayList<>();

    new WorkflowStateMachine(stack, "Flow", WorkflowStateMachine.Props.builder()
        .function("Fetch", byName)
        .workflow(refs -> {
          handed.add(refs.function(first).arn());
          handed.add(refs.function(second).arn());
          handed.add(refs.function(first).arn());
          return startAt(task("One").call(Lambda.function(handed.get(0)))
              .next(task("Two").call(Lambda.function(handed.get(1)))
                  .next(task("Three").call(Lambda.function("${Fetch}")).end()))).build();
        }).build());

    // the name bound by hand keeps its name; the handles take the next free ones
    assertThat(handed).containsExactly("${Fetch2}", "${Fetch3}", "${Fetch2}");
    Template t = Template.fromStack(stack);
    t.hasResourceProperties("AWS::StepFunctions::StateMachine", Map.of(
        "DefinitionSubstitutions", Map.of("Fetch", arnOf("Named"), "Fetch2", arnOf("AFetch"),
            "Fetch3", arnOf("BFetch"))));
    // a function placeholder as a whole Resource (the legacy form) still gets its permission
    t.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Map.of("Statement",
        Match.arrayWith(List.of(Match.objectLike(Map.of("Action", "lambda:InvokeFunction",
            "Resource", Match.arrayWith(List.of(arnOf("Named"), arnOf("AFetch"),
                arnOf("BFetch"))))))))));
  }

  @Test
  void aMistypedNameIsRefusedAtSynthWithTheNameItWasMeantToBe() {
    Stack stack = new Stack(new App(), "Test");
    Topic topic = Topic.Builder.create(stack, "Topic").build();
    Workflow typo = startAt(task("Notify").call(Sns.publish("${Topik}", literal("done"))).end())
        .build();

    assertThatThrownBy(() -> new WorkflowStateMachine(stack, "Flow",
        WorkflowStateMachine.Props.builder().workflow(typo).topic("Topic", topic).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the workflow's placeholders and the names bound on the construct differ:\n"
            + "  /States/Notify/Parameters/TopicArn: unknown placeholder ${Topik}; did you mean"
            + " ${Topic}?\n"
            + "  binding ${Topic}: the workflow has no ${Topic} placeholder");
  }

  @Test
  void aPlaceholderNobodyBindsIsRefusedEvenBesideHandles() {
    Stack stack = new Stack(new App(), "Test");
    Topic topic = Topic.Builder.create(stack, "Alerts").build();

    assertThatThrownBy(() -> new WorkflowStateMachine(stack, "Flow",
        WorkflowStateMachine.Props.builder()
            .workflow(refs -> startAt(task("Notify")
                .call(Sns.publish(refs.topic(topic).arn(), literal("${Region}"))).end())
                .build()).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the workflow's placeholders and the names bound on the construct differ:\n"
            + "  /States/Notify/Parameters/Message: unknown placeholder ${Region}"
            + " (bound: ${Alerts})");
  }

  @Test
  void eachHandleMethodTakesOneKindOfResourceAndEachHandleOffersOneForm() {
    Map<String, String> forms = new TreeMap<>();
    for (Method m : References.class.getDeclaredMethods()) {
      if (!Modifier.isPublic(m.getModifiers())) {
        continue;
      }
      assertThat(m.getParameterTypes()).as(m.toString()).hasSize(1);
      String accessors = Arrays.stream(m.getReturnType().getDeclaredMethods())
          .filter(a -> Modifier.isPublic(a.getModifiers()) && !a.getName().equals("toString"))
          .map(Method::getName).sorted().collect(Collectors.joining(","));
      forms.merge(m.getName() + "(" + m.getParameterTypes()[0].getSimpleName() + ")",
          m.getReturnType().getSimpleName() + "." + accessors, (a, b) -> a + "|" + b);
    }

    assertThat(forms).containsExactlyEntriesOf(new TreeMap<>(Map.of(
        "bucket(IBucket)", "BucketRef.name",
        "eventBus(IEventBus)", "EventBusRef.name",
        "function(IFunction)", "FunctionRef.arn",
        "glueJob(CfnJob)", "GlueJobRef.name",
        "glueJob(IJob)", "GlueJobRef.name",
        "queue(IQueue)", "QueueRef.url",
        "stateMachine(IStateMachine)", "StateMachineRef.arn",
        "table(ITable)", "TableRef.name",
        "topic(ITopic)", "TopicRef.arn")));
  }

  @Test
  void aWrongKindOfResourceOrAFormTheHandleLacksDoesNotCompile() {
    assertThat(compile("""
        String topic(io.asl4j.cdk.References refs, software.amazon.awscdk.services.sns.ITopic t,
            software.amazon.awscdk.services.sqs.IQueue q) {
          return refs.topic(t).arn() + refs.queue(q).url();
        }""")).isEmpty();
    assertThat(compile("""
        String topic(io.asl4j.cdk.References refs, software.amazon.awscdk.services.sqs.IQueue q) {
          return refs.topic(q).arn();
        }""")).containsExactly("incompatible types: software.amazon.awscdk.services.sqs.IQueue"
        + " cannot be converted to software.amazon.awscdk.services.sns.ITopic");
    assertThat(compile("""
        String queue(io.asl4j.cdk.References refs, software.amazon.awscdk.services.sqs.IQueue q) {
          return refs.queue(q).arn();
        }""")).containsExactly("cannot find symbol\n  symbol:   method arn()\n"
        + "  location: class io.asl4j.cdk.References.QueueRef");
  }

  /** Compiles a method in a class of its own against the test classpath; returns the errors. */
  private static List<String> compile(String method) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    JavaFileObject source = new SimpleJavaFileObject(
        java.net.URI.create("string:///Snippet.java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return "class Snippet {\n" + method + "\n}\n";
      }
    };
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    java.nio.file.Path out;
    try {
      out = java.nio.file.Files.createTempDirectory("snippet");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    javac.getTask(null, null, diagnostics, List.of("-classpath",
        System.getProperty("java.class.path"), "-d", out.toString(), "-proc:none"), null,
        List.of(source)).call();
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(Locale.ROOT)).toList();
  }

  @Test
  void theWorkflowStillRendersItsPlaceholdersOutsideCdk() {
    Stack stack = new Stack(new App(), "Test");
    Topic topic = Topic.Builder.create(stack, "Alerts").build();
    Workflow[] built = new Workflow[1];

    WorkflowStateMachine.Props.builder().workflow(refs -> built[0] = startAt(task("Notify")
        .call(Sns.publish(refs.topic(topic).arn(), literal("done"))).end()).build()).build();

    assertThat(built[0].toJson()).contains("\"TopicArn\": \"${Alerts}\"")
        .doesNotContain("Token");
  }
}
