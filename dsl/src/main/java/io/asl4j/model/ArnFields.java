package io.asl4j.model;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The fields that take only an ARN: a topic, a state machine, a connection, a role. The validator
 * warns about text in them that is not one ({@code NOT_AN_ARN}), and the DSL refuses such text
 * where it is given as a Java string, with the same message.
 */
public final class ArnFields {

  /** The fields of optimized integrations that take only an ARN, by service:action. */
  private static final Map<String, List<String>> BY_ACTION = Map.of(
      "sns:publish", List.of("TopicArn", "TargetArn"),
      "states:startExecution", List.of("StateMachineArn"),
      "http:invoke", List.of("Authentication/ConnectionArn"));

  /** CloudFormation/SAM/CDK substitutions filled in before deploying: ${Name}, %NAME%. */
  private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{[^}]*}|%[A-Z][A-Z0-9_]*%");

  /** The field of a Task's Credentials, for messages. */
  public static final String ROLE_ARN = "Credentials' RoleArn";

  private ArnFields() {}

  /**
   * Returns the payload members of an optimized integration that take only an ARN.
   *
   * @param serviceAction e.g. {@code sns:publish}
   * @return the members, a nested one written {@code Authentication/ConnectionArn}; empty for an
   *     integration without such fields
   */
  public static List<String> of(String serviceAction) {
    return BY_ACTION.getOrDefault(serviceAction, List.of());
  }

  /**
   * Tells whether text can stand in an ARN-only field: an ARN, a substitution filled in at
   * deployment ({@code ${TopicArn}}) or a JSONata expression.
   *
   * @param text the field's text
   * @return {@code true} if the text is acceptable
   */
  public static boolean accepts(String text) {
    return text.startsWith("arn:") || text.startsWith("{%")
        || (text.contains("${") || text.indexOf('%') >= 0) && SUBSTITUTION.matcher(text).find();
  }

  /**
   * Says why text is not an ARN, for the validator's warning and the DSL's refusal alike.
   *
   * @param text the field's text
   * @param field the field, e.g. {@code sns:publish's TopicArn} or {@link #ROLE_ARN}
   * @return the message
   */
  public static String problem(String text, String field) {
    return "\"" + text + "\" is not an ARN; " + field + " takes one, such as " + example(field)
        + ", or a ${Name} placeholder filled in at deployment (the IAM policy derived from the"
        + " definition names it too)";
  }

  /**
   * Refuses a Java string that is not an ARN in an ARN-only field of the DSL.
   *
   * @param method the DSL method, e.g. {@code Sns.publish}
   * @param field the field, e.g. {@code sns:publish's TopicArn}
   * @param text the string given
   * @return the string as a value
   * @throws IllegalArgumentException if the text is neither an ARN nor a placeholder; the message
   *     says to read the ARN at run time with {@code path(..)} or {@code jsonata(..)}, or to keep
   *     other text with {@code literal(..)}
   */
  public static JsonString require(String method, String field, String text) {
    JsonString value = JsonString.plainText(text);
    if (!accepts(text)) {
      throw new IllegalArgumentException(method + ": " + problem(text, field) + "; read it at"
          + " run time with path(..) or jsonata(..), or keep other text with literal(..)");
    }
    return value;
  }

  private static String example(String field) {
    return field.contains("TopicArn") || field.contains("TargetArn")
        ? "arn:aws:sns:us-east-1:123456789012:orders"
        : field.contains("StateMachineArn")
        ? "arn:aws:states:us-east-1:123456789012:stateMachine:child"
        : field.contains("ConnectionArn")
        ? "arn:aws:events:us-east-1:123456789012:connection/api/1"
        : "arn:aws:iam::123456789012:role/task";
  }
}
