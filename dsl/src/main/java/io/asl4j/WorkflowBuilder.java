package io.asl4j;

import io.asl4j.dsl.DefinitionException;
import io.asl4j.dsl.Graph;
import io.asl4j.dsl.SetOnce;
import io.asl4j.dsl.Step;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.Limit;
import io.asl4j.model.QueryLanguage;
import io.asl4j.validation.Diagnostic;
import io.asl4j.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A workflow under construction: its first state, the states declared with it, and top-level
 * settings. {@link #build()} gathers every state reachable from the start, resolves references by
 * name against them and the declared states, and checks the whole graph. Each setting is given
 * once. Immutable.
 *
 * <p>States may be written in reading order, the first state first, with forward references:
 *
 * <pre>{@code
 * Step glue = task("Run Glue Job").call(Glue.startJobRun("etl").sync()).next(ref("Fetch Data"));
 * Step fetch = task("Fetch Data").call(Lambda.function(arn)).end();
 * Workflow w = startAt(glue).states(fetch).build();
 * }</pre>
 */
public final class WorkflowBuilder {

  private final Step start;
  private final List<Step> declared;
  private final String comment;
  private final QueryLanguage queryLanguage;
  private final String version;
  private final JsonNumber timeout;
  private final Validator.WorkflowType type;
  private final boolean strict;

  private WorkflowBuilder(Step start, List<Step> declared, String comment,
      QueryLanguage queryLanguage, String version, JsonNumber timeout,
      Validator.WorkflowType type, boolean strict) {
    this.start = Objects.requireNonNull(start, "start");
    this.declared = declared;
    this.comment = comment;
    this.queryLanguage = queryLanguage;
    this.version = version;
    this.timeout = timeout;
    this.type = type;
    this.strict = strict;
  }

  /**
   * Starts a workflow at {@code start}; {@link Asl#startAt(Step)} is the usual way in.
   *
   * @param start the first state ({@code StartAt})
   * @return the builder
   */
  public static WorkflowBuilder startingAt(Step start) {
    return new WorkflowBuilder(start, List.of(), null, null, null, null, null, false);
  }

  /**
   * Declares more states of the workflow, so that {@code ref("Name")} finds them wherever they
   * are written: the way to write a workflow in reading order, the first state first. A state
   * reachable from the start needs no declaring; a declared state nothing leads to is still
   * written, and reported unreachable.
   *
   * <pre>{@code startAt(glue).states(fetch, notify)   // glue -> ref("Fetch Data") -> ...}</pre>
   *
   * @param states the states, in any order; may be called again to add more
   * @return the builder with the states declared
   */
  public WorkflowBuilder states(Step... states) {
    List<Step> all = new ArrayList<>(declared);
    for (Step s : states) {
      all.add(Objects.requireNonNull(s, "state"));
    }
    return new WorkflowBuilder(start, List.copyOf(all), comment, queryLanguage, version, timeout,
        type, strict);
  }

  /**
   * Checks the workflow for the given type when it is built: an Express workflow cannot use
   * {@code .sync} or {@code .waitForTaskToken} integrations or activities. Standard by default.
   *
   * @param type {@code STANDARD} or {@code EXPRESS}
   * @return the builder with the type
   */
  public WorkflowBuilder type(Validator.WorkflowType type) {
    once(this.type, "WorkflowType", "type");
    return new WorkflowBuilder(start, declared, comment, queryLanguage, version, timeout,
        Objects.requireNonNull(type, "type"), strict);
  }

  /**
   * Sets the top-level {@code "Comment"}.
   *
   * @param text free text
   * @return the builder with the comment
   */
  public WorkflowBuilder comment(String text) {
    once(comment, "Comment", "comment");
    return new WorkflowBuilder(start, declared, text, queryLanguage, version, timeout, type,
        strict);
  }

  /**
   * Sets the top-level {@code "QueryLanguage"}, the default of every state.
   *
   * @param language {@code JSONPATH} (the ASL default) or {@code JSONATA}
   * @return the builder with the query language
   */
  public WorkflowBuilder queryLanguage(QueryLanguage language) {
    once(queryLanguage, "QueryLanguage", "queryLanguage");
    return new WorkflowBuilder(start, declared, comment, language, version, timeout, type, strict);
  }

  /**
   * Sets {@code "Version"}.
   *
   * @param version the ASL version, {@code "1.0"}
   * @return the builder with the version
   */
  public WorkflowBuilder version(String version) {
    once(this.version, "Version", "version");
    return new WorkflowBuilder(start, declared, comment, queryLanguage, version, timeout, type,
        strict);
  }

  /**
   * Sets {@code "TimeoutSeconds"}: the whole execution's time limit.
   *
   * @param seconds zero or more
   * @return the builder with the timeout
   */
  public WorkflowBuilder timeoutSeconds(long seconds) {
    once(timeout, "TimeoutSeconds", "timeoutSeconds");
    return new WorkflowBuilder(start, declared, comment, queryLanguage, version,
        JsonNumber.of(Limit.WORKFLOW_TIMEOUT_SECONDS.require(seconds)), type, strict);
  }

  /**
   * Makes {@link #build()} strict: it fails on warnings as well as on errors, for builds (CI, a
   * CDK synth) where a likely mistake should stop the line.
   *
   * <pre>{@code startAt(charge).strict().build()   // DefinitionException listing warnings}</pre>
   *
   * @return the builder, strict
   */
  public WorkflowBuilder strict() {
    return new WorkflowBuilder(start, declared, comment, queryLanguage, version, timeout, type,
        true);
  }

  /**
   * Builds the workflow.
   *
   * @return the workflow
   * @throws DefinitionException listing every problem: references to unknown states, one name used
   *     by two different states, a transition leaving a Parallel branch or Map item processor, and
   *     every error the {@link Validator} finds; when {@link #strict()}, every warning too
   *     (otherwise they stay readable from {@link Workflow#warnings()})
   */
  public Workflow build() {
    Workflow workflow = buildUnvalidated();
    Validator.WorkflowType checked = type == null ? Validator.WorkflowType.STANDARD : type;
    List<Diagnostic> diagnostics = Validator.create().forType(checked).validate(workflow);
    if (!Validator.isValid(diagnostics)) {
      throw new DefinitionException(diagnostics);
    }
    if (strict && !diagnostics.isEmpty()) {
      throw DefinitionException.ofWarnings(diagnostics);
    }
    return workflow;
  }

  /**
   * Assembles the workflow without running the {@link Validator}: only the checks that make a
   * model at all (every reference resolves, names are unambiguous, no transition leaves its scope).
   * For tools that handle definitions Step Functions would not take as they are, such as local
   * engines or generated workflows beyond the 1 MiB definition limit; applications use {@link
   * #build()}.
   *
   * @return the workflow, possibly invalid ASL; {@link Workflow#validate()} tells
   * @throws DefinitionException listing every reference or scope problem
   */
  public Workflow buildUnvalidated() {
    return new Workflow(Optional.ofNullable(comment), Optional.ofNullable(queryLanguage),
        Optional.ofNullable(version), Optional.ofNullable(timeout), start.name(),
        Graph.startingAt(start).queryLanguage(queryLanguage).states(declared.toArray(Step[]::new))
            .assemble(), Map.of());
  }

  /** The set-once rule: a setting given twice is refused, naming the first. */
  private static void once(Object current, String field, String method) {
    if (current != null) {
      throw SetOnce.twice("Workflow", field, SetOnce.call(method, current));
    }
  }
}
