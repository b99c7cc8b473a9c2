package io.asl4j.integrations;

import io.asl4j.dsl.Integration;
import io.asl4j.model.JsonObject;
import io.asl4j.model.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The common ground of the typed integrations: an optimized or SDK integration
 * {@code arn:<partition>:states:::<service>:<action>[.sync|.sync:2|.waitForTaskToken]} and its
 * payload, built member by member in the order the methods are called. Immutable.
 *
 * @param <S> the concrete integration type
 */
public abstract class ServiceIntegration<S extends ServiceIntegration<S>> implements Integration {

  private final String service;
  private final String action;
  private final String suffix;
  private final String partition;
  private final boolean arguments;
  private final Map<String, Value> payload;

  ServiceIntegration(String service, String action) {
    this(service, action, "", "aws", false, Map.of());
  }

  ServiceIntegration(String service, String action, String suffix, String partition,
      boolean arguments, Map<String, Value> payload) {
    this.service = service;
    this.action = action;
    this.suffix = suffix;
    this.partition = partition;
    this.arguments = arguments;
    this.payload = payload;
  }

  /** Makes the concrete integration with the given settings. */
  abstract S copy(String suffix, String partition, boolean arguments, Map<String, Value> payload);

  /** Sets a payload member, replacing an earlier value under the same name in place. */
  final S with(String name, Value value) {
    Map<String, Value> p = new LinkedHashMap<>(payload);
    p.put(name, Objects.requireNonNull(value, name));
    return copy(suffix, partition, arguments, p);
  }

  /** Selects the integration pattern by its resource suffix. */
  final S pattern(String resourceSuffix) {
    return copy(resourceSuffix, partition, arguments, payload);
  }

  /**
   * Sets a payload member that has no typed method here: newer API parameters, or any value.
   *
   * @param name the parameter name (PascalCase, as in the AWS API)
   * @param value the value: text, a path, an intrinsic call, JSONata, or an object
   * @return the integration with the parameter
   */
  public S parameter(String name, Value value) {
    return with(name, value);
  }

  /**
   * Sets the AWS partition of the resource ARN.
   *
   * @param name {@code aws} (the default), {@code aws-cn} or {@code aws-us-gov}
   * @return the integration in that partition
   */
  public S partition(String name) {
    return copy(suffix, Objects.requireNonNull(name, "partition"), arguments, payload);
  }

  /**
   * Writes the payload as JSONata {@code "Arguments"} instead of JSONPath {@code "Parameters"}, for
   * JSONata states.
   *
   * @return the integration writing Arguments
   */
  public S asArguments() {
    return copy(suffix, partition, true, payload);
  }

  @Override
  public String resource() {
    return "arn:" + partition + ":states:::" + service + ":" + action + suffix;
  }

  @Override
  public Optional<Value> parameters() {
    return payload.isEmpty() ? Optional.empty() : Optional.of(new JsonObject(payload));
  }

  @Override
  public boolean jsonata() {
    return arguments;
  }

  /**
   * Returns the resource suffix of the chosen integration pattern.
   *
   * @return {@code ""}, {@code .sync}, {@code .sync:2} or {@code .waitForTaskToken}
   */
  public String patternSuffix() {
    return suffix;
  }
}
