package io.asl4j.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An activity ARN, {@code arn:<partition>:states:<region>:<account>:activity:<name>}: a Task
 * whose work is done by activity workers (Standard workflows only).
 *
 * @param partition the AWS partition
 * @param region the region; may be empty
 * @param account the account id; may be empty
 * @param name the activity name
 */
public record ActivityArn(String partition, String region, String account, String name) {

  private static final Pattern SHAPE =
      Pattern.compile("arn:([^:]+):states:([^:]*):([^:]*):activity:([^:]+)");

  /**
   * Creates an activity ARN.
   *
   * @param partition the AWS partition
   * @param region the region; may be empty
   * @param account the account id; may be empty
   * @param name the activity name
   */
  public ActivityArn {
    Objects.requireNonNull(partition, "partition");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(name, "name");
  }

  /**
   * Reads an activity ARN by its shape (each part any text without {@code :}).
   *
   * @param arn the text
   * @return the parts, or empty when it is not an activity ARN
   */
  public static Optional<ActivityArn> parse(String arn) {
    Matcher m = SHAPE.matcher(arn);
    return m.matches()
        ? Optional.of(new ActivityArn(m.group(1), m.group(2), m.group(3), m.group(4)))
        : Optional.empty();
  }

  /**
   * Writes the ARN.
   *
   * @return e.g. {@code arn:aws:states:us-east-1:123456789012:activity:approve}
   */
  public String arn() {
    return "arn:" + partition + ":states:" + region + ":" + account + ":activity:" + name;
  }
}
