package io.asl4j;

import io.asl4j.dsl.DefinitionException;
import io.asl4j.dsl.Graph;
import io.asl4j.dsl.Step;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.Limit;
import io.asl4j.model.QueryLanguage;
import io.asl4j.validation.Diagnostic;
import io.asl4j.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A workflow under construction: its first state and top-level settings. {@link #build()} gathers
 * every state reachable from the start and checks the whole graph. Immutable.
 */
public final class WorkflowBuilder {

  private final Step start;
  private final String comment;
  private final QueryLanguage queryLanguage;
  private final String version;
  private final JsonNumber timeout;
  private final Validator.WorkflowType type;

  private WorkflowBuilder(Step start, String comment, QueryLanguage queryLanguage, String version,
      JsonNumber timeout, Validator.WorkflowType type) {
    this.start = Objects.requireNonNull(start, "start");
    this.comment = comment;
    this.queryLanguage = queryLanguage;
    this.version = version;
    this.timeout = timeout;
    this.type = type;
  }

  /**
   * Checks the workflow for the given type when it is built: an Express workflow cannot use
   * {@code .sync} or {@code .waitForTaskToken} integrations or activities. Standard by default.
   *
   * @param type {@code STANDARD} or {@code EXPRESS}
   * @return the builder with the type
   */
  public WorkflowBuilder type(Validator.WorkflowType type) {
    return new WorkflowBuilder(start, comment, queryLanguage, version, timeout,
        Objects.requireNonNull(type, "type"));
  }

  /**
   * Starts a workflow at {@code start}; {@link Asl#startAt(Step)} is the usual way in.
   *
   * @param start the first state ({@code StartAt})
   * @return the builder
   */
  public static WorkflowBuilder startingAt(Step start) {
    return new WorkflowBuilder(start, null, null, null, null, Validator.WorkflowType.STANDARD);
  }

  /**
   * Sets the top-level {@code "Comment"}.
   *
   * @param text free text
   * @return the builder with the comment
   */
  public WorkflowBuilder comment(String text) {
    return new WorkflowBuilder(start, text, queryLanguage, version, timeout, type);
  }

  /**
   * Sets the top-level {@code "QueryLanguage"}, the default of every state.
   *
   * @param language {@code JSONPATH} (the ASL default) or {@code JSONATA}
   * @return the builder with the query language
   */
  public WorkflowBuilder queryLanguage(QueryLanguage language) {
    return new WorkflowBuilder(start, comment, language, version, timeout, type);
  }

  /**
   * Sets {@code "Version"}.
   *
   * @param version the ASL version, {@code "1.0"}
   * @return the builder with the version
   */
  public WorkflowBuilder version(String version) {
    return new WorkflowBuilder(start, comment, queryLanguage, version, timeout, type);
  }

  /**
   * Sets {@code "TimeoutSeconds"}: the whole execution's time limit.
   *
   * @param seconds zero or more
   * @return the builder with the timeout
   */
  public WorkflowBuilder timeoutSeconds(long seconds) {
    return new WorkflowBuilder(start, comment, queryLanguage, version,
        JsonNumber.of(Limit.WORKFLOW_TIMEOUT_SECONDS.require(seconds)), type);
  }

  /**
   * Builds the workflow.
   *
   * @return the workflow
   * @throws DefinitionException listing every problem: references to unknown states, one name used
   *     by two different states, a transition leaving a Parallel branch or Map item processor, and
   *     every error the {@link Validator} finds (its warnings stay readable from {@link
   *     Workflow#warnings()})
   */
  public Workflow build() {
    Workflow workflow = buildUnvalidated();
    List<Diagnostic> diagnostics = Validator.create().forType(type).validate(workflow);
    if (!Validator.isValid(diagnostics)) {
      throw new DefinitionException(diagnostics);
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
        Graph.startingAt(start).queryLanguage(queryLanguage).assemble(), Map.of());
  }
}
