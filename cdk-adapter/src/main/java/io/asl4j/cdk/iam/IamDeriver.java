package io.asl4j.cdk.iam;

import io.asl4j.Workflow;
import io.asl4j.model.ActivityArn;
import io.asl4j.model.Branch;
import io.asl4j.model.ItemReader;
import io.asl4j.model.JsonArray;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonString;
import io.asl4j.model.LambdaFunctionArn;
import io.asl4j.model.MapState;
import io.asl4j.model.ParallelState;
import io.asl4j.model.ResourceArn;
import io.asl4j.model.ResultWriter;
import io.asl4j.model.State;
import io.asl4j.model.StateGraph;
import io.asl4j.model.StateMachineArn;
import io.asl4j.model.TaskState;
import io.asl4j.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives the least-privilege IAM policy a state machine's role needs from its definition: per
 * integration and pattern (checklist §8), scoped to the ARNs the definition names. Where a path or
 * JSONata makes a name dynamic, the statement uses the narrowest pattern that still works and a
 * warning says so, so that the user can narrow it further.
 *
 * <p>Immutable and thread-safe.
 */
public final class IamDeriver {

  /**
   * What was derived.
   *
   * @param statements the statements, merged where actions and conditions match
   * @param warnings one line per widened or undeclarable permission, naming the state
   */
  public record Result(List<Statement> statements, List<String> warnings) {

    /**
     * Creates a result, copying the lists.
     *
     * @param statements the statements
     * @param warnings the warnings
     */
    public Result {
      statements = List.copyOf(statements);
      warnings = List.copyOf(warnings);
    }
  }

  private static final Pattern QUEUE_URL = Pattern.compile(
      "https://sqs\\.([a-z0-9-]+)\\.amazonaws\\.com(?:\\.cn)?/(\\d{12})/([^/]+)");
  private static final Pattern API_ENDPOINT = Pattern.compile(
      "([a-z0-9]+)\\.execute-api\\.([a-z0-9-]+)\\.amazonaws\\.com");

  private final String region;
  private final String account;
  private final java.util.function.Supplier<String> stateMachineArn;
  private final Set<String> functions;

  private IamDeriver(String region, String account,
      java.util.function.Supplier<String> stateMachineArn,
      Set<String> functions) {
    this.region = region;
    this.account = account;
    this.stateMachineArn = stateMachineArn;
    this.functions = functions;
  }

  /**
   * Returns a deriver for any region and account ({@code *} where an ARN needs them).
   *
   * @return the deriver
   */
  public static IamDeriver create() {
    return new IamDeriver("*", "*", null, Set.of());
  }

  /**
   * Scopes ARNs the definition does not spell out (event rules, tables by name, functions by name)
   * to a region and account, e.g. the CDK stack's {@code Aws.REGION} and {@code Aws.ACCOUNT_ID}.
   *
   * @param region the region, or a token
   * @param account the account id, or a token
   * @return the configured deriver
   */
  public IamDeriver environment(String region, String account) {
    return new IamDeriver(Objects.requireNonNull(region, "region"),
        Objects.requireNonNull(account, "account"), stateMachineArn, functions);
  }

  /**
   * Names the state machine itself, for a Distributed Map's child executions.
   *
   * @param arn the state machine ARN, or a token
   * @return the configured deriver
   */
  public IamDeriver stateMachine(String arn) {
    Objects.requireNonNull(arn, "arn");
    return stateMachine(() -> arn);
  }

  /**
   * Names the state machine itself, asked for only when a Distributed Map needs it (making the
   * ARN can be costly, such as a CDK {@code formatArn} call).
   *
   * @param arn gives the state machine ARN, or a token
   * @return the configured deriver
   */
  public IamDeriver stateMachine(java.util.function.Supplier<String> arn) {
    return new IamDeriver(region, account, Objects.requireNonNull(arn, "arn"), functions);
  }

  /**
   * Names the {@code ${placeholders}} that stand for Lambda function ARNs, so that a Task whose
   * whole Resource is one of them (the legacy form) gets {@code lambda:InvokeFunction}.
   *
   * @param placeholders the placeholder names, without {@code ${}}
   * @return the configured deriver
   */
  public IamDeriver functions(Set<String> placeholders) {
    return new IamDeriver(region, account, stateMachineArn, Set.copyOf(placeholders));
  }

