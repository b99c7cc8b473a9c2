package io.asl4j.dsl;

import io.asl4j.Workflow;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.QueryLanguage;
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

  private WorkflowBuilder(Step start, String comment, QueryLanguage queryLanguage, String version,
      JsonNumber timeout) {
    this.start = Objects.requireNonNull(start, "start");
    this.comment = comment;
    this.queryLanguage = queryLanguage;
    this.version = version;
    this.timeout = timeout;
  }

  /**
   * Starts a workflow at {@code start}; {@code io.asl4j.Asl.workflow} is the usual way in.
   *
   * @param start the first state ({@code StartAt})
   * @return the builder
   */
  public static WorkflowBuilder startingAt(Step start) {
    return new WorkflowBuilder(start, null, null, null, null);
  }

  /**
   * Sets the top-level {@code "Comment"}.
   *
   * @param text free text
   * @return the builder with the comment
   */
  public WorkflowBuilder comment(String text) {
    return new WorkflowBuilder(start, text, queryLanguage, version, timeout);
  }

  /**
   * Sets the top-level {@code "QueryLanguage"}, the default of every state.
   *
   * @param language {@code JSONPATH} (the ASL default) or {@code JSONATA}
   * @return the builder with the query language
   */
  public WorkflowBuilder queryLanguage(QueryLanguage language) {
    return new WorkflowBuilder(start, comment, language, version, timeout);
  }

  /**
   * Sets {@code "Version"}.
   *
   * @param version the ASL version, {@code "1.0"}
   * @return the builder with the version
   */
  public WorkflowBuilder version(String version) {
    return new WorkflowBuilder(start, comment, queryLanguage, version, timeout);
  }

  /**
   * Sets {@code "TimeoutSeconds"}: the whole execution's time limit.
   *
   * @param seconds zero or more
   * @return the builder with the timeout
   */
  public WorkflowBuilder timeoutSeconds(long seconds) {
    Retry.requireRange("TimeoutSeconds", seconds, 0, 99_999_999);
    return new WorkflowBuilder(start, comment, queryLanguage, version, JsonNumber.of(seconds));
  }

  /**
   * Builds the workflow.
   *
   * @return the workflow
   * @throws DefinitionException listing every problem: references to unknown states, one name used
   *     by two different states, a transition leaving a Parallel branch or Map item processor
   */
  public Workflow build() {
    return new Workflow(Optional.ofNullable(comment), Optional.ofNullable(queryLanguage),
        Optional.ofNullable(version), Optional.ofNullable(timeout), start.name(),
        new Assembler().assemble(start), Map.of());
  }
}
