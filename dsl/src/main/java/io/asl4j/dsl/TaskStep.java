package io.asl4j.dsl;

import io.asl4j.dsl.Fields.F;
import io.asl4j.model.ArnFields;
import io.asl4j.model.DynamicNumber;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonObject;
import io.asl4j.model.Limit;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.State;
import io.asl4j.model.TaskState;
import io.asl4j.model.Transition;
import io.asl4j.model.Value;
import java.util.Map;
import java.util.Optional;

/**
 * A Task state with its resource chosen: add settings, then {@link #next(Step)} or {@link #end()}.
 */
public final class TaskStep extends GuardedBuilder<TaskStep> {

  TaskStep(String name, Fields fields) {
    super(name, fields);
  }

  @Override
  TaskStep with(Fields f) {
    return new TaskStep(name, f);
  }

  /**
   * Sets {@code "TimeoutSeconds"}.
   *
   * @param seconds 1 to 99,999,999
   * @return the task with the timeout
   */
  public TaskStep timeoutSeconds(long seconds) {
    return set(F.TIMEOUT, "timeoutSeconds",
        JsonNumber.of(Limit.TASK_TIMEOUT_SECONDS.require(seconds)));
  }

  /**
   * Sets the timeout from a path ({@code "TimeoutSecondsPath"}) or a JSONata expression.
   *
   * @param seconds a {@code JsonPath}, {@code Jsonata} or {@code JsonNumber}
   * @return the task with the timeout
   */
  public TaskStep timeout(DynamicNumber seconds) {
    return set(F.TIMEOUT, "timeout", seconds);
  }

  /**
   * Sets {@code "HeartbeatSeconds"}: the longest silence allowed from an activity or callback.
   *
   * @param seconds 1 to 99,999,999, below the timeout
   * @return the task with the heartbeat
   */
  public TaskStep heartbeatSeconds(long seconds) {
    return set(F.HEARTBEAT, "heartbeatSeconds",
        JsonNumber.of(Limit.HEARTBEAT_SECONDS.require(seconds)));
  }

  /**
   * Sets the heartbeat from a path ({@code "HeartbeatSecondsPath"}) or a JSONata expression.
   *
   * @param seconds a {@code JsonPath}, {@code Jsonata} or {@code JsonNumber}
   * @return the task with the heartbeat
   */
  public TaskStep heartbeat(DynamicNumber seconds) {
    return set(F.HEARTBEAT, "heartbeat", seconds);
  }

  /**
   * Sets {@code "Credentials"}: the role the task assumes, for cross-account calls.
   *
   * <pre>{@code .credentials(path("$.roleArn"))   // "Credentials": {"RoleArn.$": "$.roleArn"}}</pre>
   *
   * @param roleArn the role ARN: text, a path, an intrinsic call or JSONata
   * @return the task with the credentials
   */
  public TaskStep credentials(Value roleArn) {
    return set(F.CREDENTIALS, "credentials", JsonObject.of("RoleArn", roleArn));
  }

  /**
   * Sets {@code "Credentials"} to a fixed role ARN.
   *
   * @param roleArn the role ARN, or a {@code ${RoleArn}} placeholder
   * @return the task with the credentials
   * @throws IllegalArgumentException if the text is not an ARN
   */
  public TaskStep credentials(String roleArn) {
    return credentials(ArnFields.require("credentials", ArnFields.ROLE_ARN, roleArn));
  }

  @Override
  State toState(Fields f, Transition transition, Graphs graphs) {
    // the integration's payload follows the state's query language
    boolean jsonata = f.<QueryLanguage>get(F.QUERY_LANGUAGE).orElse(graphs.language())
        == QueryLanguage.JSONATA;
    Optional<Value> payload = f.get(F.PAYLOAD);
    Optional<Value> parameters = jsonata ? f.get(F.PARAMETERS) : payload.or(() -> f.get(
        F.PARAMETERS));
    Optional<Value> arguments = jsonata ? payload.or(() -> f.get(F.ARGUMENTS)) : f.get(
        F.ARGUMENTS);
    return new TaskState(f.get(F.COMMENT), f.get(F.QUERY_LANGUAGE), (String) f.get(F.RESOURCE)
        .orElseThrow(), f.get(F.CREDENTIALS), f.get(F.INPUT_PATH), parameters, arguments,
        f.get(F.TIMEOUT), f.get(F.HEARTBEAT), f.get(F.RESULT_SELECTOR),
        f.get(F.RESULT_PATH), f.get(F.OUTPUT_PATH), f.get(F.OUTPUT), f.get(F.ASSIGN),
        retriers(f), catchers(f), transition, Map.of());
  }
}
