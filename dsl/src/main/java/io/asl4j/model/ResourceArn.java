package io.asl4j.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resource ARN of a service integration, in its two shapes: an optimized integration
 * {@code arn:<partition>:states:::<service>:<action>[.sync|.sync:2|.waitForTaskToken]} and an AWS
 * SDK integration {@code arn:<partition>:states:::aws-sdk:<service>:<action>[.waitForTaskToken]}.
 * Lambda function, activity and state machine ARNs have records of their own
 * ({@link LambdaFunctionArn}, {@link ActivityArn}, {@link StateMachineArn}).
 *
 * <pre>{@code ResourceArn.parse("arn:aws-cn:states:::glue:startJobRun.sync")
 * // ResourceArn[partition=aws-cn, service=glue, action=startJobRun, pattern=SYNC, awsSdk=false]
 * ResourceArn.awsSdk("s3", "listObjectsV2").arn()
 * // "arn:aws:states:::aws-sdk:s3:listObjectsV2"}</pre>
 *
 * @param partition the AWS partition, e.g. {@code aws}, {@code aws-cn}, {@code aws-us-gov}
 * @param service the service, e.g. {@code lambda}, {@code glue}; for an SDK integration the SDK
 *     service id without {@code aws-sdk:}, e.g. {@code s3}
 * @param action the action, e.g. {@code invoke}, {@code startJobRun}, {@code listObjectsV2}
 * @param pattern how the Task waits; SDK integrations have no {@code .sync} patterns
 * @param awsSdk whether this is an SDK integration ({@code aws-sdk:<service>:<action>})
 */
public record ResourceArn(String partition, String service, String action,
    IntegrationPattern pattern, boolean awsSdk) {

  /** The default partition. */
  public static final String AWS = "aws";

  /** A partition's name as AWS spells it ({@code aws}, {@code aws-cn}, ...), not a placeholder. */
  static final Pattern PARTITION = Pattern.compile("[a-z-]+");
  private static final Pattern SERVICE = Pattern.compile("[a-z0-9-]+");
  private static final Pattern ACTION = Pattern.compile("[A-Za-z0-9]+");
  /** {@code arn:<partition>:states:::[aws-sdk:]<service>:<action><suffix>}. */
  private static final Pattern SHAPE = Pattern.compile("arn:([^:]+):states:::(aws-sdk:)?("
      + SERVICE + "):(" + ACTION + ")(\\.sync(?::2)?|\\.waitForTaskToken)?");

  /**
   * Creates an integration ARN.
   *
   * @param partition the partition (any text: a placeholder works too)
   * @param service the service
   * @param action the action
   * @param pattern the integration pattern
   * @param awsSdk whether it is an SDK integration
   * @throws IllegalArgumentException for an SDK integration with a {@code .sync} pattern
   */
  public ResourceArn {
    Objects.requireNonNull(partition, "partition");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(pattern, "pattern");
    if (awsSdk && pattern.isSync()) {
      throw new IllegalArgumentException("aws-sdk:" + service + ":" + action + ": SDK"
          + " integrations have no " + pattern.suffix() + " pattern; use request-response or"
          + " .waitForTaskToken");
    }
  }

  /**
   * An optimized integration, request-response, in the {@code aws} partition.
   *
   * @param service e.g. {@code lambda}
   * @param action e.g. {@code invoke}
   * @return the ARN
   */
  public static ResourceArn of(String service, String action) {
    return new ResourceArn(AWS, service, action, IntegrationPattern.REQUEST_RESPONSE, false);
  }

  /**
   * An SDK integration, request-response, in the {@code aws} partition.
   *
   * @param service the SDK service id in lower case, e.g. {@code s3}
   * @param action the API action in camelCase, e.g. {@code getObject}
   * @return the ARN
   */
  public static ResourceArn awsSdk(String service, String action) {
    return new ResourceArn(AWS, service, action, IntegrationPattern.REQUEST_RESPONSE, true);
  }

  /**
   * Reads an integration ARN: partition (any text without {@code :}), service
   * ({@code [a-z0-9-]+}), action ({@code [A-Za-z0-9]+}) and pattern suffix.
   *
   * @param resource a Task's {@code Resource}
   * @return the parts, or empty when it is not an integration ARN (a Lambda function or activity
   *     ARN, a placeholder, an SDK ARN with {@code .sync}, anything else)
   */
  public static Optional<ResourceArn> parse(String resource) {
    Matcher m = SHAPE.matcher(resource);
    if (!m.matches()) {
      return Optional.empty();
    }
    boolean sdk = m.group(2) != null;
    if (!sdk && m.group(3).equals("aws-sdk")) {
      return Optional.empty(); // aws-sdk:<action>, an SDK ARN without its service
    }
    IntegrationPattern pattern = IntegrationPattern.ofSuffix(m.group(5) == null ? "" : m.group(5))
        .orElseThrow();
    if (sdk && pattern != IntegrationPattern.REQUEST_RESPONSE
        && pattern != IntegrationPattern.WAIT_FOR_TASK_TOKEN) {
      return Optional.empty();
    }
    return Optional.of(new ResourceArn(m.group(1), m.group(3), m.group(4), pattern, sdk));
  }

  /**
   * Returns the same integration with another pattern.
   *
   * @param p the pattern
   * @return the ARN with that pattern
   */
  public ResourceArn withPattern(IntegrationPattern p) {
    return new ResourceArn(partition, service, action, p, awsSdk);
  }

  /**
   * Returns the same integration in another partition.
   *
   * @param name e.g. {@code aws-cn}
   * @return the ARN in that partition
   */
  public ResourceArn inPartition(String name) {
    return new ResourceArn(name, service, action, pattern, awsSdk);
  }

  /**
   * Whether this names the given optimized integration (any partition and pattern).
   *
   * @param service e.g. {@code s3}
   * @param action e.g. {@code getObject}
   * @return {@code true} for that optimized integration
   */
  public boolean is(String service, String action) {
    return !awsSdk && this.service.equals(service) && this.action.equals(action);
  }

  /**
   * Whether Step Functions accepts this ARN as it is written: a partition named as AWS spells it
   * (lower-case letters and {@code -}), not a placeholder filled in at deployment such as
   * {@code ${Partition}}, and a service and action of the characters {@link #parse} reads.
   *
   * @return {@code true} when well-formed
   */
  public boolean isWellFormed() {
    return PARTITION.matcher(partition).matches() && SERVICE.matcher(service).matches()
        && ACTION.matcher(action).matches();
  }

  /**
   * Writes the ARN.
   *
   * @return e.g. {@code arn:aws:states:::lambda:invoke.waitForTaskToken}
   */
  public String arn() {
    return "arn:" + partition + ":states:::" + (awsSdk ? "aws-sdk:" : "") + service + ":" + action
        + pattern.suffix();
  }
}
