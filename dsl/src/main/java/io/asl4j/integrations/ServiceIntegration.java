package io.asl4j.integrations;

import io.asl4j.dsl.Integration;
import io.asl4j.dsl.SetOnce;
import io.asl4j.json.AslWriter;
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
  private final Map<String, Value> payload;

  ServiceIntegration(String service, String action) {
    this(ResourceArn.of(service, action), Map.of());
  }

  ServiceIntegration(String service, String action, String suffix, String partition,
      Map<String, Value> payload) {
    this(ResourceArn.of(service, action).withPattern(IntegrationPattern.ofSuffix(suffix)
        .orElseThrow()).inPartition(partition), payload);
  }

  ServiceIntegration(ResourceArn arn, Map<String, Value> payload) {
    this.arn = arn;
    this.payload = payload;
  }

  /** Makes the concrete integration with the given settings. */
  abstract S copy(String suffix, String partition, Map<String, Value> payload);

  /** Sets a payload member; each member is set once (a second value would silently win). */
  final S with(String name, Value value) {
    if (payload.containsKey(name)) {
      throw SetOnce.twice(operation(), name, SetOnce.call(
          Character.toLowerCase(name.charAt(0)) + name.substring(1), payload.get(name)));
    }
    return put(name, value);
  }

  /** Sets a payload member, replacing an earlier value under the same name in place. */
  private S put(String name, Value value) {
    Map<String, Value> p = new LinkedHashMap<>(payload);
    p.put(name, Objects.requireNonNull(value, name));
    return copy(arn.pattern().suffix(), arn.partition(), p);
  }

  /**
   * Adds one typed attribute to a DynamoDB attribute map ({@code Key}, {@code Item},
   * {@code ExpressionAttributeValues}), keeping the attributes in the order they are given.
   */
  final S withAttribute(String member, String name, AttributeValue value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Value existing = payload.get(member);
    if (existing != null && !(existing instanceof JsonObject)) {
      throw new IllegalArgumentException(operation() + ": " + member + " is already given whole"
          + " (" + AslWriter.compact().write(existing) + "); give it attribute by attribute or"
          + " whole, not both");
    }
    Map<String, Value> attributes = existing == null ? new LinkedHashMap<>()
        : new LinkedHashMap<>(((JsonObject) existing).members());
    if (attributes.put(name, value.toJson()) != null) {
      throw new IllegalArgumentException(operation() + ": " + member + " \"" + name + "\" is"
          + " already set");
    }
    return put(member, new JsonObject(attributes)); // one more attribute, not a second value
  }

  /** How a message names the integration: {@code DynamoDb.getItem}. */
  private String operation() {
    return getClass().getEnclosingClass() == null ? getClass().getSimpleName()
        : getClass().getEnclosingClass().getSimpleName() + "." + arn.action();
  }

  /** Selects the integration pattern. */
  final S pattern(IntegrationPattern pattern) {
    return copy(pattern.suffix(), arn.partition(), payload);
  }

  /**
   * Sets a payload member that has no typed method here: newer API parameters, or any value.
   * DynamoDB attribute maps ({@code Key}, {@code Item}, {@code ExpressionAttributeValues}) must
   * still be typed ({@link AttributeValue}).
   *
   * @param name the parameter name (PascalCase, as in the AWS API)
   * @param value the value: text, a path, an intrinsic call, JSONata, or an object
   * @return the integration with the parameter
   */
  public S parameter(String name, Value value) {
    if (arn.service().equals("dynamodb") && !arn.awsSdk()
        && AttributeValue.MAPS.contains(name)) {
      AttributeValue.requireTyped(operation(), name, Objects.requireNonNull(value, name));
    }
    return with(name, value);
  }

  /**
   * Sets the AWS partition of the resource ARN.
   *
   * @param name {@code aws} (the default), {@code aws-cn} or {@code aws-us-gov}
   * @return the integration in that partition
   */
  public S partition(String name) {
    return copy(arn.pattern().suffix(), Objects.requireNonNull(name, "partition"), payload);
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

  /** The resource suffix of the chosen pattern: "", .sync, .sync:2 or .waitForTaskToken. */
  String patternSuffix() {
    return arn.pattern().suffix();
  }
}
