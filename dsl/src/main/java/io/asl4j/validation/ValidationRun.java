package io.asl4j.validation;

import static io.asl4j.validation.DiagnosticCode.INVALID_VALUE;
import static io.asl4j.validation.DiagnosticCode.OUT_OF_RANGE;
import static io.asl4j.validation.DiagnosticCode.UNRESOLVED_PLACEHOLDER;
import static io.asl4j.validation.DiagnosticCode.WRONG_TYPE;

import io.asl4j.Workflow;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.Limit;
import io.asl4j.model.QueryLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One validation of one workflow: the diagnostics found so far, the rule groups that find them, and
 * the few facts they share (the workflow type, whether the model was repaired from broken text).
 * Not thread-safe; the {@link Validator} makes one per call.
 */
final class ValidationRun {

  final List<Diagnostic> out = new ArrayList<>();
  final Validator.WorkflowType type;
  /** The source text's size ({@link DefinitionSize#sourceSize}), or -1 to measure the model. */
  final long sourceBytes;
  /** Whether the model is of a repaired copy of the text, so its data may differ. */
  final boolean repaired;
  /**
   * Whether the repair may have changed a graph (a transition, a state or a branch was left out),
   * so that reachability and the way to an end cannot be judged.
   */
  final boolean graphRepaired;

  final GraphRules graphs = new GraphRules(this);
  final StateRules states = new StateRules(this);
  final TaskRules tasks = new TaskRules(this);
  final ChoiceRules choices = new ChoiceRules(this);
  final ErrorHandlingRules errorHandling = new ErrorHandlingRules(this);
  final MapRules maps = new MapRules(this);
  final ExpressionRules expressions = new ExpressionRules(this);
  final VariableRules variables = new VariableRules(this);
  final DataFlowRules dataFlow = new DataFlowRules(this);
  final ServiceRules services = new ServiceRules(this);
  /** What the execution input is known to be. */
  private final Shape input;

  ValidationRun(Validator.WorkflowType type, Shape input, long sourceBytes, boolean repaired,
      boolean graphRepaired) {
    this.type = type;
    this.input = input;
    this.sourceBytes = sourceBytes;
    this.repaired = repaired;
    this.graphRepaired = graphRepaired;
  }

  /** Checks the whole workflow, graphs first, then what needs every graph known. */
  List<Diagnostic> workflow(Workflow w) {
    w.version().filter(v -> !v.equals("1.0")).ifPresent(v -> report(INVALID_VALUE, "/Version",
        "unknown version \"" + v + "\"; the only ASL version is \"1.0\""));
    w.timeoutSeconds().ifPresent(t -> limit(t, "/TimeoutSeconds", Limit.WORKFLOW_TIMEOUT_SECONDS));
    placeholders(w.comment(), "/Comment");
    QueryLanguage top = w.queryLanguage().orElse(QueryLanguage.JSONPATH);
    graphs.graph(w, "", top, top, "the top level", false);
    variables.variables();
    errorHandling.unknownStatesErrors();
    if (!repaired) {
      // a repaired copy lacks members the text has: its data would not be the text's
      dataFlow.workflow(w, input);
    }
    DefinitionSize.check(this, w);
    return out;
  }

  /** Adds a diagnostic, with the severity its code has. */
  void report(DiagnosticCode code, String location, String message) {
    out.add(new Diagnostic(code, location, message, code.severity(), 0, 0));
  }

  /** A test-harness placeholder such as {@code __tbd__} left in a value. */
  void placeholders(Optional<String> text, String at) {
    text.filter(ExpressionText::isTestPlaceholder).ifPresent(t ->
        report(UNRESOLVED_PLACEHOLDER, at, "\"" + t + "\" is a test-harness placeholder that"
            + " was never replaced; substitute the real value"));
  }

  void maxLength(String text, String at, String field, int max) {
    int length = text.codePointCount(0, text.length());
    if (length > max) {
      report(OUT_OF_RANGE, at, field + " is " + length + " characters; at most " + max);
    }
  }

  /** A number a {@link Limit} bounds: a whole number where it must be, and in range. */
  void limit(JsonNumber n, String at, Limit limit) {
    limit(n, Loc.of(at), limit);
  }

  /** As {@link #limit(JsonNumber, String, Limit)}, the pointer put together only to report. */
  void limit(JsonNumber n, Loc at, Limit limit) {
    if (limit.wholeNumbers() && !n.isIntegral()) {
      report(WRONG_TYPE, at.toString(), "expected a whole number, found " + n.text());
      return;
    }
    if (!limit.allows(n.decimalValue())) {
      report(OUT_OF_RANGE, at.toString(), limit.problem(n.text()));
    }
  }
}
