package io.asl4j.junit;

import static io.asl4j.junit.AwsShapes.object;

import io.asl4j.local.TaskResult;
import io.asl4j.model.IntegrationPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Mocks of Amazon Athena tasks: {@code athena:startQueryExecution} (request-response and
 * {@code .sync}), {@code getQueryExecution}, {@code getQueryResults} and
 * {@code stopQueryExecution}.
 *
 * <p>Shapes, after <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-athena.html">
 * Run Athena queries with Step Functions</a> and Athena's
 * <a href="https://docs.aws.amazon.com/athena/latest/APIReference/API_QueryExecution.html">QueryExecution</a>
 * and <a href="https://docs.aws.amazon.com/athena/latest/APIReference/API_ResultSet.html">ResultSet</a>:
 * <ul>
 *   <li>{@code startQueryExecution}: {@code {"QueryExecutionId"}}; under {@code .sync}
 *       {@code {"QueryExecution": {"Query", "QueryExecutionId", "ResultConfiguration",
 *       "Statistics", "Status": {"State": "SUCCEEDED", ...}, "WorkGroup"}}};
 *   <li>{@code getQueryExecution}: the same {@code QueryExecution};
 *   <li>{@code getQueryResults}: {@code {"ResultSet": {"ResultSetMetadata": {"ColumnInfo"},
 *       "Rows": [{"Data": [{"VarCharValue": ...}]}]}, "UpdateCount": 0}}, the first row holding
 *       the column names as Athena gives them for a SELECT;
 *   <li>{@code stopQueryExecution}: nothing but the SDK metadata;
 *   <li>a query that ends {@code FAILED} under {@code .sync}: {@code States.TaskFailed} with the
 *       query execution as JSON cause;
 *   <li>service errors: {@code Athena.InvalidRequestException},
 *       {@code Athena.TooManyRequestsException} and any other {@code Athena.<exception>}.
 * </ul>
 */
public final class AthenaMock {

  private static final String JSON = "application/x-amz-json-1.1";

  private AthenaMock() {}

  /**
   * The query starts and, under {@code .sync} (and for {@code getQueryExecution}), has succeeded.
   *
   * @return the mock
   */
  public static TaskMock querySucceeds() {
    return TaskMock.of(MockedIntegration.ATHENA, "AthenaMock.querySucceeds()", c -> {
      if (c.pattern() == IntegrationPattern.SYNC || action(c).equals("getQueryExecution")) {
        return TaskResult.success(AwsShapes.withMetadata(object("QueryExecution",
            execution(c, "SUCCEEDED", null)), c, JSON));
      }
      return TaskResult.success(AwsShapes.withMetadata(object("QueryExecutionId", id(c)), c,
          JSON));
    }).onlyActions("startQueryExecution", "getQueryExecution");
  }

  /**
   * The query fails under {@code .sync}: {@code States.TaskFailed} with the query execution as
   * cause.
   *
   * @param reason the {@code StateChangeReason}, e.g. {@code TABLE_NOT_FOUND: line 1:15: Table
   *     'x' does not exist}
   * @return the mock
   */
  public static TaskMock queryFails(String reason) {
    return TaskMock.of(MockedIntegration.ATHENA, "AthenaMock.queryFails(..)",
            c -> AwsShapes.taskFailed(object("QueryExecution", execution(c, "FAILED", reason))))
        .onlyActions("startQueryExecution")
        .onlyPatterns("a query ends only when the task waits for it", IntegrationPattern.SYNC);
  }

  /**
   * {@code getQueryResults} returns rows: a header row with the column names, then the values.
   *
   * <pre>{@code AthenaMock.results(List.of("id", "name"), List.of(List.of("1", "a")))}</pre>
   *
   * @param columns the column names
   * @param rows the rows' values as Athena returns them (text)
   * @return the mock
   */
  public static TaskMock results(List<String> columns, List<List<String>> rows) {
    List<String> names = List.copyOf(columns);
    List<List<String>> values = List.copyOf(rows);
    return TaskMock.of(MockedIntegration.ATHENA, "AthenaMock.results(..)", c -> {
      List<Object> info = new ArrayList<>();
      for (String n : names) {
        info.add(object("CaseSensitive", true, "CatalogName", "hive", "Label", n, "Name", n,
            "Nullable", "UNKNOWN", "Precision", 2147483647L, "Scale", 0L, "SchemaName", "",
            "TableName", "", "Type", "varchar"));
      }
      List<Object> out = new ArrayList<>();
      out.add(row(names));
      for (List<String> r : values) {
        out.add(row(r));
      }
      return TaskResult.success(AwsShapes.withMetadata(object(
          "ResultSet", object("ResultSetMetadata", object("ColumnInfo", info), "Rows", out),
          "UpdateCount", 0L), c, JSON));
    }).onlyActions("getQueryResults");
  }

  /**
   * {@code stopQueryExecution} succeeds.
   *
   * @return the mock
   */
  public static TaskMock stopped() {
    return TaskMock.of(MockedIntegration.ATHENA, "AthenaMock.stopped()",
        c -> TaskResult.success(AwsShapes.withMetadata(object(), c, JSON)))
        .onlyActions("stopQueryExecution");
  }

  /**
   * Fails with any Athena exception: {@code Athena.<exception>}.
   *
   * @param exception e.g. {@code InvalidRequestException}, {@code TooManyRequestsException}
   * @param message its message
   * @return the mock
   */
  public static TaskMock fails(String exception, String message) {
    return TaskMock.of(MockedIntegration.ATHENA, "AthenaMock.fails(\"" + exception + "\", ..)",
        c -> AwsShapes.serviceError("Athena", exception, "AmazonAthena", 400, exception,
            message));
  }

  private static Map<String, Object> row(List<String> values) {
    List<Object> data = new ArrayList<>();
    for (String v : values) {
      data.add(object("VarCharValue", v));
    }
    return object("Data", data);
  }

  private static String action(TaskMock.Call c) {
    return c.arn().map(a -> a.action()).orElse("");
  }

  private static String id(TaskMock.Call c) {
    return c.inputText("QueryExecutionId", AwsShapes.uuid(c, "query"));
  }

  private static Map<String, Object> execution(TaskMock.Call c, String state, String reason) {
    String workGroup = c.inputText("WorkGroup", "primary");
    Object output = c.inputMember("ResultConfiguration")
        .filter(Map.class::isInstance).orElse(object("OutputLocation",
            "s3://aws-athena-query-results-" + AwsShapes.ACCOUNT + "-" + AwsShapes.REGION + "/"
                + id(c) + ".csv"));
    return object(
        "Query", c.inputText("QueryString", "SELECT 1"),
        "QueryExecutionId", id(c),
        "ResultConfiguration", output,
        "StatementType", "DML",
        "Statistics", object("DataScannedInBytes", 0L, "EngineExecutionTimeInMillis", 1200L,
            "TotalExecutionTimeInMillis", 1400L),
        "Status", object("CompletionDateTime", AwsShapes.STOP_MILLIS, "State", state,
            "StateChangeReason", reason, "SubmissionDateTime", AwsShapes.START_MILLIS),
        "WorkGroup", workGroup);
  }
}
