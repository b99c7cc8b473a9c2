package io.asl4j.dsl;

import io.asl4j.dsl.Fields.F;
import io.asl4j.model.Path;
import io.asl4j.model.Value;

/**
 * Input and output shaping, shared by every state but Fail: {@code InputPath} and
 * {@code OutputPath} (JSONPath), {@code Output} (JSONata).
 *
 * @param <S> the concrete builder type
 */
public abstract class IoBuilder<S extends IoBuilder<S>> extends StateBuilder<S> {

  IoBuilder(String name, Fields fields) {
    super(name, fields);
  }

  /**
   * Sets {@code "InputPath"}: the part of the input the state works on.
   *
   * <pre>{@code .inputPath(path("$.order"))   // "InputPath": "$.order"}</pre>
   *
   * @param path a path, or {@code Path.discard()} for {@code null} (the input becomes {@code {}})
   * @return a builder with the input path
   */
  public S inputPath(Path path) {
    return set(F.INPUT_PATH, "inputPath", path);
  }

  /**
   * Sets {@code "OutputPath"}: the part of the result passed on.
   *
   * <pre>{@code .outputPath(path("$.data"))   // "OutputPath": "$.data"}</pre>
   *
   * @param path a path, or {@code Path.discard()} for {@code null} (the output becomes {@code {}})
   * @return a builder with the output path
   */
  public S outputPath(Path path) {
    return set(F.OUTPUT_PATH, "outputPath", path);
  }

  /**
   * Sets {@code "Output"} (JSONata): the state's output; JSONata expressions anywhere inside are
   * evaluated.
   *
   * <pre>{@code .output(jsonata("$states.result.Payload"))   // "Output": "{% $states.result.Payload %}"}</pre>
   *
   * @param output the output value
   * @return a builder with the output
   */
  public S output(Value output) {
    return set(F.OUTPUT, "output", output);
  }
}
