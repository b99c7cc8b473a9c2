package io.asl4j.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Lambda function ARN, {@code arn:<partition>:lambda:<region>:<account>:function:<name>[:<version
 * or alias>]}: a Task's legacy {@code Resource}, or the FunctionName of {@code lambda:invoke}.
 *
 * <pre>{@code LambdaFunctionArn.parse("arn:aws:lambda:us-east-1:123456789012:function:resize:live")
 * // partition aws, region us-east-1, account 123456789012, name resize, qualifier live}</pre>
 *
 * @param partition the AWS partition
 * @param region the region; may be empty
 * @param account the account id; may be empty
 * @param name the function name
 * @param qualifier the version or alias, if any
 */
public record LambdaFunctionArn(String partition, String region, String account, String name,
    Optional<String> qualifier) {

  /** Any text of this shape, each part without {@code :}, so placeholders parse too. */
  private static final Pattern SHAPE = Pattern.compile(
      "arn:([^:]+):lambda:([^:]*):([^:]*):function:([^:]+)(?::([^:]+))?");
  /** {@code [<account>:function:]<name>[:<qualifier>]}: the short forms of a FunctionName. */
  private static final Pattern SHORT_NAME = Pattern.compile(
      "(?:([^:]+):function:)?([^:]+)(?::([^:]+))?");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern QUALIFIER = Pattern.compile("\\$LATEST|[A-Za-z0-9_-]+");

  /**
   * Creates a function ARN.
   *
   * @param partition the AWS partition
   * @param region the region; may be empty
   * @param account the account id; may be empty
   * @param name the function name
   * @param qualifier the version or alias, if any
   */
  public LambdaFunctionArn {
    Objects.requireNonNull(partition, "partition");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(qualifier, "qualifier");
  }

  /**
   * Reads a function ARN by its shape; the parts are any text without {@code :}, so
   * {@code ${Token}} placeholders read too (see {@link #isWellFormed()}).
   *
   * @param arn the text
   * @return the parts, or empty when it is not of this shape
   */
  public static Optional<LambdaFunctionArn> parse(String arn) {
    Matcher m = SHAPE.matcher(arn);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new LambdaFunctionArn(m.group(1), m.group(2), m.group(3), m.group(4),
        Optional.ofNullable(m.group(5))));
  }

  /**
   * Reads the {@code FunctionName} of {@code lambda:invoke}, which names a function in one of
   * four forms: a name ({@code resize}), a name with a version or alias ({@code resize:live}), a
   * partial ARN ({@code 123456789012:function:resize[:live]}) or a full ARN. What a short form
   * leaves out is taken from the given partition, region and account.
   *
   * <pre>{@code LambdaFunctionArn.ofFunctionName("resize:live", "aws", "eu-west-1", "123456789012")
   * // arn:aws:lambda:eu-west-1:123456789012:function:resize:live}</pre>
   *
   * @param functionName the FunctionName
   * @param partition the partition of the calling state machine
   * @param region the region of the calling state machine
   * @param account the account of the calling state machine
   * @return the function, or empty when the text has none of these forms (such as an ARN of
   *     something else, or more parts than a partial ARN has)
   */
  public static Optional<LambdaFunctionArn> ofFunctionName(String functionName, String partition,
      String region, String account) {
    if (functionName.startsWith("arn:")) {
      return parse(functionName);
    }
    Matcher m = SHORT_NAME.matcher(functionName);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new LambdaFunctionArn(partition, region,
        m.group(1) == null ? account : m.group(1), m.group(2), Optional.ofNullable(m.group(3))));
  }

  /**
   * Whether a text is an ARN of the Lambda service ({@code arn:<partition>:lambda:...}), whether
   * or not it is a well-formed function ARN.
   *
   * @param arn the text
   * @return {@code true} for any Lambda ARN
   */
  public static boolean isLambdaServiceArn(String arn) {
    // arn:[^:]*:lambda:.* without a regular expression: a Task's Resource is checked every time
    if (!arn.startsWith("arn:")) {
      return false;
    }
    int colon = arn.indexOf(':', 4);
    if (colon < 0 || !arn.startsWith(":lambda:", colon)) {
      return false;
    }
    for (int i = colon + 8; i < arn.length(); i++) {
      char c = arn.charAt(i);
      // what "." does not match: the line terminators
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether Lambda accepts this ARN: a lower-case partition, a name of letters, digits, {@code -}
   * and {@code _}, and a qualifier that is {@code $LATEST} or of the same characters.
   *
   * @return {@code true} when well-formed
   */
  public boolean isWellFormed() {
    return ResourceArn.PARTITION.matcher(partition).matches() && NAME.matcher(name).matches()
        && qualifier.map(q -> QUALIFIER.matcher(q).matches()).orElse(true);
  }

  /**
   * Returns the function without its version or alias.
   *
   * @return the unqualified ARN
   */
  public LambdaFunctionArn unqualified() {
    return new LambdaFunctionArn(partition, region, account, name, Optional.empty());
  }

  /**
   * Returns the ARN pattern of every version and alias of this function: Lambda checks a call to
   * a qualified function against it.
   *
   * @return {@code arn:<partition>:lambda:<region>:<account>:function:<name>:*}
   */
  public String versionsAndAliases() {
    return unqualified().arn() + ":*";
  }

  /**
   * Writes the ARN.
   *
   * @return e.g. {@code arn:aws:lambda:us-east-1:123456789012:function:resize:live}
   */
  public String arn() {
    return "arn:" + partition + ":lambda:" + region + ":" + account + ":function:" + name
        + qualifier.map(q -> ":" + q).orElse("");
  }
}
