package io.asl4j.dsl;

import io.asl4j.model.Value;
import java.util.Optional;

/**
 * What a Task calls: a {@code Resource} ARN and the payload that goes with it, in either query
 * language. The typed builders in {@code io.asl4j.integrations} implement it.
 */
public interface Integration {

  /**
   * Returns the {@code Resource} ARN, including any {@code .sync} or {@code .waitForTaskToken}
   * suffix.
   *
   * @return the resource
   */
  String resource();

  /**
   * Returns the payload. A Task writes it as {@code Parameters} in a JSONPath state and as
   * {@code Arguments} in a JSONata state; the integration does not choose.
   *
   * @return the payload, if the integration takes one
   */
  Optional<Value> parameters();
}
