package io.asl4j.dsl;

import io.asl4j.model.Catcher;
import io.asl4j.model.Field;
import io.asl4j.model.JsonObject;
import io.asl4j.model.Path;
import io.asl4j.model.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of one catcher, given to {@code catching(...)} or {@code catchAll(...)} with the
 * state to go to. Immutable; each setting is set once ({@link SetOnce}).
 *
 * <pre>{@code .catchAll(Catch.resultPath(path("$.error")), notifyFailure)
 * // "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.error", "Next": "Notify Failure"}]}</pre>
 */
public final class Catch {

  private static final Catch DEFAULTS = new Catch(null, null, null, null);

  private final String comment;
  private final Path resultPath;
  private final Value output;
  private final JsonObject assign;

  private Catch(String comment, Path resultPath, Value output, JsonObject assign) {
    this.comment = comment;
    this.resultPath = resultPath;
    this.output = output;
    this.assign = assign;
  }

  /**
   * Starts with nothing set: the error output replaces the state input.
   *
   * @return a catch with default settings
   */
  public static Catch defaults() {
    return DEFAULTS;
  }

  /**
   * Starts with {@code "ResultPath"}: where the error output goes in the state input.
   *
   * @param path a reference path, or {@code Path.discard()} to drop the error and keep the input
   * @return a catch with the result path
   */
  public static Catch resultPath(Path path) {
    return DEFAULTS.withResultPath(path);
  }

  /**
   * Sets {@code "ResultPath"}.
   *
   * @param path a reference path, or {@code Path.discard()}
   * @return the catch with the result path
   */
  public Catch withResultPath(Path path) {
    once(resultPath, "ResultPath", "resultPath");
    return new Catch(comment, path, output, assign);
  }

  /**
   * Sets {@code "Output"} (JSONata): what the next state receives.
   *
   * @param value the output, e.g. {@code jsonata("$states.errorOutput")}
   * @return the catch with the output
   */
  public Catch output(Value value) {
    once(output, "Output", "output");
    return new Catch(comment, resultPath, value, assign);
  }

  /**
   * Sets {@code "Assign"}: variables set when this catcher fires.
   *
   * @param variables one field per variable
   * @return the catch with the assignments
   */
  public Catch assign(Field... variables) {
    once(assign, "Assign", "assign");
    return new Catch(comment, resultPath, output, JsonObject.of(variables));
  }

  /**
   * Sets the catcher's {@code "Comment"}.
   *
   * @param text free text
   * @return the catch with the comment
   */
  public Catch comment(String text) {
    once(comment, "Comment", "comment");
    return new Catch(text, resultPath, output, assign);
  }

  /** The set-once rule: a setting given twice is refused, naming the first. */
  private static void once(Object current, String field, String method) {
    if (current != null) {
      throw SetOnce.twice("Catch", field, SetOnce.call(method, current));
    }
  }

  Catcher toCatcher(List<String> errors, String next) {
    return new Catcher(Optional.ofNullable(comment), errors, Optional.ofNullable(resultPath),
        Optional.ofNullable(output), Optional.ofNullable(assign), next, Map.of());
  }
}
