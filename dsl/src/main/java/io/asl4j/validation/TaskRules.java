package io.asl4j.validation;

import static io.asl4j.validation.DiagnosticCode.EXPRESS_UNSUPPORTED;
import static io.asl4j.validation.DiagnosticCode.FIELD_NOT_ALLOWED;
import static io.asl4j.validation.DiagnosticCode.HEARTBEAT_NOT_BELOW_TIMEOUT;
import static io.asl4j.validation.DiagnosticCode.INVALID_RESOURCE;
import static io.asl4j.validation.DiagnosticCode.MISSING_FIELD;
import static io.asl4j.validation.DiagnosticCode.RESOURCE_NOT_ARN;
import static io.asl4j.validation.DiagnosticCode.TASK_TOKEN_NOT_PASSED;
import static io.asl4j.validation.DiagnosticCode.UNKNOWN_INTEGRATION;
import static io.asl4j.validation.DiagnosticCode.WRONG_TYPE;
import static io.asl4j.validation.ExpressionText.escape;
import static io.asl4j.validation.ExpressionText.hasPlaceholder;
import static io.asl4j.validation.ExpressionText.isDigit;
import static io.asl4j.validation.ExpressionText.isTestPlaceholder;

import io.asl4j.model.ActivityArn;
import io.asl4j.model.Expression;
import io.asl4j.model.IntegrationPattern;
import io.asl4j.model.JsonArray;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonString;
import io.asl4j.model.LambdaFunctionArn;
import io.asl4j.model.Limit;
import io.asl4j.model.OptimizedIntegration;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.ResourceArn;
import io.asl4j.model.TaskState;
import io.asl4j.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rules of a Task state: its Resource (a URI, a well-formed Lambda ARN, a pattern the workflow
 * type supports, the task token passed on), its Credentials, and timeout against heartbeat.
 */
final class TaskRules extends RuleGroup {

  /** The SDK service ids of optimized services whose ARN name differs. */
  private static final Map<String, String> SDK_SERVICES = Map.of("states", "sfn", "events",
      "eventbridge");
  /** A task's TimeoutSeconds when it sets none. */
  private static final JsonNumber DEFAULT_TIMEOUT = JsonNumber.of(Limit.MAX_SECONDS);

  TaskRules(ValidationRun run) {
    super(run);
  }

