package io.asl4j.model;

import java.util.Optional;

/**
 * How a Task waits for a service integration, chosen by the suffix of its resource ARN.
 *
 * <pre>{@code IntegrationPattern.ofResource("arn:aws:states:::glue:startJobRun.sync") // SYNC
 * }</pre>
 */
public enum IntegrationPattern {

  /** Call the service and go on with its response (no suffix); the only one Express allows. */
  REQUEST_RESPONSE(""),
  /** Run a job and wait for it to complete: {@code .sync}. Standard workflows only. */
  SYNC(".sync"),
  /**
   * Run a job and wait for it, with the output parsed as JSON: {@code .sync:2}. Standard workflows
   * only.
   */
  SYNC_2(".sync:2"),
  /**
   * Pass a task token and wait for a callback with it: {@code .waitForTaskToken}. Standard
   * workflows only.
   */
  WAIT_FOR_TASK_TOKEN(".waitForTaskToken");

  private final String suffix;

  IntegrationPattern(String suffix) {
    this.suffix = suffix;
  }

  /**
   * Returns the suffix this pattern adds to the integration's ARN.
   *
   * @return {@code ""}, {@code .sync}, {@code .sync:2} or {@code .waitForTaskToken}
   */
  public String suffix() {
    return suffix;
  }

  /**
   * Whether the Task waits for the job it starts to complete: {@code .sync} or {@code .sync:2}.
   *
   * @return {@code true} for {@link #SYNC} and {@link #SYNC_2}
   */
  public boolean isSync() {
    return this == SYNC || this == SYNC_2;
  }

  /**
   * Returns the pattern a suffix selects.
   *
   * @param suffix {@code ""}, {@code .sync}, {@code .sync:2} or {@code .waitForTaskToken}
   * @return the pattern, or empty for any other text
   */
  public static Optional<IntegrationPattern> ofSuffix(String suffix) {
    for (IntegrationPattern p : values()) {
      if (p.suffix.equals(suffix)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the pattern a resource asks for by how it ends, whatever comes before: this also reads
   * resources with placeholders, such as {@code arn:${AWS::Partition}:states:::ecs:runTask.sync}.
   *
   * @param resource a Task's {@code Resource}
   * @return the pattern its suffix names; {@code REQUEST_RESPONSE} when it has none
   */
  public static IntegrationPattern ofResource(String resource) {
    if (resource.endsWith(SYNC_2.suffix)) {
      return SYNC_2;
    } else if (resource.endsWith(SYNC.suffix)) {
      return SYNC;
    } else if (resource.endsWith(WAIT_FOR_TASK_TOKEN.suffix)) {
      return WAIT_FOR_TASK_TOKEN;
    }
    return REQUEST_RESPONSE;
  }
}
