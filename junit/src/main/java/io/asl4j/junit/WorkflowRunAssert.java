package io.asl4j.junit;

import io.asl4j.json.JsonDiff;
import io.asl4j.local.ExecutionCost;
import io.asl4j.local.ExecutionStatus;
import io.asl4j.local.Json;
import io.asl4j.local.Pricing;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link WorkflowRun}, in AssertJ's style: each returns this object, so that
 * they chain. A failing assertion says what was expected, what happened, and the path the
 * execution took; a path assertion also says where the execution left the expected path.
 *
 * <pre>
 * expected the path Run Glue Job -&gt; Fetch Data -&gt; SNS Notify
 * but the execution took Run Glue Job -&gt; Notify Error Message -&gt; Workflow Failure
 * it left the expected path after "Run Glue Job": it entered "Notify Error Message" where "Fetch
 * Data" was expected
 * outcome: FAILED with error (none): (no cause)
 * </pre>
 */
public final class WorkflowRunAssert extends AbstractAssert<WorkflowRunAssert, WorkflowRun> {

  WorkflowRunAssert(WorkflowRun actual) {
    super(actual, WorkflowRunAssert.class);
  }

  /**
   * The failure, made by AssertJ so that {@code as(..)} prefixes its description and
   * {@code withFailMessage(..)} replaces the message, as with AssertJ's own assertions.
   */
  private AssertionError fail(String expected, String but) {
    return failure(formatSafe(message(expected, but)));
  }

  /** The failure with the values compared, which IDEs show as a difference. */
  private AssertionError fail(String expected, String but, Object expectedValue,
      Object actualValue) {
    return failureWithActualExpected(actualValue, expectedValue,
        formatSafe(message(expected, but)));
  }

  private String message(String expected, String but) {
    return actual.workflowName() + ": expected " + expected + "\nbut " + but + "\npath: "
        + path(actual.path()) + "\noutcome: " + outcome();
  }

  /**
   * A finished message as a format: AssertJ formats messages with {@code String.format}, which a
   * {@code %} in an output or a state name would otherwise break.
   */
  private static String formatSafe(String message) {
    return message.replace("%", "%%");
  }

  private String outcome() {
    var r = actual.result();
    if (r.status() == ExecutionStatus.SUCCEEDED) {
      return "SUCCEEDED with output " + r.outputJson().orElse("null");
    }
    String last = actual.path().isEmpty() ? "" : " in \"" + actual.path()
        .get(actual.path().size() - 1) + "\"";
    return r.status() + last + " with error " + r.error().orElse("(none)") + ": "
        + r.cause().orElse("(no cause)");
  }

  private static String path(List<String> states) {
    return states.isEmpty() ? "(no state)" : String.join(" -> ", states);
  }

  /**
   * Checks that the execution succeeded.
   *
   * @return this
   */
  public WorkflowRunAssert succeeded() {
    isNotNull();
    if (actual.status() != ExecutionStatus.SUCCEEDED) {
      throw fail("the execution to succeed", "it " + outcome());
    }
    return this;
  }

  /**
   * Checks that the execution failed (not timed out), with any error.
   *
   * @return this
   */
  public WorkflowRunAssert failed() {
    isNotNull();
    if (actual.status() != ExecutionStatus.FAILED) {
      throw fail("the execution to fail", "it " + outcome());
    }
    return this;
  }

  /**
   * Checks that the execution timed out (the workflow's {@code TimeoutSeconds}).
   *
   * @return this
   */
  public WorkflowRunAssert timedOut() {
    isNotNull();
    if (actual.status() != ExecutionStatus.TIMED_OUT) {
      throw fail("the execution to time out", "it " + outcome());
    }
    return this;
  }

  /**
   * Checks that the execution failed with an error.
   *
   * @param error the error name, e.g. {@code States.Runtime}
   * @return this
   */
  public WorkflowRunAssert failedWith(String error) {
    failed();
    Optional<String> e = actual.result().error();
    if (!e.equals(Optional.of(error))) {
      throw fail("the error " + error, "the error was " + e.orElse("(none)"));
    }
    return this;
  }

  /**
   * Checks that the execution failed with an error and cause.
   *
   * @param error the error name
   * @param cause the cause, exactly
   * @return this
   */
  public WorkflowRunAssert failedWith(String error, String cause) {
    failedWith(error);
    Optional<String> c = actual.result().cause();
    if (!c.equals(Optional.of(cause))) {
      throw fail("the cause " + cause, "the cause was " + c.orElse("(none)"));
    }
    return this;
  }