  void task(TaskState t, StateFields f) {
    Loc at = f.loc;
    String resource = t.resource();
    placeholders(Optional.of(resource), at, "Resource");
    if (resource.contains("${") && !placeholdersClosed(resource)) {
      report(INVALID_RESOURCE, at + "/Resource", "\"" + resource + "\" has an unclosed"
          + " ${...} placeholder");
    } else if (hasPlaceholder(resource) || isTestPlaceholder(resource)) {
      // filled in before deployment (test placeholders are reported above)
    } else if (!isUri(resource)) {
      report(INVALID_RESOURCE, at + "/Resource", "\"" + resource + "\" is not a URI; a"
          + " Task's Resource is arn:<partition>:states:::<service>:<action>, an activity or a"
          + " Lambda function ARN");
    } else if (!resource.startsWith("arn:")) {
      report(RESOURCE_NOT_ARN, at + "/Resource", "\"" + resource + "\" is not an ARN;"
          + " Step Functions runs arn:<partition>:states:::<service>:<action>, activity and"
          + " Lambda function ARNs");
    } else if (resource.contains(":lambda:") && LambdaFunctionArn.isLambdaServiceArn(resource)
        && !LambdaFunctionArn.parse(resource).filter(LambdaFunctionArn::isWellFormed).isPresent()) {
      report(INVALID_RESOURCE, at + "/Resource", "\"" + resource + "\" is not a Lambda"
          + " function ARN: arn:aws:lambda:<region>:<account>:function:<name>[:<alias or"
          + " version>]");
    }
    ResourceArn arn = arn(resource);
    if (arn != null && !arn.awsSdk()) {
      integration(arn, at);
    }
    IntegrationPattern pattern = IntegrationPattern.ofResource(resource);
    if (run.type == Validator.WorkflowType.EXPRESS
        && (pattern != IntegrationPattern.REQUEST_RESPONSE
        || ActivityArn.parse(resource).isPresent())) {
      report(EXPRESS_UNSUPPORTED, at + "/Resource", "Express workflows only support"
          + " request-response integrations; \"" + resource + "\" needs a Standard workflow");
    }
    if (pattern == IntegrationPattern.WAIT_FOR_TASK_TOKEN && !mentionsTaskToken(t)) {
      report(TASK_TOKEN_NOT_PASSED, at + "/Resource", "a .waitForTaskToken task waits for"
          + " a callback, but its payload never passes the token; add $$.Task.Token (or"
          + " $states.context.Task.Token) to it");
    }
    if (t.credentials().isPresent()) {
      credentials(t.credentials().get(), f);
    }
    f.ioPaths(t.inputPath(), t.outputPath());
    f.jsonPathOnly("Parameters", t.parameters());
    Loc parameters = f.loc.at("Parameters");
    if (t.parameters().isPresent()) {
      run.expressions.template(t.parameters().get(), parameters);
    }
    f.arguments(t.arguments(), arn != null && !arn.awsSdk()
        && arn.service().equals("glue") && arn.action().equals("startJobRun")
        ? "; a Glue job's own arguments (--name) go inside Parameters, as {\"Arguments\":"
        + " {\"--name\": ...}} (Glue.startJobRun(..).jobArguments(..) in the DSL)" : "");
    t.parameters().ifPresent(v -> run.services.payload(arn, v, parameters));
    t.arguments().ifPresent(v -> run.services.payload(arn, v, f.loc.at("Arguments")));
    if (t.timeoutSeconds().isPresent()) {
      f.number(t.timeoutSeconds().get(), Limit.TASK_TIMEOUT_SECONDS);
    }
    if (t.heartbeatSeconds().isPresent()) {
      f.number(t.heartbeatSeconds().get(), Limit.HEARTBEAT_SECONDS);
    }
    JsonNumber timeout = t.timeoutSeconds().isEmpty() ? DEFAULT_TIMEOUT
        : t.timeoutSeconds().get() instanceof JsonNumber n ? n : null;
    if (timeout != null && t.heartbeatSeconds().orElse(null) instanceof JsonNumber heartbeat
        && heartbeat.decimalValue().compareTo(timeout.decimalValue()) >= 0) {
      report(HEARTBEAT_NOT_BELOW_TIMEOUT, at + "/HeartbeatSeconds", "HeartbeatSeconds ("
          + heartbeat.text() + ") must be less than TimeoutSeconds (" + timeout.text() + ")");
    }
    f.resultSelector(t.resultSelector());
    f.resultPath(t.resultPath());
    f.output(t.output());
    f.assign(t.assign());
  }

