package io.asl4j.cdk;

import io.asl4j.Workflow;
import io.asl4j.cdk.iam.IamDeriver;
import io.asl4j.cdk.iam.Statement;
import io.asl4j.validation.Diagnostic;
import io.asl4j.validation.Severity;
import io.asl4j.validation.Validator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.stepfunctions.CfnStateMachineAlias;
import software.amazon.awscdk.services.stepfunctions.CfnStateMachineVersion;
import software.amazon.awscdk.services.stepfunctions.CustomerManagedEncryptionConfiguration;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.EncryptionConfiguration;
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
 * <p>It is a CDK {@link software.amazon.awscdk.services.stepfunctions.IStateMachine}: give it
 * wherever CDK takes a state machine (an EventBridge or Scheduler target, a
 * {@code StepFunctionsStartExecution} task, a {@link References#stateMachine reference} of
 * another workflow), with every grant and metric of CDK's {@code StateMachine}.
 *
 * <pre>{@code
 * WorkflowStateMachine flow = new WorkflowStateMachine(this, "Orders",
 *     WorkflowStateMachine.Props.builder()
 *         .workflow(refs -> Orders.workflow(refs.function(charge).arn()))
 *         .build());
 * flow.grantStartExecution(scheduleRole);
 * }</pre>
 */
public final class WorkflowStateMachine extends DelegatingStateMachine {

  private final StateMachine stateMachine;
  private final List<Statement> derived;
  private final IKey key;
  private final CfnStateMachineVersion version;
  private final CfnStateMachineAlias alias;

  /**
   * Creates the state machine.
   *
   * @param scope the parent construct
   * @param id the construct id
   * @param props the workflow and the state machine's settings
   * @throws IllegalArgumentException if the workflow has validation errors for its type, or
   *     warnings when {@link Props.Builder#strict()} (each otherwise a synth warning), or if
   *     its {@code ${Name}} placeholders and the names bound on the construct differ (the
   *     message lists every problem)
   */
  public WorkflowStateMachine(Construct scope, String id, Props props) {
    super(scope, id);
    Objects.requireNonNull(props, "props");
    Validator.WorkflowType type = props.type == StateMachineType.EXPRESS
        ? Validator.WorkflowType.EXPRESS : Validator.WorkflowType.STANDARD;
    List<Diagnostic> diagnostics = Validator.create().forType(type).validate(props.workflow);
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      if (d.severity() == Severity.ERROR) {
        errors.add(d.location() + ": " + d.message() + " [" + d.code() + "]");
      } else {
        warnings.add(d.location() + ": " + d.message() + " [" + d.code() + "]");
        Annotations.of(this).addWarningV2("asl4j:" + d.code() + ":" + d.location(),
            d.location() + ": " + d.message());
      }
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException("the workflow is not a valid " + type
          + " state machine:\n  " + String.join("\n  ", errors));
    }
    if (props.strict && !warnings.isEmpty()) {
      throw new IllegalArgumentException("the workflow has " + warnings.size()
          + (warnings.size() == 1 ? " warning" : " warnings") + ", and the construct is strict:\n  "
          + String.join("\n  ", warnings));
    }
    String json = props.workflow.toJson();
    List<String> mismatches = Placeholders.mismatches(Placeholders.in(json),
        props.substitutions.keySet());
    if (!mismatches.isEmpty()) {
      throw new IllegalArgumentException("the workflow's placeholders and the names bound on"
          + " the construct differ:\n  " + String.join("\n  ", mismatches));
    }
    StateMachine.Builder b = StateMachine.Builder.create(this, "Resource")
        .definitionBody(DefinitionBody.fromString(json))
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
    CustomerManagedEncryptionConfiguration cmk =
        props.encryption instanceof CustomerManagedEncryptionConfiguration c ? c : null;
    if (props.encryption != null && cmk == null) {
      b.encryptionConfiguration(props.encryption); // AWS-owned: the role needs nothing
    }
    stateMachine = b.build();
    key = cmk == null ? null : cmk.getKmsKey();
    if (cmk != null) {
      Encryption.customerManaged(stateMachine, cmk, props.name, props.logs);
    }

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

    version = props.publishVersion ? publish(props.versionDescription) : null;
    alias = props.aliasName == null ? null : alias(props.aliasName, props.aliasDeployment);
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
   * A version of the current revision. A deployment that changes the state machine replaces it
   * with a new version and keeps the old one, since executions or code outside the stack may
   * still name it; deleting the state machine deletes its versions, so they are retained on
   * deletion too.
   */
  private CfnStateMachineVersion publish(String description) {
    CfnStateMachineVersion v = CfnStateMachineVersion.Builder.create(this, "Version")
        .stateMachineArn(stateMachine.getStateMachineArn())
        .stateMachineRevisionId(stateMachine.getStateMachineRevisionId())
        .description(description)
        .build();
    v.applyRemovalPolicy(RemovalPolicy.RETAIN);
    return v;
  }

  /** An alias of the published version: all executions at once, or by a deployment. */
  private CfnStateMachineAlias alias(String name, AliasDeployment deployment) {
    CfnStateMachineAlias.Builder b = CfnStateMachineAlias.Builder.create(this, "Alias")
        .name(name);
    if (deployment == null) {
      b.routingConfiguration(List.of(CfnStateMachineAlias.RoutingConfigurationVersionProperty
          .builder().stateMachineVersionArn(version.getAttrArn()).weight(100).build()));
    } else {
      b.deploymentPreference(deployment.toCfn(version.getAttrArn()));
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

  @Override
  StateMachine machine() {
    return stateMachine;
  }

  @Override
  Optional<IKey> key() {
    return Optional.ofNullable(key);
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
   * Returns the state machine's name.
   *
   * @return the name (a token until deployment)
   */
  public String getStateMachineName() {
    return stateMachine.getStateMachineName();
  }

  /**
   * Returns the role the state machine runs as.
   *
   * @return the role
   */
  public IRole getRole() {
    return stateMachine.getRole();
  }

  /**
   * Adds a statement to the role the state machine runs as.
   *
   * @param statement the statement
   */
  public void addToRolePolicy(PolicyStatement statement) {
    stateMachine.addToRolePolicy(statement);
  }

  /**
   * Returns the ARN of the version published on deployment
   * ({@link Props.Builder#publishVersion()}).
   *
   * @return the version's ARN (a token until deployment), or empty if none is published
   */
  public Optional<String> getVersionArn() {
    return Optional.ofNullable(version).map(CfnStateMachineVersion::getAttrArn);
  }

  /**
   * Returns the ARN of the alias ({@link Props.Builder#alias(String)}): start executions with
   * it to run the version it points at.
   *
   * @return the alias's ARN (a token until deployment), or empty if there is no alias
   */
  public Optional<String> getAliasArn() {
    return Optional.ofNullable(alias).map(CfnStateMachineAlias::getAttrArn);
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
    private final EncryptionConfiguration encryption;
    private final boolean publishVersion;
    private final String versionDescription;
    private final String aliasName;
    private final AliasDeployment aliasDeployment;
    private final List<PolicyStatement> policy;
    private final Map<String, String> substitutions;
    private final Map<String, String> iamValues;
    private final Set<String> functions;
    private final UnaryOperator<List<Statement>> editDerived;
    private final boolean strict;

    private Props(Builder b) {
      Map<String, String> substitutions = new LinkedHashMap<>(b.substitutions);
      Map<String, String> iamValues = new LinkedHashMap<>(b.iamValues);
      Set<String> functions = new HashSet<>(b.functions);
      if (b.build != null) {
        // the handles avoid the names bound by hand, and bind what the workflow asked for
        References refs = new References(substitutions.keySet());
        this.workflow = Objects.requireNonNull(b.build.apply(refs), "the built workflow");
        for (References.Binding r : refs.bindings()) {
          substitutions.put(r.name(), r.definitionValue());
          iamValues.put(r.name(), r.iamValue());
          if (r.function()) {
            functions.add(r.name());
          }
        }
      } else {
        this.workflow = Objects.requireNonNull(b.workflow, "workflow");
      }
      this.name = b.name;
      this.type = b.type;
      this.timeout = b.timeout;
      this.logs = b.logs;
      this.tracing = b.tracing;
      this.role = b.role;
      this.removalPolicy = b.removalPolicy;
      this.encryption = b.encryption;
      this.publishVersion = b.publishVersion || b.aliasName != null;
      this.versionDescription = b.versionDescription;
      this.aliasName = b.aliasName;
      this.aliasDeployment = b.aliasDeployment;
      this.policy = List.copyOf(b.policy);
      this.substitutions = Collections.unmodifiableMap(substitutions);
      this.iamValues = Collections.unmodifiableMap(iamValues);
      this.functions = Set.copyOf(functions);
      this.editDerived = b.editDerived;
      this.strict = b.strict;
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
      private Function<References, Workflow> build;
      private String name;
      private StateMachineType type = StateMachineType.STANDARD;
      private Duration timeout;
      private LogOptions logs;
      private boolean tracing;
      private IRole role;
      private RemovalPolicy removalPolicy;
      private EncryptionConfiguration encryption;
      private boolean publishVersion;
      private String versionDescription;
      private String aliasName;
      private AliasDeployment aliasDeployment;
      private final List<PolicyStatement> policy = new ArrayList<>();
      private final Map<String, String> substitutions = new LinkedHashMap<>();
      private final Map<String, String> iamValues = new LinkedHashMap<>();
      private final Set<String> functions = new HashSet<>();
      private UnaryOperator<List<Statement>> editDerived = s -> s;
      private boolean strict;

      private Builder() {}

      /**
       * Fails synth on the workflow's validation warnings too, listing them, as
       * {@code WorkflowBuilder.strict()} fails a build; without it each warning is a CDK warning
       * annotation ({@code cdk synth --strict} fails on those as well).
       *
       * @return this builder
       */
      public Builder strict() {
        this.strict = true;
        return this;
      }

      /**
       * Edits the derived statements before they reach the role: narrow a widened one, drop one
       * that a {@link #policy(PolicyStatement...)} statement replaces.
       *
       * @param edit gets the derived statements, returns those to use
       * @return this builder
       */
      public Builder derivedStatements(UnaryOperator<List<Statement>> edit) {
        this.editDerived = Objects.requireNonNull(edit, "edit");
        return this;
      }

      /**
       * Fills a {@code ${name}} placeholder of the definition at deployment
       * ({@code DefinitionSubstitutions}); the workflow itself keeps the placeholder, so it still
       * renders plain JSON outside CDK. Every placeholder must be bound and every bound name
       * used, or the construct refuses the workflow with a near match for a mistyped name.
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
       * Sets the workflow, built with the DSL or read from JSON (this or
       * {@link #workflow(Function)} is required).
       *
       * @param workflow the workflow
       * @return this builder
       */
      public Builder workflow(Workflow workflow) {
        this.workflow = workflow;
        this.build = null;
        return this;
      }

      /**
       * Sets the workflow, built with typed handles for the CDK resources it calls: each
       * handle puts a placeholder where the DSL takes an ARN or a name, and the construct binds
       * it. The function runs once, when the settings are built.
       *
       * <pre>{@code
       * .workflow(refs -> ChoiceGlueAOrB.workflow(refs.function(fetch).arn(),
       *     refs.glueJob(jobA).name(), refs.glueJob(jobB).name(), refs.topic(topic).arn()))
       * }</pre>
       *
       * @param build gets the handles, returns the workflow
       * @return this builder
       */
      public Builder workflow(Function<References, Workflow> build) {
        this.build = Objects.requireNonNull(build, "build");
        this.workflow = null;
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
       * Sends execution logs to CloudWatch Logs: a log group, the level and whether to include
       * execution data. The role gets the log-delivery permissions, as CDK's state machine
       * gives them.
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
       * Encrypts the definition and execution data: {@code new
       * AwsOwnedEncryptionConfiguration()} or {@code new
       * CustomerManagedEncryptionConfiguration(key)}. With a customer-managed key the role may
       * use the key for this state machine's data only ({@code kms:Decrypt} and
       * {@code kms:GenerateDataKey} with its ARN as encryption context), the log delivery may
       * use it when logs are on, and the grants of this construct add the key's permissions
       * their callers need.
       *
       * @param encryption the encryption configuration
       * @return this builder
       */
      public Builder encryptionConfiguration(EncryptionConfiguration encryption) {
        this.encryption = encryption;
        return this;
      }

      /**
       * Publishes a version on each deployment that changes the state machine
       * ({@code AWS::StepFunctions::StateMachineVersion}); previous versions are kept.
       *
       * @return this builder
       */
      public Builder publishVersion() {
        this.publishVersion = true;
        return this;
      }

      /**
       * Publishes a version with a description on each deployment that changes the state
       * machine; previous versions are kept.
       *
       * @param description the version's description
       * @return this builder
       */
      public Builder publishVersion(String description) {
        this.publishVersion = true;
        this.versionDescription = Objects.requireNonNull(description, "description");
        return this;
      }

      /**
       * Adds an alias that sends every execution to the published version (publishing one).
       *
       * @param name the alias's name
       * @return this builder
       */
      public Builder alias(String name) {
        this.aliasName = Objects.requireNonNull(name, "name");
        this.aliasDeployment = null;
        return this;
      }

      /**
       * Adds an alias that moves to each newly published version as the deployment says
       * (publishing one): at once, or gradually with alarms that roll it back.
       *
       * @param name the alias's name
       * @param deployment how the alias moves to a new version
       * @return this builder
       */
      public Builder alias(String name, AliasDeployment deployment) {
        this.aliasName = Objects.requireNonNull(name, "name");
        this.aliasDeployment = Objects.requireNonNull(deployment, "deployment");
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
       * Builds the settings; a workflow given as a function is built now.
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