  /**
   * Checks that the execution failed without an error name or cause (a Fail state with
   * neither).
   *
   * @return this
   */
  public WorkflowRunAssert failedWithoutError() {
    failed();
    if (actual.result().error().isPresent() || actual.result().cause().isPresent()) {
      throw fail("no error and no cause", "there was " + outcome());
    }
    return this;
  }

  /**
   * Checks that the execution failed with a cause containing a text.
   *
   * @param text the text
   * @return this
   */
  public WorkflowRunAssert hasCauseContaining(String text) {
    isNotNull();
    Optional<String> c = actual.result().cause();
    if (c.isEmpty() || !c.get().contains(text)) {
      throw fail("a cause containing " + text, "the cause was " + c.orElse("(none)"));
    }
    return this;
  }

  /**
   * Checks the execution's output, compared as JSON trees (object members in any order, numbers
   * by their text); the message gives the first difference as a JSON pointer.
   *
   * @param json the expected output as JSON
   * @return this
   */
  public WorkflowRunAssert hasOutput(String json) {
    succeeded();
    String out = actual.result().outputJson().orElse("null");
    Optional<JsonDiff.Difference> d = JsonDiff.firstDifference(json, out);
    if (d.isPresent()) {
      // pretty-printed both sides, so that an IDE's comparison shows the difference line by line
      throw fail("the output " + json, "the output differs at " + d.get(),
          Json.writePretty(Json.parse(json)), Json.writePretty(Json.parse(out)));
    }
    return this;
  }

  /**
   * Checks the execution's output as a JSON value (maps, lists, strings, numbers, booleans,
   * {@code null}).
   *
   * @param value the expected output
   * @return this
   */
  public WorkflowRunAssert hasOutputValue(Object value) {
    return hasOutput(Json.write(value));
  }

  /**
   * Checks the states the execution entered, in order, exactly; the message says where the
   * execution left the expected path.
   *
   * @param states the expected path
   * @return this
   */
  public WorkflowRunAssert tookPath(String... states) {
    isNotNull();
    List<String> expected = Arrays.asList(states);
    List<String> took = actual.path();
    if (took.equals(expected)) {
      return this;
    }
    int i = 0;
    while (i < took.size() && i < expected.size() && took.get(i).equals(expected.get(i))) {
      i++;
    }
    String after = i == 0 ? "at the start" : "after \"" + took.get(i - 1) + "\"";
    String left;
    if (i < took.size() && i < expected.size()) {
      left = after + ": it entered \"" + took.get(i) + "\" where \"" + expected.get(i)
          + "\" was expected";
    } else if (i < expected.size()) {
      left = after + ": it entered no more states where \"" + expected.get(i)
          + "\" was expected";
    } else {
      left = after + ": it went on to \"" + took.get(i) + "\" where the expected path ends";
    }
    throw fail("the path " + path(expected), "the execution took " + path(took)
        + "\nit left the expected path " + left);
  }

  /**
   * Checks that the execution entered each of these states at least once.
   *
   * @param states the states
   * @return this
   */
  public WorkflowRunAssert entered(String... states) {
    isNotNull();
    List<String> missing = new ArrayList<>();
    for (String s : states) {
      if (!actual.path().contains(s)) {
        missing.add("\"" + s + "\"");
      }
    }
    if (!missing.isEmpty()) {
      throw fail("the execution to enter " + String.join(", ", missing), "it did not");
    }
    return this;
  }

  /**
   * Checks that the execution entered none of these states.
   *
   * @param states the states
   * @return this
   */
  public WorkflowRunAssert didNotEnter(String... states) {
    isNotNull();
    for (String s : states) {
      if (actual.path().contains(s)) {
        throw fail("the execution not to enter \"" + s + "\"", "it did");
      }
    }
    return this;
  }

  /**
   * Checks that the execution went from one state directly to another at least once.
   *
   * @param from the state left
   * @param to the state entered next
   * @return this
   */
  public WorkflowRunAssert tookTransition(String from, String to) {
    isNotNull();
    for (ExecutionTrace.Transition t : actual.trace().transitions()) {
      if (t.state().equals(from) && t.target().equals(to)) {
        return this;
      }
    }
    List<String> fromThere = new ArrayList<>();
    for (ExecutionTrace.Transition t : actual.trace().transitions()) {
      if (t.state().equals(from)) {
        fromThere.add(t.toString());
      }
    }
    throw fail("the transition \"" + from + "\" -> \"" + to + "\"", fromThere.isEmpty()
        ? "the execution never left \"" + from + "\" for another state"
        : "from \"" + from + "\" it took " + String.join(", ", fromThere));
  }

