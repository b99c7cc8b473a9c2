package io.asl4j.dsl;

import io.asl4j.dsl.Fields.F;
import io.asl4j.model.Catcher;
import io.asl4j.model.Field;
import io.asl4j.model.JsonObject;
import io.asl4j.model.Retrier;
import io.asl4j.model.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Error handling and the rest of the result pipeline, shared by Task, Parallel and Map:
 * {@code Retry}, {@code Catch}, {@code Arguments} (JSONata) and {@code ResultSelector} (JSONPath).
 *
 * <p>{@code States.ALL} is only written by {@link #retryAll} and {@link #catchAll}, which must come
 * last: ASL accepts it only alone in the last retrier or catcher.
 *
 * @param <S> the concrete builder type
 */
public abstract class GuardedBuilder<S extends GuardedBuilder<S>> extends ResultBuilder<S> {

  /** A catcher and the state it goes to. */
  record Caught(Catcher catcher, Step target) {}

  GuardedBuilder(String name, Fields fields) {
    super(name, fields);
  }

  /**
   * Sets {@code "Arguments"} (JSONata): the state's input, where JSONata expressions are evaluated.
   * A Task calling a typed integration needs none: {@code .call(...)} writes the integration's
   * payload here in a JSONata state (and a Glue job's own {@code --name} arguments are
   * {@code Glue.startJobRun(..).jobArguments(..)}).
   *
   * <pre>{@code .arguments(field("Id", jsonata("$states.input.id")))   // "Arguments": {"Id": "{% ... %}"}}</pre>
   *
   * @param fields the members
   * @return a builder with the arguments
   */
  public S arguments(Field... fields) {
    return arguments(JsonObject.of(fields));
  }

  /**
   * Sets {@code "Arguments"} to any value, e.g. one JSONata expression.
   *
   * @param arguments the arguments
   * @return a builder with the arguments
   */
  public S arguments(Value arguments) {
    refuseAfterCall("arguments");
    return set(F.ARGUMENTS, "arguments", arguments);
  }

  /**
   * Sets {@code "ResultSelector"} (JSONPath): reshapes the raw result before {@code ResultPath}.
   *
   * <pre>{@code .resultSelector(field("id", path("$.Payload.id")))   // "ResultSelector": {"id.$": "$.Payload.id"}}</pre>
   *
   * @param fields the members
   * @return a builder with the result selector
   */
  public S resultSelector(Field... fields) {
    return set(F.RESULT_SELECTOR, "resultSelector", JsonObject.of(fields));
  }

  /**
   * Sets {@code "ResultSelector"} from an object built elsewhere.
   *
   * @param selector the template
   * @return a builder with the result selector
   */
  public S resultSelector(JsonObject selector) {
    return set(F.RESULT_SELECTOR, "resultSelector", selector);
  }

  /**
   * Adds a retrier for the given errors.
   *
   * <pre>{@code .retry(Retry.policy().maxAttempts(6), Errors.LAMBDA_TOO_MANY_REQUESTS)}</pre>
   *
   * @param policy the retry settings
   * @param errors the error names it matches, at least one; not {@code States.ALL}
   * @return a builder with the retrier added
   * @throws IllegalArgumentException if no error is given, {@code States.ALL} is given, or
   *     {@link #retryAll} came before
   */
  public S retry(Retry policy, String... errors) {
    return addRetrier(policy.toRetrier(errorList(errors, "retry", "retryAll")));
  }

  /**
   * Adds the last retrier, matching every error ({@code "ErrorEquals": ["States.ALL"]}).
   *
   * @param policy the retry settings
   * @return a builder with the retrier added
   * @throws IllegalArgumentException if {@code retryAll} came before
   */
  public S retryAll(Retry policy) {
    return addRetrier(policy.toRetrier(List.of(Errors.ALL)));
  }

  /**
   * Adds a catcher for the given errors, going to {@code next}.
   *
   * @param next the state to go to
   * @param errors the error names it matches, at least one; not {@code States.ALL}
   * @return a builder with the catcher added
   */
  public S catching(Step next, String... errors) {
    return catching(Catch.defaults(), next, errors);
  }

  /**
   * Adds a catcher with settings for the given errors, going to {@code next}.
   *
   * @param settings the catcher's ResultPath, Output, Assign, Comment
   * @param next the state to go to
   * @param errors the error names it matches, at least one; not {@code States.ALL}
   * @return a builder with the catcher added
   */
  public S catching(Catch settings, Step next, String... errors) {
    List<String> list = errorList(errors, "catching", "catchAll");
    return addCatcher(settings.toCatcher(list, next.name()), next);
  }

  /**
   * Adds the last catcher, for every error ({@code "ErrorEquals": ["States.ALL"]}).
   *
   * @param next the state to go to
   * @return a builder with the catcher added
   */
  public S catchAll(Step next) {
    return catchAll(Catch.defaults(), next);
  }

  /**
   * Adds the last catcher with settings, for every error.
   *
   * <pre>{@code .catchAll(Catch.resultPath(path("$.error")), notify)}</pre>
   *
   * @param settings the catcher's ResultPath, Output, Assign, Comment
   * @param next the state to go to
   * @return a builder with the catcher added
   */
  public S catchAll(Catch settings, Step next) {
    Objects.requireNonNull(next, "next");
    return addCatcher(settings.toCatcher(List.of(Errors.ALL), next.name()), next);
  }

  private S addRetrier(Retrier retrier) {
    List<Retrier> existing = fields.list(F.RETRY);
    if (!existing.isEmpty() && existing.get(existing.size() - 1).errorEquals().contains(Errors.ALL)) {
      throw new IllegalArgumentException("state \"" + name + "\": retryAll must be the last"
          + " retrier (ASL only accepts States.ALL in the last one)");
    }
    return with(fields.append(F.RETRY, retrier));
  }

  private S addCatcher(Catcher catcher, Step next) {
    List<Caught> existing = fields.list(F.CATCH);
    if (!existing.isEmpty()
        && existing.get(existing.size() - 1).catcher().errorEquals().contains(Errors.ALL)) {
      throw new IllegalArgumentException("state \"" + name + "\": catchAll must be the last"
          + " catcher (ASL only accepts States.ALL in the last one)");
    }
    return with(fields.append(F.CATCH, new Caught(catcher, next)));
  }

  private List<String> errorList(String[] errors, String method, String allMethod) {
    if (errors.length == 0) {
      throw new IllegalArgumentException("state \"" + name + "\": " + method + " needs at least"
          + " one error name (" + allMethod + " matches every error)");
    }
    for (String e : errors) {
      if (Errors.ALL.equals(Objects.requireNonNull(e, "error"))) {
        throw new IllegalArgumentException("state \"" + name + "\": use " + allMethod
            + " for States.ALL; it must stand alone in the last entry");
      }
    }
    return Arrays.asList(errors);
  }

  @Override
  List<Edge> otherEdges() {
    List<Caught> caught = fields.list(F.CATCH);
    List<Edge> edges = new ArrayList<>(caught.size());
    for (int i = 0; i < caught.size(); i++) {
      edges.add(new Edge("Catch/" + i + "/Next", caught.get(i).target()));
    }
    return edges;
  }

  /** The retriers in model form, when any were added. */
  java.util.Optional<List<Retrier>> retriers(Fields f) {
    return f.has(F.RETRY) ? java.util.Optional.of(f.list(F.RETRY)) : java.util.Optional.empty();
  }

  /** The catchers in model form, when any were added. */
  java.util.Optional<List<Catcher>> catchers(Fields f) {
    if (!f.has(F.CATCH)) {
      return java.util.Optional.empty();
    }
    List<Caught> caught = f.list(F.CATCH);
    return java.util.Optional.of(caught.stream().map(Caught::catcher).toList());
  }
}
