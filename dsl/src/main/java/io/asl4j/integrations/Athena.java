package io.asl4j.integrations;

import io.asl4j.model.Field;
import io.asl4j.model.IntegrationPattern;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonString;
import io.asl4j.model.Value;
import java.util.Map;

/**
 * Amazon Athena queries.
 *
 * <p>Each method names the parameter it writes.
 */
public final class Athena {

  private Athena() {}

  /**
   * Starts a query. Resource {@code arn:aws:states:::athena:startQueryExecution}.
   *
   * @param queryString the SQL
   * @return the integration
   */
  public static StartQueryExecution startQueryExecution(String queryString) {
    return new StartQueryExecution().with("QueryString", JsonString.plainText(queryString));
  }

  /**
   * Starts a query. Resource {@code arn:aws:states:::athena:startQueryExecution}.
   *
   * @param queryString the SQL
   * @return the integration
   */
  public static StartQueryExecution startQueryExecution(Value queryString) {
    return new StartQueryExecution().with("QueryString", queryString);
  }

  /**
   * Reads the results of a query. Resource {@code arn:aws:states:::athena:getQueryResults}.
   *
   * @param queryExecutionId the query execution id
   * @return the integration
   */
  public static GetQueryResults getQueryResults(String queryExecutionId) {
    return new GetQueryResults().with("QueryExecutionId", JsonString.plainText(queryExecutionId));
  }

  /**
   * Reads the results of a query. Resource {@code arn:aws:states:::athena:getQueryResults}.
   *
   * @param queryExecutionId the query execution id
   * @return the integration
   */
  public static GetQueryResults getQueryResults(Value queryExecutionId) {
    return new GetQueryResults().with("QueryExecutionId", queryExecutionId);
  }

  /**
   * Reads the state of a query. Resource {@code arn:aws:states:::athena:getQueryExecution}.
   *
   * @param queryExecutionId the query execution id
   * @return the integration
   */
  public static GetQueryExecution getQueryExecution(String queryExecutionId) {
    return new GetQueryExecution().with("QueryExecutionId", JsonString.plainText(queryExecutionId));
  }

  /**
   * Reads the state of a query. Resource {@code arn:aws:states:::athena:getQueryExecution}.
   *
   * @param queryExecutionId the query execution id
   * @return the integration
   */
  public static GetQueryExecution getQueryExecution(Value queryExecutionId) {
    return new GetQueryExecution().with("QueryExecutionId", queryExecutionId);
  }

  /**
   * Stops a query. Resource {@code arn:aws:states:::athena:stopQueryExecution}.
   *
   * @param queryExecutionId the query execution id
   * @return the integration
   */
  public static StopQueryExecution stopQueryExecution(String queryExecutionId) {
    return new StopQueryExecution()
        .with("QueryExecutionId", JsonString.plainText(queryExecutionId));
  }

  /**
   * Stops a query. Resource {@code arn:aws:states:::athena:stopQueryExecution}.
   *
   * @param queryExecutionId the query execution id
   * @return the integration
   */
  public static StopQueryExecution stopQueryExecution(Value queryExecutionId) {
    return new StopQueryExecution().with("QueryExecutionId", queryExecutionId);
  }

  /** Starts a query. */
  public static final class StartQueryExecution extends ServiceIntegration<StartQueryExecution> {

    private StartQueryExecution() {
      super("athena", "startQueryExecution");
    }

    private StartQueryExecution(String suffix, String partition, Map<String, Value> payload) {
      super("athena", "startQueryExecution", suffix, partition, payload);
    }

    @Override
    StartQueryExecution copy(String suffix, String partition, Map<String, Value> payload) {
      return new StartQueryExecution(suffix, partition, payload);
    }

    /**
     * Sets {@code "ClientRequestToken"}: an idempotency token.
     *
     * @param value the value
     * @return the integration with it
     */
    public StartQueryExecution clientRequestToken(String value) {
      return with("ClientRequestToken", JsonString.plainText(value));
    }

    /**
     * Sets {@code "ClientRequestToken"}: an idempotency token.
     *
     * @param value the value
     * @return the integration with it
     */
    public StartQueryExecution clientRequestToken(Value value) {
      return with("ClientRequestToken", value);
    }

    /**
     * Sets {@code "QueryExecutionContext"}: e.g. {@code field("Database", "sales")}.
     *
     * @param value the value
     * @return the integration with it
     */
    public StartQueryExecution queryExecutionContext(Value value) {
      return with("QueryExecutionContext", value);
    }

    /**
     * Sets {@code "QueryExecutionContext"}: e.g. {@code field("Database", "sales")}.
     *
     * @param fields the value
     * @return the integration with it
     */
    public StartQueryExecution queryExecutionContext(Field... fields) {
      return with("QueryExecutionContext", JsonObject.of(fields));
    }

