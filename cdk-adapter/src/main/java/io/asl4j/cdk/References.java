package io.asl4j.cdk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awscdk.services.dynamodb.ITable;
import software.amazon.awscdk.services.events.IEventBus;
import software.amazon.awscdk.services.glue.CfnJob;
import software.amazon.awscdk.services.glue.IJob;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sqs.IQueue;
import software.amazon.awscdk.services.stepfunctions.IStateMachine;
import software.constructs.IConstruct;

/**
 * Typed handles for the CDK resources a workflow calls, given to the function that builds it
 * ({@link WorkflowStateMachine.Props.Builder#workflow(java.util.function.Function)}). Each
 * handle puts a {@code ${Name}} placeholder where the DSL takes an ARN or a name, and the
 * construct binds every placeholder it handed out: nothing to spell twice, so nothing to
 * mistype. A handle offers only the form its service's parameter takes (a topic's ARN, a
 * queue's URL, a table's name), and each method takes only its kind of resource.
 *
 * <pre>{@code
 * WorkflowStateMachine.Props.builder()
 *     .workflow(refs -> ChoiceGlueAOrB.workflow(refs.function(fetch).arn(),
 *         refs.glueJob(jobA).name(), refs.glueJob(jobB).name(), refs.topic(topic).arn()))
 *     .build();
 * }</pre>
 *
 * <p>The placeholder is named after the resource's construct id ({@code ${FetchFunction}}),
 * made unique within the workflow; the workflow itself still renders plain JSON with it.
 */
public final class References {

  /**
   * A placeholder and what CloudFormation puts there.
   *
   * @param name the placeholder's name
   * @param definitionValue the value in the definition ({@code DefinitionSubstitutions})
   * @param iamValue the value the derived policy uses (a queue's ARN for its URL)
   * @param function whether it is a Lambda function, which may stand as a whole Resource
   */
  record Binding(String name, String definitionValue, String iamValue, boolean function) {}

  private final Set<String> taken;
  private final Map<String, String> byPath = new HashMap<>();
  private final List<Binding> bindings = new ArrayList<>();

  /** Starts the handles, avoiding the names the construct already binds. */
  References(Set<String> reserved) {
    this.taken = new HashSet<>(reserved);
  }

  /** The placeholders handed out, in the order they were first asked for. */
  List<Binding> bindings() {
    return List.copyOf(bindings);
  }

  /** The placeholder of a resource: one per resource, named after its construct id. */
  private String placeholder(IConstruct resource, String definitionValue, String iamValue,
      boolean function) {
    String path = resource.getNode().getPath();
    String known = byPath.get(path);
    if (known != null) {
      return known;
    }
    String base = resource.getNode().getId().replaceAll("[^A-Za-z0-9_]", "");
    if (base.isEmpty()) {
      base = "Resource";
    }
    String name = base;
    for (int n = 2; !taken.add(name); n++) {
      name = base + n;
    }
    byPath.put(path, "${" + name + "}");
    bindings.add(new Binding(name, definitionValue, iamValue, function));
    return "${" + name + "}";
  }

  /**
   * A Lambda function, for {@code Lambda.invoke(...)}'s FunctionName or a legacy Resource.
   *
   * @param function the function, a version or an alias
   * @return its handle
   */
  public FunctionRef function(IFunction function) {
    Objects.requireNonNull(function, "function");
    String arn = function.getFunctionArn();
    return new FunctionRef(placeholder(function, arn, arn, true));
  }

  /**
   * An SNS topic, for {@code Sns.publish(...)}'s TopicArn.
   *
   * @param topic the topic
   * @return its handle
   */
  public TopicRef topic(ITopic topic) {
    Objects.requireNonNull(topic, "topic");
    String arn = topic.getTopicArn();
    return new TopicRef(placeholder(topic, arn, arn, false));
  }

  /**
   * An SQS queue, for {@code Sqs.sendMessage(...)}'s QueueUrl; the policy gets its ARN.
   *
   * @param queue the queue
   * @return its handle
   */
  public QueueRef queue(IQueue queue) {
    Objects.requireNonNull(queue, "queue");
    return new QueueRef(placeholder(queue, queue.getQueueUrl(), queue.getQueueArn(), false));
  }

  /**
   * A DynamoDB table, for the DynamoDB integrations' TableName.
   *
   * @param table the table
   * @return its handle
   */
  public TableRef table(ITable table) {
    Objects.requireNonNull(table, "table");
    String name = table.getTableName();
    return new TableRef(placeholder(table, name, name, false));
  }

  /**
   * A Glue job, for {@code Glue.startJobRun(...)}'s JobName.
   *
   * @param job the job
   * @return its handle
   */
  public GlueJobRef glueJob(IJob job) {
    Objects.requireNonNull(job, "job");
    String name = job.getJobName();
    return new GlueJobRef(placeholder(job, name, name, false));
  }

  /**
   * A Glue job declared with the CloudFormation resource, for {@code Glue.startJobRun(...)}'s
   * JobName.
   *
   * @param job the job
   * @return its handle
   */
  public GlueJobRef glueJob(CfnJob job) {
    Objects.requireNonNull(job, "job");
    String name = job.getRef();
    return new GlueJobRef(placeholder(job, name, name, false));
  }

