package io.asl4j.integrations;

import io.asl4j.dsl.Integration;
import io.asl4j.dsl.SetOnce;
import io.asl4j.model.IntegrationPattern;
import io.asl4j.model.JsonObject;
import io.asl4j.model.ResourceArn;
import io.asl4j.model.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The common ground of the typed integrations: an optimized or SDK integration, whose
 * {@link ResourceArn} is {@code arn:<partition>:states:::<service>:<action><pattern suffix>}, and
 * its payload, built member by member in the order the methods are called. Immutable.
 *
 * @param <S> the concrete integration type
 */
public abstract class ServiceIntegration<S extends ServiceIntegration<S>> extends Integration {

  private final ResourceArn arn;
  private final boolean arguments;
  private final Map<String, Value> payload;

  ServiceIntegration(String service, String action) {
    this(ResourceArn.of(service, action), false, Map.of());
  }

  ServiceIntegration(String service, String action, String suffix, String partition,
      boolean arguments, Map<String, Value> payload) {
    this(ResourceArn.of(service, action).withPattern(IntegrationPattern.ofSuffix(suffix)
        .orElseThrow()).inPartition(partition), arguments, payload);
  }

  ServiceIntegration(ResourceArn arn, boolean arguments, Map<String, Value> payload) {
    this.arn = arn;
    this.arguments = arguments;
    this.payload = payload;
  }

  /** Makes the concrete integration with the given settings. */
  abstract S copy(String suffix, String partition, boolean arguments, Map<String, Value> payload);

  /** Sets a payload member; each member is set once (a second value would silently win). */
  final S with(String name, Value value) {
    if (payload.containsKey(name)) {
      throw SetOnce.twice(arn.service() + ":" + arn.action(), name, SetOnce.call(
          Character.toLowerCase(name.charAt(0)) + name.substring(1), payload.get(name)));
    }
    Map<String, Value> p = new LinkedHashMap<>(payload);
    p.put(name, Objects.requireNonNull(value, name));
    return copy(arn.pattern().suffix(), arn.partition(), arguments, p);
  }

  /** Selects the integration pattern. */
  final S pattern(IntegrationPattern pattern) {
    return copy(pattern.suffix(), arn.partition(), arguments, payload);
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
    return copy(arn.pattern().suffix(), Objects.requireNonNull(name, "partition"), arguments,
        payload);
  }

  /**
   * Writes the payload as JSONata {@code "Arguments"} instead of JSONPath {@code "Parameters"}, for
   * JSONata states.
   *
   * @return the integration writing Arguments
   */
  public S asArguments() {
    return copy(arn.pattern().suffix(), arn.partition(), true, payload);
  }

  @Override
  protected String resource() {
    return arn.arn();
  }

  /** The resource ARN in its parts; {@code Integration.Call} is the public view. */
  ResourceArn resourceArn() {
    return arn;
  }

  @Override
  protected Optional<Value> parameters() {
    return payload.isEmpty() ? Optional.empty() : Optional.of(new JsonObject(payload));
  }

  @Override
  protected boolean jsonata() {
    return arguments;
  }

  /** The resource suffix of the chosen pattern: "", .sync, .sync:2 or .waitForTaskToken. */
  String patternSuffix() {
    return arn.pattern().suffix();
  }
}
