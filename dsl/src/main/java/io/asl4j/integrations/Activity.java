package io.asl4j.integrations;

import io.asl4j.dsl.Integration;
import io.asl4j.dsl.SetOnce;
import io.asl4j.model.JsonObject;
import io.asl4j.model.Value;
import java.util.Objects;
import java.util.Optional;

/**
 * Work done by an activity worker: the Task's {@code Resource} is the activity ARN, and workers
 * poll for it. Standard workflows only.
 */
public final class Activity extends Integration {

  private final String resource;
  private final Optional<Value> parameters;

  /**
   * Creates the activity call.
   *
   * @param resource the activity ARN
   * @param parameters the input sent to the worker, if any
   */
  public Activity(String resource, Optional<Value> parameters) {
    this.resource = Objects.requireNonNull(resource, "resource");
    this.parameters = Objects.requireNonNull(parameters, "parameters");
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
   * @throws IllegalArgumentException if the input is set already
   */
  public Activity input(JsonObject input) {
    if (parameters.isPresent()) {
      throw SetOnce.twice("Activity", "Parameters", SetOnce.call("input", parameters.get()));
    }
    return new Activity(resource, Optional.of(input));
  }

  @Override
  protected String resource() {
    return resource;
  }

  @Override
  protected Optional<Value> parameters() {
    return parameters;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Activity a && a.resource.equals(resource)
        && a.parameters.equals(parameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(resource, parameters);
  }

  @Override
  public String toString() {
    return "Activity[resource=" + resource + ", parameters=" + parameters + "]";
  }
}
