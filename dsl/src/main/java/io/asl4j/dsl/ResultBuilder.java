package io.asl4j.dsl;

import io.asl4j.dsl.Fields.F;
import io.asl4j.model.Field;
import io.asl4j.model.JsonObject;
import io.asl4j.model.Path;
import io.asl4j.model.Value;

/**
 * {@code Parameters} and {@code ResultPath} (JSONPath), shared by Task, Pass, Parallel and Map.
 *
 * @param <S> the concrete builder type
 */
public abstract class ResultBuilder<S extends ResultBuilder<S>> extends FlowBuilder<S> {

  ResultBuilder(String name, Fields fields) {
    super(name, fields);
  }

  /**
   * Sets {@code "Parameters"}: the payload template for the effective input.
   *
   * <pre>{@code .parameters(field("JobName", "etl"), field("Date", path("$.date")))
   * // "Parameters": {"JobName": "etl", "Date.$": "$.date"}}</pre>
   *
   * @param fields the members
   * @return a builder with the parameters
   */
  public S parameters(Field... fields) {
    return parameters(JsonObject.of(fields));
  }

  /**
   * Sets {@code "Parameters"} to any value.
   *
   * @param parameters the payload
   * @return a builder with the parameters
   */
  public S parameters(Value parameters) {
    refuseAfterCall("parameters");
    return set(F.PARAMETERS, "parameters", parameters);
  }

  /**
   * Refuses a payload set by hand on a Task whose {@code call(...)} gave one (written as
   * Parameters or Arguments by the state's query language): the second would silently drop the
   * integration's members. The set-once rule, with what to do instead.
   */
  final void refuseAfterCall(String method) {
    if (!fields.has(F.PAYLOAD)) {
      return;
    }
    String glue = fields.<String>get(F.RESOURCE).orElse("").contains(":glue:startJobRun")
        ? "a Glue job's own arguments (--name) are set with"
        + " Glue.startJobRun(..).jobArguments(..); " : "";
    throw SetOnce.twice(owner(), method.equals("arguments") ? "Arguments" : "Parameters",
        fields.setBy(F.PAYLOAD), glue + "add members on the integration with"
        + " .parameter(name, value), or use resource(arn) with " + method + "(...)");
  }

  /**
   * Sets {@code "ResultPath"}: where the result goes in the state input.
   *
   * <pre>{@code .resultPath(path("$.data.result"))   // "ResultPath": "$.data.result"}</pre>
   *
   * @param path a reference path, or {@code Path.discard()} for {@code null} (keep the input,
   *     discard the result)
   * @return a builder with the result path
   */
  public S resultPath(Path path) {
    return set(F.RESULT_PATH, "resultPath", path);
  }
}
