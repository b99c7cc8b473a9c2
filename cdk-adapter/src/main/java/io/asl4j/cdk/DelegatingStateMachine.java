package io.asl4j.cdk;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Resource;
import software.amazon.awscdk.interfaces.stepfunctions.StateMachineReference;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.iam.Grant;
import software.amazon.awscdk.services.iam.GrantOnPrincipalOptions;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.iam.IPrincipal;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.stepfunctions.IStateMachine;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.constructs.Construct;

/**
 * A CDK {@link IStateMachine} whose members are those of an inner {@link StateMachine}: every
 * grant and metric CDK's state machine has. Where the machine is encrypted with a
 * customer-managed key, the grants also let the identity use the key for this machine's data,
 * which CDK's own grants leave out.
 *
 * <p>It extends {@link Resource}, as CDK's own constructs do, so that jsii registers each member
 * as an override: CDK code that holds an {@code IStateMachine} (a schedule target, a
 * {@code StepFunctionsStartExecution} task) calls back into these methods.
 */
abstract class DelegatingStateMachine extends Resource implements IStateMachine {

  private static final String CONTEXT_KEY = "kms:EncryptionContext:aws:states:stateMachineArn";

  DelegatingStateMachine(Construct scope, String id) {
    super(scope, id);
  }

  /** The state machine the members delegate to. */
  abstract StateMachine machine();

  /** The customer-managed key of the machine's data, if it has one. */
  abstract Optional<IKey> key();

  /**
   * Adds the key's actions for this machine's data to a grant, when there is a key: Step
   * Functions uses the caller's permissions on it to encrypt input and decrypt what it returns.
   */
  private Grant withKey(Grant grant, IGrantable identity, String... actions) {
    Optional<IKey> key = key();
    if (key.isEmpty()) {
      return grant;
    }
    return grant.combine(Grant.addToPrincipal(GrantOnPrincipalOptions.builder()
        .grantee(identity).actions(List.of(actions))
        .resourceArns(List.of(key.get().getKeyArn()))
        .conditions(Map.of("StringEquals", Map.of(CONTEXT_KEY, getStateMachineArn())))
        .build()));
  }

  /**
   * Returns the state machine's ARN.
   *
   * @return the ARN (a token until deployment)
   */
  @Override
  public String getStateMachineArn() {
    return machine().getStateMachineArn();
  }

  /**
   * Returns the reference CDK's L1 constructs take.
   *
   * @return the reference
   */
  @Override
  public StateMachineReference getStateMachineRef() {
    return machine().getStateMachineRef();
  }

  /**
   * Returns the principal the state machine runs as: its role.
   *
   * @return the principal
   */
  @Override
  public IPrincipal getGrantPrincipal() {
    return machine().getGrantPrincipal();
  }

  /**
   * Applies a removal policy to the state machine.
   *
   * @param policy the policy
   */
  @Override
  public void applyRemovalPolicy(RemovalPolicy policy) {
    machine().applyRemovalPolicy(policy);
  }

  /**
   * Lets an identity perform actions on the state machine. No key permissions are added: the
   * actions are yours to choose.
   *
   * @param identity who may act
   * @param actions the actions, such as {@code states:DescribeStateMachine}
   * @return the grant
   */
  @Override
  public Grant grant(IGrantable identity, String... actions) {
    return machine().grant(identity, actions);
  }

  /**
   * Lets an identity perform actions on the state machine's executions (with a
   * customer-managed key, also {@code kms:Decrypt} for this machine's data).
   *
   * @param identity who may act
   * @param actions the actions, such as {@code states:StopExecution}
   * @return the grant
   */
  @Override
  public Grant grantExecution(IGrantable identity, String... actions) {
    return withKey(machine().grantExecution(identity, actions), identity, "kms:Decrypt");
  }

  /**
   * Lets an identity read the state machine and its executions (with a customer-managed key,
   * also {@code kms:Decrypt} for this machine's data).
   *
   * @param identity who may read
   * @return the grant
   */
  @Override
  public Grant grantRead(IGrantable identity) {
    return withKey(machine().grantRead(identity), identity, "kms:Decrypt");
  }

  /**
   * Lets an identity redrive failed executions (with a customer-managed key, also
   * {@code kms:Decrypt} and {@code kms:GenerateDataKey} for this machine's data).
   *
   * @param identity who may redrive
   * @return the grant
   */
  @Override
  public Grant grantRedriveExecution(IGrantable identity) {
    return withKey(machine().grantRedriveExecution(identity), identity, "kms:Decrypt",
        "kms:GenerateDataKey");
  }

  /**
   * Lets an identity start executions (with a customer-managed key, also {@code kms:Decrypt}
   * and {@code kms:GenerateDataKey} for this machine's data).
   *
   * @param identity who may start them
   * @return the grant
   */
  @Override
  public Grant grantStartExecution(IGrantable identity) {
    return withKey(machine().grantStartExecution(identity), identity, "kms:Decrypt",
        "kms:GenerateDataKey");
  }

