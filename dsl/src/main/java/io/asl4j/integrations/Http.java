package io.asl4j.integrations;

import io.asl4j.model.ArnFields;
import io.asl4j.model.Field;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonString;
import io.asl4j.model.Value;
import java.util.Map;

/**
 * Any HTTPS API through {@code arn:aws:states:::http:invoke}, authenticated by an EventBridge connection.
 *
 * <p>Each method names the parameter it writes.
 */
public final class Http {

  private Http() {}

  /**
   * Calls an HTTPS endpoint. Resource {@code arn:aws:states:::http:invoke}.
   *
   * @param apiEndpoint the https URL
   * @param method GET, POST, PUT, DELETE, PATCH, OPTIONS or HEAD
   * @param authentication from {@link Http#connection(String)}
   * @return the integration
   */
  public static Invoke invoke(String apiEndpoint, String method, Value authentication) {
    return new Invoke().with("ApiEndpoint", JsonString.plainText(apiEndpoint))
        .with("Method", JsonString.plainText(method)).with("Authentication", authentication);
  }

  /**
   * Calls an HTTPS endpoint. Resource {@code arn:aws:states:::http:invoke}.
   *
   * @param apiEndpoint the https URL
   * @param method GET, POST, PUT, DELETE, PATCH, OPTIONS or HEAD
   * @param authentication from {@link Http#connection(String)}
   * @return the integration
   */
  public static Invoke invoke(Value apiEndpoint, Value method, Value authentication) {
    return new Invoke().with("ApiEndpoint", apiEndpoint).with("Method", method).with("Authentication", authentication);
  }

  /**
   * The {@code Authentication} object: {@code {"ConnectionArn": arn}}.
   *
   * @param connectionArn the ARN of the EventBridge connection holding the credentials
   * @return the object
   * @throws IllegalArgumentException if the text is not an ARN
   */
  public static Value connection(String connectionArn) {
    return JsonObject.of(new Field("ConnectionArn", ArnFields.require("Http.connection",
        "http:invoke's ConnectionArn", connectionArn)));
  }

  /** Calls an HTTPS endpoint. */
  public static final class Invoke extends ServiceIntegration<Invoke> {

    private Invoke() {
      super("http", "invoke");
    }

    private Invoke(String suffix, String partition, Map<String, Value> payload) {
      super("http", "invoke", suffix, partition, payload);
    }

    @Override
    Invoke copy(String suffix, String partition, Map<String, Value> payload) {
      return new Invoke(suffix, partition, payload);
    }

    /**
     * Sets {@code "Headers"}: headers by name.
     *
     * @param value the value
     * @return the integration with it
     */
    public Invoke headers(Value value) {
      return with("Headers", value);
    }

    /**
     * Sets {@code "Headers"}: headers by name.
     *
     * @param fields the value
     * @return the integration with it
     */
    public Invoke headers(Field... fields) {
      return with("Headers", JsonObject.of(fields));
    }

    /**
     * Sets {@code "QueryParameters"}: query parameters by name.
     *
     * @param value the value
     * @return the integration with it
     */
    public Invoke queryParameters(Value value) {
      return with("QueryParameters", value);
    }

    /**
     * Sets {@code "QueryParameters"}: query parameters by name.
     *
     * @param fields the value
     * @return the integration with it
     */
    public Invoke queryParameters(Field... fields) {
      return with("QueryParameters", JsonObject.of(fields));
    }

    /**
     * Sets {@code "RequestBody"}: the body.
     *
     * @param value the value
     * @return the integration with it
     */
    public Invoke requestBody(Value value) {
      return with("RequestBody", value);
    }

    /**
     * Sets {@code "Transform"}: request body encoding options.
     *
     * @param value the value
     * @return the integration with it
     */
    public Invoke transform(Value value) {
      return with("Transform", value);
    }

    /**
     * Sets {@code "Transform"}: request body encoding options.
     *
     * @param fields the value
     * @return the integration with it
     */
    public Invoke transform(Field... fields) {
      return with("Transform", JsonObject.of(fields));
    }
  }
}
