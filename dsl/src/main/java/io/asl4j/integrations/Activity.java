package io.asl4j.integrations;

import io.asl4j.dsl.Integration;
import io.asl4j.model.JsonObject;
import io.asl4j.model.Value;
import java.util.Objects;
import java.util.Optional;

/**
 * Work done by an activity worker: the Task's {@code Resource} is the activity ARN, and workers
 * poll for it. Standard workflows only.
 *
 * @param resource the activity ARN
 * @param parameters the input sent to the worker, if any
 */
public record Activity(String resource, Optional<Value> parameters) implements Integration {

  /**
   * Creates the activity call.
   *
   * @param resource the activity ARN
   * @param parameters the input sent to the worker, if any
   */
  public Activity {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(parameters, "parameters");
  }

  /**
   * An activity, given its ARN.
   *
   * @param activityArn e.g. {@code arn:aws:states:us-east-1:123456789012:activity:approve}
   * @return the activity call
   */
  public static Activity of(String activityArn) {
    return new Activity(activityArn, Optional.empty());
  }

  /**
   * Sets the {@code Parameters} sent to the worker.
   *
   * @param input the payload
   * @return the activity call with the input
   */
  public Activity input(JsonObject input) {
    return new Activity(resource, Optional.of(input));
  }
}