    /**
     * Sets {@code "ResultConfiguration"}: e.g. {@code field("OutputLocation", "s3://bucket/prefix")}.
     *
     * @param value the value
     * @return the integration with it
     */
    public StartQueryExecution resultConfiguration(Value value) {
      return with("ResultConfiguration", value);
    }

    /**
     * Sets {@code "ResultConfiguration"}: e.g. {@code field("OutputLocation", "s3://bucket/prefix")}.
     *
     * @param fields the value
     * @return the integration with it
     */
    public StartQueryExecution resultConfiguration(Field... fields) {
      return with("ResultConfiguration", JsonObject.of(fields));
    }

    /**
     * Sets {@code "WorkGroup"}: the work group.
     *
     * @param value the value
     * @return the integration with it
     */
    public StartQueryExecution workGroup(String value) {
      return with("WorkGroup", JsonString.plainText(value));
    }

    /**
     * Sets {@code "WorkGroup"}: the work group.
     *
     * @param value the value
     * @return the integration with it
     */
    public StartQueryExecution workGroup(Value value) {
      return with("WorkGroup", value);
    }

    /**
     * Sets {@code "ExecutionParameters"}: values for the query's {@code ?} parameters.
     *
     * @param value the value
     * @return the integration with it
     */
    public StartQueryExecution executionParameters(Value value) {
      return with("ExecutionParameters", value);
    }

    /**
     * Sets {@code "ResultReuseConfiguration"}: result reuse settings.
     *
     * @param value the value
     * @return the integration with it
     */
    public StartQueryExecution resultReuseConfiguration(Value value) {
      return with("ResultReuseConfiguration", value);
    }

    /**
     * Sets {@code "ResultReuseConfiguration"}: result reuse settings.
     *
     * @param fields the value
     * @return the integration with it
     */
    public StartQueryExecution resultReuseConfiguration(Field... fields) {
      return with("ResultReuseConfiguration", JsonObject.of(fields));
    }

    /**
     * Runs the job and waits for it to finish ({@code .sync}).
     *
     * @return the integration with that pattern
     */
    public StartQueryExecution sync() {
      return pattern(IntegrationPattern.SYNC);
    }
  }

  /** Reads the results of a query. */
  public static final class GetQueryResults extends ServiceIntegration<GetQueryResults> {

    private GetQueryResults() {
      super("athena", "getQueryResults");
    }

    private GetQueryResults(String suffix, String partition, Map<String, Value> payload) {
      super("athena", "getQueryResults", suffix, partition, payload);
    }

    @Override
    GetQueryResults copy(String suffix, String partition, Map<String, Value> payload) {
      return new GetQueryResults(suffix, partition, payload);
    }

    /**
     * Sets {@code "MaxResults"}: the page size.
     *
     * @param value the value
     * @return the integration with it
     */
    public GetQueryResults maxResults(long value) {
      return with("MaxResults", JsonNumber.of(value));
    }

    /**
     * Sets {@code "MaxResults"}: the page size.
     *
     * @param value the value
     * @return the integration with it
     */
    public GetQueryResults maxResults(Value value) {
      return with("MaxResults", value);
    }

    /**
     * Sets {@code "NextToken"}: the page token.
     *
     * @param value the value
     * @return the integration with it
     */
    public GetQueryResults nextToken(String value) {
      return with("NextToken", JsonString.plainText(value));
    }

    /**
     * Sets {@code "NextToken"}: the page token.
     *
     * @param value the value
     * @return the integration with it
     */
    public GetQueryResults nextToken(Value value) {
      return with("NextToken", value);
    }
  }

  /** Reads the state of a query. */
  public static final class GetQueryExecution extends ServiceIntegration<GetQueryExecution> {

    private GetQueryExecution() {
      super("athena", "getQueryExecution");
    }

    private GetQueryExecution(String suffix, String partition, Map<String, Value> payload) {
      super("athena", "getQueryExecution", suffix, partition, payload);
    }

    @Override
    GetQueryExecution copy(String suffix, String partition, Map<String, Value> payload) {
      return new GetQueryExecution(suffix, partition, payload);
    }
  }

  /** Stops a query. */
  public static final class StopQueryExecution extends ServiceIntegration<StopQueryExecution> {

    private StopQueryExecution() {
      super("athena", "stopQueryExecution");
    }

    private StopQueryExecution(String suffix, String partition, Map<String, Value> payload) {
      super("athena", "stopQueryExecution", suffix, partition, payload);
    }

    @Override
    StopQueryExecution copy(String suffix, String partition, Map<String, Value> payload) {
      return new StopQueryExecution(suffix, partition, payload);
    }
  }
}
