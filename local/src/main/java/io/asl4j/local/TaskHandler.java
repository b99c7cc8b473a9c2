package io.asl4j.local;

/**
 * Stands in for every Task state's resource (service integrations, Lambda functions, activities,
 * {@code .sync} and {@code .waitForTaskToken} patterns alike). {@link Mocks} is the usual
 * implementation; tests may pass a lambda.
 */
@FunctionalInterface
public interface TaskHandler {

  /**
   * Performs one invocation.
   *
   * @param call the state, its resource and its payload
   * @return the result or failure
   * @throws LocalExecutionException when the handler cannot answer (e.g. no mock left for the
   *     state); the execution stops with that exception
   */
  TaskResult invoke(TaskCall call);
}