  /**
   * Derives the policy for a workflow.
   *
   * @param workflow the workflow
   * @return the statements and warnings
   */
  public Result derive(Workflow workflow) {
    Run run = new Run();
    run.graph(workflow);
    return new Result(run.merged(), run.warnings);
  }

  /** One derivation. */
  private final class Run {
    /** (sorted actions + conditions) → resources, in first-seen order. */
    final Map<String, Statement> statements = new LinkedHashMap<>();
    final List<String> warnings = new ArrayList<>();
    /** The state machine's own ARN, once a Distributed Map has asked for it. */
    String self;

    void allow(List<String> actions, List<String> resources) {
      allow(actions, resources, Map.of());
    }

    void allow(List<String> actions, List<String> resources,
        Map<String, Map<String, List<String>>> conditions) {
      String key = new TreeSet<>(actions) + " " + new java.util.TreeMap<>(conditions);
      Statement old = statements.get(key);
      Set<String> all = new TreeSet<>(resources);
      if (old != null) {
        all.addAll(old.resources());
      }
      statements.put(key, new Statement(actions, new ArrayList<>(all), conditions));
    }

    List<Statement> merged() {
      return new ArrayList<>(statements.values());
    }

    void warn(String state, String message) {
      warnings.add("state \"" + state + "\": " + message);
    }

    void graph(StateGraph g) {
      for (Map.Entry<String, State> e : g.states().entrySet()) {
        State s = e.getValue();
        if (s instanceof TaskState t) {
          task(e.getKey(), t);
        } else if (s instanceof ParallelState p) {
          for (Branch b : p.branches()) {
            graph(b);
          }
        } else if (s instanceof MapState m) {
          map(e.getKey(), m);
          graph(m.itemProcessor());
        }
      }
    }

    // ------------------------------------------------------------- tasks

