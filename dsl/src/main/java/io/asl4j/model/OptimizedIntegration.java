package io.asl4j.model;

import static io.asl4j.model.IntegrationPattern.REQUEST_RESPONSE;
import static io.asl4j.model.IntegrationPattern.SYNC;
import static io.asl4j.model.IntegrationPattern.SYNC_2;
import static io.asl4j.model.IntegrationPattern.WAIT_FOR_TASK_TOKEN;
import static io.asl4j.model.JsonShape.Scalar.NUMBER;
import static io.asl4j.model.JsonShape.Scalar.STRING;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The table of Step Functions' optimized integrations
 * ({@code arn:<partition>:states:::<service>:<action>[.sync|.sync:2|.waitForTaskToken]}) for the
 * services asl4j knows completely: each action, the integration patterns it supports (AWS's table
 * at <a href="https://docs.aws.amazon.com/step-functions/latest/dg/integrate-optimized.html">
 * integrate-optimized</a>, the checklist's section 8), and the shape of its result
 * ({@link #resultShape}). An action of these services that is not listed is not an optimized
 * integration: {@code arn:aws:states:::dynamodb:query} does not exist, only the SDK integration
 * {@code arn:aws:states:::aws-sdk:dynamodb:query} does.
 *
 * <p>Other services also have optimized integrations (Bedrock, CodeBuild, EKS, EMR, EMR on EKS,
 * EMR Serverless, Glue DataBrew, MediaConvert, SageMaker); they are not listed, so nothing is
 * claimed about them ({@link #knowsService} is false).
 *
 * <p>The result shapes come from each service's page of the Step Functions developer guide (given
 * with each constant) and from results recorded against AWS ({@code ../shared/conformance}).
 * Members that AWS leaves out on some runs are optional ({@code Item} of {@code dynamodb:getItem}
 * when no item has the key, {@code SequenceNumber} of {@code sns:publish} for standard topics);
 * where the full list of members is not documented, the object is open.
 */
public enum OptimizedIntegration {

  /**
   * {@code lambda:invoke}: the function's result under {@code Payload}, with the invocation's
   * metadata (<a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-lambda.html">
   * connect-lambda</a>: "the Payload field of the response is parsed from escaped JSON to JSON").
   */
  LAMBDA_INVOKE("lambda", "invoke", "connect-lambda", REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN),
  /** {@code batch:submitJob}; {@code .sync} returns the job description (connect-batch). */
  BATCH_SUBMIT_JOB("batch", "submitJob", "connect-batch", REQUEST_RESPONSE, SYNC),
  /**
   * {@code glue:startJobRun}: the new run's {@code JobRunId}; {@code .sync} returns the finished
   * {@code JobRun} (connect-glue).
   */
  GLUE_START_JOB_RUN("glue", "startJobRun", "connect-glue", REQUEST_RESPONSE, SYNC),
  /** {@code ecs:runTask}: {@code Tasks} and {@code Failures}; {@code .sync} the task (connect-ecs). */
  ECS_RUN_TASK("ecs", "runTask", "connect-ecs", REQUEST_RESPONSE, SYNC, WAIT_FOR_TASK_TOKEN),
  /** {@code athena:startQueryExecution}: the {@code QueryExecutionId} (connect-athena). */
  ATHENA_START_QUERY_EXECUTION("athena", "startQueryExecution", "connect-athena",
      REQUEST_RESPONSE, SYNC),
  /** {@code athena:stopQueryExecution} (connect-athena). */
  ATHENA_STOP_QUERY_EXECUTION("athena", "stopQueryExecution", "connect-athena",
      REQUEST_RESPONSE),
  /** {@code athena:getQueryExecution}: the {@code QueryExecution} (connect-athena). */
  ATHENA_GET_QUERY_EXECUTION("athena", "getQueryExecution", "connect-athena", REQUEST_RESPONSE),
  /** {@code athena:getQueryResults}: the {@code ResultSet} (connect-athena). */
  ATHENA_GET_QUERY_RESULTS("athena", "getQueryResults", "connect-athena", REQUEST_RESPONSE),
  /**
   * {@code apigateway:invoke}: {@code Headers}, {@code ResponseBody}, {@code StatusCode},
   * {@code StatusText} (connect-api-gateway).
   */
  APIGATEWAY_INVOKE("apigateway", "invoke", "connect-api-gateway", REQUEST_RESPONSE,
      WAIT_FOR_TASK_TOKEN),
  /**
   * {@code dynamodb:getItem}: {@code Item}, absent when no item has the key (connect-ddb; the
   * DynamoDB API reference: "there will be no Item element in the response").
   */
  DYNAMODB_GET_ITEM("dynamodb", "getItem", "connect-ddb", REQUEST_RESPONSE),
  /** {@code dynamodb:putItem}: {@code Attributes} with {@code ReturnValues} (connect-ddb). */
  DYNAMODB_PUT_ITEM("dynamodb", "putItem", "connect-ddb", REQUEST_RESPONSE),
  /** {@code dynamodb:updateItem}: {@code Attributes} with {@code ReturnValues} (connect-ddb). */
  DYNAMODB_UPDATE_ITEM("dynamodb", "updateItem", "connect-ddb", REQUEST_RESPONSE),
  /** {@code dynamodb:deleteItem}: {@code Attributes} with {@code ReturnValues} (connect-ddb). */
  DYNAMODB_DELETE_ITEM("dynamodb", "deleteItem", "connect-ddb", REQUEST_RESPONSE),
  /** {@code sns:publish}: the {@code MessageId} (connect-sns). */
  SNS_PUBLISH("sns", "publish", "connect-sns", REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN),
  /** {@code sqs:sendMessage}: the {@code MessageId} and digests (connect-sqs). */
  SQS_SEND_MESSAGE("sqs", "sendMessage", "connect-sqs", REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN),
  /**
   * {@code states:startExecution}: the {@code ExecutionArn}; {@code .sync} waits and returns the
   * execution with its {@code Output} as JSON text, {@code .sync:2} with {@code Output} as JSON
   * (connect-stepfunctions).
   */
  STATES_START_EXECUTION("states", "startExecution", "connect-stepfunctions", REQUEST_RESPONSE,
      SYNC, SYNC_2, WAIT_FOR_TASK_TOKEN),
  /** {@code events:putEvents}: {@code Entries} and {@code FailedEntryCount} (connect-eventbridge). */
  EVENTS_PUT_EVENTS("events", "putEvents", "connect-eventbridge", REQUEST_RESPONSE,
      WAIT_FOR_TASK_TOKEN),
  /**
   * {@code http:invoke}: {@code Headers}, {@code ResponseBody}, {@code StatusCode},
   * {@code StatusText} (call-https-apis).
   */
  HTTP_INVOKE("http", "invoke", "call-https-apis", REQUEST_RESPONSE);

  private static final String GUIDE = "https://docs.aws.amazon.com/step-functions/latest/dg/";

  /** The SDK metadata the optimized integrations of AWS APIs add to their responses. */
  private static final JsonShape HTTP_METADATA = JsonShape.openObject()
      .required("HttpStatusCode", NUMBER);
  private static final JsonShape RESPONSE_METADATA = JsonShape.openObject()
      .required("RequestId", STRING);

  /** The table by service, built once. */
  private static final Map<String, List<OptimizedIntegration>> BY_SERVICE = new HashMap<>();

  static {
    for (OptimizedIntegration i : values()) {
      BY_SERVICE.computeIfAbsent(i.service, s -> new ArrayList<>()).add(i);
    }
  }

  private final String service;
  private final String action;
  private final String page;
  private final Set<IntegrationPattern> patterns;
  /** The result shapes by pattern, built on first use. */
  private final JsonShape[] results = new JsonShape[IntegrationPattern.values().length];

  OptimizedIntegration(String service, String action, String page, IntegrationPattern first,
      IntegrationPattern... rest) {
    this.service = service;
    this.action = action;
    this.page = page;
    this.patterns = EnumSet.of(first, rest);
  }

  /**
   * Returns the service, as the ARN names it.
   *
   * @return e.g. {@code dynamodb}
   */
  public String service() {
    return service;
  }

  /**
   * Returns the action, as the ARN names it.
   *
   * @return e.g. {@code getItem}
   */
  public String action() {
    return action;
  }

  /**
   * Returns the patterns Standard workflows can use with this action (Express workflows only
   * request-response).
   *
   * @return the patterns, in declaration order
   */
  public Set<IntegrationPattern> patterns() {
    return EnumSet.copyOf(patterns);
  }

  /**
   * Whether the action supports a pattern.
   *
   * @param pattern the pattern
   * @return {@code true} when Step Functions offers it
   */
  public boolean supports(IntegrationPattern pattern) {
    return patterns.contains(pattern);
  }

  /**
   * Returns the page of the Step Functions developer guide that documents this integration.
   *
   * @return e.g. {@code https://docs.aws.amazon.com/step-functions/latest/dg/connect-sns.html}
   */
  public String documentation() {
    return GUIDE + page + ".html";
  }

  /**
   * Finds an action in the table.
   *
   * @param service the service, e.g. {@code dynamodb}
   * @param action the action, e.g. {@code getItem}
   * @return the integration, or empty when the table does not list it
   */
  public static Optional<OptimizedIntegration> of(String service, String action) {
    List<OptimizedIntegration> actions = BY_SERVICE.get(service);
    if (actions != null) {
      for (OptimizedIntegration i : actions) {
        if (i.action.equals(action)) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the table lists every optimized action of a service, so that an action it does not
   * list does not exist.
   *
   * @param service the service, e.g. {@code dynamodb}
   * @return {@code true} for the services of this table
   */
  public static boolean knowsService(String service) {
    return BY_SERVICE.containsKey(service);
  }

  /**
   * Returns the actions the table lists for a service.
   *
   * @param service the service
   * @return the actions in table order; empty for a service it does not know
   */
  public static List<String> actionsOf(String service) {
    List<String> actions = new ArrayList<>();
    for (OptimizedIntegration i : BY_SERVICE.getOrDefault(service, List.of())) {
      actions.add(i.action);
    }
    return actions;
  }

  /**
   * Returns the shape of the action's result with a pattern, before any ResultSelector. A
   * {@code .waitForTaskToken} task returns whatever the callback sends: anything.
   *
   * @param pattern the pattern
   * @return the shape; {@link JsonShape#ANY} for a callback or a pattern the action lacks
   */
  public JsonShape resultShape(IntegrationPattern pattern) {
    JsonShape known = results[pattern.ordinal()];
    if (known == null) {
      known = shapeOfResult(pattern);
      results[pattern.ordinal()] = known; // immutable: a race only builds it twice
    }
    return known;
  }

  private JsonShape shapeOfResult(IntegrationPattern pattern) {
    if (pattern == WAIT_FOR_TASK_TOKEN || !supports(pattern)) {
      return JsonShape.ANY;
    }
    JsonShape.ObjectOf open = JsonShape.openObject();
    return switch (this) {
      case LAMBDA_INVOKE -> withMetadata(JsonShape.closedObject()
          .optional("ExecutedVersion", STRING)
          .required("Payload", JsonShape.ANY)
          .required("StatusCode", NUMBER)
          .optional("LogResult", STRING));
      case BATCH_SUBMIT_JOB -> pattern == SYNC
          ? open.required("JobId", STRING).required("JobName", STRING).required("Status", STRING)
          : open.required("JobArn", STRING).required("JobId", STRING).required("JobName", STRING);
      case GLUE_START_JOB_RUN -> pattern == SYNC
          ? open.required("Id", STRING).required("JobName", STRING)
              .required("JobRunState", STRING)
          : open.required("JobRunId", STRING);
      case ECS_RUN_TASK -> pattern == SYNC ? open
          : open.required("Tasks", new JsonShape.ArrayOf(JsonShape.ANY))
              .required("Failures", new JsonShape.ArrayOf(JsonShape.ANY));
      case ATHENA_START_QUERY_EXECUTION -> pattern == SYNC
          ? open.required("QueryExecution", JsonShape.openObject())
          : open.required("QueryExecutionId", STRING);
      case ATHENA_STOP_QUERY_EXECUTION -> open;
      case ATHENA_GET_QUERY_EXECUTION -> open.required("QueryExecution", JsonShape.openObject());
      case ATHENA_GET_QUERY_RESULTS -> open.required("ResultSet", JsonShape.openObject());
      case APIGATEWAY_INVOKE, HTTP_INVOKE -> JsonShape.closedObject()
          .required("Headers", JsonShape.openObject())
          .required("ResponseBody", JsonShape.ANY)
          .required("StatusCode", NUMBER)
          .required("StatusText", STRING);
      case DYNAMODB_GET_ITEM -> withMetadata(JsonShape.closedObject()
          .optional("Item", JsonShape.openObject())
          .optional("ConsumedCapacity", JsonShape.openObject()));
      case DYNAMODB_PUT_ITEM, DYNAMODB_UPDATE_ITEM, DYNAMODB_DELETE_ITEM ->
          withMetadata(JsonShape.closedObject()
              .optional("Attributes", JsonShape.openObject())
              .optional("ConsumedCapacity", JsonShape.openObject())
              .optional("ItemCollectionMetrics", JsonShape.openObject()));
      case SNS_PUBLISH -> withMetadata(JsonShape.closedObject()
          .required("MessageId", STRING)
          .optional("SequenceNumber", STRING));
      case SQS_SEND_MESSAGE -> withMetadata(JsonShape.closedObject()
          .required("MD5OfMessageBody", STRING)
          .required("MessageId", STRING)
          .optional("MD5OfMessageAttributes", STRING)
          .optional("MD5OfMessageSystemAttributes", STRING)
          .optional("SequenceNumber", STRING));
      case STATES_START_EXECUTION -> switch (pattern) {
        case SYNC, SYNC_2 -> open
            .required("ExecutionArn", STRING)
            .required("StateMachineArn", STRING)
            .required("Name", STRING)
            .required("Status", STRING)
            .required("StartDate", STRING)
            .required("StopDate", STRING)
            .required("Input", pattern == SYNC ? STRING : JsonShape.ANY)
            .required("Output", pattern == SYNC ? STRING : JsonShape.ANY);
        default -> withMetadata(JsonShape.closedObject()
            .required("ExecutionArn", STRING)
            .required("StartDate", STRING));
      };
      case EVENTS_PUT_EVENTS -> JsonShape.closedObject()
          .required("Entries", new JsonShape.ArrayOf(JsonShape.openObject()))
          .required("FailedEntryCount", NUMBER);
    };
  }

  private static JsonShape withMetadata(JsonShape.ObjectOf shape) {
    return shape.required("SdkHttpMetadata", HTTP_METADATA)
        .required("SdkResponseMetadata", RESPONSE_METADATA);
  }
}
