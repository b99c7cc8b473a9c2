package io.asl4j;

import io.asl4j.internal.Ordered;
import io.asl4j.json.AslReader;
import io.asl4j.json.AslWriter;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.State;
import io.asl4j.model.StateGraph;
import io.asl4j.model.Value;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A complete Step Functions state machine definition: the top level of an Amazon States Language
 * document.
 *
 * <p>Immutable. {@link #toJson()} writes canonical ASL; {@link #fromJson(String)} reads it back.
 * {@link #toString()} is the same pretty JSON as {@link #toJson()}.
 *
 * @param comment {@code Comment}: free text for humans
 * @param queryLanguage {@code QueryLanguage}: the default for every state ({@code JSONPath} when
 *     absent)
 * @param version {@code Version}: the ASL version, {@code "1.0"}
 * @param timeoutSeconds {@code TimeoutSeconds}: the whole execution's time limit
 * @param startAt {@code StartAt}: the first state
 * @param states {@code States}: the states by name, in definition order
 * @param unknownFields fields kept verbatim when read with {@code AslReader#keepUnknownFields}
 */
public record Workflow(
    Optional<String> comment,
    Optional<QueryLanguage> queryLanguage,
    Optional<String> version,
    Optional<JsonNumber> timeoutSeconds,
    String startAt,
    Map<String, State> states,
    Map<String, Value> unknownFields)
    implements StateGraph {

  /**
   * Creates the workflow, copying the maps into unmodifiable, ordered ones.
   *
   * @param comment {@code Comment}
   * @param queryLanguage {@code QueryLanguage}
   * @param version {@code Version}
   * @param timeoutSeconds {@code TimeoutSeconds}
   * @param startAt {@code StartAt}
   * @param states {@code States}
   * @param unknownFields fields kept verbatim
   */
  public Workflow {
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(queryLanguage, "queryLanguage");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(timeoutSeconds, "timeoutSeconds");
    Objects.requireNonNull(startAt, "startAt");
    states = Ordered.copy(states, "states");
    unknownFields = Ordered.copy(unknownFields, "unknownFields");
  }

  /**
   * Reads a definition, rejecting unknown fields.
   *
   * <p>Equivalent to {@code AslReader.create().read(json)}.
   *
   * @param json the ASL JSON text
   * @return the workflow
   * @throws io.asl4j.json.AslReadException if the text is not a readable definition; the message
   *     names the JSON pointer, line and column, what was found and what was expected
   */
  public static Workflow fromJson(String json) {
    return AslReader.create().read(json);
  }

  /**
   * Checks this workflow against every rule of the Amazon States Language, as a Standard workflow.
   * Use {@link io.asl4j.validation.Validator} directly for Express workflows.
   *
   * @return every error and warning, in definition order; empty when there is nothing to report
   */
  public List<io.asl4j.validation.Diagnostic> validate() {
    return io.asl4j.validation.Validator.create().validate(this);
  }

  /**
   * Returns the warnings about this workflow: likely mistakes that are still valid ASL, such as a
   * payload string that looks like a path but lacks the {@code .$} suffix, or a variable read
   * before it is assigned. A workflow built with the DSL has no errors (building would have
   * thrown), so these are all its findings.
   *
   * @return the warnings, in definition order
   */
  public List<io.asl4j.validation.Diagnostic> warnings() {
    return validate().stream()
        .filter(d -> d.severity() == io.asl4j.validation.Severity.WARNING).toList();
  }

  /**
   * Writes this workflow as pretty, canonical ASL JSON: two-space indentation, {@code Type} first
   * and {@code Next}/{@code End} last in each state, states in their original order.
   *
   * @return the JSON text, without a trailing newline
   */
  public String toJson() {
    return AslWriter.pretty().write(this);
  }

  /**
   * Returns {@link #toJson()}.
   *
   * @return the pretty ASL JSON
   */
  @Override
  public String toString() {
    return toJson();
  }
}