    void task(String name, TaskState t) {
      t.credentials().ifPresent(c -> {
        Value role = c.members().get("RoleArn");
        String arn = text(role);
        if (arn == null) {
          warn(name, "the Credentials RoleArn is dynamic; sts:AssumeRole is allowed on any role"
              + " (arn:*:iam::*:role/*)");
          arn = "arn:*:iam::*:role/*";
        }
        allow(List.of("sts:AssumeRole"), List.of(arn));
      });
      String resource = t.resource();
      Map<String, Value> p = payload(t);
      ResourceArn integration = ResourceArn.parse(resource).orElse(null);
      if (integration != null && integration.awsSdk()) {
        awsSdk(name, integration.service(), integration.action());
        return;
      }
      Optional<LambdaFunctionArn> function = LambdaFunctionArn.parse(resource);
      if (function.isPresent()) {
        allow(List.of("lambda:InvokeFunction"), functionResources(function.get()));
        return;
      }
      if (resource.startsWith("${") && resource.endsWith("}")
          && functions.contains(resource.substring(2, resource.length() - 1))) {
        allow(List.of("lambda:InvokeFunction"), List.of(resource, resource + ":*"));
        return;
      }
      if (ActivityArn.parse(resource).isPresent()) {
        return; // workers poll activities; the state machine's role needs nothing
      }
      if (integration == null) {
        warn(name, "no permissions are derived for the Resource \"" + resource + "\"; add the"
            + " statements it needs");
        return;
      }
      String partition = integration.partition();
      String action = integration.action();
      boolean sync = integration.pattern().isSync();
      switch (integration.service() + ":" + action) {
        case "lambda:invoke" -> lambdaInvoke(name, partition, p);
        case "glue:startJobRun" -> {
          String job = text(p.get("JobName"));
          if (job == null) {
            warn(name, "the Glue JobName is dynamic; the job actions are allowed on every job");
          }
          String arn = "arn:" + partition + ":glue:" + region + ":" + account + ":job/"
              + (job == null ? "*" : job);
          allow(sync ? List.of("glue:StartJobRun", "glue:GetJobRun", "glue:GetJobRuns",
              "glue:BatchStopJobRun") : List.of("glue:StartJobRun"), List.of(arn));
        }
        case "batch:submitJob" -> {
          allow(sync ? List.of("batch:SubmitJob", "batch:DescribeJobs", "batch:TerminateJob")
              : List.of("batch:SubmitJob"), List.of("*"));
          if (sync) {
            rule(partition, "StepFunctionsGetEventsForBatchJobsRule");
          }
        }
        case "ecs:runTask" -> ecs(name, partition, p, sync);
        case "athena:startQueryExecution" -> athena(name, partition, p, sync);
        case "athena:getQueryResults" -> {
          allow(List.of("athena:getQueryResults"), List.of(workgroup(partition, p)));
          allow(List.of("s3:GetObject"), List.of("*"));
        }
        case "athena:getQueryExecution" -> allow(List.of("athena:getQueryExecution"),
            List.of(workgroup(partition, p)));
        case "athena:stopQueryExecution" -> allow(List.of("athena:stopQueryExecution"),
            List.of(workgroup(partition, p)));
        case "apigateway:invoke" -> apiGateway(name, partition, p);
        case "dynamodb:getItem", "dynamodb:putItem", "dynamodb:updateItem",
            "dynamodb:deleteItem" -> {
          String table = text(p.get("TableName"));
          if (table == null) {
            warn(name, "the DynamoDB TableName is dynamic; dynamodb:"
                + AwsSdkIam.pascal(action) + " is allowed on every table");
          }
          allow(List.of("dynamodb:" + AwsSdkIam.pascal(action)), List.of(table != null
              && table.startsWith("arn:") ? table : "arn:" + partition + ":dynamodb:" + region
              + ":" + account + ":table/" + (table == null ? "*" : table)));
        }
        case "sns:publish" -> {
          String topic = text(p.get("TopicArn"));
          if (topic == null) {
            warn(name, "the SNS target is dynamic, a TargetArn or a phone number; sns:Publish is"
                + " allowed on every topic");
          }
          allow(List.of("sns:Publish"), List.of(topic == null ? "*" : topic));
        }
        case "sqs:sendMessage" -> {
          String url = text(p.get("QueueUrl"));
          Matcher q = url == null ? null : QUEUE_URL.matcher(url);
          String arn;
          if (q != null && q.matches()) {
            arn = "arn:" + partition + ":sqs:" + q.group(1) + ":" + q.group(2) + ":" + q.group(3);
          } else if (url != null && url.matches("\\$\\{[^}]+}")) {
            arn = url; // a placeholder filled at deployment (the CDK construct puts the ARN)
          } else {
            warn(name, url == null ? "the SQS QueueUrl is dynamic; sqs:SendMessage is allowed on"
                + " every queue" : "the SQS QueueUrl \"" + url + "\" is not a queue URL this"
                + " deriver can turn into an ARN; sqs:SendMessage is allowed on every queue");
            arn = "arn:" + partition + ":sqs:" + region + ":" + account + ":*";
          }
          allow(List.of("sqs:SendMessage"), List.of(arn));
        }
        case "states:startExecution" -> stepFunctions(name, partition, p, sync);
        case "events:putEvents" -> events(name, partition, p);
        case "http:invoke" -> http(name, partition, p);
        default -> warn(name, "no permissions are derived for " + integration.service() + ":"
            + action + "; add the statements it needs");
      }
    }

    void lambdaInvoke(String name, String partition, Map<String, Value> p) {
      String fn = text(p.get("FunctionName"));
      if (fn == null) {
        warn(name, "the Lambda FunctionName is dynamic; lambda:InvokeFunction is allowed on every"
            + " function");
        allow(List.of("lambda:InvokeFunction"), List.of(new LambdaFunctionArn(partition, region,
            account, "*", Optional.empty()).arn()));
        return;
      }
      Optional<LambdaFunctionArn> function = fn.startsWith("${") ? Optional.empty()
          : LambdaFunctionArn.ofFunctionName(fn, partition, region, account);
      allow(List.of("lambda:InvokeFunction"), function.map(this::functionResources)
          .orElse(List.of(fn, fn + ":*"))); // a placeholder, or an ARN this cannot read
    }

    /** A function and its versions and aliases; in this region and account unless it says. */
    List<String> functionResources(LambdaFunctionArn fn) {
      LambdaFunctionArn f = new LambdaFunctionArn(fn.partition(),
          fn.region().isEmpty() ? region : fn.region(),
          fn.account().isEmpty() ? account : fn.account(), fn.name(), Optional.empty());
      return List.of(f.arn(), f.versionsAndAliases());
    }

