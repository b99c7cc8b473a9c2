package io.asl4j.cdk;

import io.asl4j.Workflow;
import io.asl4j.cdk.iam.IamDeriver;
import io.asl4j.cdk.iam.Statement;
import io.asl4j.validation.Diagnostic;
import io.asl4j.validation.Severity;
import io.asl4j.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.LogOptions;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.amazon.awscdk.services.stepfunctions.StateMachineType;
import software.constructs.Construct;

/**
 * A Step Functions state machine made from an asl4j {@link Workflow}, with its role's policy
 * derived from the definition ({@link IamDeriver}): no hand-written IAM, and least privilege
 * where the definition names its resources. Dynamic names widen a statement and add a synth
 * warning; {@link Props.Builder#policy(PolicyStatement...)} adds statements of your own.
 *
 * <pre>{@code
 * WorkflowStateMachine flow = new WorkflowStateMachine(this, "Orders",
 *     WorkflowStateMachine.Props.builder().workflow(Orders.workflow()).build());
 * flow.grantStartExecution(scheduleRole);
 * }</pre>
 */
public final class WorkflowStateMachine extends Construct {

  private final StateMachine stateMachine;
  private final List<Statement> derived;

  /**
   * Creates the state machine.
   *
   * @param scope the parent construct
   * @param id the construct id
   * @param props the workflow and the state machine's settings
   * @throws IllegalArgumentException if the workflow has validation errors for its type (the
   *     message lists them all)
   */
  public WorkflowStateMachine(Construct scope, String id, Props props) {
    super(scope, id);
    Objects.requireNonNull(props, "props");
    Validator.WorkflowType type = props.type == StateMachineType.EXPRESS
        ? Validator.WorkflowType.EXPRESS : Validator.WorkflowType.STANDARD;
    List<Diagnostic> diagnostics = Validator.create().forType(type).validate(props.workflow);
    List<String> errors = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      if (d.severity() == Severity.ERROR) {
        errors.add(d.location() + ": " + d.message() + " [" + d.code() + "]");
      } else {
        Annotations.of(this).addWarningV2("asl4j:" + d.code() + ":" + d.location(),
            d.location() + ": " + d.message());
      }
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException("the workflow is not a valid " + type
          + " state machine:\n  " + String.join("\n  ", errors));
    }
    StateMachine.Builder b = StateMachine.Builder.create(this, "Resource")
        .definitionBody(DefinitionBody.fromString(props.workflow.toJson()))
        .stateMachineType(props.type);
    if (props.name != null) {
      b.stateMachineName(props.name);
    }
    if (props.timeout != null) {
      b.timeout(props.timeout);
    }
    if (props.logs != null) {
      b.logs(props.logs);
    }
    if (props.tracing) {
      b.tracingEnabled(true);
    }
    if (props.role != null) {
      b.role(props.role);
    }
    if (props.removalPolicy != null) {
      b.removalPolicy(props.removalPolicy);
    }
    if (!props.substitutions.isEmpty()) {
      b.definitionSubstitutions(props.substitutions);
    }
    stateMachine = b.build();