  /**
   * Another state machine, for {@code StepFunctions.startExecution(...)}'s StateMachineArn; a
   * {@link WorkflowStateMachine} is one.
   *
   * @param machine the state machine
   * @return its handle
   */
  public StateMachineRef stateMachine(IStateMachine machine) {
    Objects.requireNonNull(machine, "machine");
    String arn = machine.getStateMachineArn();
    return new StateMachineRef(placeholder(machine, arn, arn, false));
  }

  /**
   * An EventBridge bus, for {@code EventBridge.putEvents(...)}'s EventBusName.
   *
   * @param bus the bus
   * @return its handle
   */
  public EventBusRef eventBus(IEventBus bus) {
    Objects.requireNonNull(bus, "bus");
    String name = bus.getEventBusName();
    return new EventBusRef(placeholder(bus, name, name, false));
  }

  /**
   * An S3 bucket, for a Bucket parameter (an ItemReader's, a ResultWriter's, an SDK call's).
   *
   * @param bucket the bucket
   * @return its handle
   */
  public BucketRef bucket(IBucket bucket) {
    Objects.requireNonNull(bucket, "bucket");
    String name = bucket.getBucketName();
    return new BucketRef(placeholder(bucket, name, name, false));
  }

  /** A Lambda function's handle. */
  public static final class FunctionRef {
    private final String placeholder;

    private FunctionRef(String placeholder) {
      this.placeholder = placeholder;
    }

    /**
     * Returns the function's ARN as the definition has it until deployment.
     *
     * @return the placeholder, e.g. {@code ${FetchFunction}}
     */
    public String arn() {
      return placeholder;
    }

    @Override
    public String toString() {
      return "FunctionRef" + placeholder;
    }
  }

  /** An SNS topic's handle. */
  public static final class TopicRef {
    private final String placeholder;

    private TopicRef(String placeholder) {
      this.placeholder = placeholder;
    }

    /**
     * Returns the topic's ARN as the definition has it until deployment.
     *
     * @return the placeholder, e.g. {@code ${Notifications}}
     */
    public String arn() {
      return placeholder;
    }

    @Override
    public String toString() {
      return "TopicRef" + placeholder;
    }
  }

  /** An SQS queue's handle. */
  public static final class QueueRef {
    private final String placeholder;

    private QueueRef(String placeholder) {
      this.placeholder = placeholder;
    }

    /**
     * Returns the queue's URL as the definition has it until deployment.
     *
     * @return the placeholder, e.g. {@code ${Orders}}
     */
    public String url() {
      return placeholder;
    }

    @Override
    public String toString() {
      return "QueueRef" + placeholder;
    }
  }

  /** A DynamoDB table's handle. */
  public static final class TableRef {
    private final String placeholder;

    private TableRef(String placeholder) {
      this.placeholder = placeholder;
    }

    /**
     * Returns the table's name as the definition has it until deployment.
     *
     * @return the placeholder, e.g. {@code ${Customers}}
     */
    public String name() {
      return placeholder;
    }

    @Override
    public String toString() {
      return "TableRef" + placeholder;
    }
  }

  /** A Glue job's handle. */
  public static final class GlueJobRef {
    private final String placeholder;

    private GlueJobRef(String placeholder) {
      this.placeholder = placeholder;
    }

    /**
     * Returns the job's name as the definition has it until deployment.
     *
     * @return the placeholder, e.g. {@code ${GlueJobA}}
     */
    public String name() {
      return placeholder;
    }

    @Override
    public String toString() {
      return "GlueJobRef" + placeholder;
    }
  }

  /** A state machine's handle. */
  public static final class StateMachineRef {
    private final String placeholder;

    private StateMachineRef(String placeholder) {
      this.placeholder = placeholder;
    }

    /**
     * Returns the state machine's ARN as the definition has it until deployment.
     *
     * @return the placeholder, e.g. {@code ${ShipOrder}}
     */
    public String arn() {
      return placeholder;
    }

    @Override
    public String toString() {
      return "StateMachineRef" + placeholder;
    }
  }

  /** An EventBridge bus's handle. */
  public static final class EventBusRef {
    private final String placeholder;

    private EventBusRef(String placeholder) {
      this.placeholder = placeholder;
    }

    /**
     * Returns the bus's name as the definition has it until deployment.
     *
     * @return the placeholder, e.g. {@code ${OrderEvents}}
     */
    public String name() {
      return placeholder;
    }

    @Override
    public String toString() {
      return "EventBusRef" + placeholder;
    }
  }

  /** An S3 bucket's handle. */
  public static final class BucketRef {
    private final String placeholder;

    private BucketRef(String placeholder) {
      this.placeholder = placeholder;
    }

    /**
     * Returns the bucket's name as the definition has it until deployment.
     *
     * @return the placeholder, e.g. {@code ${Exports}}
     */
    public String name() {
      return placeholder;
    }

    @Override
    public String toString() {
      return "BucketRef" + placeholder;
    }
  }
}
