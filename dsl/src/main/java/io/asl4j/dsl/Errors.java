package io.asl4j.dsl;

/**
 * The predefined error names of Step Functions, for {@code retry(...)} and {@code catching(...)}.
 * {@code States.ALL} has no constant here: use {@code retryAll} and {@code catchAll}, which keep it
 * last and alone as ASL requires.
 */
public final class Errors {

  /** A task ran longer than its timeout or missed a heartbeat. */
  public static final String TIMEOUT = "States.Timeout";
  /** A task missed its heartbeat. */
  public static final String HEARTBEAT_TIMEOUT = "States.HeartbeatTimeout";
  /** A task failed. */
  public static final String TASK_FAILED = "States.TaskFailed";
  /** Insufficient privileges to run the task. */
  public static final String PERMISSIONS = "States.Permissions";
  /** ResultPath could not be applied to the input. */
  public static final String RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure";
  /** A path in a payload template did not resolve. */
  public static final String PARAMETER_PATH_FAILURE = "States.ParameterPathFailure";
  /** A JSONata expression failed. */
  public static final String QUERY_EVALUATION_ERROR = "States.QueryEvaluationError";
  /** A Parallel branch failed. */
  public static final String BRANCH_FAILED = "States.BranchFailed";
  /** No Choice rule matched and there is no Default. */
  public static final String NO_CHOICE_MATCHED = "States.NoChoiceMatched";
  /** An intrinsic function failed. */
  public static final String INTRINSIC_FAILURE = "States.IntrinsicFailure";
  /** A Distributed Map exceeded its tolerated failures. */
  public static final String EXCEED_TOLERATED_FAILURE_THRESHOLD =
      "States.ExceedToleratedFailureThreshold";
  /** A Distributed Map could not read its items. */
  public static final String ITEM_READER_FAILED = "States.ItemReaderFailed";
  /** A Distributed Map could not write its results. */
  public static final String RESULT_WRITER_FAILED = "States.ResultWriterFailed";
  /** An HTTP Task could not connect. */
  public static final String HTTP_SOCKET = "States.Http.Socket";
  /** Lambda's service error, worth retrying. */
  public static final String LAMBDA_SERVICE_EXCEPTION = "Lambda.ServiceException";
  /** Lambda's internal error, worth retrying. */
  public static final String LAMBDA_AWS_LAMBDA_EXCEPTION = "Lambda.AWSLambdaException";
  /** Lambda's client error, worth retrying. */
  public static final String LAMBDA_SDK_CLIENT_EXCEPTION = "Lambda.SdkClientException";
  /** Lambda throttling. */
  public static final String LAMBDA_TOO_MANY_REQUESTS = "Lambda.TooManyRequestsException";

  static final String ALL = "States.ALL";

  private Errors() {}
}
