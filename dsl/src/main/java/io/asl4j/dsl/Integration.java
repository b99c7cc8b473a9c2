package io.asl4j.dsl;

import io.asl4j.model.ResourceArn;
import io.asl4j.model.Value;
import java.util.Objects;
import java.util.Optional;

/**
 * What a Task calls: a {@code Resource} ARN and the payload that goes with it, in either query
 * language. The typed builders in {@code io.asl4j.integrations} extend it.
 *
 * <p>What an integration holds is read through {@link Call#of(Integration)}, not through methods
 * of the integration itself, so that completion on a typed integration shows only its settings.
 */
public abstract class Integration {

  /** For the typed integrations of {@code io.asl4j.integrations}. */
  protected Integration() {}

  /**
   * Returns the {@code Resource} ARN, including any {@code .sync} or {@code .waitForTaskToken}
   * suffix.
   *
   * @return the resource
   */
  protected abstract String resource();

  /**
   * Returns the payload. A Task writes it as {@code Parameters} in a JSONPath state and as
   * {@code Arguments} in a JSONata state; the integration does not choose.
   *
   * @return the payload, if the integration takes one
   */
  protected abstract Optional<Value> parameters();

  /**
   * A read-only view of an integration: what {@code task(..).call(integration)} writes. For tools
   * (the code generator, tests) that inspect integrations.
   *
   * @param resource the {@code Resource} ARN, with any pattern suffix
   * @param payload the payload, written as {@code Parameters} or {@code Arguments} by the
   *     state's query language, if any
   */
  public record Call(String resource, Optional<Value> payload) {

    /**
     * Creates the view.
     *
     * @param resource the {@code Resource} ARN
     * @param payload the payload, if any
     */
    public Call {
      Objects.requireNonNull(resource, "resource");
      Objects.requireNonNull(payload, "payload");
    }

    /**
     * Reads an integration.
     *
     * <pre>{@code Integration.Call.of(Sns.publish(topic, message)).resource()
     * // "arn:aws:states:::sns:publish"}</pre>
     *
     * @param integration the integration
     * @return what it writes
     */
    public static Call of(Integration integration) {
      return new Call(integration.resource(), integration.parameters());
    }

    /**
     * Returns the resource ARN in its parts, when it is a Step Functions integration ARN.
     *
     * @return the service, action, pattern and partition; empty for a Lambda function or
     *     activity ARN written directly
     */
    public Optional<ResourceArn> resourceArn() {
      return ResourceArn.parse(resource);
    }
  }
}