    // a Distributed Map starts executions of this very state machine: named without a
    // dependency cycle, and only when there is one (each jsii call is a round trip)
    IamDeriver deriver = IamDeriver.create().environment(Tokens.REGION, Tokens.ACCOUNT)
        .functions(props.functions)
        .stateMachine(() -> Stack.of(this).formatArn(ArnComponents.builder()
            .service("states").resource("stateMachine")
            .resourceName(props.name != null ? props.name : "*")
            .arnFormat(ArnFormat.COLON_RESOURCE_NAME).build()));
    IamDeriver.Result policy = deriver.derive(props.workflow);
    derived = List.copyOf(props.editDerived.apply(policy.statements()));
    for (Statement s : derived) {
      stateMachine.addToRolePolicy(toCdk(resolve(s, props)));
    }
    for (PolicyStatement extra : props.policy) {
      stateMachine.addToRolePolicy(extra);
    }
    int n = 0;
    for (String warning : policy.warnings()) {
      Annotations.of(this).addWarningV2("asl4j:iam:" + n++, warning);
    }
  }

  /** The stack's region and account as tokens, read from jsii once: each read is a round trip. */
  private static final class Tokens {
    static final String REGION = Aws.REGION;
    static final String ACCOUNT = Aws.ACCOUNT_ID;
  }

  /**
   * Puts the referenced resources' ARNs where the derived statement has their placeholders:
   * {@code ${Orders}} becomes the function's ARN, {@code job/${Etl}} the job's.
   */
  private static Statement resolve(Statement s, Props props) {
    if (props.substitutions.isEmpty()) {
      return s;
    }
    List<String> resources = new ArrayList<>();
    for (String r : s.resources()) {
      String resolved = r;
      for (Map.Entry<String, String> e : props.iamValues.entrySet()) {
        if (resolved.equals("${" + e.getKey() + "}")) {
          resolved = e.getValue(); // a whole placeholder: the ARN token itself
        } else {
          resolved = resolved.replace("${" + e.getKey() + "}", e.getValue());
        }
      }
      resources.add(resolved);
    }
    return new Statement(s.actions(), resources, s.conditions());
  }

  private static PolicyStatement toCdk(Statement s) {
    PolicyStatement.Builder b = PolicyStatement.Builder.create()
        .actions(s.actions()).resources(s.resources());
    if (!s.conditions().isEmpty()) {
      Map<String, Object> conditions = new LinkedHashMap<>();
      s.conditions().forEach((op, keys) -> conditions.put(op, new LinkedHashMap<>(keys)));
      b.conditions(conditions);
    }
    return b.build();
  }

  /**
   * Returns the CDK state machine, for anything this construct does not pass through.
   *
   * @return the state machine
   */
  public StateMachine getStateMachine() {
    return stateMachine;
  }

  /**
   * Returns the statements derived from the definition and added to the role.
   *
   * @return the statements
   */
  public List<Statement> getDerivedStatements() {
    return derived;
  }

  /**
   * Returns the state machine's ARN.
   *
   * @return the ARN (a token until deployment)
   */
  public String getStateMachineArn() {
    return stateMachine.getStateMachineArn();
  }

  /**
   * Lets an identity start executions.
   *
   * @param identity who may start them
   * @return the grant
   */
  public Grant grantStartExecution(IGrantable identity) {
    return stateMachine.grantStartExecution(identity);
  }

  /**
   * Lets an identity start synchronous executions (Express workflows).
   *
   * @param identity who may start them
   * @return the grant
   */
  public Grant grantStartSyncExecution(IGrantable identity) {
    return stateMachine.grantStartSyncExecution(identity);
  }

  /**
   * Lets an identity read the state machine and its executions.
   *
   * @param identity who may read
   * @return the grant
   */
  public Grant grantRead(IGrantable identity) {
    return stateMachine.grantRead(identity);
  }

  /**
   * Lets an identity send task responses (callbacks and activities).
   *
   * @param identity who may respond
   * @return the grant
   */
  public Grant grantTaskResponse(IGrantable identity) {
    return stateMachine.grantTaskResponse(identity);
  }

  /**
   * Returns the metric of failed executions.
   *
   * @return the metric
   */
  public Metric metricFailed() {
    return stateMachine.metricFailed();
  }

  /**
   * Returns the metric of succeeded executions.
   *
   * @return the metric
   */
  public Metric metricSucceeded() {
    return stateMachine.metricSucceeded();
  }

  /**
   * Returns the metric of started executions.
   *
   * @return the metric
   */
  public Metric metricStarted() {
    return stateMachine.metricStarted();
  }

  /** The workflow and the state machine's settings. */
  public static final class Props {
    private final Workflow workflow;
    private final String name;
    private final StateMachineType type;
    private final Duration timeout;
    private final LogOptions logs;
    private final boolean tracing;
    private final IRole role;
    private final RemovalPolicy removalPolicy;
    private final List<PolicyStatement> policy;
    private final Map<String, String> substitutions;
    private final Map<String, String> iamValues;
    private final java.util.Set<String> functions;
    private final java.util.function.UnaryOperator<List<Statement>> editDerived;

    private Props(Builder b) {
      this.workflow = Objects.requireNonNull(b.workflow, "workflow");
      this.name = b.name;
      this.type = b.type;
      this.timeout = b.timeout;
      this.logs = b.logs;
      this.tracing = b.tracing;
      this.role = b.role;
      this.removalPolicy = b.removalPolicy;
      this.policy = List.copyOf(b.policy);
      this.substitutions = java.util.Collections.unmodifiableMap(
          new LinkedHashMap<>(b.substitutions));
      this.iamValues = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.iamValues));
      this.functions = java.util.Set.copyOf(b.functions);
      this.editDerived = b.editDerived;
    }

    /**
     * Starts the settings.
     *
     * @return a builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds {@link Props}. */
    public static final class Builder {
      private Workflow workflow;
      private String name;
      private StateMachineType type = StateMachineType.STANDARD;
      private Duration timeout;
      private LogOptions logs;
      private boolean tracing;
      private IRole role;
      private RemovalPolicy removalPolicy;
      private final List<PolicyStatement> policy = new ArrayList<>();
      private final Map<String, String> substitutions = new LinkedHashMap<>();
      private final Map<String, String> iamValues = new LinkedHashMap<>();
      private final java.util.Set<String> functions = new java.util.HashSet<>();
      private java.util.function.UnaryOperator<List<Statement>> editDerived = s -> s;

      private Builder() {}

      /**
       * Edits the derived statements before they reach the role: narrow a widened one, drop one
       * that a {@link #policy(PolicyStatement...)} statement replaces.
       *
       * @param edit gets the derived statements, returns those to use
       * @return this builder
       */
      public Builder derivedStatements(java.util.function.UnaryOperator<List<Statement>> edit) {
        this.editDerived = Objects.requireNonNull(edit, "edit");
        return this;
      }

      /**
       * Fills a {@code ${name}} placeholder of the definition at deployment
       * ({@code DefinitionSubstitutions}); the workflow itself keeps the placeholder, so it still
       * renders plain JSON outside CDK.
       *
       * @param name the placeholder's name, without {@code ${}}
       * @param value the value, typically a token such as a resource's ARN
       * @return this builder
       */
      public Builder substitution(String name, String value) {
        substitutions.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value,
            "value"));
        iamValues.putIfAbsent(name, value);
        return this;
      }

      private Builder reference(String name, String definitionValue, String iamValue) {
        substitutions.put(Objects.requireNonNull(name, "name"), definitionValue);
        iamValues.put(name, iamValue);
        return this;
      }

      /**
       * A Lambda function for {@code ${name}} (its ARN: FunctionName or a legacy Resource).
       *
       * @param name the placeholder's name
       * @param function the function
       * @return this builder
       */
      public Builder function(String name,
          software.amazon.awscdk.services.lambda.IFunction function) {
        functions.add(name);
        return reference(name, function.getFunctionArn(), function.getFunctionArn());
      }

      /**
       * An SNS topic for {@code ${name}} (its ARN: TopicArn).
       *
       * @param name the placeholder's name
       * @param topic the topic
       * @return this builder
       */
      public Builder topic(String name, software.amazon.awscdk.services.sns.ITopic topic) {
        return reference(name, topic.getTopicArn(), topic.getTopicArn());
      }

      /**
       * An SQS queue for {@code ${name}} (its URL in QueueUrl; its ARN in the policy).
       *
       * @param name the placeholder's name
       * @param queue the queue
       * @return this builder
       */
      public Builder queue(String name, software.amazon.awscdk.services.sqs.IQueue queue) {
        return reference(name, queue.getQueueUrl(), queue.getQueueArn());
      }

      /**
       * A DynamoDB table for {@code ${name}} (its name: TableName).
       *
       * @param name the placeholder's name
       * @param table the table
       * @return this builder
       */
      public Builder table(String name, software.amazon.awscdk.services.dynamodb.ITable table) {
        return reference(name, table.getTableName(), table.getTableName());
      }

      /**
       * A Glue job for {@code ${name}} (its name: JobName).
       *
       * @param name the placeholder's name
       * @param jobName the job's name, e.g. a {@code CfnJob}'s {@code getRef()}
       * @return this builder
       */
      public Builder glueJob(String name, String jobName) {
        return reference(name, jobName, jobName);
      }

      /**
       * Another state machine for {@code ${name}} (its ARN: StateMachineArn).
       *
       * @param name the placeholder's name
       * @param machine the state machine
       * @return this builder
       */
      public Builder stateMachine(String name,
          software.amazon.awscdk.services.stepfunctions.IStateMachine machine) {
        return reference(name, machine.getStateMachineArn(), machine.getStateMachineArn());
      }

      /**
       * An EventBridge bus for {@code ${name}} (its name: EventBusName).
       *
       * @param name the placeholder's name
       * @param bus the event bus
       * @return this builder
       */
      public Builder eventBus(String name, software.amazon.awscdk.services.events.IEventBus bus) {
        return reference(name, bus.getEventBusName(), bus.getEventBusName());
      }

      /**
       * An S3 bucket for {@code ${name}} (its name: Bucket).
       *
       * @param name the placeholder's name
       * @param bucket the bucket
       * @return this builder
       */
      public Builder bucket(String name, software.amazon.awscdk.services.s3.IBucket bucket) {
        return reference(name, bucket.getBucketName(), bucket.getBucketName());
      }

      /**
       * Sets the workflow (required).
       *
       * @param workflow the workflow, built with the DSL or read from JSON
       * @return this builder
       */
      public Builder workflow(Workflow workflow) {
        this.workflow = workflow;
        return this;
      }

      /**
       * Sets the state machine's name.
       *
       * @param name the name
       * @return this builder
       */
      public Builder stateMachineName(String name) {
        this.name = name;
        return this;
      }

      /**
       * Sets the type; EXPRESS is validated with the Express rules.
       *
       * @param type STANDARD (default) or EXPRESS
       * @return this builder
       */
      public Builder stateMachineType(StateMachineType type) {
        this.type = Objects.requireNonNull(type, "type");
        return this;
      }

      /**
       * Sets the execution timeout.
       *
       * @param timeout the timeout
       * @return this builder
       */
      public Builder timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
      }

      /**
       * Sends execution logs to CloudWatch Logs.
       *
       * @param logs the destination and level
       * @return this builder
       */
      public Builder logs(LogOptions logs) {
        this.logs = logs;
        return this;
      }

      /**
       * Turns on X-Ray tracing.
       *
       * @param enabled whether to trace
       * @return this builder
       */
      public Builder tracingEnabled(boolean enabled) {
        this.tracing = enabled;
        return this;
      }

      /**
       * Uses an existing role; the derived statements are added to it.
       *
       * @param role the role
       * @return this builder
       */
      public Builder role(IRole role) {
        this.role = role;
        return this;
      }

      /**
       * Sets what happens to the state machine when it leaves the stack.
       *
       * @param policy the removal policy
       * @return this builder
       */
      public Builder removalPolicy(RemovalPolicy policy) {
        this.removalPolicy = policy;
        return this;
      }

      /**
       * Adds statements of your own to the role, beside the derived ones (for resources the
       * definition cannot name, such as an SDK call's).
       *
       * @param statements the statements
       * @return this builder
       */
      public Builder policy(PolicyStatement... statements) {
        this.policy.addAll(List.of(statements));
        return this;
      }

      /**
       * Builds the settings.
       *
       * @return the settings
       * @throws NullPointerException if no workflow was set
       */
      public Props build() {
        return new Props(this);
      }
    }
  }
}
