package io.asl4j.integrations;

import io.asl4j.dsl.Integration;
import io.asl4j.model.Value;
import java.util.Objects;
import java.util.Optional;

/** A resource named by its own ARN, such as a Lambda function in the legacy form. */
final class Direct extends Integration {

  private final String resource;
  private final Optional<Value> parameters;

  Direct(String resource, Optional<Value> parameters) {
    this.resource = Objects.requireNonNull(resource, "resource");
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  @Override
  protected String resource() {
    return resource;
  }

  @Override
  protected Optional<Value> parameters() {
    return parameters;
  }
}
