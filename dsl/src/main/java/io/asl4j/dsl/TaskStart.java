package io.asl4j.dsl;

import io.asl4j.dsl.Fields.F;
import io.asl4j.model.Value;
import java.util.Objects;
import java.util.Optional;

/**
 * A Task state before its resource is chosen: the only thing to do with it is to say what it
 * calls. Typed integrations come through {@link #call(Integration)}; {@link #resource(String)} is
 * the escape hatch for any ARN.
 */
public final class TaskStart {

  private final String name;

  TaskStart(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  /**
   * Starts the state; {@code io.asl4j.Asl} is the usual way in.
   *
   * @param name the state's name, 1 to 80 characters
   * @return the start of the state
   */
  public static TaskStart named(String name) {
    return new TaskStart(Names.check(name));
  }

  /**
   * Calls a typed service integration: it decides {@code Resource} and the payload, written as
   * {@code Parameters} in a JSONPath state and as {@code Arguments} in a JSONata state (the
   * state's {@code queryLanguage}, else its graph's or the workflow's), so the same integration
   * serves both.
   *
   * <pre>{@code task("Run Job").call(Glue.startJobRun("nightly").sync())}</pre>
   *
   * @param integration the integration
   * @return the task, ready for more settings and a transition
   */
  public TaskStep call(Integration integration) {
    Objects.requireNonNull(integration, "integration");
    Fields f = Fields.EMPTY.with(F.RESOURCE, integration.resource());
    Optional<Value> payload = integration.parameters();
    if (payload.isPresent()) {
      f = f.with(F.PAYLOAD, Fields.CALL, payload.get());
    }
    return new TaskStep(name, f);
  }

  /**
   * Escape hatch: any {@code Resource} ARN, written as given (activities, legacy Lambda function
   * ARNs, integrations without a typed builder, placeholders such as {@code ${FunctionArn}}).
   *
   * <pre>{@code task("Fetch").resource("arn:aws:lambda:us-east-1:123456789012:function:fetch")}</pre>
   *
   * @param arn the resource ARN
   * @return the task, ready for more settings and a transition
   */
  public TaskStep resource(String arn) {
    return new TaskStep(name, Fields.EMPTY.with(F.RESOURCE, Objects.requireNonNull(arn, "arn")));
  }
}
