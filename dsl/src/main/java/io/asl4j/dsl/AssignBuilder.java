package io.asl4j.dsl;

import io.asl4j.dsl.Fields.F;
import io.asl4j.model.Field;
import io.asl4j.model.JsonObject;

/**
 * {@code Assign}: setting workflow variables, shared by Task, Pass, Choice, Wait, Parallel and Map.
 *
 * @param <S> the concrete builder type
 */
public abstract class AssignBuilder<S extends AssignBuilder<S>> extends IoBuilder<S> {

  AssignBuilder(String name, Fields fields) {
    super(name, fields);
  }

  /**
   * Sets {@code "Assign"}: variables later states read as {@code $name}.
   *
   * <pre>{@code .assign(field("orderId", path("$.id")))   // "Assign": {"orderId.$": "$.id"}}</pre>
   *
   * @param variables one field per variable
   * @return a builder with the assignments
   */
  public S assign(Field... variables) {
    return set(F.ASSIGN, "assign", JsonObject.of(variables));
  }

  /**
   * Sets {@code "Assign"} from an object built elsewhere.
   *
   * @param variables the variables by name
   * @return a builder with the assignments
   */
  public S assign(JsonObject variables) {
    return set(F.ASSIGN, "assign", variables);
  }
}
