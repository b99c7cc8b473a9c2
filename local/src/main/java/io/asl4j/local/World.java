package io.asl4j.local;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * What every execution of one run shares, the top-level one and the child executions it starts
 * (nested workflows, Distributed Map iterations): the task handler, the mocks, the child
 * workflows, the mocked S3 objects as the run leaves them, the random numbers and the task tokens
 * handed out.
 */
final class World {

  final TaskHandler tasks;
  /** The mocks when {@link #tasks} is (or falls back to) {@link Mocks}, else {@code null}. */
  final Mocks mocks;
  final Children children;
  /** The S3 objects: those given, then what ResultWriters put. */
  S3Objects s3;
  /** What ResultWriters put, for the result. */
  S3Objects written = S3Objects.empty();
  final Random random;
  int tokens;
  /**
   * Callbacks that child executions made with a task token of this run
   * ({@code SendTaskSuccess}/{@code SendTaskFailure}), by token, until the waiting task takes them.
   */
  final Map<String, TaskResult> callbacks = new HashMap<>();
  /** The task tokens of tasks waiting while a child execution runs. */
  final java.util.Set<String> waiting = new java.util.HashSet<>();
  /** How many Map Runs and child executions were started, for their names. */
  long started;

  World(TaskHandler tasks, Children children, S3Objects s3, long seed) {
    this.tasks = tasks;
    this.mocks = TaskHandlers.mocksOf(tasks);
    this.children = children;
    this.s3 = s3;
    this.random = new Random(seed);
  }
}
