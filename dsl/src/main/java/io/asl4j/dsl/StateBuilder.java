package io.asl4j.dsl;

import io.asl4j.dsl.Fields.F;
import io.asl4j.model.QueryLanguage;
import java.util.Objects;
import java.util.Optional;

/**
 * What every state builder offers: {@code Comment} and {@code QueryLanguage}. Builders are
 * immutable: each call returns a new builder, so a half-built state can be kept and branched from.
 * A single-valued setting is set once: a second call throws, naming the first ({@link SetOnce}),
 * rather than silently replacing it.
 *
 * @param <S> the concrete builder type
 */
public abstract class StateBuilder<S extends StateBuilder<S>> {

  final String name;
  final Fields fields;

  StateBuilder(String name, Fields fields) {
    this.name = Objects.requireNonNull(name, "name");
    this.fields = Objects.requireNonNull(fields, "fields");
  }

  /** Returns a builder of the same kind over new fields. */
  abstract S with(Fields fields);

  /**
   * Fills a single-valued field once: a second call is refused, naming the first, rather than
   * silently replacing it.
   *
   * @param method the public method called, for the message
   */
  final S set(F field, String method, Object value) {
    Objects.requireNonNull(value, field.name().toLowerCase());
    if (fields.has(field)) {
      throw SetOnce.twice(owner(), field.asl, fields.setBy(field));
    }
    return with(fields.with(field, method, value));
  }

  /** How messages name this state: {@code Fail "Oops"}, {@code Task "Run"}. */
  final String owner() {
    String type = getClass().getSimpleName();
    return type.substring(0, type.length() - "Step".length()) + " \"" + name + "\"";
  }

  final <T> Optional<T> get(F field) {
    return fields.get(field);
  }

  /** The state's name; not public, so that completion on a builder shows only its settings. */
  String name() {
    return name;
  }

  /**
   * Sets {@code "Comment": text}.
   *
   * @param text free text for humans
   * @return a builder with the comment
   */
  public S comment(String text) {
    return set(F.COMMENT, "comment", text);
  }

  /**
   * Sets {@code "QueryLanguage"} for this state, overriding the workflow's.
   *
   * @param language {@code JSONPATH} or {@code JSONATA}
   * @return a builder with the query language
   */
  public S queryLanguage(QueryLanguage language) {
    return set(F.QUERY_LANGUAGE, "queryLanguage", language);
  }
}
