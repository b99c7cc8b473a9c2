package io.asl4j.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A state machine ARN,
 * {@code arn:<partition>:states:<region>:<account>:stateMachine:<name>[:<version or alias>]}, and
 * the ARNs of its executions, for {@code states:startExecution} and a Distributed Map's child
 * executions.
 *
 * @param partition the AWS partition
 * @param region the region
 * @param account the account id
 * @param name the state machine's name
 * @param qualifier the version or alias, if any
 */
public record StateMachineArn(String partition, String region, String account, String name,
    Optional<String> qualifier) {

  private static final Pattern SHAPE = Pattern.compile(
      "arn:([^:]+):states:([^:]*):([^:]*):stateMachine:([^:]+)(?::([^:]+))?");

  /**
   * Creates a state machine ARN.
   *
   * @param partition the AWS partition
   * @param region the region
   * @param account the account id
   * @param name the state machine's name
   * @param qualifier the version or alias, if any
   */
  public StateMachineArn {
    Objects.requireNonNull(partition, "partition");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(qualifier, "qualifier");
  }

  /**
   * Reads a state machine ARN by its shape (each part any text without {@code :}).
   *
   * @param arn the text
   * @return the parts, or empty when it is not a state machine ARN
   */
  public static Optional<StateMachineArn> parse(String arn) {
    Matcher m = SHAPE.matcher(arn);
    return m.matches() ? Optional.of(new StateMachineArn(m.group(1), m.group(2), m.group(3),
        m.group(4), Optional.ofNullable(m.group(5)))) : Optional.empty();
  }

  /**
   * Writes the ARN.
   *
   * @return e.g. {@code arn:aws:states:us-east-1:123456789012:stateMachine:orders}
   */
  public String arn() {
    return "arn:" + partition + ":states:" + region + ":" + account + ":stateMachine:" + name
        + qualifier.map(q -> ":" + q).orElse("");
  }

  /**
   * Returns the ARN pattern of every execution of this state machine, whatever its version.
   *
   * @return {@code arn:<partition>:states:<region>:<account>:execution:<name>:*}
   */
  public String executions() {
    return "arn:" + partition + ":states:" + region + ":" + account + ":execution:" + name + ":*";
  }

  /**
   * Returns the ARN pattern of the child executions its Distributed Maps start (Map Runs).
   *
   * @return {@code arn:<partition>:states:<region>:<account>:execution:<name>/*}
   */
  public String mapRunExecutions() {
    return "arn:" + partition + ":states:" + region + ":" + account + ":execution:" + name + "/*";
  }
}