    void ecs(String name, String partition, Map<String, Value> p, boolean sync) {
      String def = text(p.get("TaskDefinition"));
      String arn;
      if (def == null) {
        warn(name, "the ECS TaskDefinition is dynamic; ecs:RunTask is allowed on every task"
            + " definition");
        arn = "arn:" + partition + ":ecs:" + region + ":" + account + ":task-definition/*";
      } else if (def.startsWith("arn:")) {
        arn = def;
      } else {
        arn = "arn:" + partition + ":ecs:" + region + ":" + account + ":task-definition/"
            + (def.contains(":") ? def : def + ":*");
      }
      allow(List.of("ecs:RunTask"), List.of(arn));
      allow(List.of("ecs:StopTask", "ecs:DescribeTasks"), List.of("*"));
      allow(List.of("iam:PassRole"), List.of("*"), Map.of("StringEquals",
          Map.of("iam:PassedToService", List.of("ecs-tasks.amazonaws.com"))));
      warn(name, "iam:PassRole is allowed for any role passed to ECS tasks; name the task and"
          + " execution roles to narrow it");
      if (sync) {
        rule(partition, "StepFunctionsGetEventsForECSTaskRule");
      }
    }

    void athena(String name, String partition, Map<String, Value> p, boolean sync) {
      List<String> actions = new ArrayList<>(List.of("athena:startQueryExecution",
          "athena:getDataCatalog"));
      if (sync) {
        actions.addAll(List.of("athena:stopQueryExecution", "athena:getQueryExecution"));
      }
      allow(actions, List.of(workgroup(partition, p), "arn:" + partition + ":athena:" + region
          + ":" + account + ":datacatalog/*"));
      allow(List.of("s3:GetBucketLocation", "s3:GetObject", "s3:ListBucket",
          "s3:ListBucketMultipartUploads", "s3:ListMultipartUploadParts",
          "s3:AbortMultipartUpload", "s3:CreateBucket", "s3:PutObject"), List.of("*"));
      allow(List.of("glue:CreateDatabase", "glue:GetDatabase", "glue:GetDatabases",
          "glue:UpdateDatabase", "glue:DeleteDatabase", "glue:CreateTable", "glue:GetTable",
          "glue:GetTables", "glue:UpdateTable", "glue:DeleteTable", "glue:BatchDeleteTable",
          "glue:GetPartition", "glue:GetPartitions", "glue:CreatePartition",
          "glue:UpdatePartition", "glue:DeletePartition", "glue:BatchCreatePartition",
          "glue:BatchDeletePartition", "glue:BatchGetPartition"), List.of(
          "arn:" + partition + ":glue:" + region + ":" + account + ":catalog",
          "arn:" + partition + ":glue:" + region + ":" + account + ":database/*",
          "arn:" + partition + ":glue:" + region + ":" + account + ":table/*",
          "arn:" + partition + ":glue:" + region + ":" + account + ":userDefinedFunction/*"));
      allow(List.of("lakeformation:GetDataAccess"), List.of("*"));
      warn(name, "Athena reads and writes S3 locations the query decides; s3 actions are"
          + " allowed on every bucket: name the output and data buckets to narrow them");
    }

    String workgroup(String partition, Map<String, Value> p) {
      String wg = p.containsKey("WorkGroup") ? text(p.get("WorkGroup")) : "primary";
      return "arn:" + partition + ":athena:" + region + ":" + account + ":workgroup/"
          + (wg == null ? "*" : wg);
    }

    void apiGateway(String name, String partition, Map<String, Value> p) {
      String auth = p.containsKey("AuthType") ? text(p.get("AuthType")) : "NO_AUTH";
      if ("NO_AUTH".equals(auth)) {
        return;
      }
      String endpoint = text(p.get("ApiEndpoint"));
      Matcher e = endpoint == null ? null : API_ENDPOINT.matcher(endpoint);
      String api = e != null && e.matches() ? e.group(1) : "*";
      String apiRegion = e != null && e.matches() ? e.group(2) : region;
      String stage = p.containsKey("Stage") ? text(p.get("Stage")) : "*";
      String method = text(p.get("Method"));
      String path = p.containsKey("Path") ? text(p.get("Path")) : "";
      if (api.equals("*") || stage == null || method == null || path == null) {
        warn(name, "part of the API Gateway call is dynamic; execute-api:Invoke is allowed with"
            + " wildcards there");
      }
      allow(List.of("execute-api:Invoke"), List.of("arn:" + partition + ":execute-api:"
          + apiRegion + ":" + account + ":" + api + "/" + (stage == null ? "*" : stage) + "/"
          + (method == null ? "*" : method) + "/" + (path == null ? "*"
          : path.startsWith("/") ? path.substring(1) : path)));
    }

