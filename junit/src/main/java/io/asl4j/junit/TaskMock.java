package io.asl4j.junit;

import io.asl4j.json.JsonDiff;
import io.asl4j.local.Json;
import io.asl4j.local.TaskCall;
import io.asl4j.local.TaskResult;
import io.asl4j.model.IntegrationPattern;
import io.asl4j.model.ResourceArn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What one invocation of a Task state returns in a test: a result in the shape AWS gives for the
 * state's integration and pattern, or a failure with the error name the service raises, optionally
 * after checking the input the task received. Made by the typed mock classes
 * ({@link LambdaMock}, {@link GlueMock}, ... one per integration) or, for any resource, by
 * {@link #returning}, {@link #failing}, {@link #timesOut()}; handed to
 * {@link WorkflowRunner#given(String, TaskMock, TaskMock...)}.
 *
 * <pre>{@code
 * runner.given("Run Glue Job", GlueMock.jobRunSucceeds()
 *     .expectingInput("{\"JobName\": \"GLUE_JOB_NAME\"}"))
 * }</pre>
 *
 * <p>A typed mock answers only its integration (and the actions and patterns it names): giving a
 * Glue mock to a Lambda task is refused at once, naming the state and its resource. Immutable.
 */
public final class TaskMock {

  private final MockedIntegration integration;
  private final String name;
  private final Set<String> actions;
  private final Set<IntegrationPattern> patterns;
  private final String patternReason;
  private final Function<Call, TaskResult> answer;
  private final List<Consumer<Call>> checks;
  private final Duration duration;
  private final Duration heartbeat;

  /**
   * One invocation as a mock sees it.
   *
   * @param call the invocation: state, resource, input, attempt
   * @param arn the resource as an integration ARN, when it is one
   * @param invocation the invocation's number for this state in this execution, from 1
   */
  record Call(TaskCall call, Optional<ResourceArn> arn, int invocation) {

    /** The integration pattern of the resource ({@code REQUEST_RESPONSE} for other ARNs). */
    IntegrationPattern pattern() {
      return IntegrationPattern.ofResource(call.resource());
    }

    /** A member of the task's input when the input is an object, else empty. */
    Optional<Object> inputMember(String member) {
      return call.input() instanceof java.util.Map<?, ?> m ? Optional.ofNullable(m.get(member))
          : Optional.empty();
    }

    /** A text member of the input, or the fallback. */
    String inputText(String member, String fallback) {
      return inputMember(member).filter(String.class::isInstance).map(String.class::cast)
          .orElse(fallback);
    }
  }

  private TaskMock(MockedIntegration integration, String name, Set<String> actions,
      Set<IntegrationPattern> patterns, String patternReason, Function<Call, TaskResult> answer,
      List<Consumer<Call>> checks, Duration duration, Duration heartbeat) {
    this.integration = integration;
    this.name = name;
    this.actions = actions;
    this.patterns = patterns;
    this.patternReason = patternReason;
    this.answer = answer;
    this.checks = checks;
    this.duration = duration;
    this.heartbeat = heartbeat;
  }

  /** A typed mock of an integration, for every action and pattern. */
  static TaskMock of(MockedIntegration integration, String name, Function<Call, TaskResult> answer) {
    return new TaskMock(integration, name, Set.of(), Set.of(), "", answer, List.of(), null, null);
  }

  /** This mock for some actions of its service only. */
  TaskMock onlyActions(String... names) {
    return new TaskMock(integration, name, Set.of(names), patterns, patternReason, answer, checks,
        duration, heartbeat);
  }

  /** This mock for some integration patterns only, with why (for the refusal). */
  TaskMock onlyPatterns(String reason, IntegrationPattern first, IntegrationPattern... rest) {
    return new TaskMock(integration, name, actions, EnumSet.of(first, rest), reason, answer,
        checks, duration, heartbeat);
  }

  /**
   * Returns a result as it is, whatever the Task's resource: for resources no typed mock knows
   * (another service, a placeholder) or a result shaped by hand.
   *
   * @param result the raw task result (a JSON value: maps, lists, strings, numbers, booleans,
   *     {@code null}), before ResultSelector and ResultPath
   * @return the mock
   */
  public static TaskMock returning(Object result) {
    Object copy = Json.parse(Json.write(result));
    return new TaskMock(null, "TaskMock.returning(..)", Set.of(), Set.of(), "",
        c -> TaskResult.success(copy), List.of(), null, null);
  }

  /**
   * Returns a result given as JSON text, whatever the Task's resource.
   *
   * @param json the raw task result as JSON
   * @return the mock
   * @throws IllegalArgumentException if the text is not JSON
   */
  public static TaskMock returningJson(String json) {
    return returning(Json.parse(json));
  }

  /**
   * Fails with an error and cause, whatever the Task's resource.
   *
   * @param error the error name, e.g. {@code States.TaskFailed}
   * @param cause the cause
   * @return the mock
   */
  public static TaskMock failing(String error, String cause) {
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(cause, "cause");
    return new TaskMock(null, "TaskMock.failing(\"" + error + "\", ..)", Set.of(), Set.of(), "",
        c -> TaskResult.failure(Optional.of(error), Optional.of(cause)), List.of(), null, null);
  }

  /**
   * Fails as a task that ran past its {@code TimeoutSeconds}: {@code States.Timeout}, without a
   * cause, as AWS reports {@code TaskTimedOut}. (To time out on the virtual clock instead, give a
   * result {@link #taking(Duration)} longer than the timeout.)
   *
   * @return the mock
   */
  public static TaskMock timesOut() {
    return new TaskMock(null, "TaskMock.timesOut()", Set.of(), Set.of(), "",
        c -> TaskResult.failure(Optional.of("States.Timeout"), Optional.empty()), List.of(), null,
        null);
  }

  /**
   * Fails as a task whose worker missed its heartbeat: {@code States.HeartbeatTimeout}.
   *
   * @return the mock
   */
  public static TaskMock heartbeatTimesOut() {
    return new TaskMock(null, "TaskMock.heartbeatTimesOut()", Set.of(), Set.of(), "",
        c -> TaskResult.failure(Optional.of("States.HeartbeatTimeout"), Optional.empty()),
        List.of(), null, null);
  }

  /**
   * Checks that the task received exactly this input, compared as JSON trees (object members in
   * any order, numbers by their text): otherwise the run stops with an {@link AssertionError}
   * naming the state, the invocation and the first difference.
   *
   * @param json the expected input as JSON text
   * @return a copy of this mock with the check
   * @throws IllegalArgumentException if the text is not JSON
   */
  public TaskMock expectingInput(String json) {
    Objects.requireNonNull(json, "json");
    Json.parse(json); // refuse bad JSON now, not in the middle of a run
    return checking(c -> {
      String actual = Json.write(c.call().input());
      JsonDiff.firstDifference(json, actual).ifPresent(d -> {
        throw new AssertionError(where(c) + "unexpected input: " + d + "\n  input: " + actual);
      });
    });
  }

  /**
   * Checks that the task received this input (a JSON value: maps, lists, strings, numbers,
   * booleans, {@code null}), compared as JSON.
   *
   * @param value the expected input
   * @return a copy of this mock with the check
   */
  public TaskMock expectingInputValue(Object value) {
    return expectingInput(Json.write(value));
  }

  /**
   * Runs a check on the input the task received, typically AssertJ assertions; an
   * {@link AssertionError} it throws stops the run and is reported with the state and invocation.
   *
   * <pre>{@code LambdaMock.returns(Map.of("ok", true)).checkingInput(input ->
   *     assertThat(input).asInstanceOf(MAP).containsKey("orderId"))}</pre>
   *
   * @param check given the input (a JSON value)
   * @return a copy of this mock with the check
   */
  public TaskMock checkingInput(Consumer<Object> check) {
    Objects.requireNonNull(check, "check");
    return checking(c -> {
      try {
        check.accept(c.call().input());
      } catch (AssertionError e) {
        AssertionError wrapped = new AssertionError(where(c) + e.getMessage()
            + "\n  input: " + Json.write(c.call().input()));
        wrapped.initCause(e);
        throw wrapped;
      }
    });
  }

  private TaskMock checking(Consumer<Call> check) {
    List<Consumer<Call>> all = new ArrayList<>(checks);
    all.add(check);
    return new TaskMock(integration, name, actions, patterns, patternReason, answer, List.copyOf(all),
        duration, heartbeat);
  }

  /**
   * Says how long the call runs on the virtual clock: past the state's {@code TimeoutSeconds} it
   * times out with {@code States.Timeout}, as on AWS (see {@link TaskResult#taking(Duration)}).
   *
   * @param time how long the call runs
   * @return a copy of this mock that takes that long
   */
  public TaskMock taking(Duration time) {
    Objects.requireNonNull(time, "time");
    return new TaskMock(integration, name, actions, patterns, patternReason, answer, checks, time,
        heartbeat);
  }

  /**
   * Says that the worker sends heartbeats at this interval while the call runs (activities and
   * {@code .waitForTaskToken} tasks with {@code HeartbeatSeconds}).
   *
   * @param interval the time between heartbeats
   * @return a copy of this mock that sends heartbeats
   */
  public TaskMock heartbeatEvery(Duration interval) {
    Objects.requireNonNull(interval, "interval");
    return new TaskMock(integration, name, actions, patterns, patternReason, answer, checks,
        duration, interval);
  }

  /**
   * Returns the integration this mock answers.
   *
   * @return the integration, or empty for a mock that answers any resource
   */
  public Optional<MockedIntegration> integration() {
    return Optional.ofNullable(integration);
  }

  /**
   * Returns how the mock was made, for messages.
   *
   * @return e.g. {@code GlueMock.jobRunSucceeds()}
   */
  public String name() {
    return name;
  }

  /**
   * Tells why this mock cannot answer a Task state's resource, if it cannot.
   *
   * @param resource the state's {@code Resource}
   * @return the reason ({@code <mock> mocks Glue and the state calls a Lambda function; use
   *     LambdaMock}), or empty when the mock fits
   */
  Optional<String> refusal(String resource) {
    if (integration == null) {
      return Optional.empty();
    }
    Optional<MockedIntegration> called = MockedIntegration.of(resource);
    if (called.isEmpty() || called.get() != integration) {
      String use = called.map(i -> "use " + i.mockClass())
          .orElse("no typed mock knows it; use TaskMock.returning(..) or TaskMock.failing(..)");
      return Optional.of(name + " mocks " + integration.title() + " and the state calls "
          + MockedIntegration.describe(resource) + "; " + use);
    }
    Optional<ResourceArn> arn = ResourceArn.parse(resource);
    if (!actions.isEmpty() && (arn.isEmpty() || !actions.contains(arn.get().action()))) {
      return Optional.of(name + " answers " + actionsText() + " and the state calls "
          + MockedIntegration.describe(resource) + "; use another " + integration.mockClass()
          + " method");
    }
    IntegrationPattern pattern = IntegrationPattern.ofResource(resource);
    if (!patterns.isEmpty() && !patterns.contains(pattern)) {
      return Optional.of(name + " answers " + patternsText() + " only (" + patternReason
          + ") and the state calls " + MockedIntegration.describe(resource));
    }
    return Optional.empty();
  }

  private String actionsText() {
    List<String> sorted = new ArrayList<>(actions);
    java.util.Collections.sort(sorted);
    List<String> out = new ArrayList<>();
    for (String a : sorted) {
      out.add(serviceOf(integration) + ":" + a);
    }
    return String.join(", ", out);
  }

  private String patternsText() {
    List<String> out = new ArrayList<>();
    for (IntegrationPattern p : patterns) {
      out.add(p == IntegrationPattern.REQUEST_RESPONSE ? "request-response" : p.suffix());
    }
    return String.join(" and ", out);
  }

  private static String serviceOf(MockedIntegration i) {
    return switch (i) {
      case API_GATEWAY -> "apigateway";
      case STEP_FUNCTIONS -> "states";
      case EVENTBRIDGE -> "events";
      default -> i.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /**
   * Answers one invocation: runs the input checks, then makes the result.
   *
   * @param call the invocation
   * @param invocation its number for the state in this execution, from 1
   * @return the result or failure, timed as {@link #taking} said
   */
  TaskResult answer(TaskCall call, int invocation) {
    Call c = new Call(call, ResourceArn.parse(call.resource()), invocation);
    for (Consumer<Call> check : checks) {
      check.accept(c);
    }
    TaskResult r = answer.apply(c);
    if (duration != null) {
      r = r.taking(duration);
    }
    if (heartbeat != null) {
      r = r.heartbeatEvery(heartbeat);
    }
    return r;
  }

  private static String where(Call c) {
    return "Task state \"" + c.call().stateName() + "\", invocation #" + c.invocation() + ": ";
  }

  @Override
  public String toString() {
    return name;
  }
}
