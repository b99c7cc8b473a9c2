package io.asl4j.validation;

import static io.asl4j.validation.DiagnosticCode.NOT_AN_ARN;
import static io.asl4j.validation.DiagnosticCode.UNTYPED_DYNAMODB_VALUE;
import static io.asl4j.validation.ExpressionText.escape;

import io.asl4j.json.AslWriter;
import io.asl4j.model.ArnFields;
import io.asl4j.model.JsonArray;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonString;
import io.asl4j.model.ResourceArn;
import io.asl4j.model.Value;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that know the services behind the integrations: the fields that take an ARN (a topic,
 * a state machine, a connection, a role) hold one, and DynamoDB attribute values say their type
 * ({@code {"S": "o-1"}}, not {@code "o-1"}). Both are warnings: the definition is valid ASL, but
 * the call fails (and a non-ARN also reaches the IAM policy derived from the definition).
 */
final class ServiceRules extends RuleGroup {

  /** The members of DynamoDB requests that hold attribute values, by name. */
  private static final Set<String> ATTRIBUTE_MAPS = Set.of("Key", "Item",
      "ExpressionAttributeValues", "ExclusiveStartKey");
  private static final Set<String> DYNAMODB_ACTIONS = Set.of("getItem", "putItem", "updateItem",
      "deleteItem", "query", "scan");
  /** The type names of a DynamoDB AttributeValue. */
  private static final Set<String> TYPES = Set.of("S", "N", "B", "SS", "NS", "BS", "M", "L",
      "NULL", "BOOL");

  ServiceRules(ValidationRun run) {
    super(run);
  }

  /**
   * Checks a Task's payload against what its integration takes.
   *
   * @param arn the Task's integration, or null for another resource
   * @param payload the Parameters or Arguments
   * @param at the payload's JSON pointer
   */
  void payload(ResourceArn arn, Value payload, Loc at) {
    if (arn == null || !(payload instanceof JsonObject o)) {
      return;
    }
    String action = arn.service() + ":" + arn.action();
    for (String field : arn.awsSdk() ? List.<String>of() : ArnFields.of(action)) {
      Value v;
      if (field.indexOf('/') < 0) {
        v = o.members().get(field);
      } else {
        v = o;
        for (String step : field.split("/")) {
          v = v instanceof JsonObject parent ? parent.members().get(step) : null;
        }
      }
      // the pointer and the field's name in words are made only for a value to report
      if (v instanceof JsonString s && !acceptsArn(s.value())) {
        arn(s.value(), at + "/" + field,
            action + "'s " + field.substring(field.lastIndexOf('/') + 1));
      }
    }
    if (arn.service().equals("dynamodb") && DYNAMODB_ACTIONS.contains(arn.action())) {
      for (String member : ATTRIBUTE_MAPS) {
        if (o.members().get(member) instanceof JsonObject values) {
          for (Map.Entry<String, Value> e : values.members().entrySet()) {
            attributeValue(e.getValue(), at, member, e.getKey());
          }
        }
      }
    }
  }

  /** Credentials' RoleArn, when written out. */
  void roleArn(Value role, String at) {
    if (role instanceof JsonString s) {
      arn(s.value(), at, ArnFields.ROLE_ARN);
    }
  }

  /** Whether text is an ARN or is filled in before deployment. */
  private static boolean acceptsArn(String text) {
    return ArnFields.accepts(text) || ExpressionText.hasPlaceholder(text)
        || ExpressionText.isTestPlaceholder(text);
  }

  /** Warns about text that is neither an ARN nor filled in before deployment. */
  private void arn(String text, String at, String field) {
    if (acceptsArn(text)) {
      return;
    }
    report(NOT_AN_ARN, at, ArnFields.problem(text, field));
  }

  /**
   * A DynamoDB AttributeValue is an object with one member naming its type.
   *
   * @param at the payload's pointer
   * @param member the attribute map ({@code Key}, {@code Item}, ...)
   * @param name the attribute
   */
  private void attributeValue(Value v, Loc at, String member, String name) {
    boolean typed = v instanceof JsonObject o && o.members().size() == 1
        && TYPES.contains(o.members().keySet().iterator().next());
    if (typed || !v.isConstant() && !(v instanceof JsonObject || v instanceof JsonArray)) {
      return; // typed, or a path or expression whose value is known at run time
    }
    String written = v instanceof JsonString s ? "\"" + s.value() + "\"" : v instanceof JsonObject
        ? "an object without a type" : v instanceof JsonArray ? "an array"
        : AslWriter.compact().write(v);
    report(UNTYPED_DYNAMODB_VALUE, at + "/" + member + "/" + escape(name),
        member + " \"" + name + "\" is " + written + "; DynamoDB"
        + " takes an attribute value that names its type, such as {\"S\": \"text\"},"
        + " {\"N\": \"42\"}, {\"BOOL\": true} or {\"M\": {...}}");
  }
}
