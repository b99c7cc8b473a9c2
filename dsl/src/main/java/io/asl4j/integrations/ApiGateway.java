package io.asl4j.integrations;

import io.asl4j.model.Field;
import io.asl4j.model.IntegrationPattern;
import io.asl4j.model.JsonBoolean;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonString;
import io.asl4j.model.Value;
import java.util.Map;

/**
 * Amazon API Gateway through {@code arn:aws:states:::apigateway:invoke}.
 *
 * <p>Each method names the parameter it writes.
 */
public final class ApiGateway {

  private ApiGateway() {}

  /**
   * Calls an API. Resource {@code arn:aws:states:::apigateway:invoke}.
   *
   * @param apiEndpoint {@code <apiId>.execute-api.<region>.amazonaws.com}
   * @param method GET, POST, PUT, DELETE, PATCH, HEAD or OPTIONS
   * @return the integration
   */
  public static Invoke invoke(String apiEndpoint, String method) {
    return new Invoke().with("ApiEndpoint", JsonString.plainText(apiEndpoint))
        .with("Method", JsonString.plainText(method));
  }

  /**
   * Calls an API. Resource {@code arn:aws:states:::apigateway:invoke}.
   *
   * @param apiEndpoint {@code <apiId>.execute-api.<region>.amazonaws.com}
   * @param method GET, POST, PUT, DELETE, PATCH, HEAD or OPTIONS
   * @return the integration
   */
  public static Invoke invoke(Value apiEndpoint, Value method) {
    return new Invoke().with("ApiEndpoint", apiEndpoint).with("Method", method);
  }

  /** Calls an API. */
  public static final class Invoke extends ServiceIntegration<Invoke> {

    private Invoke() {
      super("apigateway", "invoke");
    }

    private Invoke(String suffix, String partition, Map<String, Value> payload) {
      super("apigateway", "invoke", suffix, partition, payload);
    }

    @Override
    Invoke copy(String suffix, String partition, Map<String, Value> payload) {
      return new Invoke(suffix, partition, payload);
    }

    /**
     * Sets {@code "Stage"}: the stage.
     *
     * @param value the value
     * @return the integration with it
     */
    public Invoke stage(String value) {
      return with("Stage", JsonString.plainText(value));
    }

    /**
     * Sets {@code "Stage"}: the stage.
     *
     * @param value the value
     * @return the integration with it
     */
    public Invoke stage(Value value) {
      return with("Stage", value);
    }

    /**
     * Sets {@code "Path"}: the resource path.
     *
     * @param value the value
     * @return the integration with it
     */
    public Invoke path(String value) {
      return with("Path", JsonString.plainText(value));
    }

    /**
     * Sets {@code "Path"}: the resource path.
     *
     * @param value the value
     * @return the integration with it
     */
    public Invoke path(Value value) {
      return with("Path", value);
    }

    /**
     * Sets {@code "Headers"}: headers by name, each an array of strings.
     *
     * @param value the value
     * @return the integration with it
     */
    public Invoke headers(Value value) {
      return with("Headers", value);
    }

    /**
     * Sets {@code "Headers"}: headers by name, each an array of strings.
     *
     * @param fields the value
     * @return the integration with it
     */
    public Invoke headers(Field... fields) {
      return with("Headers", JsonObject.of(fields));
    }

    /**
     * Sets {@code "QueryParameters"}: query parameters by name, each an array of strings.
     *
     * @param value the value
     * @return the integration with it
     */
    public Invoke queryParameters(Value value) {
      return with("QueryParameters", value);
    }

    /**
     * Sets {@code "QueryParameters"}: query parameters by name, each an array of strings.
     *
     * @param fields the value
     * @return the integration with it
     */
    public Invoke queryParameters(Field... fields) {
      return with("QueryParameters", JsonObject.of(fields));
    }

    /**
     * Sets {@code "RequestBody"}: the body (PATCH, POST, PUT).
     *
     * @param value the value
     * @return the integration with it
     */
    public Invoke requestBody(Value value) {
      return with("RequestBody", value);
    }

    /**
     * Sets {@code "AllowNullValues"}: whether nulls are kept in the body.
     *
     * @param value the value
     * @return the integration with it
     */
    public Invoke allowNullValues(boolean value) {
      return with("AllowNullValues", JsonBoolean.of(value));
    }

    /**
     * Sets {@code "AllowNullValues"}: whether nulls are kept in the body.
     *
     * @param value the value
     * @return the integration with it
     */
    public Invoke allowNullValues(Value value) {
      return with("AllowNullValues", value);
    }

    /**
     * Sets {@code "AuthType"}: {@code NO_AUTH}, {@code IAM_ROLE} or {@code RESOURCE_POLICY}.
     *
     * @param value the value
     * @return the integration with it
     */
    public Invoke authType(String value) {
      return with("AuthType", JsonString.plainText(value));
    }

    /**
     * Sets {@code "AuthType"}: {@code NO_AUTH}, {@code IAM_ROLE} or {@code RESOURCE_POLICY}.
     *
     * @param value the value
     * @return the integration with it
     */
    public Invoke authType(Value value) {
      return with("AuthType", value);
    }

    /**
     * Waits for a callback with the task token ({@code .waitForTaskToken}); pass {@code context("Task.Token")} in the payload.
     *
     * @return the integration with that pattern
     */
    public Invoke waitForTaskToken() {
      return pattern(IntegrationPattern.WAIT_FOR_TASK_TOKEN);
    }
  }
}
