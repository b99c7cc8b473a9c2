package io.asl4j.validation;

import static io.asl4j.validation.DiagnosticCode.INVALID_TIMESTAMP;
import static io.asl4j.validation.DiagnosticCode.MISSING_FIELD;
import static io.asl4j.validation.DiagnosticCode.QUERY_LANGUAGE_DOWNGRADE;
import static io.asl4j.validation.DiagnosticCode.UNKNOWN_STATE_TYPE;

import io.asl4j.model.Branch;
import io.asl4j.model.ChoiceState;
import io.asl4j.model.DynamicString;
import io.asl4j.model.FailState;
import io.asl4j.model.HasTransition;
import io.asl4j.model.JsonString;
import io.asl4j.model.Limit;
import io.asl4j.model.MapState;
import io.asl4j.model.ParallelState;
import io.asl4j.model.PassState;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.RawState;
import io.asl4j.model.State;
import io.asl4j.model.SucceedState;
import io.asl4j.model.TaskState;
import io.asl4j.model.Transition;
import io.asl4j.model.WaitState;
import io.asl4j.model.WaitTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of one state: its type, its query language, and the fields of Pass, Wait, Succeed,
 * Fail and Parallel states; Task, Choice and Map states and error handling have rule groups of
 * their own.
 */
final class StateRules extends RuleGroup {

  private static final Pattern OFFSET = Pattern.compile(".*[+-]\\d{2}:\\d{2}");

  StateRules(ValidationRun run) {
    super(run);
  }

  /** Checks a state and adds its transitions to {@code edges}. */
  void state(State s, Loc at, QueryLanguage inherited, QueryLanguage topLanguage,
      List<Edge> edges) {
    if (s instanceof RawState raw) {
      report(UNKNOWN_STATE_TYPE, at + "/Type", "unknown state type \"" + raw.declaredType()
          + "\"; expected one of Task, Pass, Choice, Wait, Succeed, Fail, Parallel, Map");
      return;
    }
    QueryLanguage ql = s.queryLanguage().orElse(inherited);
    if (topLanguage == QueryLanguage.JSONATA
        && s.queryLanguage().orElse(null) == QueryLanguage.JSONPATH) {
      report(QUERY_LANGUAGE_DOWNGRADE, at + "/QueryLanguage", "\"QueryLanguage\" can not be"
          + " \"JSONPath\" in a workflow whose QueryLanguage is \"JSONata\"");
    }
    StateFields f = new StateFields(run, at, ql);
    ExpressionRules x = run.expressions;
    Set<String> assigns = VariableFlow.assigned(VariableFlow.stateAssign(s));
    if (run.variables.flow != null && !assigns.isEmpty()) {
      run.variables.flow.declared.addAll(assigns);
    }
    placeholders(s.comment(), at, "Comment");
    if (s instanceof HasTransition h && h.transition() instanceof Transition.Next n) {
      edges.add(new Edge("Next", n.state(), assigns));
    }
    if (s instanceof TaskState t) {
      run.tasks.task(t, f);
      run.errorHandling.errorHandling(t, f, edges);
    } else if (s instanceof PassState p) {
      f.ioPaths(p.inputPath(), p.outputPath());
      f.jsonPathOnly("Parameters", p.parameters());
      p.parameters().ifPresent(v -> x.template(v, f.loc.at("Parameters")));
      f.jsonPathOnly("Result", p.result());
      f.resultPath(p.resultPath());
      f.output(p.output());
      f.assign(p.assign());
    } else if (s instanceof ChoiceState c) {
      run.choices.choice(c, f, edges);
    } else if (s instanceof WaitState w) {
      f.ioPaths(w.inputPath(), w.outputPath());
      if (w.time() instanceof WaitTime.Seconds secs) {
        f.number(secs.seconds(), Limit.WAIT_SECONDS);
      } else {
        DynamicString ts = ((WaitTime.Timestamp) w.time()).timestamp();
        f.string(ts, "Timestamp", false);
        if (ts instanceof JsonString str && !isTimestamp(str.value())) {
          report(INVALID_TIMESTAMP, at + "/Timestamp", "\"" + str.value() + "\" is not an RFC"
              + " 3339 timestamp such as 2026-01-01T00:00:00Z");
        }
      }
      f.output(w.output());
      f.assign(w.assign());
    } else if (s instanceof SucceedState sc) {
      f.ioPaths(sc.inputPath(), sc.outputPath());
      f.output(sc.output());
    } else if (s instanceof FailState fail) {
      fail.error().ifPresent(e -> f.string(e, "Error", true));
      fail.cause().ifPresent(c -> f.string(c, "Cause", true));
      if (fail.error().orElse(null) instanceof JsonString e) {
        run.maxLength(e.value(), at + "/Error", "Error", 256);
        run.errorHandling.raises(e.value(), at + "/Error");
      }
      if (fail.cause().orElse(null) instanceof JsonString c) {
        run.maxLength(c.value(), at + "/Cause", "Cause", 32_768);
      }
    } else if (s instanceof ParallelState p) {
      f.ioPaths(p.inputPath(), p.outputPath());
      f.jsonPathOnly("Parameters", p.parameters());
      p.parameters().ifPresent(v -> x.template(v, f.loc.at("Parameters")));
      f.arguments(p.arguments());
      f.resultSelector(p.resultSelector());
      f.resultPath(p.resultPath());
      f.output(p.output());
      f.assign(p.assign());
      run.errorHandling.errorHandling(p, f, edges);
      if (p.branches().isEmpty()) {
        report(MISSING_FIELD, at + "/Branches", "a Parallel state needs at least one branch");
      }
      for (int i = 0; i < p.branches().size(); i++) {
        Branch b = p.branches().get(i);
        run.graphs.graph(b, at + "/Branches/" + i, ql, topLanguage, "branch " + i + " of \""
            + ExpressionText.lastSegment(at.toString()) + "\"", false);
      }
    } else if (s instanceof MapState m) {
      run.maps.mapState(m, f, edges, topLanguage);
    }
  }

  /** An RFC 3339 timestamp with a time and a zone, as Wait and the Timestamp comparisons take. */
  static boolean isTimestamp(String s) {
    if (s.indexOf('T') < 0 || (!s.endsWith("Z") && !OFFSET.matcher(s).matches())) {
      return false;
    }
    try {
      OffsetDateTime.parse(s);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
