package io.asl4j.validation;

import static io.asl4j.validation.DiagnosticCode.CATCH_REPLACES_INPUT;
import static io.asl4j.validation.DiagnosticCode.MISSING_FIELD;
import static io.asl4j.validation.DiagnosticCode.OUT_OF_RANGE;
import static io.asl4j.validation.DiagnosticCode.STATES_ALL_NOT_LAST;
import static io.asl4j.validation.DiagnosticCode.UNKNOWN_STATES_ERROR;

import io.asl4j.model.Catcher;
import io.asl4j.model.HasErrorHandling;
import io.asl4j.model.JsonPath;
import io.asl4j.model.Limit;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.Retrier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of Retry and Catch: retrier ranges, ErrorEquals lists ({@code States.ALL} alone and
 * last, error names Step Functions or a Fail state can raise), and catcher fields.
 */
final class ErrorHandlingRules extends RuleGroup {

  /** Error names Step Functions defines; custom ones may not start with {@code States.}. */
  private static final Set<String> STATES_ERRORS = Set.of("States.ALL", "States.Timeout",
      "States.HeartbeatTimeout", "States.TaskFailed", "States.Permissions",
      "States.ResultPathMatchFailure", "States.ParameterPathFailure",
      "States.QueryEvaluationError", "States.BranchFailed", "States.NoChoiceMatched",
      "States.IntrinsicFailure", "States.ExceedToleratedFailureThreshold",
      "States.ItemReaderFailed", "States.ResultWriterFailed", "States.DataLimitExceeded",
      "States.Runtime", "States.Http.Socket");

  /**
   * Unknown States.* names in ErrorEquals, {name, location}: checked once all Fail states are
   * known.
   */
  private final List<String[]> unknownErrors = new ArrayList<>();
  /** Error names Fail states raise. */
  private final Set<String> raised = new HashSet<>();

  ErrorHandlingRules(ValidationRun run) {
    super(run);
  }

  void errorHandling(HasErrorHandling s, StateFields f, List<Edge> edges) {
    List<Retrier> retry = s.retry().orElse(List.of());
    for (int i = 0; i < retry.size(); i++) {
      Retrier r = retry.get(i);
      Loc rp = f.loc.at("Retry").at(i);
      errorEquals(r.errorEquals(), rp, i == retry.size() - 1, "retrier");
      if (r.intervalSeconds().isPresent()) {
        run.limit(r.intervalSeconds().get(), rp.at("IntervalSeconds"), Limit.INTERVAL_SECONDS);
      }
      if (r.maxAttempts().isPresent()) {
        run.limit(r.maxAttempts().get(), rp.at("MaxAttempts"), Limit.MAX_ATTEMPTS);
      }
      if (r.maxDelaySeconds().isPresent()) {
        run.limit(r.maxDelaySeconds().get(), rp.at("MaxDelaySeconds"), Limit.MAX_DELAY_SECONDS);
      }
      if (r.backoffRate().isPresent()) {
        run.limit(r.backoffRate().get(), rp.at("BackoffRate"), Limit.BACKOFF_RATE);
      }
    }
    List<Catcher> catchers = s.catchers().orElse(List.of());
    for (int i = 0; i < catchers.size(); i++) {
      Catcher c = catchers.get(i);
      Loc cp = f.loc.at("Catch").at(i);
      edges.add(new Edge("Catch", i, c.next(), VariableFlow.assigned(c.assign())));
      errorEquals(c.errorEquals(), cp, i == catchers.size() - 1, "catcher");
      if (c.resultPath().isPresent()) {
        f.jsonPathOnlyAt("ResultPath", cp.at("ResultPath"));
        if (c.resultPath().get() instanceof JsonPath jp) {
          run.expressions.resultPathText(jp.text(), cp.at("ResultPath"));
        }
      }
      if (c.output().isPresent()) {
        f.jsonataOnlyAt("Output", cp.at("Output"));
        run.expressions.jsonata(c.output().get(), cp.at("Output"));
      }
      f.assign(c.assign(), cp.at("Assign"));
      if (f.ql == QueryLanguage.JSONPATH && c.resultPath().isEmpty()) {
        report(CATCH_REPLACES_INPUT, cp.toString(),
            "without \"ResultPath\", the error output replaces"
            + " the state's whole input when this catcher fires; set ResultPath (e.g."
            + " \"$.error\") to keep the input");
      }
    }
  }

  private void errorEquals(List<String> errors, Loc at, boolean last, String what) {
    if (errors.isEmpty()) {
      report(MISSING_FIELD, at + "/ErrorEquals", "ErrorEquals is empty; a non-empty list of"
          + " error names is required");
    }
    for (int i = 0; i < errors.size(); i++) {
      String e = errors.get(i);
      if (e.equals("States.ALL") && (errors.size() > 1 || !last)) {
        report(STATES_ALL_NOT_LAST, at + "/ErrorEquals/" + i, "\"States.ALL\" must be alone"
            + " in the last " + what);
      } else if (!e.startsWith("States.") && e.regionMatches(true, 0, "States.", 0, 7)) {
        report(UNKNOWN_STATES_ERROR, at + "/ErrorEquals/" + i, "error names are matched"
            + " case-sensitively; \"" + e + "\" never matches Step Functions' \"States."
            + e.substring(7) + "\"-style names");
      } else if (e.startsWith("States.") && !STATES_ERRORS.contains(e)
          && !e.startsWith("States.Http.StatusCode.")) {
        unknownErrors.add(new String[] {e, at + "/ErrorEquals/" + i});
      }
    }
  }

  /** Notes the error a Fail state raises, warning when it takes a name Step Functions reserves. */
  void raises(String error, String at) {
    raised.add(error);
    if (error.startsWith("States.") && !STATES_ERRORS.contains(error)) {
      report(UNKNOWN_STATES_ERROR, at, "custom error names should not start"
          + " with \"States.\", which Step Functions reserves for its own errors");
    }
  }

  /** Warns about unknown {@code States.*} names that no Fail state raises either. */
  void unknownStatesErrors() {
    for (String[] e : unknownErrors) {
      if (!raised.contains(e[0])) {
        report(UNKNOWN_STATES_ERROR, e[1], "neither Step Functions nor a Fail state here"
            + " raises \"" + e[0] + "\", so this never matches; custom error names should not"
            + " start with \"States.\"");
      }
    }
  }
}
