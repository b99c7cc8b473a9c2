package io.asl4j.validation;

import static io.asl4j.validation.DiagnosticCode.PATH_MAY_BE_MISSING;
import static io.asl4j.validation.DiagnosticCode.PATH_NOT_FOUND;

import io.asl4j.Workflow;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.StateGraph;
import io.asl4j.validation.ShapePath.Found;
import io.asl4j.validation.ShapePath.Read;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data-flow analysis: follows the shape of the JSON through every state of every graph
 * (InputPath, Parameters or Arguments, the task's result, ResultSelector, ResultPath, OutputPath,
 * Output, Catch, Map and Parallel results, Choice branches joining again, loops to a fixed point)
 * and reports a path that reads what is certainly not there ({@code PATH_NOT_FOUND}) or what is
 * missing on some route ({@code PATH_MAY_BE_MISSING}, naming the route). It is sound: where it is
 * unsure (an unknown execution input, a Lambda's payload, a wildcard path), it says nothing.
 *
 * <p>{@link GraphFlow} runs one graph to its fixed point; {@link StateFlow} is what one state does
 * to the data.
 */
final class DataFlowRules extends RuleGroup {

  /** The execution input: anything, or what an example or schema says. */
  private Shape executionInput = Shape.ANY;
  /** Parsed paths by text, shared by every validation (they are immutable); bounded. */
  private static final Map<String, Object> PATHS = new ConcurrentHashMap<>();
  /** Stands for a text that is not a definite path (the map takes no nulls). */
  private static final Object NOT_DEFINITE = new Object();
  /** Nested graphs already run while looking for the fixed point: their input and output. */
  private Map<StateGraph, Shape[]> memo;

  DataFlowRules(ValidationRun run) {
    super(run);
  }

  /** Runs the analysis over the whole workflow. */
  void workflow(Workflow w, Shape input) {
    executionInput = input;
    new GraphFlow(this, w, Loc.of(""), w.queryLanguage().orElse(QueryLanguage.JSONPATH), input, input)
        .run(true);
  }

  Shape executionInput() {
    return executionInput;
  }

  /**
   * Runs a nested graph (a branch, an item processor) on an input and returns the join of what
   * its ending states output, or null when it never ends normally.
   */
  Shape nested(StateGraph g, Loc at, QueryLanguage ql, Shape input, Shape execution,
      boolean report) {
    if (!report && memo != null) {
      Shape[] known = memo.get(g);
      if (known != null && known[0].equals(input) && known[1].equals(execution)) {
        return known[2];
      }
    }
    Shape out = new GraphFlow(this, g, at, ql, input, execution).run(report);
    if (!report) {
      // kept only while a loop around the graph looks for its fixed point
      if (memo == null) {
        memo = new IdentityHashMap<>();
      }
      memo.put(g, new Shape[] {input, execution, out});
    }
    return out;
  }

  /** A parsed definite path, or null when the text is not one. */
  ShapePath path(String text) {
    Object p = PATHS.get(text);
    if (p == null) {
      ShapePath parsed = ShapePath.parse(text);
      p = parsed == null ? NOT_DEFINITE : parsed;
      if (text.length() <= 1024) {
        if (PATHS.size() >= 50_000) {
          PATHS.clear();
        }
        PATHS.put(text, p);
      }
    }
    return p == NOT_DEFINITE ? null : (ShapePath) p;
  }

  /**
   * Reports what a read found, unless it is a warning that needs its route through the states
   * (then {@code flow} keeps it until the graph's fixed point is known).
   *
   * @param base what the path's root names, for the message: the input of "A", ...
   * @param language the query language: JSONata reads fail with another error
   * @param onInput whether the path reads the state's input as it came in, so that a route can
   *     be traced back
   */
  void found(GraphFlow flow, int state, ShapePath p, Read r, Loc location, Origin base,
      QueryLanguage language, boolean onInput) {
    String name = flow.name(state);
    if (r.found() == Found.ABSENT) {
      report(PATH_NOT_FOUND, location.toString(),
          "\"" + p.text() + "\": " + missing(p, r, base, name)
          + "; " + failure(language, false));
    } else if (r.found() == Found.MAYBE) {
      flow.pending(state, p, r, location, base, language, onInput);
    } else if (r.found() == Found.UNKNOWN && r.moved() != null) {
      String member = (String) p.steps().get(r.step());
      Object next = p.steps().get(r.step() + 1);
      String subject = subject(p, r.step(), base);
      String made = made(p, r.at(), r.made(), r.madeStep(), r.step(), subject);
      report(PATH_MAY_BE_MISSING, location.toString(), "\"" + p.text() + "\": " + subject
          + (made != null ? " is " + made + ", which" : "") + " has "
          + (next instanceof String n ? "\"" + n + "\"" : "element " + next) + " at its top,"
          + " but nothing before \"" + name + "\" puts \"" + member + "\" there; did you mean \""
          + r.moved() + "\"? Unless the data passed along happens to hold \"" + member + "\", "
          + failure(language, false));
    }
  }

  /**
   * Reports a warning once its route is known.
   *
   * @param route the names of the states from StartAt to the state that reads
   */
  void maybe(ShapePath p, Read r, Loc location, Origin base, String state, List<String> route,
      QueryLanguage language) {
    Object step = p.steps().get(r.step());
    String member = step instanceof String m ? "\"" + m + "\"" : "element " + step;
    String subject = subject(p, r.step(), base);
    String made = made(p, r.at(), r.made(), r.madeStep(), r.step(), subject);
    report(PATH_MAY_BE_MISSING, location.toString(), "\"" + p.text() + "\": " + subject
        + " may lack "
        + member + when(subject, state) + (made != null ? " (it is " + made + ", where " + member
        + " is optional): it can be" : ": it is") + " missing on the route "
        + String.join(" → ", route) + ", and there " + failure(language, true));
  }

  /** Why a read certainly fails: what the value at the failing step is. */
  private static String missing(ShapePath p, Read r, Origin base, String state) {
    Shape at = r.at();
    String subject = subject(p, r.step(), base);
    Object step = p.steps().get(r.step());
    String when = when(subject, state);
    String made = made(p, at, r.made(), r.madeStep(), r.step(), subject);
    if (at.isObject()) {
      String list = at.memberList();
      return subject + " has no \"" + step + "\"" + when + (made != null ? "; it is " + made
          + (list.isEmpty() ? ", which is {}" : ", with only " + list)
          : list.isEmpty() ? "; it is {}" : "; it has only " + list)
          + (r.step() == firstStep(p) && isInput(base) ? replaced(at.origin) : "");
    }
    String what = step instanceof String ? "\"" + step + "\"" : "element " + step;
    return subject + " is " + at.kindName() + when + (made != null ? " (" + made + ")" : "")
        + ", so it has no " + what;
  }

  /**
   * Where the value read at {@code step} was made: its own origin, or a member of a value with
   * one ({@code "Output" of the result of "B" (...)}); null when unknown or the same as the
   * subject.
   */
  private static String made(ShapePath p, Shape at, Shape made, int madeStep, int step,
      String subject) {
    String text = null;
    if (at != null && at.origin != null) {
      text = at.origin.toString();
    } else if (made != null && madeStep < step) {
      ShapePath inside = new ShapePath("", p.steps().subList(madeStep, step), null);
      String member = inside.prefix(step - madeStep);
      text = "\"" + (member.startsWith(".") ? member.substring(1) : member) + "\" of "
          + made.origin;
    }
    return text == null || text.equals(subject) ? null : text;
  }

  /** Whether a path's root is a state's input (not a result or the execution input). */
  private static boolean isInput(Origin base) {
    return base.form() == Origin.Form.INPUT || base.form() == Origin.Form.INPUT_AFTER_INPUT_PATH
        || base.form() == Origin.Form.STATES && "input".equals(base.detail());
  }

  /** Why a state's whole input is a result: the ResultPath that would have kept it is absent. */
  private static String replaced(Origin origin) {
    if (origin == null) {
      return "";
    }
    return switch (origin.form()) {
      case RESULT, RESULT_SELECTOR, RESULT_VALUE, PARALLEL_RESULT, MAP_RESULT ->
          " (a state's result replaces its input unless a ResultPath puts it elsewhere)";
      case ERROR_OUTPUT -> " (the error output replaces the input unless the catcher's ResultPath"
          + " puts it elsewhere)";
      default -> "";
    };
  }

  /** " when "A" runs", unless the subject names the state already. */
  private static String when(String subject, String state) {
    return subject.contains("\"" + state + "\"") ? "" : " when \"" + state + "\" runs";
  }

  /** The value a read's failing step looks into: the root's name, or the path so far. */
  private static String subject(ShapePath p, int step, Origin base) {
    return step == firstStep(p) ? base.toString() : "\"" + p.prefix(step) + "\"";
  }

  /**
   * The first step read from the root's value: after {@code $$.Execution.Input} or
   * {@code $$.Map.Item.Value} for the context object.
   */
  static int firstStep(ShapePath p) {
    if (!p.root().equals("$$")) {
      return 0;
    }
    return p.steps().size() >= 2 && "Execution".equals(p.steps().get(0)) ? 2 : 3;
  }

  private static String failure(QueryLanguage language, boolean present) {
    String verb = present ? "fails" : "would fail";
    return language == QueryLanguage.JSONATA ? "the state " + verb + " with"
        + " States.QueryEvaluationError" : "the execution " + verb + " with States.Runtime";
  }
}
