package io.asl4j.junit;

import io.asl4j.Workflow;
import io.asl4j.json.Suggestions;
import io.asl4j.local.ExecutionOptions;
import io.asl4j.local.ExecutionResult;
import io.asl4j.local.Json;
import io.asl4j.local.LocalExecutor;
import io.asl4j.local.TaskCall;
import io.asl4j.local.TaskHandler;
import io.asl4j.local.TaskResult;
import io.asl4j.model.ExecutionType;
import io.asl4j.model.MapState;
import io.asl4j.model.ParallelState;
import io.asl4j.model.State;
import io.asl4j.model.StateGraph;
import io.asl4j.model.TaskState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Runs one workflow in a test, with mocks set for this test: what {@link WorkflowExtension}
 * gives a test method that takes a {@code WorkflowRunner} parameter, or what
 * {@link #of(String, Workflow)} makes without the extension.
 *
 * <pre>{@code
 * @Test
 * void notifiesWhenTheJobFails(WorkflowRunner runner) {
 *   WorkflowRun run = runner
 *       .given("Run Glue Job", GlueMock.jobRunFails("Table not found"))
 *       .given("Notify Error Message", SnsMock.published())
 *       .run(Map.of());
 *   assertThat(run).failed().tookPath("Run Glue Job", "Notify Error Message", "Workflow Failure");
 * }
 * }</pre>
 *
 * <p>Like a Mockito mock, a runner is set up step by step and belongs to one test: each
 * {@code given} replaces the state's earlier mocks. Every {@link #run} starts the mocks afresh.
 * When the extension made the runner, each run counts towards the workflow coverage of the test
 * class.
 */
public final class WorkflowRunner {

  private final String name;
  private final Workflow workflow;
  private final LocalExecutor executor;
  private final Consumer<WorkflowRun> recorder;
  private final Map<String, String> tasks;
  private final Map<String, String> stateTypes;
  private final Map<String, List<TaskMock>> mocks = new LinkedHashMap<>();
  private TaskHandler fallback;
  private ExecutionOptions options = ExecutionOptions.defaults();
  private LocalExecutor withChildren;

  WorkflowRunner(String name, Workflow workflow, LocalExecutor executor,
      Consumer<WorkflowRun> recorder) {
    this.name = Objects.requireNonNull(name, "name");
    this.workflow = Objects.requireNonNull(workflow, "workflow");
    this.executor = executor;
    this.withChildren = executor;
    this.recorder = recorder;
    this.tasks = new LinkedHashMap<>();
    this.stateTypes = new LinkedHashMap<>();
    index(workflow, tasks, stateTypes);
  }

  /**
   * Makes a runner without the extension (its runs count towards no coverage).
   *
   * @param name the workflow's name in messages
   * @param workflow the workflow
   * @return the runner
   * @throws io.asl4j.local.LocalExecutionException if the executor cannot run the workflow
   */
  public static WorkflowRunner of(String name, Workflow workflow) {
    return new WorkflowRunner(name, workflow, LocalExecutor.compile(workflow), r -> { });
  }

  /**
   * Returns the workflow's name in messages and coverage reports.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the workflow.
   *
   * @return the workflow
   */
  public Workflow workflow() {
    return workflow;
  }

  /**
   * Sets what a Task state's invocations return, in call order; the last mock answers every
   * further invocation (as Mockito's {@code thenReturn(a, b)} repeats {@code b}).
   *
   * <pre>{@code runner.given("Charge", LambdaMock.tooManyRequests(), LambdaMock.returns(receipt))
   * // the first call fails, the retry and every later call succeed}</pre>
   *
   * @param state the Task state's name
   * @param first the first invocation's mock
   * @param then the following invocations' mocks
   * @return this runner
   * @throws IllegalArgumentException if the workflow has no Task state of that name (the message
   *     suggests the nearest Task state's name, or lists them), or a mock does not fit the
   *     state's integration; the message names the state and its resource
   */
  public WorkflowRunner given(String state, TaskMock first, TaskMock... then) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(first, "first");
    List<TaskMock> all = new ArrayList<>();
    all.add(first);
    all.addAll(Arrays.asList(then));
    String resource = taskResource(state);
    for (TaskMock m : all) {
      Objects.requireNonNull(m, "mock");
      m.refusal(resource).ifPresent(problem -> {
        throw new IllegalArgumentException(name + ": Task state \"" + state + "\" (" + resource
            + "): " + problem);
      });
    }
    mocks.put(state, List.copyOf(all));
    return this;
  }

  /**
   * Answers the Task states that have no {@code given} mock: typically
   * {@link io.asl4j.local.Mocks} read from a file in either mocks format.
   *
   * @param handler answers the other Task states
   * @return this runner
   */
  public WorkflowRunner otherwise(TaskHandler handler) {
    this.fallback = Objects.requireNonNull(handler, "handler");
    return this;
  }

  /**
   * Registers a child workflow that {@code states:startExecution} tasks run locally when their
   * {@code StateMachineArn} names it (see {@link LocalExecutor#withWorkflow}); its Task states
   * take mocks through {@link #given} too.
   *
   * @param nameOrArn the state machine's name or ARN
   * @param child the child workflow
   * @return this runner
   */
  public WorkflowRunner withChild(String nameOrArn, Workflow child) {
    withChildren = withChildren.withWorkflow(nameOrArn, child);
    index(child, tasks, stateTypes);
    return this;
  }

  /**
   * Sets the options of the runs: type, start time, seed, mocked S3 objects, ...
   *
   * @param value the options
   * @return this runner
   */
  public WorkflowRunner withOptions(ExecutionOptions value) {
    this.options = Objects.requireNonNull(value, "value");
    return this;
  }

  /**
   * Runs as a Standard or an Express workflow (Standard by default).
   *
   * @param type the workflow type
   * @return this runner
   */
  public WorkflowRunner withType(ExecutionType type) {
    this.options = options.withType(type);
    return this;
  }

  /**
   * Runs the workflow once.
   *
   * @param input the execution input (a JSON value: maps, lists, strings, numbers, booleans,
   *     {@code null})
   * @return the run
   * @throws IllegalStateException if a Task state is invoked that has no mock; the message names
   *     it
   */
  public WorkflowRun run(Object input) {
    ExecutionTrace trace = new ExecutionTrace();
    List<Invocation> calls = new ArrayList<>();
    Map<String, Integer> counts = new HashMap<>();
    TaskHandler handler = call -> answer(call, counts, calls);
    ExecutionResult result = withChildren.run(input, handler, options, trace);
    WorkflowRun run = new WorkflowRun(name, workflow, options.type(), result, trace, calls);
    recorder.accept(run);
    return run;
  }

  /**
   * Runs the workflow once with its input given as JSON text.
   *
   * @param json the execution input as JSON
   * @return the run
   * @throws IllegalArgumentException if the text is not JSON
   */
  public WorkflowRun runJson(String json) {
    return run(Json.parse(json));
  }

  private TaskResult answer(TaskCall call, Map<String, Integer> counts, List<Invocation> calls) {
    int n = counts.merge(call.stateName(), 1, Integer::sum);
    List<TaskMock> given = mocks.get(call.stateName());
    TaskResult r;
    if (given != null) {
      r = given.get(Math.min(n, given.size()) - 1).answer(call, n);
    } else if (fallback != null) {
      r = fallback.invoke(call);
    } else {
      throw new IllegalStateException(name + ": Task state \"" + call.stateName() + "\" ("
          + call.resource() + "): no mock for invocation #" + n + "; give one with given(\""
          + call.stateName() + "\", ...)" + suggestion(call.resource()));
    }
    calls.add(new Invocation(call.stateName(), call.resource(), call.input(), n, call.attempt(),
        r));
    return r;
  }

  private static String suggestion(String resource) {
    return MockedIntegration.of(resource).map(i -> " (a " + i.mockClass() + ")").orElse("");
  }

  /** The resource of a Task state, or an exception naming what the state is instead. */
  private String taskResource(String state) {
    String resource = tasks.get(state);
    if (resource != null) {
      return resource;
    }
    String type = stateTypes.get(state);
    if (type != null) {
      throw new IllegalArgumentException(name + ": state \"" + state + "\" is a " + type
          + " state; only Task states take mocks");
    }
    List<String> names = new ArrayList<>();
    for (String t : tasks.keySet()) {
      names.add("\"" + t + "\"");
    }
    String instead = Suggestions.nearest(state, tasks.keySet())
        .map(near -> "did you mean \"" + near + "\"?")
        .orElseGet(() -> "the Task states are " + (names.isEmpty() ? "none"
            : String.join(", ", names)));
    throw new IllegalArgumentException(name + ": no state \"" + state + "\" to mock; " + instead);
  }

  /** Every state of a graph and its nested graphs: Task states' resources, every state's type. */
  static void index(StateGraph graph, Map<String, String> tasks, Map<String, String> types) {
    for (Map.Entry<String, State> e : graph.states().entrySet()) {
      State s = e.getValue();
      types.put(e.getKey(), typeName(s));
      if (s instanceof TaskState t) {
        tasks.put(e.getKey(), t.resource());
      } else if (s instanceof ParallelState p) {
        p.branches().forEach(b -> index(b, tasks, types));
      } else if (s instanceof MapState m) {
        index(m.itemProcessor(), tasks, types);
      }
    }
  }

  private static String typeName(State s) {
    String simple = s.getClass().getSimpleName();
    return simple.endsWith("State") ? simple.substring(0, simple.length() - "State".length())
        : simple;
  }
}
