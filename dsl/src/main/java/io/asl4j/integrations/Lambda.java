package io.asl4j.integrations;

import io.asl4j.model.Field;
import io.asl4j.model.IntegrationPattern;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonString;
import io.asl4j.model.Value;
import java.util.Map;

/**
 * AWS Lambda through the optimized integration {@code arn:aws:states:::lambda:invoke}.
 *
 * <p>Each method names the parameter it writes.
 */
public final class Lambda {

  private Lambda() {}

  /**
   * The legacy form: the function's ARN as the Task's {@code Resource}, its raw output as the
   * result (no {@code Payload} wrapper, no callback pattern).
   *
   * <pre>{@code Lambda.function("arn:aws:lambda:us-east-1:123456789012:function:resize")}</pre>
   *
   * @param functionArn the function ARN (a placeholder such as {@code ${ResizeArn}} works too)
   * @return the integration
   */
  public static io.asl4j.dsl.Integration function(String functionArn) {
    return new Direct(functionArn, java.util.Optional.empty());
  }

  /**
   * Invokes a function; the result wraps its output in {@code Payload}. Resource {@code arn:aws:states:::lambda:invoke}.
   *
   * @param functionName the function name, ARN or partial ARN, optionally with {@code :qualifier}
   * @return the integration
   */
  public static Invoke invoke(String functionName) {
    return new Invoke().with("FunctionName", JsonString.plainText(functionName));
  }

  /**
   * Invokes a function; the result wraps its output in {@code Payload}. Resource {@code arn:aws:states:::lambda:invoke}.
   *
   * @param functionName the function name, ARN or partial ARN, optionally with {@code :qualifier}
   * @return the integration
   */
  public static Invoke invoke(Value functionName) {
    return new Invoke().with("FunctionName", functionName);
  }

  /** Invokes a function; the result wraps its output in {@code Payload}. */
  public static final class Invoke extends ServiceIntegration<Invoke> {

    private Invoke() {
      super("lambda", "invoke");
    }

    private Invoke(String suffix, String partition, Map<String, Value> payload) {
      super("lambda", "invoke", suffix, partition, payload);
    }

    @Override
    Invoke copy(String suffix, String partition, Map<String, Value> payload) {
      return new Invoke(suffix, partition, payload);
    }

    /**
     * Sets {@code "Payload"}: the input passed to the function (by default the effective input).
     *
     * @param value the value
     * @return the integration with it
     */
    public Invoke payload(Value value) {
      return with("Payload", value);
    }

    /**
     * Sets {@code "Payload"}: the input passed to the function (by default the effective input).
     *
     * @param fields the value
     * @return the integration with it
     */
    public Invoke payload(Field... fields) {
      return with("Payload", JsonObject.of(fields));
    }

    /**
     * Sets {@code "InvocationType"}: {@code RequestResponse}, {@code Event} or {@code DryRun}.
     *
     * @param value the value
     * @return the integration with it
     */
    public Invoke invocationType(String value) {
      return with("InvocationType", JsonString.plainText(value));
    }

    /**
     * Sets {@code "InvocationType"}: {@code RequestResponse}, {@code Event} or {@code DryRun}.
     *
     * @param value the value
     * @return the integration with it
     */
    public Invoke invocationType(Value value) {
      return with("InvocationType", value);
    }

    /**
     * Sets {@code "Qualifier"}: the version or alias.
     *
     * @param value the value
     * @return the integration with it
     */
    public Invoke qualifier(String value) {
      return with("Qualifier", JsonString.plainText(value));
    }

    /**
     * Sets {@code "Qualifier"}: the version or alias.
     *
     * @param value the value
     * @return the integration with it
     */
    public Invoke qualifier(Value value) {
      return with("Qualifier", value);
    }

    /**
     * Sets {@code "ClientContext"}: base64-encoded client context.
     *
     * @param value the value
     * @return the integration with it
     */
    public Invoke clientContext(String value) {
      return with("ClientContext", JsonString.plainText(value));
    }

    /**
     * Sets {@code "ClientContext"}: base64-encoded client context.
     *
     * @param value the value
     * @return the integration with it
     */
    public Invoke clientContext(Value value) {
      return with("ClientContext", value);
    }

    /**
     * Sets {@code "LogType"}: {@code Tail} to get the log in the result.
     *
     * @param value the value
     * @return the integration with it
     */
    public Invoke logType(String value) {
      return with("LogType", JsonString.plainText(value));
    }

    /**
     * Sets {@code "LogType"}: {@code Tail} to get the log in the result.
     *
     * @param value the value
     * @return the integration with it
     */
    public Invoke logType(Value value) {
      return with("LogType", value);
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
