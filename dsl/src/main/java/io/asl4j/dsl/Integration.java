package io.asl4j.dsl;

import io.asl4j.model.Value;
import java.util.Optional;

/**
 * What a Task calls: a {@code Resource} ARN and the payload that goes with it. The typed builders
 * in {@code io.asl4j.integrations} implement it.
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
   * Returns the payload: {@code Parameters}, or {@code Arguments} when {@link #jsonata()}.
   *
   * @return the payload, if the integration takes one
   */
  Optional<Value> parameters();

  /**
   * Tells whether the payload is written as JSONata {@code Arguments} rather than JSONPath
   * {@code Parameters}.
   *
   * @return {@code true} for {@code Arguments}
   */
  default boolean jsonata() {
    return false;
  }
}
