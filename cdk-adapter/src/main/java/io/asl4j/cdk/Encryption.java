package io.asl4j.cdk;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.stepfunctions.CfnStateMachine;
import software.amazon.awscdk.services.stepfunctions.CustomerManagedEncryptionConfiguration;
import software.amazon.awscdk.services.stepfunctions.LogLevel;
import software.amazon.awscdk.services.stepfunctions.LogOptions;
import software.amazon.awscdk.services.stepfunctions.StateMachine;

/**
 * A state machine's data encrypted with a customer-managed KMS key, and the key's permissions
 * its role needs. CDK's {@code StateMachine} gives the role the key with an encryption context
 * naming the machine by its physical name, which an unnamed machine does not have at synth
 * (the context then names no machine, and executions are refused the key); here an unnamed
 * machine's context matches any machine of the stack's account and region instead, since its
 * own ARN would make the role's policy and the machine depend on each other.
 */
final class Encryption {

  private static final String CONTEXT_KEY = "kms:EncryptionContext:aws:states:stateMachineArn";
  /** Step Functions' default reuse period of a data key. */
  private static final int DEFAULT_REUSE_SECONDS = 300;

  private Encryption() {}

  /**
   * Encrypts the machine with the key and adds the statements its role needs.
   *
   * @param machine the state machine, built without an encryption configuration
   * @param config the key and its data-key reuse period
   * @param name the state machine's name, or null when CloudFormation names it
   * @param logs the log settings, or null
   */
  static void customerManaged(StateMachine machine, CustomerManagedEncryptionConfiguration config,
      String name, LogOptions logs) {
    IKey key = config.getKmsKey();
    Duration reuse = config.getKmsDataKeyReusePeriodSeconds();
    CfnStateMachine cfn = (CfnStateMachine) machine.getNode().getDefaultChild();
    cfn.setEncryptionConfiguration(CfnStateMachine.EncryptionConfigurationProperty.builder()
        .type("CUSTOMER_MANAGED_KMS_KEY")
        .kmsKeyId(key.getKeyArn())
        .kmsDataKeyReusePeriodSeconds(reuse == null ? DEFAULT_REUSE_SECONDS : reuse.toSeconds())
        .build());

    Stack stack = Stack.of(machine);
    String self = stack.formatArn(ArnComponents.builder().service("states")
        .resource("stateMachine").resourceName(name == null ? "*" : name)
        .arnFormat(ArnFormat.COLON_RESOURCE_NAME).build());
    machine.addToRolePolicy(PolicyStatement.Builder.create()
        .actions(List.of("kms:Decrypt", "kms:GenerateDataKey"))
        .resources(List.of(key.getKeyArn()))
        .conditions(Map.of(name == null ? "StringLike" : "StringEquals",
            Map.of(CONTEXT_KEY, self)))
        .build());

    if (logs != null && logs.getLevel() != LogLevel.OFF) {
      // log delivery encrypts with the same key, as the logs service of this account
      machine.addToRolePolicy(PolicyStatement.Builder.create()
          .actions(List.of("kms:GenerateDataKey"))
          .resources(List.of(key.getKeyArn()))
          .conditions(Map.of("StringEquals", Map.of("kms:EncryptionContext:SourceArn",
              stack.formatArn(ArnComponents.builder().service("logs").resource("*")
                  .arnFormat(ArnFormat.COLON_RESOURCE_NAME).build()))))
          .build());
      key.addToResourcePolicy(PolicyStatement.Builder.create()
          .actions(List.of("kms:Decrypt*"))
          .principals(List.of(new ServicePrincipal("delivery.logs.amazonaws.com")))
          .resources(List.of("*"))
          .build());
    }
  }
}
