package io.asl4j.local;

import io.asl4j.Workflow;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs a {@link Workflow} locally, as AWS Step Functions would: compiled once into an executable
 * graph, then run any number of times, each run against a {@link TaskHandler} that stands in for
 * every Task state's resource.
 *
 * <pre>{@code
 * LocalExecutor executor = LocalExecutor.compile(workflow);
 * ExecutionResult r = executor.run(Map.of("orderId", 42), Mocks.read(mocksFile, Optional.empty()));
 * }</pre>
 *
 * <p>Time is virtual: Wait states and Retry intervals advance a clock and never sleep. Parallel
 * branches and Map iterations run one after the other in a fixed order, so results never depend
 * on thread scheduling. Immutable and thread-safe: runs share nothing.
 */
public final class LocalExecutor {

  private final Compiler.Program program;
  private final Children children;

  private LocalExecutor(Compiler.Program program, Children children) {
    this.program = program;
    this.children = children;
  }

  /**
   * Compiles a workflow.
   *
   * @param workflow the workflow
   * @return the executor
   * @throws LocalExecutionException if the workflow uses something the executor cannot run; the
   *     message names the state and field
   */
  public static LocalExecutor compile(Workflow workflow) {
    Objects.requireNonNull(workflow, "workflow");
    return new LocalExecutor(Compiler.compile(workflow, IntrinsicEval.COMPILER), Children.NONE);
  }

  /**
   * Registers a child workflow that {@code arn:aws:states:::states:startExecution} tasks
   * ({@code .sync}, {@code .sync:2}, {@code .waitForTaskToken} and request-response) run locally
   * when their {@code StateMachineArn} names it, instead of taking a mock. The parent sees what AWS
   * returns: the {@code DescribeExecution} fields for {@code .sync} (the output as JSON text) and
   * {@code .sync:2} (the output as JSON), and a failed child as {@code States.TaskFailed} with the
   * child's error and cause in a JSON cause.
   *
   * @param nameOrArn the state machine ARN, or just its name (then any ARN with that name matches)
   * @param child the child workflow
   * @return a copy of this executor with the child registered (children may start children too)
   * @throws LocalExecutionException if the child uses something the executor cannot run
   */
  public LocalExecutor withWorkflow(String nameOrArn, Workflow child) {
    Objects.requireNonNull(nameOrArn, "nameOrArn");
    Objects.requireNonNull(child, "child");
    return new LocalExecutor(program, children.with(nameOrArn, child));
  }

  /**
   * Runs with the default options (STANDARD, history on, 25,000-event limit on).
   *
   * @param input the execution input (a JSON value: maps, lists, strings, numbers, booleans,
   *     {@code null})
   * @param tasks answers every Task invocation
   * @return the outcome
   * @throws LocalExecutionException if the run cannot go on (e.g. a mock is missing)
   */
  public ExecutionResult run(Object input, TaskHandler tasks) {
    return run(input, tasks, ExecutionOptions.defaults());
  }

  /**
   * Runs.
   *
   * @param input the execution input (a JSON value)
   * @param tasks answers every Task invocation
   * @param options the type, history, clock, seed and S3 settings
   * @return the outcome
   * @throws LocalExecutionException if the run cannot go on (e.g. a mock is missing)
   */
  public ExecutionResult run(Object input, TaskHandler tasks, ExecutionOptions options) {
    return runInternal(Json.internal(input), tasks, options, null);
  }

  /**
   * Runs, telling a listener which states the execution enters, which way it leaves each one and
   * which Retry policies answer its failures (for workflow coverage and billing).
   *
   * @param input the execution input (a JSON value)
   * @param tasks answers every Task invocation
   * @param options the type, history, clock, seed and S3 settings
   * @param listener told what the execution does as it runs
   * @return the outcome
   * @throws LocalExecutionException if the run cannot go on (e.g. a mock is missing)
   */
  public ExecutionResult run(Object input, TaskHandler tasks, ExecutionOptions options,
      ExecutionListener listener) {
    Objects.requireNonNull(listener, "listener");
    return runInternal(Json.internal(input), tasks, options, listener);
  }

  /**
   * Runs with the input given as JSON text.
   *
   * @param inputJson the execution input as JSON text
   * @param tasks answers every Task invocation
   * @param options the type, history, clock, seed and S3 settings
   * @return the outcome
   * @throws LocalExecutionException if the input is not JSON or the run cannot go on
   */
  public ExecutionResult runJson(String inputJson, TaskHandler tasks, ExecutionOptions options) {
    Object input;
    try {
      input = Json.parseInternal(inputJson);
    } catch (IllegalArgumentException e) {
      throw new LocalExecutionException("input: " + e.getMessage());
    }
    return runInternal(input, tasks, options, null);
  }

  ExecutionResult runInternal(Object input, TaskHandler tasks, ExecutionOptions options) {
    return runInternal(input, tasks, options, null);
  }

  private ExecutionResult runInternal(Object input, TaskHandler tasks, ExecutionOptions options,
      ExecutionListener listener) {
    Objects.requireNonNull(tasks, "tasks");
    Objects.requireNonNull(options, "options");
    if (JsonSize.exceeds(input, TaskNode.MAX_PAYLOAD_BYTES)) {
      throw new LocalExecutionException("input: " + Json.utf8Length(input) + " bytes, over the "
          + TaskNode.MAX_PAYLOAD_BYTES + " bytes (256 KiB) that AWS accepts as an execution input");
    }
    Children all = children;
    S3Objects s3 = options.s3();
    Mocks m = TaskHandlers.mocksOf(tasks);
    if (m != null) {
      all = all.withMissing(m.workflows());
      s3 = m.s3().withAll(s3);
      Map<String, String> types = new java.util.LinkedHashMap<>(program.stateTypes());
      all.addStates(types);
      m.check(types);
    }
    World world = new World(tasks, all, s3, options.seed());
    Execution.Outcome o = Execution.run(program, options, world, input, listener);
    Run run = o.run();
    return new ExecutionResult(o.status(),
        o.status() == ExecutionStatus.SUCCEEDED ? Optional.ofNullable(Json.external(o.output()))
            : Optional.empty(),
        Optional.ofNullable(o.error()), Optional.ofNullable(o.cause()),
        run.statesEntered == null ? List.of() : run.statesEntered,
        run.history == null ? List.of() : run.history, run.transitions, run.lastEventId,
        world.written);
  }
}