  /**
   * Whether a resource is a URI, {@code scheme:rest}: a letter, then letters, digits, {@code +},
   * {@code .} and {@code -}, a colon, and at least one more character, none of them white space.
   * A loop rather than a regular expression: it runs for every Task.
   */
  static boolean isUri(String text) {
    int n = text.length();
    if (n == 0 || !isAsciiLetter(text.charAt(0))) {
      return false;
    }
    int i = 1;
    while (i < n && (isAsciiLetter(text.charAt(i)) || isDigit(text.charAt(i))
        || text.charAt(i) == '+' || text.charAt(i) == '.' || text.charAt(i) == '-')) {
      i++;
    }
    if (i >= n - 1 || text.charAt(i) != ':') {
      return false;
    }
    for (int k = i + 1; k < n; k++) {
      char c = text.charAt(k);
      // \s of java.util.regex: [ \t\n\x0B\f\r]
      if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  /** Parsed resources, shared by every validation (records are immutable); bounded. */
  private static final Map<String, Optional<ResourceArn>> ARNS = new ConcurrentHashMap<>();

  /** The integration ARN a resource names, or null: parsed once per resource text. */
  static ResourceArn arn(String resource) {
    Optional<ResourceArn> arn = ARNS.get(resource);
    if (arn == null) {
      arn = ResourceArn.parse(resource);
      if (resource.length() <= 1024) {
        if (ARNS.size() >= 10_000) {
          ARNS.clear();
        }
        ARNS.put(resource, arn);
      }
    }
    return arn.orElse(null);
  }

  /** An optimized integration of a service the table knows must be one of its actions. */
  private void integration(ResourceArn arn, Loc at) {
    if (!OptimizedIntegration.knowsService(arn.service())) {
      return;
    }
    OptimizedIntegration known = OptimizedIntegration.of(arn.service(), arn.action()).orElse(null);
    if (known == null) {
      List<String> actions = OptimizedIntegration.actionsOf(arn.service());
      String sdk = SDK_SERVICES.getOrDefault(arn.service(), arn.service());
      report(UNKNOWN_INTEGRATION, at + "/Resource", "\"" + arn.arn() + "\" is not an optimized"
          + " integration: " + arn.service() + " has " + list(actions) + (arn.service()
          .equals("http") ? "" : "; call other actions through the SDK integration arn:"
          + arn.partition() + ":states:::aws-sdk:" + sdk + ":" + arn.action()));
    } else if (!known.supports(arn.pattern())) {
      List<String> patterns = new ArrayList<>();
      for (IntegrationPattern p : known.patterns()) {
        patterns.add(p == IntegrationPattern.REQUEST_RESPONSE ? "request-response" : p.suffix());
      }
      report(UNKNOWN_INTEGRATION, at + "/Resource", arn.service() + ":" + arn.action()
          + " has no " + arn.pattern().suffix() + " pattern; it supports " + list(patterns));
    }
  }

  /** "a", "a and b", "a, b and c". */
  private static String list(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and "
        + items.get(items.size() - 1);
  }

  private void credentials(JsonObject c, StateFields f) {
    String at = f.loc + "/Credentials";
    if (!c.members().containsKey("RoleArn")) {
      report(MISSING_FIELD, at, "Credentials needs \"RoleArn\": the role the task assumes");
    }
    Value role = c.members().get("RoleArn");
    run.services.roleArn(role, at + "/RoleArn");
    if (role != null && !(role instanceof JsonString || role instanceof Expression)) {
      report(WRONG_TYPE, at + "/RoleArn", "RoleArn is the ARN of a role: a string, a path"
          + " (RoleArn.$) or a JSONata expression");
    }
    for (String key : c.members().keySet()) {
      if (!key.equals("RoleArn")) {
        report(FIELD_NOT_ALLOWED, at + "/" + escape(key), "Credentials takes only"
            + " \"RoleArn\"");
      }
    }
    if (f.ql == QueryLanguage.JSONATA) {
      run.expressions.jsonata(c, at);
    } else {
      run.expressions.template(c, at);
    }
  }

  private static boolean mentionsTaskToken(TaskState t) {
    return t.parameters().isPresent() && mentionsTaskToken(t.parameters().get())
        || t.arguments().isPresent() && mentionsTaskToken(t.arguments().get());
  }

  /**
   * Whether a payload, written as JSON, would hold the text {@code Task.Token}: in a member name,
   * a string or an expression. Walked rather than written out, as the text has no character JSON
   * escapes and can not span two names or values.
   */
  private static boolean mentionsTaskToken(Value v) {
    if (v instanceof JsonObject o) {
      for (Map.Entry<String, Value> e : o.members().entrySet()) {
        if (e.getKey().contains("Task.Token") || mentionsTaskToken(e.getValue())) {
          return true;
        }
      }
    } else if (v instanceof JsonArray a) {
      for (Value e : a.elements()) {
        if (mentionsTaskToken(e)) {
          return true;
        }
      }
    } else if (v instanceof JsonString s) {
      return s.value().contains("Task.Token");
    } else if (v instanceof Expression e) {
      return e.text().contains("Task.Token");
    }
    return false;
  }

  /**
   * Whether every {@code $} of a text opens a {@code ${...}} placeholder with something inside and
   * a closing brace. A loop: a regular expression with a repeated group recurses once per
   * placeholder in Java, and a resource may hold any number of them.
   */
  static boolean placeholdersClosed(String text) {
    int dollar = text.indexOf('$');
    if (dollar < 0) {
      return false;
    }
    while (dollar >= 0) {
      int close = text.indexOf('}', dollar + 2);
      if (!text.startsWith("${", dollar) || close < 0 || close == dollar + 2) {
        return false;
      }
      dollar = text.indexOf('$', close + 1);
    }
    return true;
  }
}
