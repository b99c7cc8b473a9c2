package io.asl4j.validation;

import io.asl4j.Workflow;
import io.asl4j.model.Branch;
import io.asl4j.model.Catcher;
import io.asl4j.model.ChoiceRule;
import io.asl4j.model.ChoiceState;
import io.asl4j.model.ComparisonOperator;
import io.asl4j.model.Condition;
import io.asl4j.model.DynamicNumber;
import io.asl4j.model.DynamicString;
import io.asl4j.model.Expression;
import io.asl4j.model.FailState;
import io.asl4j.model.HasErrorHandling;
import io.asl4j.model.HasTransition;
import io.asl4j.model.Intrinsic;
import io.asl4j.model.ItemBatcher;
import io.asl4j.model.ItemProcessor;
import io.asl4j.model.ItemReader;
import io.asl4j.model.JsonArray;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonPath;
import io.asl4j.model.JsonString;
import io.asl4j.model.Jsonata;
import io.asl4j.model.MapState;
import io.asl4j.model.NestedRule;
import io.asl4j.model.ParallelState;
import io.asl4j.model.PassState;
import io.asl4j.model.Path;
import io.asl4j.model.ProcessorMode;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.RawState;
import io.asl4j.model.Retrier;
import io.asl4j.model.ResultWriter;
import io.asl4j.model.State;
import io.asl4j.model.StateGraph;
import io.asl4j.model.SucceedState;
import io.asl4j.model.TaskState;
import io.asl4j.model.Transition;
import io.asl4j.model.Value;
import io.asl4j.model.WaitState;
import io.asl4j.model.WaitTime;
import io.asl4j.json.AslReadException;
import io.asl4j.json.AslReader;
import io.asl4j.json.SourceMap;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a workflow against every rule of the Amazon States Language and warns about mistakes that
 * otherwise surface only at run time. Every problem is reported at once; see {@link Diagnostic}.
 *
 * <p>Immutable and thread-safe. {@link #validate(Workflow)} checks a model; {@link
 * #validate(String)} also checks JSON text that does not even read.
 */
public final class Validator {

  /** The workflow type the definition is deployed as. */
  public enum WorkflowType {
    /** Standard workflows: every integration pattern and activities. */
    STANDARD,
    /** Express workflows: request-response integrations only. */
    EXPRESS
  }

  private static final Validator STANDARD = new Validator(WorkflowType.STANDARD);
  private static final Validator EXPRESS = new Validator(WorkflowType.EXPRESS);

  /** Error names Step Functions defines; custom ones may not start with {@code States.}. */
  private static final Set<String> STATES_ERRORS = Set.of("States.ALL", "States.Timeout",
      "States.HeartbeatTimeout", "States.TaskFailed", "States.Permissions",
      "States.ResultPathMatchFailure", "States.ParameterPathFailure",
      "States.QueryEvaluationError", "States.BranchFailed", "States.NoChoiceMatched",
      "States.IntrinsicFailure", "States.ExceedToleratedFailureThreshold",
      "States.ItemReaderFailed", "States.ResultWriterFailed", "States.DataLimitExceeded",
      "States.Runtime", "States.Http.Socket");

  /** Intrinsics allowed in ErrorPath and CausePath: those returning a string. */
  private static final Set<String> STRING_INTRINSICS = Set.of("Format", "JsonToString",
      "ArrayGetItem", "Base64Encode", "Base64Decode", "Hash", "UUID");

  private static final Pattern TEST_PLACEHOLDER = Pattern.compile("_+tbd_+");
  private static final Pattern LAMBDA_RESOURCE = Pattern.compile("arn:[^:]*:lambda:.*");
  private static final Pattern ACTIVITY = Pattern.compile("arn:[^:]*:states:[^:]+:[^:]*:activity:.*");
  private static final Pattern WRITER = Pattern.compile("arn:[^:]+:states:::s3:putObject");
  private static final Pattern ITEM_READER =
      Pattern.compile("arn:[^:]+:states:::s3:(getObject|listObjectsV2)");
  private static final Pattern CLOSED_PLACEHOLDERS = Pattern.compile("[^$]*(\\$\\{[^}]+}[^$]*)+");
  private static final Pattern OFFSET = Pattern.compile(".*[+-]\\d{2}:\\d{2}");
  private static final Pattern LAMBDA_ARN = Pattern.compile(
      "arn:[a-z-]+:lambda:[^:]*:[^:]*:function:([A-Za-z0-9_-]+)(:(\\$LATEST|[A-Za-z0-9_-]+))?");
  private static final Pattern URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");
  private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");
  /** CloudFormation/SAM/CDK substitutions and test-harness markers filled in before deploying. */
  private static final Pattern SUBSTITUTION =
      Pattern.compile("\\$\\{[^}]*}|%[A-Z][A-Z0-9_]*%");
  /** A variable read in JSONata: {@code $name} not called as a function. */
  private static final Pattern JSONATA_VARIABLE =
      Pattern.compile("(?<![\\p{L}\\p{N}_$])\\$([\\p{L}_][\\p{L}\\p{N}_]*+)(?!\\s*\\()");
  private static final Set<String> CONTEXT_FIELDS =
      Set.of("Execution", "State", "StateMachine", "Task", "Map");
  /** {@code States.Name(}, {@code $eval(} and {@code $states.member} in JSONata code. */
  private static final Pattern JSONATA_NAMES = Pattern.compile(
      "(?<![\\p{L}\\p{N}_$.])States\\.([A-Za-z0-9]+)\\s*\\(|(?<![\\p{L}\\p{N}_$])\\$(eval)\\s*\\("
      + "|(?<![\\p{L}\\p{N}_$])\\$states\\.([\\p{L}_][\\p{L}\\p{N}_]*+)");
  /** JSONata's and Step Functions' functions, which an expression may pass around as values. */
  private static final Set<String> JSONATA_FUNCTIONS = Set.of("sum", "count", "max", "min",
      "average", "string", "substring", "substringBefore", "substringAfter", "lowercase",
      "uppercase", "length", "trim", "pad", "contains", "split", "join", "match", "replace",
      "now", "millis", "fromMillis", "toMillis", "formatNumber", "formatBase", "formatInteger",
      "parseInteger", "number", "abs", "floor", "ceil", "round", "power", "sqrt", "random",
      "boolean", "not", "exists", "append", "sort", "reverse", "shuffle", "distinct", "zip",
      "keys", "lookup", "spread", "merge", "sift", "each", "error", "assert", "type", "map",
      "filter", "single", "reduce", "base64encode", "base64decode", "encodeUrlComponent",
      "encodeUrl", "decodeUrlComponent", "decodeUrl", "eval", "partition", "range", "hash",
      "uuid", "parse");
  /** A JSONata name bound in the expression: {@code $x :=} or a function parameter. */
  private static final Pattern JSONATA_BINDING = Pattern.compile(
      "\\$([\\p{L}_][\\p{L}\\p{N}_]*)\\s*:=|function\\s*\\(([^)]*)\\)");
  /** A variable read in JSONPath: {@code $name} (not {@code $$} or {@code $.}). */
  private static final Pattern JSONPATH_VARIABLE =
      Pattern.compile("(?<![\\p{L}\\p{N}_$])\\$([\\p{L}_][\\p{L}\\p{N}_]*)");
  /** {@code $}, {@code $$}, {@code $.x} or {@code $[0]} at the start: JSONPath habits. */
  private static final Pattern JSONATA_ROOT = Pattern.compile("\\$\\$?(?![\\p{L}_0-9])");
  private static final int MAX_DEFINITION = 1_048_576;
  /** A task's TimeoutSeconds when it sets none. */
  private static final JsonNumber DEFAULT_TIMEOUT = JsonNumber.of(99_999_999);
  private static final Comparator<Diagnostic> BY_POSITION =
      Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

  private final WorkflowType type;

  private Validator(WorkflowType type) {
    this.type = type;
  }

  /**
   * Returns the validator for Standard workflows.
   *
   * @return the validator
   */
  public static Validator create() {
    return STANDARD;
  }

  /**
   * Returns a validator for the given workflow type.
   *
   * @param type {@code STANDARD} or {@code EXPRESS}
   * @return the validator
   */
  public Validator forType(WorkflowType type) {
    return type == WorkflowType.EXPRESS ? EXPRESS : STANDARD;
  }

  /**
   * Returns the workflow type this validator checks for.
   *
   * @return the type
   */
  public WorkflowType type() {
    return type;
  }

  /**
   * Checks a workflow.
   *
   * @param workflow the workflow
   * @return every diagnostic, errors and warnings, in definition order
   */
  public List<Diagnostic> validate(Workflow workflow) {
    Run run = new Run();
    run.workflow(workflow);
    return run.out;
  }

  /**
   * Checks a definition given as JSON text: what keeps it from reading (every problem, located),
   * then every rule over the model, each diagnostic placed at its line and column.
   *
   * <p>Text that does not read is still checked as a model where leaving out the offending members
   * makes it readable (see {@link AslReader#recover(String)}), so that one misspelt field does not
   * hide the other problems.
   *
   * @param json the ASL JSON
   * @return every diagnostic, sorted by position
   */
  public List<Diagnostic> validate(String json) {
    List<Diagnostic> out = new ArrayList<>();
    AslReader.Recovered read = AslReader.create().recover(json);
    for (AslReadException.Problem p : read.problems()) {
      out.add(new Diagnostic(p.code(), p.pointer(), p.message(), Severity.ERROR, p.line(),
          p.column()));
    }
    if (read.workflow().isEmpty()) {
      return out;
    }
    Workflow workflow = read.workflow().get();
    Run run = new Run();
    run.sourceBytes = utf8Length(json);
    run.repaired = !read.problems().isEmpty();
    run.workflow(workflow);
    List<Diagnostic> model = run.out;
    if (!model.isEmpty()) {
      Set<String> reported = new HashSet<>();
      for (Diagnostic d : out) {
        reported.add(d.code() + ' ' + d.location());
      }
      SourceMap map = SourceMap.of(json);
      for (Diagnostic d : model) {
        if (!reported.contains(d.code() + ' ' + d.location())) {
          int[] at = map.position(d.location());
          out.add(d.at(at[0], at[1]));
        }
      }
      out.sort(BY_POSITION);
    }
    return out;
  }

  /**
   * Checks a definition given as UTF-8 bytes, as {@link #validate(String)} does; bytes that are
   * not UTF-8 give one located {@code INVALID_JSON} diagnostic.
   *
   * @param utf8 the ASL JSON, UTF-8 encoded (a byte order mark is accepted)
   * @return every diagnostic, sorted by position
   */
  public List<Diagnostic> validate(byte[] utf8) {
    String text;
    try {
      text = AslReader.decode(utf8);
    } catch (AslReadException e) {
      AslReadException.Problem p = e.problems().get(0);
      return List.of(new Diagnostic(p.code(), p.pointer(), p.message(), Severity.ERROR, p.line(),
          p.column()));
    }
    return validate(text);
  }

  /**
   * Whether a list of diagnostics holds no error (warnings allowed).
   *
   * @param diagnostics what a validation reported
   * @return {@code true} when nothing is an error
   */
  public static boolean isValid(List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      if (d.severity() == Severity.ERROR) {
        return false;
      }
    }
    return true;
  }

  /** One validation: collects diagnostics while walking the model. */
  private final class Run {
    final List<Diagnostic> out = new ArrayList<>();
    /** Every state name in the whole workflow, with the graph it belongs to. */
    final Map<String, String> names = new HashMap<>();
    /** Unknown States.* names in ErrorEquals, {name, location}: checked once all Fail states are known. */
    final List<String[]> unknownErrors = new ArrayList<>();
    /** Error names Fail states raise. */
    final Set<String> raised = new HashSet<>();
    /** Every graph, parents before children, for the variable analysis. */
    final List<Flow> flows = new ArrayList<>();
    Flow flow;
    String currentState;
    /** The size of the source text in UTF-8, or -1 to measure the model written compactly. */
    long sourceBytes = -1;
    /**
     * Parse results by expression text: workflows repeat expressions ({@code $states.input}), and
     * the JSONata parser costs microseconds per token.
     */
    final Map<String, JsonataFacts> jsonataFacts = new HashMap<>();
    /** Whether the model is of a repaired copy of the text, so its graph may differ. */
    boolean repaired;

    void error(String code, String location, String message) {
      out.add(new Diagnostic(code, location, message, Severity.ERROR, 0, 0));
    }

    void warning(String code, String location, String message) {
      out.add(new Diagnostic(code, location, message, Severity.WARNING, 0, 0));
    }

    void workflow(Workflow w) {
      w.version().filter(v -> !v.equals("1.0")).ifPresent(v -> error("INVALID_VALUE", "/Version",
          "unknown version \"" + v + "\"; the only ASL version is \"1.0\""));
      w.timeoutSeconds().ifPresent(t -> integer(t, "/TimeoutSeconds", 0, 99_999_999));
      placeholders(w.comment(), "/Comment");
      QueryLanguage top = w.queryLanguage().orElse(QueryLanguage.JSONPATH);
      graph(w, "", top, top, "the top level", false);
      variables();
      for (String[] e : unknownErrors) {
        if (!raised.contains(e[0])) {
          warning("UNKNOWN_STATES_ERROR", e[1], "neither Step Functions nor a Fail state here"
              + " raises \"" + e[0] + "\", so this never matches; custom error names should not"
              + " start with \"States.\"");
        }
      }
      long size = sourceBytes >= 0 ? sourceBytes : compactSize(w);
      if (size < 0) {
        error("DEFINITION_TOO_LARGE", "", "the definition is over " + -size + " bytes written"
            + " compactly; Step Functions accepts at most " + MAX_DEFINITION + " (1 MiB)");
      } else if (size > MAX_DEFINITION) {
        error("DEFINITION_TOO_LARGE", "", "the definition is " + size + " bytes; Step Functions"
            + " accepts at most " + MAX_DEFINITION + " (1 MiB)");
      }
    }

    /**
     * Checks one graph: the workflow, a branch or an item processor.
     *
     * @param topLanguage the workflow's query language (for the no-downgrade rule)
     * @param distributed whether the graph runs as Distributed Map child executions
     */
    void graph(StateGraph g, String at, QueryLanguage inherited, QueryLanguage topLanguage,
        String label, boolean distributed) {
      QueryLanguage ql = g.queryLanguage().orElse(inherited);
      if (topLanguage == QueryLanguage.JSONATA
          && g.queryLanguage().orElse(null) == QueryLanguage.JSONPATH && !at.isEmpty()) {
        error("QUERY_LANGUAGE_DOWNGRADE", at + "/QueryLanguage", "\"QueryLanguage\" can not be"
            + " \"JSONPath\" in a workflow whose QueryLanguage is \"JSONata\"");
      }
      if (g.states().isEmpty()) {
        error("MISSING_FIELD", at + "/States", label + " has no states; it needs at least one");
        return;
      }
      // names are unique across the whole workflow, branches and item processors included
      for (String name : g.states().keySet()) {
        String p = at + "/States/" + escape(name);
        int length = name.codePointCount(0, name.length());
        if (length > 80) {
          error("STATE_NAME_TOO_LONG", p, "state name is " + length + " characters; at most 80");
        } else if (length == 0) {
          error("INVALID_STATE_NAME", p, "a state name cannot be empty");
        }
        String other = names.putIfAbsent(name, label);
        if (other != null) {
          error("DUPLICATE_STATE_NAME", p, "state \"" + name + "\" is also defined in " + other
              + "; names must be unique in the whole workflow");
        }
      }
      Map<String, List<Edge>> edges = new LinkedHashMap<>();
      Flow outer = flow;
      String outerState = currentState;
      flow = new Flow(g, edges, outer, outerState, distributed);
      flows.add(flow);
      for (Map.Entry<String, State> e : g.states().entrySet()) {
        String p = at + "/States/" + escape(e.getKey());
        List<Edge> out = new ArrayList<>();
        edges.put(e.getKey(), out);
        currentState = e.getKey();
        state(e.getValue(), p, ql, topLanguage, out, distributed);
      }
      flow = outer;
      currentState = outerState;
      Map<String, Integer> index = new HashMap<>(edges.size() * 2);
      for (String name : edges.keySet()) {
        index.put(name, index.size());
      }
      int[][] targets = transitions(g, at, label, edges, index);
      int count = 0;
      for (List<Edge> out : edges.values()) {
        count += out.size();
      }
      for (int[] t : targets) {
        count -= t.length;
      }
      structure(g, at, label, targets, count > 0, index);
    }

    // ---------------------------------------------------------------- variables

    /** Notes that the current state reads a variable (checked once all graphs are known). */
    void reads(String variable, String location) {
      if (flow != null && !variable.equals("states")) {
        flow.reads.add(new String[] {currentState, variable, location});
      }
    }

    /** Warns about a context-object path naming a field the context object does not have. */
    void contextPaths(String text, String location) {
      for (int i = text.indexOf("$$."); i >= 0; i = text.indexOf("$$.", i + 3)) {
        int end = i + 3;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
          end++;
        }
        String field = text.substring(i + 3, end);
        if (!CONTEXT_FIELDS.contains(field)) {
          warning("UNKNOWN_CONTEXT_FIELD", location, "the context object ($$) has no \"" + field
              + "\"; it holds Execution, State, StateMachine, Task and Map");
        }
      }
    }

    /** Notes the variables a JSONPath path or intrinsic call reads. */
    void readsJsonPath(String text, String location) {
      if (text.indexOf("$$.") >= 0) {
        contextPaths(stripStrings(text), location);
      }
      if (!mayReadVariable(text)) {
        return;
      }
      Matcher m = JSONPATH_VARIABLE.matcher(stripStrings(text));
      while (m.find()) {
        reads(m.group(1), location);
      }
    }

    /**
     * Warns where a state reads a variable that is not assigned on every path from StartAt to it.
     * For each variable read, the states reachable from StartAt along transitions that do not
     * assign it are the states where it may be unassigned (an Assign takes effect on leaving its
     * state). Linear in the graph per variable read.
     */
    void variables() {
      // an inner scope cannot assign a variable of an enclosing scope (Distributed Map children
      // are executions of their own)
      for (Flow f : flows) {
        if (f.parent == null || f.distributed) {
          continue;
        }
        for (Map.Entry<String, String> d : f.declaredAt.entrySet()) {
          // only a variable the enclosing scope has surely assigned when the branch starts
          Flow inner = f;
          for (Flow a = f.parent; a != null; inner = a, a = a.distributed ? null : a.parent) {
            String outer = a.declaredAt.get(d.getKey());
            if (outer != null && !a.unassigned(d.getKey()).contains(inner.parentState)) {
              warning("VARIABLE_SHADOWS_OUTER", d.getValue(), "$" + d.getKey() + " is already"
                  + " assigned in the enclosing scope (" + outer + "), and a Parallel branch or"
                  + " Map iteration cannot assign an outer variable: use another name, and"
                  + " return values through Output");
              break;
            }
          }
        }
      }
      Set<String> everAssigned = null;
      for (Flow f : flows) {
        for (String[] r : f.reads) {
          if (!f.unassigned(r[1]).contains(r[0])) {
            continue;
          }
          if (everAssigned == null) {
            everAssigned = new HashSet<>();
            for (Flow g : flows) {
              everAssigned.addAll(g.assignedAnywhere());
            }
          }
          String v = r[1];
          if (!everAssigned.contains(v)) {
            warning("UNASSIGNED_VARIABLE", r[2], "$" + v + " is never assigned; assign it with"
                + " \"Assign\" in an earlier state (reading it fails the execution)");
          } else if (assigned(stateAssign(f.graph.states().get(r[0]))).contains(v)
              && !f.assignedBefore(v, r[0])) {
            warning("UNASSIGNED_VARIABLE", r[2], "$" + v + " is assigned by \"" + r[0] + "\""
                + " itself, but a state's fields read variables as they were when it started:"
                + " the new value is visible from the next state");
          } else if (!f.inScope(v)) {
            warning("UNASSIGNED_VARIABLE", r[2], "$" + v + " is assigned only inside another"
                + " Parallel branch or Map iteration, and such variables end with it; return the"
                + " value in that branch's Output instead");
          } else if (f.distributed && !f.assignedAnywhere().contains(v)) {
            warning("UNASSIGNED_VARIABLE", r[2], "$" + v + " is assigned outside this"
                + " Distributed Map, whose child executions cannot read outer variables; pass it"
                + " in with ItemSelector instead");
          } else {
            warning("UNASSIGNED_VARIABLE", r[2], "$" + v + " may not be assigned yet when \""
                + r[0] + "\" runs: a path from StartAt reaches it without assigning " + v
                + "; assign it on every path before");
          }
        }
      }
    }

    /**
     * Targets must exist in the same graph. Returns the transitions as state indexes
     * ({@code targets[i]} lists state i's targets in the graph; missing targets are left out), for
     * {@link #structure}.
     */
    int[][] transitions(StateGraph g, String at, String label, Map<String, List<Edge>> edges,
        Map<String, Integer> index) {
      target(g, at + "/StartAt", g.startAt(), label, index);
      int[][] targets = new int[index.size()][];
      int i = 0;
      for (Map.Entry<String, List<Edge>> e : edges.entrySet()) {
        List<Edge> out = e.getValue();
        int[] t = new int[out.size()];
        int n = 0;
        for (Edge edge : out) {
          Integer k = index.get(edge.target());
          if (k != null) {
            t[n++] = k;
          } else {
            target(g, at + "/States/" + escape(e.getKey()) + "/" + edge.field(), edge.target(),
                label, index);
          }
        }
        targets[i++] = n == t.length ? t : java.util.Arrays.copyOf(t, n);
      }
      return targets;
    }

    void target(StateGraph g, String location, String name, String label,
        Map<String, Integer> index) {
      if (index.containsKey(name)) {
        return;
      }
      String elsewhere = names.get(name);
      if (elsewhere != null) {
        error("TRANSITION_LEAVES_SCOPE", location, "\"" + name + "\" is in " + elsewhere
            + ", outside " + label + "; transitions cannot leave a Parallel branch or Map item"
            + " processor");
      } else {
        error("MISSING_TRANSITION_TARGET", location, "unknown state \"" + name + "\" (known: "
            + known(g) + ")");
      }
    }

    /** Reachability from StartAt, a terminal state, and a way out of every state. */
    void structure(StateGraph g, String at, String label, int[][] targets, boolean dangling,
        Map<String, Integer> index) {
      int n = targets.length;
      String[] stateNames = g.states().keySet().toArray(new String[0]);
      Integer start = index.get(g.startAt());
      boolean[] reached = new boolean[n];
      int[] work = new int[Math.max(n, 1)];
      int top = 0;
      if (start != null) {
        reached[start] = true;
        work[top++] = start;
      }
      while (top > 0) {
        for (int t : targets[work[--top]]) {
          if (!reached[t]) {
            reached[t] = true;
            work[top++] = t;
          }
        }
      }
      if (start != null && !repaired) {
        // (a repaired copy may have lost the transition that reached a state)
        for (int i = 0; i < n; i++) {
          if (!reached[i]) {
            error("UNREACHABLE_STATE", at + "/States/" + escape(stateNames[i]), "state \""
                + stateNames[i] + "\" is not reachable from \"" + g.startAt() + "\"; remove it or"
                + " add a transition to it");
          }
        }
      }
      boolean[] canEnd = new boolean[n];
      boolean terminal = false;
      int i = 0;
      for (State s : g.states().values()) {
        if (exits(s)) {
          canEnd[i] = true;
          work[top++] = i;
          terminal |= !(s instanceof ChoiceState);
        }
        i++;
      }
      // a Choice without Default can end the execution, but only by failing
      if (!terminal) {
        error("MISSING_TERMINAL_STATE", at.isEmpty() ? "/States" : at + "/States", label
            + " has no terminal state; end one state with \"End\": true, or add a Succeed or Fail"
            + " state");
        return;
      }
      if (dangling || repaired) {
        return; // a missing target is reported already, and may well have been the way out
      }
      // states that can reach an exit, by walking transitions backwards from the exits
      int[] inCount = new int[n + 1];
      for (int[] out : targets) {
        for (int t : out) {
          inCount[t + 1]++;
        }
      }
      for (int k = 0; k < n; k++) {
        inCount[k + 1] += inCount[k];
      }
      int[] from = new int[inCount[n]];
      int[] fill = java.util.Arrays.copyOf(inCount, n);
      for (int k = 0; k < n; k++) {
        for (int t : targets[k]) {
          from[fill[t]++] = k;
        }
      }
      while (top > 0) {
        int s = work[--top];
        for (int k = inCount[s]; k < inCount[s + 1]; k++) {
          if (!canEnd[from[k]]) {
            canEnd[from[k]] = true;
            work[top++] = from[k];
          }
        }
      }
      for (int k = 0; k < n; k++) {
        if (reached[k] && !canEnd[k]) {
          warning("NO_PATH_TO_END", at + "/States/" + escape(stateNames[k]), "no transition from"
              + " \"" + stateNames[k] + "\" ever leads to an end: the execution can only loop"
              + " until it times out; add a way out (a Choice to an ending state)");
        }
      }
    }

    /** Whether a state can end its graph: End, Succeed, Fail, or a Choice with no Default. */
    boolean exits(State s) {
      if (s instanceof SucceedState || s instanceof FailState || s instanceof RawState) {
        return true;
      }
      if (s instanceof ChoiceState c) {
        return c.defaultState().isEmpty(); // no match fails with States.NoChoiceMatched
      }
      return s instanceof HasTransition h && h.transition() instanceof Transition.End;
    }

    // ---------------------------------------------------------------- states

    void state(State s, String at, QueryLanguage inherited, QueryLanguage topLanguage,
        List<Edge> edges, boolean distributed) {
      if (s instanceof RawState raw) {
        error("UNKNOWN_STATE_TYPE", at + "/Type", "unknown state type \"" + raw.declaredType()
            + "\"; expected one of Task, Pass, Choice, Wait, Succeed, Fail, Parallel, Map");
        return;
      }
      QueryLanguage ql = s.queryLanguage().orElse(inherited);
      if (topLanguage == QueryLanguage.JSONATA
          && s.queryLanguage().orElse(null) == QueryLanguage.JSONPATH) {
        error("QUERY_LANGUAGE_DOWNGRADE", at + "/QueryLanguage", "\"QueryLanguage\" can not be"
            + " \"JSONPath\" in a workflow whose QueryLanguage is \"JSONata\"");
      }
      Fields f = new Fields(at, ql);
      if (flow != null) {
        flow.declared.addAll(assigned(stateAssign(s)));
      }
      placeholders(s.comment(), at + "/Comment");
      if (s instanceof HasTransition h && h.transition() instanceof Transition.Next n) {
        edges.add(new Edge("Next", n.state(), assigned(stateAssign(s))));
      }
      if (s instanceof TaskState t) {
        task(t, f);
        errorHandling(t, f, edges);
      } else if (s instanceof PassState p) {
        f.ioPaths(p.inputPath(), p.outputPath());
        f.jsonPathOnly("Parameters", p.parameters());
        p.parameters().ifPresent(v -> f.template(v, at + "/Parameters"));
        f.jsonPathOnly("Result", p.result());
        f.resultPath(p.resultPath());
        f.output(p.output());
        f.assign(p.assign(), at + "/Assign");
      } else if (s instanceof ChoiceState c) {
        choice(c, f, edges);
      } else if (s instanceof WaitState w) {
        f.ioPaths(w.inputPath(), w.outputPath());
        if (w.time() instanceof WaitTime.Seconds secs) {
          f.number(secs.seconds(), "Seconds", 0, 99_999_999);
        } else {
          DynamicString ts = ((WaitTime.Timestamp) w.time()).timestamp();
          f.string(ts, "Timestamp", false);
          if (ts instanceof JsonString str && !isTimestamp(str.value())) {
            error("INVALID_TIMESTAMP", at + "/Timestamp", "\"" + str.value() + "\" is not an RFC"
                + " 3339 timestamp such as 2026-01-01T00:00:00Z");
          }
        }
        f.output(w.output());
        f.assign(w.assign(), at + "/Assign");
      } else if (s instanceof SucceedState sc) {
        f.ioPaths(sc.inputPath(), sc.outputPath());
        f.output(sc.output());
      } else if (s instanceof FailState fail) {
        fail.error().ifPresent(e -> f.string(e, "Error", true));
        fail.cause().ifPresent(c -> f.string(c, "Cause", true));
        if (fail.error().orElse(null) instanceof JsonString e) {
          maxLength(e.value(), at + "/Error", "Error", 256);
          raised.add(e.value());
          if (e.value().startsWith("States.") && !STATES_ERRORS.contains(e.value())) {
            warning("UNKNOWN_STATES_ERROR", at + "/Error", "custom error names should not start"
                + " with \"States.\", which Step Functions reserves for its own errors");
          }
        }
        if (fail.cause().orElse(null) instanceof JsonString c) {
          maxLength(c.value(), at + "/Cause", "Cause", 32_768);
        }
      } else if (s instanceof ParallelState p) {
        f.ioPaths(p.inputPath(), p.outputPath());
        f.jsonPathOnly("Parameters", p.parameters());
        p.parameters().ifPresent(v -> f.template(v, at + "/Parameters"));
        f.arguments(p.arguments(), at + "/Arguments");
        f.resultSelector(p.resultSelector());
        f.resultPath(p.resultPath());
        f.output(p.output());
        f.assign(p.assign(), at + "/Assign");
        errorHandling(p, f, edges);
        if (p.branches().isEmpty()) {
          error("MISSING_FIELD", at + "/Branches", "a Parallel state needs at least one branch");
        }
        for (int i = 0; i < p.branches().size(); i++) {
          Branch b = p.branches().get(i);
          graph(b, at + "/Branches/" + i, ql, topLanguage, "branch " + i + " of \""
              + lastSegment(at) + "\"", false);
        }
      } else if (s instanceof MapState m) {
        mapState(m, f, edges, topLanguage);
      }
    }

    void task(TaskState t, Fields f) {
      String at = f.at;
      String resource = t.resource();
      placeholders(Optional.of(resource), at + "/Resource");
      if (resource.contains("${") && !CLOSED_PLACEHOLDERS.matcher(resource).matches()) {
        error("INVALID_RESOURCE", at + "/Resource", "\"" + resource + "\" has an unclosed"
            + " ${...} placeholder");
      } else if (hasPlaceholder(resource) || isTestPlaceholder(resource)) {
        // filled in before deployment (test placeholders are reported above)
      } else if (!URI.matcher(resource).matches()) {
        error("INVALID_RESOURCE", at + "/Resource", "\"" + resource + "\" is not a URI; a"
            + " Task's Resource is arn:<partition>:states:::<service>:<action>, an activity or a"
            + " Lambda function ARN");
      } else if (!resource.startsWith("arn:")) {
        warning("RESOURCE_NOT_ARN", at + "/Resource", "\"" + resource + "\" is not an ARN;"
            + " Step Functions runs arn:<partition>:states:::<service>:<action>, activity and"
            + " Lambda function ARNs");
      } else if (LAMBDA_RESOURCE.matcher(resource).matches()
          && !LAMBDA_ARN.matcher(resource).matches()) {
        error("INVALID_RESOURCE", at + "/Resource", "\"" + resource + "\" is not a Lambda"
            + " function ARN: arn:aws:lambda:<region>:<account>:function:<name>[:<alias or"
            + " version>]");
      }
      if (type == WorkflowType.EXPRESS && (resource.endsWith(".sync")
          || resource.endsWith(".sync:2") || resource.endsWith(".waitForTaskToken")
          || ACTIVITY.matcher(resource).matches())) {
        error("EXPRESS_UNSUPPORTED", at + "/Resource", "Express workflows only support"
            + " request-response integrations; \"" + resource + "\" needs a Standard workflow");
      }
      if (resource.endsWith(".waitForTaskToken") && !mentionsTaskToken(t)) {
        warning("TASK_TOKEN_NOT_PASSED", at + "/Resource", "a .waitForTaskToken task waits for"
            + " a callback, but its payload never passes the token; add $$.Task.Token (or"
            + " $states.context.Task.Token) to it");
      }
      t.credentials().ifPresent(c -> credentials(c, f));
      f.ioPaths(t.inputPath(), t.outputPath());
      f.jsonPathOnly("Parameters", t.parameters());
      t.parameters().ifPresent(v -> f.template(v, at + "/Parameters"));
      f.arguments(t.arguments(), at + "/Arguments");
      t.timeoutSeconds().ifPresent(v -> f.number(v, "TimeoutSeconds", 1, 99_999_999));
      t.heartbeatSeconds().ifPresent(v -> f.number(v, "HeartbeatSeconds", 1, 99_999_999));
      JsonNumber timeout = t.timeoutSeconds().isEmpty() ? DEFAULT_TIMEOUT
          : t.timeoutSeconds().get() instanceof JsonNumber n ? n : null;
      if (timeout != null && t.heartbeatSeconds().orElse(null) instanceof JsonNumber heartbeat
          && heartbeat.decimalValue().compareTo(timeout.decimalValue()) >= 0) {
        error("HEARTBEAT_NOT_BELOW_TIMEOUT", at + "/HeartbeatSeconds", "HeartbeatSeconds ("
            + heartbeat.text() + ") must be less than TimeoutSeconds (" + timeout.text() + ")");
      }
      f.resultSelector(t.resultSelector());
      f.resultPath(t.resultPath());
      f.output(t.output());
      f.assign(t.assign(), at + "/Assign");
    }

    void credentials(JsonObject c, Fields f) {
      String at = f.at + "/Credentials";
      if (!c.members().containsKey("RoleArn")) {
        error("MISSING_FIELD", at, "Credentials needs \"RoleArn\": the role the task assumes");
      }
      Value role = c.members().get("RoleArn");
      if (role != null && !(role instanceof JsonString || role instanceof Expression)) {
        error("WRONG_TYPE", at + "/RoleArn", "RoleArn is the ARN of a role: a string, a path"
            + " (RoleArn.$) or a JSONata expression");
      }
      for (String key : c.members().keySet()) {
        if (!key.equals("RoleArn")) {
          error("FIELD_NOT_ALLOWED", at + "/" + escape(key), "Credentials takes only"
              + " \"RoleArn\"");
        }
      }
      if (f.ql == QueryLanguage.JSONATA) {
        f.jsonata(c, at);
      } else {
        f.template(c, at);
      }
    }

    void choice(ChoiceState c, Fields f, List<Edge> edges) {
      String at = f.at;
      f.ioPaths(c.inputPath(), c.outputPath());
      f.output(c.output());
      f.assign(c.assign(), at + "/Assign");
      if (c.choices().isEmpty()) {
        error("MISSING_FIELD", at + "/Choices", "a Choice state needs at least one rule");
      }
      for (int i = 0; i < c.choices().size(); i++) {
        ChoiceRule r = c.choices().get(i);
        String rp = at + "/Choices/" + i;
        edges.add(new Edge("Choices/" + i + "/Next", r.next(), assigned(r.assign())));
        condition(r.condition(), rp, f);
        r.assign().ifPresent(a -> f.assign(Optional.of(a), rp + "/Assign"));
        r.output().ifPresent(o -> {
          if (f.ql != QueryLanguage.JSONATA) {
            error("JSONATA_FIELD_IN_JSONPATH", rp + "/Output", "\"Output\" is a JSONata field;"
                + " this state uses JSONPath (use OutputPath, or QueryLanguage JSONata)");
          }
          f.jsonata(o, rp + "/Output");
        });
      }
      c.defaultState().ifPresent(d -> edges.add(new Edge("Default", d, assigned(c.assign()))));
    }

    void condition(Condition c, String at, Fields f) {
      if (c instanceof Condition.JsonataTest jt) {
        if (f.ql != QueryLanguage.JSONATA) {
          error("JSONATA_FIELD_IN_JSONPATH", at + "/Condition", "\"Condition\" is a JSONata"
              + " field; this state uses JSONPath (use Variable and a comparison operator)");
        }
        if (jt.condition() instanceof Jsonata j) {
          f.jsonataExpression(j, at + "/Condition");
        } else if (!(jt.condition() instanceof io.asl4j.model.JsonBoolean)) {
          error("INVALID_VALUE", at + "/Condition", "a Condition is a JSONata expression"
              + " \"{% ... %}\" or a boolean");
          placeholders(Optional.of(((JsonString) jt.condition()).value()), at + "/Condition");
        }
        return;
      }
      if (f.ql == QueryLanguage.JSONATA) {
        error("JSONPATH_FIELD_IN_JSONATA", at, "this rule uses JSONPath (Variable, And, Or, Not);"
            + " this state uses JSONata: write \"Condition\": \"{% ... %}\"");
        return;
      }
      if (c instanceof Condition.Comparison cmp) {
        f.referencePath(cmp.variable().text(), at + "/Variable");
        String op = at + "/" + cmp.operator().jsonName();
        if (cmp.operand() instanceof JsonPath p) {
          f.referencePath(p.text(), op);
        } else if (cmp.operator().operand() == ComparisonOperator.Operand.TIMESTAMP
            && !isTimestamp(((JsonString) cmp.operand()).value())) {
          error("INVALID_TIMESTAMP", op, "\"" + ((JsonString) cmp.operand()).value() + "\" is not"
              + " an RFC 3339 timestamp such as 2026-01-01T00:00:00Z");
        } else if (cmp.operand() instanceof JsonString s) {
          placeholders(Optional.of(s.value()), op);
          if (cmp.operator() == ComparisonOperator.STRING_MATCHES) {
            matchPattern(s.value(), op);
          }
        }
      } else if (c instanceof Condition.And and) {
        nested(and.rules(), at + "/And", f);
      } else if (c instanceof Condition.Or or) {
        nested(or.rules(), at + "/Or", f);
      } else if (c instanceof Condition.Not not) {
        condition(not.rule().condition(), at + "/Not", f);
      }
    }

    /** StringMatches: {@code *} is the wildcard, and only {@code \*} and {@code \\} escape. */
    void matchPattern(String pattern, String at) {
      for (int i = 0; i < pattern.length(); i++) {
        if (pattern.charAt(i) == '\\') {
          char next = i + 1 < pattern.length() ? pattern.charAt(i + 1) : 0;
          if (next != '*' && next != '\\') {
            error("INVALID_VALUE", at, "StringMatches escapes only * and \\ (as \\* and \\\\);"
                + " \"" + pattern + "\" has a lone \\ at character " + (i + 1));
            return;
          }
          i++;
        }
      }
    }

    void nested(List<NestedRule> rules, String at, Fields f) {
      if (rules.isEmpty()) {
        error("MISSING_FIELD", at, "And and Or need at least one rule");
      }
      for (int i = 0; i < rules.size(); i++) {
        condition(rules.get(i).condition(), at + "/" + i, f);
      }
    }

    void errorHandling(HasErrorHandling s, Fields f, List<Edge> edges) {
      String at = f.at;
      List<Retrier> retry = s.retry().orElse(List.of());
      for (int i = 0; i < retry.size(); i++) {
        Retrier r = retry.get(i);
        String rp = at + "/Retry/" + i;
        errorEquals(r.errorEquals(), rp, i == retry.size() - 1, "retrier");
        r.intervalSeconds().ifPresent(v -> integer(v, rp + "/IntervalSeconds", 1, 99_999_999));
        r.maxAttempts().ifPresent(v -> integer(v, rp + "/MaxAttempts", 0, 99_999_999));
        r.maxDelaySeconds().ifPresent(v -> integer(v, rp + "/MaxDelaySeconds", 1, 31_622_400));
        r.backoffRate().filter(v -> v.decimalValue().compareTo(BigDecimal.ONE) < 0).ifPresent(v ->
            error("OUT_OF_RANGE", rp + "/BackoffRate", "BackoffRate is " + v.text()
                + "; the allowed minimum is 1.0"));
      }
      List<Catcher> catchers = s.catchers().orElse(List.of());
      for (int i = 0; i < catchers.size(); i++) {
        Catcher c = catchers.get(i);
        String cp = at + "/Catch/" + i;
        edges.add(new Edge("Catch/" + i + "/Next", c.next(), assigned(c.assign())));
        errorEquals(c.errorEquals(), cp, i == catchers.size() - 1, "catcher");
        c.resultPath().ifPresent(p -> {
          f.jsonPathOnlyAt("ResultPath", cp + "/ResultPath");
          if (p instanceof JsonPath jp) {
            f.resultPathText(jp.text(), cp + "/ResultPath");
          }
        });
        c.output().ifPresent(o -> {
          f.jsonataOnlyAt("Output", cp + "/Output");
          f.jsonata(o, cp + "/Output");
        });
        f.assign(c.assign(), cp + "/Assign");
        if (f.ql == QueryLanguage.JSONPATH && c.resultPath().isEmpty()) {
          warning("CATCH_REPLACES_INPUT", cp, "without \"ResultPath\", the error output replaces"
              + " the state's whole input when this catcher fires; set ResultPath (e.g."
              + " \"$.error\") to keep the input");
        }
      }
    }

    void errorEquals(List<String> errors, String at, boolean last, String what) {
      if (errors.isEmpty()) {
        error("MISSING_FIELD", at + "/ErrorEquals", "ErrorEquals is empty; a non-empty list of"
            + " error names is required");
      }
      for (int i = 0; i < errors.size(); i++) {
        String e = errors.get(i);
        if (e.equals("States.ALL") && (errors.size() > 1 || !last)) {
          error("STATES_ALL_NOT_LAST", at + "/ErrorEquals/" + i, "\"States.ALL\" must be alone"
              + " in the last " + what);
        } else if (!e.startsWith("States.") && e.regionMatches(true, 0, "States.", 0, 7)) {
          warning("UNKNOWN_STATES_ERROR", at + "/ErrorEquals/" + i, "error names are matched"
              + " case-sensitively; \"" + e + "\" never matches Step Functions' \"States."
              + e.substring(7) + "\"-style names");
        } else if (e.startsWith("States.") && !STATES_ERRORS.contains(e)
            && !e.startsWith("States.Http.StatusCode.")) {
          unknownErrors.add(new String[] {e, at + "/ErrorEquals/" + i});
        }
      }
    }

    void mapState(MapState m, Fields f, List<Edge> edges, QueryLanguage topLanguage) {
      String at = f.at;
      boolean distributed = m.itemProcessor().processorConfig()
          .flatMap(c -> c.mode()).orElse(ProcessorMode.INLINE) == ProcessorMode.DISTRIBUTED;
      f.ioPaths(m.inputPath(), m.outputPath());
      if (!distributed) {
        distributedOnly(m.itemReader(), at, "ItemReader");
        distributedOnly(m.itemBatcher(), at, "ItemBatcher");
        distributedOnly(m.resultWriter(), at, "ResultWriter");
        distributedOnly(m.toleratedFailurePercentage(), at, twin(m.toleratedFailurePercentage(),
            "ToleratedFailurePercentage"));
        distributedOnly(m.toleratedFailureCount(), at, twin(m.toleratedFailureCount(),
            "ToleratedFailureCount"));
        distributedOnly(m.label(), at, "Label");
      }
      if (m.parameters().isPresent() && m.itemSelector().isPresent()) {
        error("MUTUALLY_EXCLUSIVE", at + "/Parameters", "\"ItemSelector\" and \"Parameters\""
            + " (its legacy name) cannot both be set; keep ItemSelector");
      }
      m.items().ifPresent(items -> {
        if (items instanceof JsonPath p) {
          f.jsonPathOnlyAt("ItemsPath", at + "/ItemsPath");
          f.referencePath(p.text(), at + "/ItemsPath");
        } else {
          f.jsonataOnlyAt("Items", at + "/Items");
          if (!(items instanceof Jsonata || items instanceof JsonArray
              || items instanceof JsonObject)) {
            error("WRONG_TYPE", at + "/Items", "Items is an array, an object or a JSONata"
                + " expression \"{% ... %}\"");
            if (items instanceof JsonString s) {
              placeholders(Optional.of(s.value()), at + "/Items");
            }
          }
          f.jsonata(items, at + "/Items");
        }
      });
      m.itemSelector().ifPresent(v -> f.payload(v, at + "/ItemSelector"));
      f.jsonPathOnly("Parameters", m.parameters());
      m.parameters().ifPresent(v -> f.template(v, at + "/Parameters"));
      f.arguments(m.arguments(), at + "/Arguments");
      m.maxConcurrency().ifPresent(v -> f.number(v, "MaxConcurrency", 0, Integer.MAX_VALUE));
      m.toleratedFailurePercentage().ifPresent(v -> {
        if (v instanceof JsonNumber n && (n.decimalValue().signum() < 0
            || n.decimalValue().compareTo(BigDecimal.valueOf(100)) > 0)) {
          error("OUT_OF_RANGE", at + "/ToleratedFailurePercentage", "ToleratedFailurePercentage"
              + " is " + n.text() + "; it must be from 0 to 100");
        } else {
          f.dynamic(v, "ToleratedFailurePercentage");
        }
      });
      m.toleratedFailureCount().ifPresent(v -> f.number(v, "ToleratedFailureCount", 0,
          Integer.MAX_VALUE));
      m.label().ifPresent(l -> label(l, at + "/Label"));
      m.itemReader().ifPresent(r -> itemReader(r, at + "/ItemReader", f));
      m.itemBatcher().ifPresent(b -> itemBatcher(b, at + "/ItemBatcher", f));
      m.resultWriter().ifPresent(w -> resultWriter(w, at + "/ResultWriter", f));
      m.itemProcessor().processorConfig().ifPresent(c -> {
        if (c.mode().orElse(null) == ProcessorMode.DISTRIBUTED && c.executionType().isEmpty()) {
          error("MISSING_FIELD", at + "/" + processorField(m) + "/ProcessorConfig",
              "a DISTRIBUTED processor needs \"ExecutionType\": STANDARD or EXPRESS");
        }
      });
      f.resultSelector(m.resultSelector());
      f.resultPath(m.resultPath());
      f.output(m.output());
      f.assign(m.assign(), at + "/Assign");
      errorHandling(m, f, edges);
      ItemProcessor p = m.itemProcessor();
      // a distributed processor runs as child executions: a workflow of its own, free to use
      // JSONPath inside a JSONata parent
      graph(p, at + "/" + processorField(m), f.ql,
          distributed ? p.queryLanguage().orElse(QueryLanguage.JSONPATH) : topLanguage,
          "the item processor of \"" + lastSegment(at) + "\"", distributed);
    }

    void itemReader(ItemReader r, String at, Fields f) {
      if (!ITEM_READER.matcher(r.resource()).matches()
          && !hasPlaceholder(r.resource())) {
        error("INVALID_RESOURCE", at + "/Resource", "an ItemReader reads with"
            + " arn:aws:states:::s3:getObject or arn:aws:states:::s3:listObjectsV2");
      }
      f.jsonPathOnly("Parameters", r.parameters(), at + "/Parameters");
      r.parameters().ifPresent(v -> f.template(v, at + "/Parameters"));
      f.arguments(r.arguments(), at + "/Arguments");
      r.readerConfig().flatMap(c -> c.maxItems()).ifPresent(v -> f.numberAt(v, at
          + "/ReaderConfig", "MaxItems", 1, 100_000_000));
      readerConfig(r, at + "/ReaderConfig");
    }

    void readerConfig(ItemReader r, String at) {
      io.asl4j.model.ReaderConfig c = r.readerConfig().orElse(null);
      boolean getObject = r.resource().endsWith(":getObject");
      boolean inventory = c != null && c.manifestType().orElse(null)
          == io.asl4j.model.ManifestType.S3_INVENTORY;
      if (getObject && !inventory && (c == null || c.inputType().isEmpty())) {
        error("MISSING_FIELD", c == null ? at.substring(0, at.lastIndexOf('/')) : at,
            "reading a file with s3:getObject needs \"ReaderConfig\": {\"InputType\": ...}"
            + " (CSV, JSON, JSONL, PARQUET or MANIFEST)");
      }
      if (c == null) {
        return;
      }
      if (inventory && c.inputType().isPresent()) {
        error("FIELD_NOT_ALLOWED", at + "/InputType", "an S3_INVENTORY manifest sets its own"
            + " input type; remove \"InputType\"");
      }
      boolean given = c.csvHeaderLocation().orElse(null) == io.asl4j.model.CsvHeaderLocation.GIVEN;
      if (given && c.csvHeaders().isEmpty()) {
        error("MISSING_FIELD", at, "\"CSVHeaderLocation\": \"GIVEN\" needs the column names in"
            + " \"CSVHeaders\"");
      } else if (!given && c.csvHeaders().isPresent()) {
        error("FIELD_NOT_ALLOWED", at + "/CSVHeaders", "\"CSVHeaders\" is used only with"
            + " \"CSVHeaderLocation\": \"GIVEN\"");
      }
      io.asl4j.model.ReaderInputType input = c.inputType().orElse(null);
      if (c.csvHeaderLocation().isPresent() && input != null
          && input != io.asl4j.model.ReaderInputType.CSV
          && input != io.asl4j.model.ReaderInputType.MANIFEST) {
        error("FIELD_NOT_ALLOWED", at + "/CSVHeaderLocation", "\"CSVHeaderLocation\" is for CSV"
            + " (and MANIFEST) input, not " + input.jsonName());
      }
      if (c.transformation().isPresent() && getObject) {
        error("FIELD_NOT_ALLOWED", at + "/Transformation", "\"Transformation\" applies to"
            + " s3:listObjectsV2 listings, not to a single s3:getObject file");
      }
      c.itemsPointer().filter(p -> !p.isEmpty() && !p.startsWith("/")).ifPresent(p ->
          error("INVALID_VALUE", at + "/ItemsPointer", "\"" + p + "\" is not a JSON Pointer;"
              + " write it as /data/items"));
    }

    void itemBatcher(ItemBatcher b, String at, Fields f) {
      if (b.maxItemsPerBatch().isEmpty() && b.maxInputBytesPerBatch().isEmpty()) {
        error("MISSING_FIELD", at, "an ItemBatcher needs MaxItemsPerBatch or"
            + " MaxInputBytesPerBatch");
      }
      b.maxItemsPerBatch().ifPresent(v -> f.numberAt(v, at, "MaxItemsPerBatch", 1,
          Integer.MAX_VALUE));
      b.maxInputBytesPerBatch().ifPresent(v -> f.numberAt(v, at, "MaxInputBytesPerBatch", 1,
          262_144));
      b.batchInput().ifPresent(v -> f.payload(v, at + "/BatchInput"));
    }

    void resultWriter(ResultWriter w, String at, Fields f) {
      if (w.resource().isEmpty() && w.writerConfig().isEmpty()) {
        error("MISSING_FIELD", at, "a ResultWriter needs a Resource with Parameters, a"
            + " WriterConfig, or both");
      }
      boolean target = w.parameters().isPresent() || w.arguments().isPresent();
      w.resource().ifPresent(r -> {
        if (!WRITER.matcher(r).matches() && !hasPlaceholder(r)) {
          error("INVALID_RESOURCE", at + "/Resource", "a ResultWriter writes with"
              + " arn:aws:states:::s3:putObject");
        }
        if (!target) {
          error("MISSING_FIELD", at, "a ResultWriter with a Resource needs the bucket and prefix"
              + " to write to, in \"Parameters\" (or \"Arguments\" in JSONata)");
        }
      });
      if (target && w.resource().isEmpty()) {
        error("MISSING_FIELD", at, "a ResultWriter with Parameters needs \"Resource\":"
            + " \"arn:aws:states:::s3:putObject\"");
      }
      f.jsonPathOnly("Parameters", w.parameters(), at + "/Parameters");
      w.parameters().ifPresent(v -> f.template(v, at + "/Parameters"));
      f.arguments(w.arguments(), at + "/Arguments");
    }

    void distributedOnly(Optional<?> field, String at, String name) {
      // a warning: validators disagree whether Step Functions rejects it or runs the Map inline
      if (field.isPresent()) {
        warning("DISTRIBUTED_ONLY", at + "/" + name, "\"" + name + "\" is for Distributed Maps,"
            + " but this Map has no \"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\"}, so it runs"
            + " inline; add the ProcessorConfig (with ExecutionType) to its ItemProcessor");
      }
    }

    void label(String label, String at) {
      if (label.isEmpty()) {
        error("INVALID_LABEL", at, "Label cannot be empty");
      } else if (label.codePointCount(0, label.length()) > 40) {
        error("INVALID_LABEL", at, "Label is longer than 40 characters");
      } else {
        for (int i = 0; i < label.length(); i++) {
          char c = label.charAt(i);
          if (Character.isWhitespace(c) || c < 0x20 || (c >= 0x7f && c <= 0x9f)
              || "?*<>{}[]\"#%\\^|~`$&,;:/".indexOf(c) >= 0) {
            error("INVALID_LABEL", at, "Label contains invalid character '" + c + "'; no white"
                + " space, control characters or ? * < > { } [ ] \" # % \\ ^ | ~ ` $ & , ; : /");
            return;
          }
        }
      }
    }

    void maxLength(String text, String at, String field, int max) {
      int length = text.codePointCount(0, text.length());
      if (length > max) {
        error("OUT_OF_RANGE", at, field + " is " + length + " characters; at most " + max);
      }
    }

    void integer(JsonNumber n, String at, long min, long max) {
      if (!n.isIntegral()) {
        error("WRONG_TYPE", at, "expected a whole number, found " + n.text());
        return;
      }
      BigDecimal v = n.decimalValue();
      if (v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
        error("OUT_OF_RANGE", at, lastSegment(at) + " is " + n.text() + "; it must be from " + min
            + " to " + max);
      }
    }

    void placeholders(Optional<String> text, String at) {
      text.filter(Validator::isTestPlaceholder).ifPresent(t ->
          error("UNRESOLVED_PLACEHOLDER", at, "\"" + t + "\" is a test-harness placeholder that"
              + " was never replaced; substitute the real value"));
    }

    /** Checks of one state's fields, knowing its location and query language. */
    private final class Fields {
      final String at;
      final QueryLanguage ql;

      Fields(String at, QueryLanguage ql) {
        this.at = at;
        this.ql = ql;
      }

      void ioPaths(Optional<Path> input, Optional<Path> output) {
        input.ifPresent(p -> path(p, "InputPath"));
        output.ifPresent(p -> path(p, "OutputPath"));
      }

      private void path(Path p, String field) {
        jsonPathOnlyAt(field, at + "/" + field);
        if (p instanceof JsonPath jp) {
          pathText(jp.text(), at + "/" + field);
        }
      }

      void resultPath(Optional<Path> p) {
        p.ifPresent(v -> {
          jsonPathOnlyAt("ResultPath", at + "/ResultPath");
          if (v instanceof JsonPath jp) {
            resultPathText(jp.text(), at + "/ResultPath");
          }
        });
      }

      void resultPathText(String text, String location) {
        if (text.startsWith("$$") || (text.length() > 1 && text.charAt(0) == '$'
            && Character.isLetter(text.charAt(1)))) {
          error("INVALID_REFERENCE_PATH", location, "\"" + text + "\" cannot be a ResultPath:"
              + " it places the result in the state input, so it starts with $ (not $$ or a"
              + " variable)");
          return;
        }
        referencePath(text, location);
      }

      /**
       * Parses a path for the checks: a test placeholder is reported, substitutions are filled
       * with a neutral name, and the variables it reads are noted.
       *
       * @return the syntax, or null when there is nothing left to check
       */
      private JsonPathSyntax.Result parsePath(String original, String location) {
        if (isTestPlaceholder(original)) {
          placeholders(Optional.of(original), location);
          return null;
        }
        String text = withoutPlaceholders(original);
        if (text == null) {
          return null;
        }
        readsJsonPath(text, location);
        return JsonPathSyntax.check(text);
      }

      void pathText(String text, String location) {
        JsonPathSyntax.Result r = parsePath(text, location);
        if (r != null && !r.valid()) {
          error("INVALID_PATH", location, "\"" + text + "\" is not a valid JSONPath: "
              + r.problem());
        }
      }

      void referencePath(String text, String location) {
        JsonPathSyntax.Result r = parsePath(text, location);
        if (r == null) {
          return;
        }
        if (!r.valid()) {
          error("INVALID_REFERENCE_PATH", location, "\"" + text + "\" is not a valid reference"
              + " path: " + r.problem());
        } else if (!r.reference()) {
          error("INVALID_REFERENCE_PATH", location, "\"" + text + "\" selects several values;"
              + " a reference path names one (only .field, ['field'] and [index] steps)");
        }
      }

      void resultSelector(Optional<JsonObject> selector) {
        selector.ifPresent(v -> {
          jsonPathOnlyAt("ResultSelector", at + "/ResultSelector");
          template(v, at + "/ResultSelector");
        });
      }

      void output(Optional<Value> output) {
        output.ifPresent(v -> {
          jsonataOnlyAt("Output", at + "/Output");
          jsonata(v, at + "/Output");
        });
      }

      void assign(Optional<JsonObject> assign, String location) {
        assign.ifPresent(a -> {
          for (Map.Entry<String, Value> e : a.members().entrySet()) {
            String name = e.getKey();
            boolean expression = e.getValue() instanceof JsonPath
                || e.getValue() instanceof Intrinsic;
            String key = location + "/" + escape(name + (expression ? ".$" : ""));
            if (flow != null) {
              flow.declaredAt.putIfAbsent(name, key);
            }
            if (name.isEmpty() || name.indexOf('.') >= 0 || name.indexOf('[') >= 0) {
              error("INVALID_VARIABLE_NAME", key, "\"" + name + "\" is not a variable name; a"
                  + " sub-path cannot be assigned: assign the whole variable");
            } else if (name.codePointCount(0, name.length()) > 80) {
              error("INVALID_VARIABLE_NAME", key, "variable name is "
                  + name.codePointCount(0, name.length()) + " characters; at most 80");
            } else if (name.equals("states")) {
              error("INVALID_VARIABLE_NAME", key, "\"states\" is reserved: $states holds the"
                  + " input, result, error output and context");
            } else if (!IDENTIFIER.matcher(name).matches()) {
              warning("VARIABLE_NAME_NOT_IDENTIFIER", key, "\"" + name + "\" is not an"
                  + " identifier, so JSONata reads $" + name + " as something else; use letters,"
                  + " digits and underscores");
            }
          }
          payload(a, location);
        });
      }

      /** A field valid in both languages: a template in JSONPath, JSONata values in JSONata. */
      void payload(Value v, String location) {
        if (ql == QueryLanguage.JSONATA) {
          jsonata(v, location);
        } else {
          template(v, location);
        }
      }

      /** A JSONPath payload template: checks paths, intrinsics and look-alike strings. */
      void template(Value v, String location) {
        if (v instanceof JsonObject o) {
          for (Map.Entry<String, Value> e : o.members().entrySet()) {
            Value m = e.getValue();
            if (m instanceof JsonPath p) {
              pathText(p.text(), location + "/" + escape(e.getKey() + ".$"));
            } else if (m instanceof Intrinsic i) {
              intrinsic(i.text(), location + "/" + escape(e.getKey() + ".$"), false);
            } else if (m instanceof JsonString s) {
              lookalike(e.getKey(), s.value(), location + "/" + escape(e.getKey()));
            } else {
              template(m, location + "/" + escape(e.getKey()));
            }
          }
        } else if (v instanceof JsonArray a) {
          for (int i = 0; i < a.elements().size(); i++) {
            template(a.elements().get(i), location + "/" + i);
          }
        } else if (v instanceof JsonString s) {
          placeholders(Optional.of(s.value()), location);
        }
      }

      private void lookalike(String key, String text, String location) {
        placeholders(Optional.of(text), location);
        if (hasPlaceholder(text)) {
          return;
        }
        boolean path = text.equals("$") || text.startsWith("$.") || text.startsWith("$[")
            || text.startsWith("$$.");
        boolean call = text.startsWith("States.") && text.endsWith(")");
        if (path || call) {
          warning("LOOKS_LIKE_PATH", location, "\"" + text + "\" looks like "
              + (path ? "a path" : "an intrinsic function call") + " but is passed as literal text,"
              + " because the key has no .$ suffix; did you mean \"" + key + ".$\"?");
        }
      }

      /** A JSONata value: checks every expression inside. */
      void jsonata(Value v, String location) {
        if (v instanceof Jsonata j) {
          jsonataExpression(j, location);
        } else if (v instanceof JsonObject o) {
          for (Map.Entry<String, Value> e : o.members().entrySet()) {
            jsonata(e.getValue(), location + "/" + escape(e.getKey()));
          }
        } else if (v instanceof JsonArray a) {
          for (int i = 0; i < a.elements().size(); i++) {
            jsonata(a.elements().get(i), location + "/" + i);
          }
        } else if (v instanceof JsonString s) {
          placeholders(Optional.of(s.value()), location);
          halfDelimited(s.value(), location);
        }
      }

      /** "10 %}" or "{% 10": almost an expression, but Step Functions takes it as text. */
      private void halfDelimited(String text, String location) {
        boolean opens = text.startsWith("{%");
        boolean closes = text.endsWith("%}") && text.length() > 1;
        if (opens != closes) {
          error("INVALID_JSONATA", location, "\"" + text + "\" " + (opens ? "opens with {% but"
              + " does not end with %}" : "ends with %} but does not open with {%") + ", so it is"
              + " literal text; a JSONata expression is the whole string \"{% ... %}\"");
        }
      }

      void jsonataExpression(Jsonata j, String location) {
        String expression = j.expression();
        if (expression.isEmpty()) {
          error("INVALID_JSONATA", location, "the JSONata expression is empty");
          return;
        }
        JsonataFacts facts = jsonataFacts.computeIfAbsent(expression, JsonataFacts::of);
        if (!facts.problem().isEmpty()) {
          error("INVALID_JSONATA", location, "invalid JSONata: " + facts.problem());
          return;
        }
        for (String v : facts.variables()) {
          reads(v, location);
        }
        if (facts.root() != null) {
          error("INVALID_JSONATA", location, "Step Functions binds nothing to \"" + facts.root()
              + "\" at the top of a JSONata expression: read the input as $states.input and the"
              + " context as $states.context");
        }
        for (String[] name : facts.names()) {
          jsonataName(name, location);
        }
      }

      /** A name Step Functions does not provide in JSONata: $eval, States.*, unknown $states. */
      private void jsonataName(String[] name, String location) {
        switch (name[0]) {
          case "intrinsic" -> error("INVALID_JSONATA", location, "States." + name[1] + " is an"
              + " intrinsic function of JSONPath states; JSONata has its own functions ($string,"
              + " $uuid, $hash, ...)");
          case "eval" -> error("INVALID_JSONATA", location, "$eval is not available in Step"
              + " Functions; use $parse to read JSON text");
          default -> {
            switch (name[1]) {
              case "input", "context" -> { }
              case "result" -> {
                if (location.contains("/Arguments")) {
                  error("INVALID_JSONATA", location, "$states.result is not available in"
                      + " Arguments: the task has not run yet (use it in Output or Assign)");
                }
              }
              case "errorOutput" -> {
                if (!location.contains("/Catch/")) {
                  error("INVALID_JSONATA", location, "$states.errorOutput is available only in a"
                      + " Catch (its Output and Assign)");
                }
              }
              default -> error("INVALID_JSONATA", location, "$states has no \"" + name[1]
                  + "\"; it holds input, result, errorOutput and context");
            }
          }
        }
      }

      void intrinsic(String text, String location, boolean stringOnly) {
        if (isTestPlaceholder(text)) {
          placeholders(Optional.of(text), location);
          return;
        }
        if (hasPlaceholder(text) && SUBSTITUTION.matcher(text).matches()) {
          return; // the whole expression is filled in before deployment
        }
        readsJsonPath(text, location);
        for (IntrinsicSyntax.Problem p : IntrinsicSyntax.check(text)) {
          error(p.code(), location, p.message());
        }
        if (stringOnly) {
          String name = IntrinsicSyntax.functionName(text);
          if (name != null && !STRING_INTRINSICS.contains(name)) {
            error("INVALID_INTRINSIC", location, "States." + name + " does not return a string;"
                + " ErrorPath and CausePath take States." + String.join(", States.",
                new java.util.TreeSet<>(STRING_INTRINSICS)));
          }
        }
      }

      /** A numeric field: range for literals, reference paths for the Path twin. */
      void number(DynamicNumber v, String field, long min, long max) {
        numberAt(v, at, field, min, max);
      }

      void numberAt(DynamicNumber v, String base, String field, long min, long max) {
        if (v instanceof JsonNumber n) {
          integer(n, base + "/" + field, min, max);
        } else if (v instanceof JsonPath p) {
          jsonPathOnlyAt(field + "Path", base + "/" + field + "Path");
          referencePath(p.text(), base + "/" + field + "Path");
        } else {
          jsonataOnlyAt(field, base + "/" + field);
          jsonataExpression((Jsonata) v, base + "/" + field);
        }
      }

      void dynamic(DynamicNumber v, String field) {
        if (v instanceof JsonPath p) {
          jsonPathOnlyAt(field + "Path", at + "/" + field + "Path");
          referencePath(p.text(), at + "/" + field + "Path");
        } else if (v instanceof Jsonata j) {
          jsonataOnlyAt(field, at + "/" + field);
          jsonataExpression(j, at + "/" + field);
        }
      }

      /** Error, Cause, Timestamp: literal, path or intrinsic twin, or JSONata. */
      void string(DynamicString v, String field, boolean intrinsicAllowed) {
        if (v instanceof JsonString s) {
          placeholders(Optional.of(s.value()), at + "/" + field);
        } else if (v instanceof Jsonata j) {
          jsonataOnlyAt(field, at + "/" + field);
          jsonataExpression(j, at + "/" + field);
        } else {
          String twin = at + "/" + field + "Path";
          jsonPathOnlyAt(field + "Path", twin);
          String text = ((Expression) v).text();
          if (v instanceof Intrinsic && intrinsicAllowed) {
            intrinsic(text, twin, true);
          } else {
            referencePath(text, twin);
          }
        }
      }

      void jsonPathOnly(String field, Optional<? extends Value> v) {
        jsonPathOnly(field, v, at + "/" + field);
      }

      void jsonPathOnly(String field, Optional<? extends Value> v, String location) {
        if (v.isPresent()) {
          jsonPathOnlyAt(field, location);
        }
      }

      void jsonPathOnlyAt(String field, String location) {
        if (ql == QueryLanguage.JSONATA) {
          error("JSONPATH_FIELD_IN_JSONATA", location, "\"" + field + "\" is a JSONPath field;"
              + " this state uses JSONata (use Arguments, Output and Assign with {% %}"
              + " expressions)");
        }
      }

      /** Arguments: JSONata only, and an object or one expression that gives an object. */
      void arguments(Optional<Value> arguments, String location) {
        arguments.ifPresent(v -> {
          jsonataOnlyAt("Arguments", location);
          if (!(v instanceof JsonObject || v instanceof Jsonata)) {
            error("WRONG_TYPE", location, "Arguments is an object or a JSONata expression"
                + " \"{% ... %}\" that gives one");
          }
          jsonata(v, location);
        });
      }

      void jsonataOnly(String field, Optional<? extends Value> v) {
        jsonataOnly(field, v, at + "/" + field);
      }

      void jsonataOnly(String field, Optional<? extends Value> v, String location) {
        if (v.isPresent()) {
          jsonataOnlyAt(field, location);
        }
      }

      void jsonataOnlyAt(String field, String location) {
        if (ql != QueryLanguage.JSONATA) {
          error("JSONATA_FIELD_IN_JSONPATH", location, "\"" + field + "\" is a JSONata field;"
              + " this state uses JSONPath (set \"QueryLanguage\": \"JSONata\", or use"
              + " Parameters, ResultSelector and OutputPath)");
        }
      }
    }
  }

  /**
   * What a JSONata expression says, worked out once per distinct expression in a validation.
   *
   * @param problem the parser's message, or "" when it parses
   * @param variables the workflow variables it reads
   * @param root a JSONPath-style {@code $} or {@code $$} at its start, or null
   * @param names {kind, name} of intrinsics, $eval and $states members it uses
   */
  private record JsonataFacts(String problem, List<String> variables, String root,
      List<String[]> names) {

    static JsonataFacts of(String expression) {
      String problem = parseJsonata(expression);
      if (!problem.isEmpty()) {
        return new JsonataFacts(problem, List.of(), null, List.of());
      }
      List<String> variables = new ArrayList<>();
      for (String v : jsonataVariables(expression)) {
        if (!JSONATA_FUNCTIONS.contains(v)) {
          variables.add(v);
        }
      }
      Matcher root = JSONATA_ROOT.matcher(expression.strip());
      List<String[]> names = new ArrayList<>();
      if (expression.indexOf('$') >= 0 || expression.contains("States.")) {
        Matcher m = JSONATA_NAMES.matcher(stripStrings(expression));
        while (m.find()) {
          names.add(m.group(1) != null ? new String[] {"intrinsic", m.group(1)}
              : m.group(2) != null ? new String[] {"eval", "eval"}
              : new String[] {"states", m.group(3)});
        }
      }
      return new JsonataFacts(problem, variables, root.lookingAt() ? root.group() : null, names);
    }
  }

  /** A transition out of a state, and the variables taking it assigns. */
  private record Edge(String field, String target, Set<String> assigns) {}

  /** One graph's transitions and variable reads, for the variable analysis. */
  private static final class Flow {
    final StateGraph graph;
    final Map<String, List<Edge>> edges;
    final Flow parent;
    final String parentState;
    final boolean distributed;
    /** {state, variable, location} of every variable read. */
    final List<String[]> reads = new ArrayList<>();
    /** Variables the states assign, including those of states that end the graph. */
    final Set<String> declared = new HashSet<>();
    /** Where each variable is first assigned in this graph (a JSON pointer). */
    final Map<String, String> declaredAt = new LinkedHashMap<>();
    private final Map<String, Set<String>> unassigned = new HashMap<>();
    private Set<String> assigned;

    Flow(StateGraph graph, Map<String, List<Edge>> edges, Flow parent, String parentState,
        boolean distributed) {
      this.graph = graph;
      this.edges = edges;
      this.parent = parent;
      this.parentState = parentState;
      this.distributed = distributed;
    }

    /** The states that may run before {@code variable} has been assigned. */
    Set<String> unassigned(String variable) {
      Set<String> known = unassigned.get(variable);
      if (known != null) {
        return known;
      }
      Set<String> seen = new HashSet<>();
      // a branch or inline processor starts with what its Parallel or Map state had
      boolean atEntry = parent != null && !distributed
          && !parent.unassigned(variable).contains(parentState);
      if (!atEntry && graph.states().containsKey(graph.startAt())) {
        Deque<String> work = new ArrayDeque<>();
        work.push(graph.startAt());
        while (!work.isEmpty()) {
          String s = work.pop();
          if (seen.add(s)) {
            for (Edge e : edges.get(s)) {
              if (!e.assigns().contains(variable) && graph.states().containsKey(e.target())) {
                work.push(e.target());
              }
            }
          }
        }
      }
      unassigned.put(variable, seen);
      return seen;
    }

    /** Whether some transition into {@code state} assigns the variable. */
    boolean assignedBefore(String variable, String state) {
      for (List<Edge> out : edges.values()) {
        for (Edge e : out) {
          if (e.target().equals(state) && e.assigns().contains(variable)) {
            return true;
          }
        }
      }
      return false;
    }

    /** Whether this graph or an enclosing one (up to a Distributed Map) assigns the variable. */
    boolean inScope(String variable) {
      for (Flow f = this; f != null; f = f.distributed ? null : f.parent) {
        if (f.assignedAnywhere().contains(variable)) {
          return true;
        }
      }
      return distributed; // reported with its own message
    }

    Set<String> assignedAnywhere() {
      if (assigned == null) {
        assigned = new HashSet<>(declared);
        for (List<Edge> out : edges.values()) {
          for (Edge e : out) {
            assigned.addAll(e.assigns());
          }
        }
      }
      return assigned;
    }
  }

  private static Set<String> assigned(Optional<JsonObject> assign) {
    return assign.map(a -> a.members().keySet()).orElse(Set.of());
  }

  /** The state-level Assign of any state that has one. */
  private static Optional<JsonObject> stateAssign(State s) {
    if (s instanceof TaskState t) {
      return t.assign();
    } else if (s instanceof PassState p) {
      return p.assign();
    } else if (s instanceof WaitState w) {
      return w.assign();
    } else if (s instanceof ParallelState p) {
      return p.assign();
    } else if (s instanceof MapState m) {
      return m.assign();
    } else if (s instanceof ChoiceState c) {
      return c.assign();
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- helpers

  private static boolean mentionsTaskToken(TaskState t) {
    String payload = t.parameters().map(Validator::text).orElse("")
        + t.arguments().map(Validator::text).orElse("");
    return payload.contains("Task.Token");
  }

  private static String text(Value v) {
    return io.asl4j.json.AslWriter.compact().write(v);
  }

  /**
   * Parses a JSONata expression, only to check its syntax.
   *
   * @return the parser's message, or "" when it parses
   */
  private static String parseJsonata(String expression) {
    if (isSimplePath(expression)) {
      return "";
    }
    try {
      com.dashjoin.jsonata.Jsonata.jsonata(expression);
      return "";
    } catch (com.dashjoin.jsonata.JException e) {
      return String.valueOf(e.getMessage());
    } catch (RuntimeException e) {
      return e.toString(); // the parser's own bugs must not stop the validation
    }
  }

  /** {@code $states.input.a.b}: a variable and field names, always valid JSONata. */
  private static boolean isSimplePath(String expression) {
    String e = expression.strip();
    if (e.length() < 2 || e.charAt(0) != '$') {
      return false;
    }
    boolean nameStart = true;
    for (int i = 1; i < e.length(); i++) {
      char c = e.charAt(i);
      if (c == '.' && !nameStart) {
        nameStart = true;
      } else if (c < 0x80 && (Character.isLetter(c) || c == '_'
          || (!nameStart && Character.isDigit(c)))) {
        nameStart = false;
      } else {
        return false;
      }
    }
    return !nameStart;
  }

  /** Whether a path or intrinsic text has a {@code $} followed by a letter: a variable, maybe. */
  private static boolean mayReadVariable(String text) {
    for (int i = text.indexOf('$'); i >= 0 && i + 1 < text.length();
        i = text.indexOf('$', i + 1)) {
      char c = text.charAt(i + 1);
      if (c == '_' || Character.isLetter(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTestPlaceholder(String t) {
    return t.length() >= 5 && t.charAt(0) == '_' && t.indexOf("tbd") > 0
        && TEST_PLACEHOLDER.matcher(t).matches();
  }

  /** The UTF-8 size of the workflow written compactly, counted without keeping the text. */
  private static long compactSize(Workflow w) {
    long[] n = {0};
    Appendable counter = new Appendable() {
      @Override
      public Appendable append(CharSequence csq) throws java.io.IOException {
        return append(csq, 0, csq.length());
      }

      @Override
      public Appendable append(CharSequence csq, int start, int end) throws java.io.IOException {
        for (int i = start; i < end; i++) {
          append(csq.charAt(i));
        }
        return this;
      }

      @Override
      public Appendable append(char c) throws java.io.IOException {
        n[0] += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        if (n[0] > MAX_DEFINITION && (n[0] & 0xFFF) == 0) {
          throw TooLarge.INSTANCE; // enough to know it is too large; report at least this much
        }
        return this;
      }
    };
    try {
      io.asl4j.json.AslWriter.compact().write(w, counter);
    } catch (TooLarge stop) {
      return -n[0]; // a lower bound
    } catch (java.io.IOException impossible) {
      throw new IllegalStateException(impossible);
    }
    return n[0];
  }

  /** Stops measuring a definition once it is known to be over the limit. */
  private static final class TooLarge extends java.io.IOException {
    private static final long serialVersionUID = 1L;
    static final TooLarge INSTANCE = new TooLarge();

    private TooLarge() {
      super(null, null);
      setStackTrace(new StackTraceElement[0]);
    }
  }

  private static long utf8Length(String s) {
    long n = s.length();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        n += c < 0x800 ? 1 : Character.isSurrogate(c) ? 1 : 2; // a surrogate pair is 4 bytes
      }
    }
    return n;
  }

  private static boolean hasPlaceholder(String s) {
    return (s.contains("${") || s.indexOf('%') >= 0) && SUBSTITUTION.matcher(s).find();
  }

  /**
   * Stands a neutral name in for each substitution placeholder, so {@code $.${Key}.S} is checked
   * as the path it becomes; {@code null} when the whole text is a placeholder.
   */
  private static String withoutPlaceholders(String text) {
    if (!hasPlaceholder(text)) {
      return text;
    }
    String replaced = SUBSTITUTION.matcher(text).replaceAll("x");
    return replaced.startsWith("$") ? replaced : null;
  }

  private static boolean isTimestamp(String s) {
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

  /** Removes string literals so a {@code $} inside quotes is not taken for a reference. */
  private static String stripStrings(String expression) {
    if (expression.indexOf('"') < 0 && expression.indexOf('\'') < 0) {
      return expression;
    }
    StringBuilder sb = new StringBuilder(expression.length());
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < expression.length() && expression.charAt(j) != c) {
          j += expression.charAt(j) == '\\' ? 2 : 1;
        }
        sb.append("''");
        i = j;
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The JSON name of a number field that may have been written as its {@code Path} twin. */
  private static String twin(Optional<DynamicNumber> v, String field) {
    return v.orElse(null) instanceof JsonPath ? field + "Path" : field;
  }

  private static String processorField(MapState m) {
    return m.legacyIterator() ? "Iterator" : "ItemProcessor";
  }

  private static String lastSegment(String pointer) {
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    return last.replace("~1", "/").replace("~0", "~");
  }

  private static String known(StateGraph g) {
    StringBuilder sb = new StringBuilder();
    int n = 0;
    for (String name : g.states().keySet()) {
      if (n == 10) {
        return sb.append(", ...").toString();
      }
      sb.append(n++ == 0 ? "" : ", ").append('"').append(name).append('"');
    }
    return sb.toString();
  }

  static String escape(String segment) {
    if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) {
      return segment;
    }
    return segment.replace("~", "~0").replace("/", "~1");
  }

  /** Variables a JSONata expression reads, for the assigned-before-read warning. */
  static Set<String> jsonataVariables(String expression) {
    if (expression.indexOf('$') < 0) {
      return Set.of();
    }
    String code = stripStrings(expression);
    Set<String> vars = new java.util.TreeSet<>();
    Matcher m = JSONATA_VARIABLE.matcher(code);
    while (m.find()) {
      vars.add(m.group(1));
    }
    Matcher b = JSONATA_BINDING.matcher(code);
    while (b.find()) {
      if (b.group(1) != null) {
        vars.remove(b.group(1));
      } else {
        Matcher param = JSONPATH_VARIABLE.matcher(b.group(2));
        while (param.find()) {
          vars.remove(param.group(1));
        }
      }
    }
    vars.remove("states");
    return vars;
  }
}
