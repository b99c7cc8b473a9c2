package io.asl4j.integrations;

import io.asl4j.dsl.Integration;
import io.asl4j.model.Value;
import java.util.Objects;
import java.util.Optional;

/** A resource named by its own ARN, such as a Lambda function in the legacy form. */
record Direct(String resource, Optional<Value> parameters) implements Integration {

  Direct {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(parameters, "parameters");
  }
}