    void stepFunctions(String name, String partition, Map<String, Value> p, boolean sync) {
      String arn = text(p.get("StateMachineArn"));
      if (arn == null) {
        warn(name, "the StateMachineArn is dynamic; states:StartExecution is allowed on every"
            + " state machine");
        arn = everyStateMachine(partition).arn();
      }
      allow(List.of("states:StartExecution"), List.of(arn));
      if (sync) {
        String executions = StateMachineArn.parse(arn).map(StateMachineArn::executions)
            .orElse("arn:" + partition + ":states:" + region + ":" + account + ":execution:*");
        allow(List.of("states:DescribeExecution", "states:StopExecution"), List.of(executions));
        rule(partition, "StepFunctionsGetEventsForStepFunctionsExecutionRule");
      }
    }

    /** {@code arn:<partition>:states:<region>:<account>:stateMachine:*}. */
    StateMachineArn everyStateMachine(String partition) {
      return new StateMachineArn(partition, region, account, "*", Optional.empty());
    }

    void events(String name, String partition, Map<String, Value> p) {
      List<String> buses = new ArrayList<>();
      Value entries = p.get("Entries");
      if (entries instanceof JsonArray a) {
        for (Value entry : a.elements()) {
          Value bus = entry instanceof JsonObject o ? o.members().get("EventBusName") : null;
          if (bus == null) {
            buses.add("arn:" + partition + ":events:" + region + ":" + account
                + ":event-bus/default");
          } else if (text(bus) == null) {
            buses.add("arn:" + partition + ":events:*:*:event-bus/*");
            warn(name, "an EventBusName is dynamic; events:PutEvents is allowed on every bus");
          } else {
            String b = text(bus);
            buses.add(b.startsWith("arn:") ? b : "arn:" + partition + ":events:" + region + ":"
                + account + ":event-bus/" + b);
          }
        }
      } else {
        buses.add("arn:" + partition + ":events:*:*:event-bus/*");
        warn(name, "the Entries are dynamic; events:PutEvents is allowed on every bus");
      }
      allow(List.of("events:PutEvents"), buses);
    }

    void http(String name, String partition, Map<String, Value> p) {
      Value auth = p.get("Authentication");
      String connection = auth instanceof JsonObject o ? text(o.members().get("ConnectionArn"))
          : null;
      if (connection == null) {
        warn(name, "the HTTP connection is dynamic; events:RetrieveConnectionCredentials is"
            + " allowed on every connection");
      }
      allow(List.of("events:RetrieveConnectionCredentials"), List.of(connection == null
          ? "arn:" + partition + ":events:" + region + ":" + account + ":connection/*"
          : connection));
      allow(List.of("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"),
          List.of("arn:" + partition + ":secretsmanager:*:*:secret:events!connection/*"));
      String endpoint = text(p.get("ApiEndpoint"));
      String method = text(p.get("Method"));
      Map<String, Map<String, List<String>>> conditions = new LinkedHashMap<>();
      if (endpoint != null) {
        conditions.put("StringLike", Map.of("states:HTTPEndpoint", List.of(endpoint + "*")));
      } else {
        warn(name, "the HTTP ApiEndpoint is dynamic; states:InvokeHTTPEndpoint is not limited"
            + " to an endpoint");
      }
      if (method != null) {
        conditions.put("StringEquals", Map.of("states:HTTPMethod", List.of(method)));
      }
      allow(List.of("states:InvokeHTTPEndpoint"), List.of("*"), conditions);
    }

