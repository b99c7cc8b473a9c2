package io.asl4j.model;

import io.asl4j.internal.Ordered;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a state's {@code Catch} list: where to go when an error is not retried.
 *
 * <p>Components follow the canonical JSON key order of {@code AslWriter}.
 *
 * @param comment {@code Comment}: free text for humans
 * @param errorEquals {@code ErrorEquals}: the error names this catcher matches
 * @param resultPath {@code ResultPath} (JSONPath): where the error output goes in the state input
 * @param output {@code Output} (JSONata): the output passed to {@code Next}
 * @param assign {@code Assign}: variables to set when this catcher fires
 * @param next {@code Next}: the state to go to
 * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
 */
public record Catcher(
    Optional<String> comment,
    List<String> errorEquals,
    Optional<Path> resultPath,
    Optional<Value> output,
    Optional<JsonObject> assign,
    String next,
    Map<String, Value> unknownFields) {

  /**
   * Creates the record, copying collections into unmodifiable ones.
   *
   * @param comment {@code Comment}: free text for humans
   * @param errorEquals {@code ErrorEquals}: the error names this catcher matches
   * @param resultPath {@code ResultPath} (JSONPath): where the error output goes in the state input
   * @param output {@code Output} (JSONata): the output passed to {@code Next}
   * @param assign {@code Assign}: variables to set when this catcher fires
   * @param next {@code Next}: the state to go to
   * @param unknownFields fields the reader did not recognise, kept verbatim in their order when reading with {@code AslReader#keepUnknownFields}; written back unchanged (empty otherwise)
   */
  public Catcher {
    Objects.requireNonNull(comment, "comment");
    errorEquals = Ordered.copy(errorEquals, "errorEquals");
    Objects.requireNonNull(resultPath, "resultPath");
    Objects.requireNonNull(output, "output");
    Checks.notMemberExpression(output, "Output");
    Objects.requireNonNull(assign, "assign");
    Objects.requireNonNull(next, "next");
    unknownFields = Ordered.copy(unknownFields, "unknownFields");
  }
}