  /**
   * Lets an identity start synchronous executions of an Express workflow (with a
   * customer-managed key, also {@code kms:Decrypt} and {@code kms:GenerateDataKey} for this
   * machine's data).
   *
   * @param identity who may start them
   * @return the grant
   */
  @Override
  public Grant grantStartSyncExecution(IGrantable identity) {
    return withKey(machine().grantStartSyncExecution(identity), identity, "kms:Decrypt",
        "kms:GenerateDataKey");
  }

  /**
   * Lets an identity send task responses: success, failure and heartbeats of callbacks (with a
   * customer-managed key, also {@code kms:Decrypt} and {@code kms:GenerateDataKey} for this
   * machine's data).
   *
   * @param identity who may respond
   * @return the grant
   */
  @Override
  public Grant grantTaskResponse(IGrantable identity) {
    return withKey(machine().grantTaskResponse(identity), identity, "kms:Decrypt",
        "kms:GenerateDataKey");
  }

  /**
   * Returns one of the state machine's metrics ({@code AWS/States}, by its ARN).
   *
   * @param metricName the metric, such as {@code ExecutionsFailed}
   * @param props the statistic, period and other options
   * @return the metric
   */
  @Override
  public Metric metric(String metricName, MetricOptions props) {
    return machine().metric(metricName, props);
  }

  /**
   * Returns one of the state machine's metrics ({@code AWS/States}, by its ARN).
   *
   * @param metricName the metric, such as {@code ExecutionsFailed}
   * @return the metric
   */
  @Override
  public Metric metric(String metricName) {
    return machine().metric(metricName);
  }

  /**
   * Returns the metric of aborted executions.
   *
   * @param props the statistic, period and other options
   * @return the metric
   */
  @Override
  public Metric metricAborted(MetricOptions props) {
    return machine().metricAborted(props);
  }

  /**
   * Returns the metric of aborted executions (sum over 5 minutes).
   *
   * @return the metric
   */
  @Override
  public Metric metricAborted() {
    return machine().metricAborted();
  }

  /**
   * Returns the metric of failed executions.
   *
   * @param props the statistic, period and other options
   * @return the metric
   */
  @Override
  public Metric metricFailed(MetricOptions props) {
    return machine().metricFailed(props);
  }

  /**
   * Returns the metric of failed executions (sum over 5 minutes).
   *
   * @return the metric
   */
  @Override
  public Metric metricFailed() {
    return machine().metricFailed();
  }

  /**
   * Returns the metric of started executions.
   *
   * @param props the statistic, period and other options
   * @return the metric
   */
  @Override
  public Metric metricStarted(MetricOptions props) {
    return machine().metricStarted(props);
  }

  /**
   * Returns the metric of started executions (sum over 5 minutes).
   *
   * @return the metric
   */
  @Override
  public Metric metricStarted() {
    return machine().metricStarted();
  }

  /**
   * Returns the metric of succeeded executions.
   *
   * @param props the statistic, period and other options
   * @return the metric
   */
  @Override
  public Metric metricSucceeded(MetricOptions props) {
    return machine().metricSucceeded(props);
  }

  /**
   * Returns the metric of succeeded executions (sum over 5 minutes).
   *
   * @return the metric
   */
  @Override
  public Metric metricSucceeded() {
    return machine().metricSucceeded();
  }

  /**
   * Returns the metric of throttled executions.
   *
   * @param props the statistic, period and other options
   * @return the metric
   */
  @Override
  public Metric metricThrottled(MetricOptions props) {
    return machine().metricThrottled(props);
  }

  /**
   * Returns the metric of throttled executions (sum over 5 minutes).
   *
   * @return the metric
   */
  @Override
  public Metric metricThrottled() {
    return machine().metricThrottled();
  }

  /**
   * Returns the metric of execution times.
   *
   * @param props the statistic, period and other options
   * @return the metric
   */
  @Override
  public Metric metricTime(MetricOptions props) {
    return machine().metricTime(props);
  }

  /**
   * Returns the metric of execution times (average over 5 minutes).
   *
   * @return the metric
   */
  @Override
  public Metric metricTime() {
    return machine().metricTime();
  }

  /**
   * Returns the metric of timed-out executions.
   *
   * @param props the statistic, period and other options
   * @return the metric
   */
  @Override
  public Metric metricTimedOut(MetricOptions props) {
    return machine().metricTimedOut(props);
  }

  /**
   * Returns the metric of timed-out executions (sum over 5 minutes).
   *
   * @return the metric
   */
  @Override
  public Metric metricTimedOut() {
    return machine().metricTimedOut();
  }
}