    void awsSdk(String name, String service, String operation) {
      List<String> actions = AwsSdkIam.tables().actions(service, operation);
      String call = "aws-sdk:" + service + ":" + operation;
      if (actions.isEmpty()) {
        warn(name, "no permissions are derived for " + call + ": its IAM action is the HTTP"
            + " method of the call, which is not known for this operation; add the statements it"
            + " needs");
        return;
      }
      allow(actions, List.of("*"));
      warn(name, actions.size() == 1
          ? "the resources of " + actions.get(0) + " (" + call + ") cannot be derived; it is"
              + " allowed on every resource: declare them to narrow it"
          : "the resources of " + String.join(", ", actions) + " (" + call + ") cannot be"
              + " derived; they are allowed on every resource: declare them to narrow them");
    }

    void rule(String partition, String ruleName) {
      allow(List.of("events:PutTargets", "events:PutRule", "events:DescribeRule"),
          List.of("arn:" + partition + ":events:" + region + ":" + account + ":rule/"
              + ruleName));
    }

    // ------------------------------------------------------------- Distributed Map

    void map(String name, MapState m) {
      if (!m.isDistributed()) {
        return;
      }
      if (self == null && stateMachineArn != null) {
        self = stateMachineArn.get();
      }
      if (self == null) {
        warn(name, "a Distributed Map starts executions of its own state machine, whose ARN is"
            + " not known here; states:StartExecution is allowed on every state machine");
        self = everyStateMachine("*").arn();
      }
      allow(List.of("states:StartExecution"), List.of(self));
      String executions = StateMachineArn.parse(self).map(StateMachineArn::mapRunExecutions)
          .orElse("*"); // a token for the whole ARN
      allow(List.of("states:DescribeExecution", "states:StopExecution"), List.of(executions));
      m.itemReader().ifPresent(r -> reader(name, r));
      m.resultWriter().ifPresent(w -> writer(name, w));
    }

    void reader(String name, ItemReader r) {
      Map<String, Value> p = members(r.parameters().or(r::arguments));
      ResourceArn arn = ResourceArn.parse(r.resource()).orElse(null);
      String partition = partitionOf(arn);
      String bucket = text(p.get("Bucket"));
      if (bucket == null) {
        warn(name, "the ItemReader bucket is dynamic; S3 reads are allowed on every bucket");
      }
      String b = "arn:" + partition + ":s3:::" + (bucket == null ? "*" : bucket);
      if (arn != null && arn.action().equals("listObjectsV2")) {
        allow(List.of("s3:ListBucket"), List.of(b));
        boolean load = r.readerConfig().flatMap(c -> c.transformation()).isPresent();
        if (load) {
          String prefix = text(p.get("Prefix"));
          allow(List.of("s3:GetObject"), List.of(b + "/" + (prefix == null ? "" : prefix) + "*"));
        }
      } else {
        String key = text(p.get("Key"));
        allow(List.of("s3:GetObject"), List.of(b + "/" + (key == null ? "*" : key)));
      }
    }

    void writer(String name, ResultWriter w) {
      if (w.resource().isEmpty()) {
        return; // WriterConfig only: no export
      }
      Map<String, Value> p = members(w.parameters().or(w::arguments));
      String partition = partitionOf(ResourceArn.parse(w.resource().get()).orElse(null));
      String bucket = text(p.get("Bucket"));
      String prefix = p.containsKey("Prefix") ? text(p.get("Prefix")) : "";
      if (bucket == null || prefix == null) {
        warn(name, "the ResultWriter location is dynamic; the writes are allowed more widely");
      }
      allow(List.of("s3:PutObject", "s3:GetObject", "s3:ListMultipartUploadParts",
          "s3:AbortMultipartUpload"), List.of("arn:" + partition + ":s3:::"
          + (bucket == null ? "*" : bucket) + "/" + (prefix == null ? "" : prefix) + "*"));
    }
  }

  // ------------------------------------------------------------- helpers

  /** The partition of an ItemReader's or ResultWriter's resource; any for a placeholder. */
  private static String partitionOf(ResourceArn resource) {
    return resource == null ? "*" : resource.partition();
  }

  private static Map<String, Value> payload(TaskState t) {
    return members(t.parameters().or(t::arguments));
  }

  private static Map<String, Value> members(Optional<Value> v) {
    return v.orElse(null) instanceof JsonObject o ? o.members() : Map.of();
  }

  /** A literal string value; null when the value is a path, intrinsic, JSONata or absent. */
  private static String text(Value v) {
    return v instanceof JsonString s ? s.value() : null;
  }
}
