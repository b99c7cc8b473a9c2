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
    stateMachine = b.build();

    // a Distributed Map starts executions of this very state machine: name it without a cycle
    String self = Stack.of(this).formatArn(ArnComponents.builder().service("states")
        .resource("stateMachine").resourceName(props.name != null ? props.name : "*")
        .arnFormat(ArnFormat.COLON_RESOURCE_NAME).build());
    IamDeriver.Result policy = IamDeriver.create().environment(Aws.REGION, Aws.ACCOUNT_ID)
        .stateMachine(self).derive(props.workflow);
    derived = policy.statements();
    for (Statement s : derived) {
      stateMachine.addToRolePolicy(toCdk(s));
    }
    for (PolicyStatement extra : props.policy) {
      stateMachine.addToRolePolicy(extra);
    }
    int n = 0;
    for (String warning : policy.warnings()) {
      Annotations.of(this).addWarningV2("asl4j:iam:" + n++, warning);
    }
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

      private Builder() {}

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