  /**
   * Checks how many times a Task state's resource was invoked (retries count).
   *
   * @param state the Task state
   * @param times the number of invocations
   * @return this
   */
  public WorkflowRunAssert invokedTimes(String state, int times) {
    isNotNull();
    int n = actual.invocations(state).size();
    if (n != times) {
      throw fail("\"" + state + "\" to be invoked " + times(times), "it was invoked "
          + times(n));
    }
    return this;
  }

  private static String times(int n) {
    return n == 1 ? "once" : n + " times";
  }

  /**
   * Checks the input of a Task state's first invocation, compared as JSON.
   *
   * @param state the Task state
   * @param json the expected input as JSON
   * @return this
   */
  public WorkflowRunAssert invokedWithInput(String state, String json) {
    return invokedWithInput(state, 1, json);
  }

  /**
   * Checks the input of one invocation of a Task state, compared as JSON.
   *
   * @param state the Task state
   * @param invocation the invocation's number, from 1
   * @param json the expected input as JSON
   * @return this
   */
  public WorkflowRunAssert invokedWithInput(String state, int invocation, String json) {
    isNotNull();
    List<Invocation> calls = actual.invocations(state);
    if (invocation < 1 || invocation > calls.size()) {
      throw fail("invocation #" + invocation + " of \"" + state + "\"", "it was invoked "
          + times(calls.size()));
    }
    String input = Json.write(calls.get(invocation - 1).input());
    Optional<JsonDiff.Difference> d = JsonDiff.firstDifference(json, input);
    if (d.isPresent()) {
      throw fail("invocation #" + invocation + " of \"" + state + "\" to receive " + json,
          "it received " + input + "\nfirst difference: " + d.get(),
          Json.writePretty(Json.parse(json)),
          Json.writePretty(calls.get(invocation - 1).input()));
    }
    return this;
  }

  /**
   * Checks how many times a state was retried (Retry policies answering its failures).
   *
   * @param state the state
   * @param times the number of retries
   * @return this
   */
  public WorkflowRunAssert retried(String state, int times) {
    isNotNull();
    long n = actual.trace().retries().stream().filter(r -> r.state().equals(state)).count();
    if (n != times) {
      throw fail("\"" + state + "\" to be retried " + times(times), "it was retried "
          + times((int) n));
    }
    return this;
  }

  /**
   * Checks the number of state transitions: states entered, as the execution's history counts
   * them.
   *
   * @param transitions the number
   * @return this
   */
  public WorkflowRunAssert hasStateTransitions(long transitions) {
    isNotNull();
    long n = actual.result().transitions();
    if (n != transitions) {
      throw fail(transitions + " state transitions", "it took " + n);
    }
    return this;
  }

  /**
   * Checks the state transitions AWS bills a Standard execution for: the states entered plus one
   * for each retry (see {@link ExecutionTrace#billedTransitions()}).
   *
   * @param transitions the number
   * @return this
   */
  public WorkflowRunAssert hasBilledTransitions(long transitions) {
    isNotNull();
    long n = actual.trace().billedTransitions();
    if (n != transitions) {
      int retries = actual.trace().retries().size();
      throw fail(transitions + " billed state transitions", "it was billed " + n + " ("
          + actual.result().transitions() + " states entered, " + retries
          + (retries == 1 ? " retry)" : " retries)"));
    }
    return this;
  }

  /**
   * Checks that one execution costs at most an amount at AWS's published US East prices
   * ({@link Pricing#usEast1()}), as the workflow type it ran as.
   *
   * @param usd the amount in US dollars, e.g. {@code "0.0001"}
   * @return this
   */
  public WorkflowRunAssert costsAtMost(String usd) {
    return costsAtMost(new BigDecimal(usd), Pricing.usEast1());
  }

  /**
   * Checks that one execution costs at most an amount at given prices.
   *
   * @param usd the amount in US dollars
   * @param pricing the prices
   * @return this
   */
  public WorkflowRunAssert costsAtMost(BigDecimal usd, Pricing pricing) {
    isNotNull();
    Objects.requireNonNull(usd, "usd");
    ExecutionCost cost = actual.cost(pricing);
    if (cost.perExecution().compareTo(usd) > 0) {
      throw fail("one execution to cost at most " + ExecutionCost.usd(usd), "it costs "
          + ExecutionCost.usd(cost.perExecution()) + " (" + cost.billedTransitions()
          + " billed state transitions, " + actual.type() + ", " + pricing.region() + ")");
    }
    return this;
  }
}
