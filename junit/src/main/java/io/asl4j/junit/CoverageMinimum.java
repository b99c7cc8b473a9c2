package io.asl4j.junit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The least workflow coverage a test class must reach, in percent of states, transitions and
 * Retry policies; below it, the class fails with a message naming what no test exercised.
 *
 * @param states the least share of states entered
 * @param transitions the least share of transitions taken
 * @param retries the least share of Retry policies used
 */
public record CoverageMinimum(double states, double transitions, double retries) {

  /** No minimum. */
  public static final CoverageMinimum NONE = new CoverageMinimum(0, 0, 0);

  /**
   * Checks the percentages.
   *
   * @param states 0 to 100
   * @param transitions 0 to 100
   * @param retries 0 to 100
   * @throws IllegalArgumentException for a value outside 0 to 100
   */
  public CoverageMinimum {
    check("states", states);
    check("transitions", transitions);
    check("retries", retries);
  }

  private static void check(String what, double v) {
    if (!(v >= 0 && v <= 100)) {
      throw new IllegalArgumentException("the minimum coverage of " + what
          + " is a percentage from 0 to 100, got " + v);
    }
  }

  /**
   * Tells what falls short of this minimum, if anything.
   *
   * @param where names the test class (or run) in the message
   * @param coverage the coverage reached
   * @return the message, or empty when the minimum is met
   */
  public Optional<String> shortfall(String where, WorkflowCoverage coverage) {
    List<String> below = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    if (coverage.states().percent() < states) {
      below.add("states " + coverage.states() + ", at least " + WorkflowCoverage.format(states)
          + "% required");
      for (String s : coverage.uncoveredStates()) {
        missing.add("state \"" + s + "\"");
      }
    }
    if (coverage.transitions().percent() < transitions) {
      below.add("transitions " + coverage.transitions() + ", at least "
          + WorkflowCoverage.format(transitions) + "% required");
      for (WorkflowCoverage.Edge e : coverage.uncoveredTransitions()) {
        missing.add("transition " + e);
      }
    }
    if (coverage.retries().percent() < retries) {
      below.add("retries " + coverage.retries() + ", at least " + WorkflowCoverage.format(retries)
          + "% required");
      for (WorkflowCoverage.Policy p : coverage.uncoveredRetries()) {
        missing.add("retry " + p);
      }
    }
    if (below.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(where + ": workflow coverage of " + coverage.name()
        + " is below the minimum: " + String.join("; ", below) + "; no test exercised "
        + String.join(", ", missing));
  }
}
