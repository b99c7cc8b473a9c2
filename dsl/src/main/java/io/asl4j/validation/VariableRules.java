package io.asl4j.validation;

import static io.asl4j.validation.DiagnosticCode.INVALID_VARIABLE_NAME;
import static io.asl4j.validation.DiagnosticCode.UNASSIGNED_VARIABLE;
import static io.asl4j.validation.DiagnosticCode.UNKNOWN_CONTEXT_FIELD;
import static io.asl4j.validation.DiagnosticCode.VARIABLE_NAME_NOT_IDENTIFIER;
import static io.asl4j.validation.DiagnosticCode.VARIABLE_SHADOWS_OUTER;

import io.asl4j.model.Intrinsic;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonPath;
import io.asl4j.model.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of workflow variables: names given in Assign, reads of the context object, and the
 * flow analysis that warns where a variable may be read before it is assigned or where an inner
 * scope shadows an outer variable.
 */
final class VariableRules extends RuleGroup {

  /** A variable read in JSONPath: {@code $name} (not {@code $$} or {@code $.}). */
  static final Pattern JSONPATH_VARIABLE =
      Pattern.compile("(?<![\\p{L}\\p{N}_$])\\$([\\p{L}_][\\p{L}\\p{N}_]*)");
  private static final Set<String> CONTEXT_FIELDS =
      Set.of("Execution", "State", "StateMachine", "Task", "Map");

  /** Every graph, parents before children. */
  final List<VariableFlow> flows = new ArrayList<>();
  /** The graph being checked, or null outside every graph. */
  VariableFlow flow;
  /** The state being checked. */
  String currentState;

  VariableRules(ValidationRun run) {
    super(run);
  }

  /** Checks the variable names an Assign gives, and notes where each is first assigned. */
  void assignedNames(JsonObject a, Loc location) {
    for (Map.Entry<String, Value> e : a.members().entrySet()) {
      String name = e.getKey();
      boolean expression = e.getValue() instanceof JsonPath || e.getValue() instanceof Intrinsic;
      Loc at = expression ? location.dollar(name) : location.at(name);
      if (flow != null) {
        flow.declaredAt.putIfAbsent(name, at);
      }
      if (name.isEmpty() || name.indexOf('.') >= 0 || name.indexOf('[') >= 0) {
        report(INVALID_VARIABLE_NAME, at.toString(), "\"" + name + "\" is not a variable name; a"
            + " sub-path cannot be assigned: assign the whole variable");
      } else if (name.codePointCount(0, name.length()) > 80) {
        report(INVALID_VARIABLE_NAME, at.toString(), "variable name is "
            + name.codePointCount(0, name.length()) + " characters; at most 80");
      } else if (name.equals("states")) {
        report(INVALID_VARIABLE_NAME, at.toString(), "\"states\" is reserved: $states holds the"
            + " input, result, error output and context");
      } else if (!isIdentifier(name)) {
        report(VARIABLE_NAME_NOT_IDENTIFIER, at.toString(), "\"" + name + "\" is not an"
            + " identifier, so JSONata reads $" + name + " as something else; use letters,"
            + " digits and underscores");
      }
    }
  }

  /** Notes that the current state reads a variable (checked once all graphs are known). */
  void reads(String variable, Loc location) {
    if (flow != null && !variable.equals("states")) {
      flow.reads.add(new VariableFlow.Read(currentState, variable, location));
    }
  }

  /** Warns about a context-object path naming a field the context object does not have. */
  private void contextPaths(String text, Loc location) {
    for (int i = text.indexOf("$$."); i >= 0; i = text.indexOf("$$.", i + 3)) {
      int end = i + 3;
      while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
        end++;
      }
      String field = text.substring(i + 3, end);
      if (!CONTEXT_FIELDS.contains(field)) {
        report(UNKNOWN_CONTEXT_FIELD, location.toString(),
            "the context object ($$) has no \"" + field
            + "\"; it holds Execution, State, StateMachine, Task and Map");
      }
    }
  }

  /** Notes the variables a JSONPath path or intrinsic call reads. */
  void readsJsonPath(String text, Loc location) {
    if (text.indexOf("$$.") >= 0) {
      contextPaths(ExpressionText.stripStrings(text), location);
    }
    if (!mayReadVariable(text)) {
      return;
    }
    Matcher m = JSONPATH_VARIABLE.matcher(ExpressionText.stripStrings(text));
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
    for (VariableFlow f : flows) {
      if (f.parent == null || f.distributed) {
        continue;
      }
      for (Map.Entry<String, Loc> d : f.declaredAt.entrySet()) {
        // only a variable the enclosing scope has surely assigned when the branch starts
        VariableFlow inner = f;
        for (VariableFlow a = f.parent; a != null;
            inner = a, a = a.distributed ? null : a.parent) {
          Loc outer = a.declaredAt.get(d.getKey());
          if (outer != null && !a.unassigned(d.getKey()).contains(inner.parentState)) {
            report(VARIABLE_SHADOWS_OUTER, d.getValue().toString(), "$" + d.getKey() + " is already"
                + " assigned in the enclosing scope (" + outer + "), and a Parallel branch or"
                + " Map iteration cannot assign an outer variable: use another name, and"
                + " return values through Output");
            break;
          }
        }
      }
    }
    Set<String> everAssigned = null;
    for (VariableFlow f : flows) {
      for (VariableFlow.Read read : f.reads) {
        if (!f.unassigned(read.variable()).contains(read.state())) {
          continue;
        }
        String state = read.state();
        String location = read.location().toString();
        if (everAssigned == null) {
          everAssigned = new HashSet<>();
          for (VariableFlow g : flows) {
            everAssigned.addAll(g.assignedAnywhere());
          }
        }
        String v = read.variable();
        if (!everAssigned.contains(v)) {
          report(UNASSIGNED_VARIABLE, location, "$" + v + " is never assigned; assign it with"
              + " \"Assign\" in an earlier state (reading it fails the execution)");
        } else if (VariableFlow.assigned(VariableFlow.stateAssign(f.graph.states().get(state)))
            .contains(v) && !f.assignedBefore(v, state)) {
          report(UNASSIGNED_VARIABLE, location, "$" + v + " is assigned by \"" + state + "\""
              + " itself, but a state's fields read variables as they were when it started:"
              + " the new value is visible from the next state");
        } else if (!f.inScope(v)) {
          report(UNASSIGNED_VARIABLE, location, "$" + v + " is assigned only inside another"
              + " Parallel branch or Map iteration, and such variables end with it; return the"
              + " value in that branch's Output instead");
        } else if (f.distributed && !f.assignedAnywhere().contains(v)) {
          report(UNASSIGNED_VARIABLE, location, "$" + v + " is assigned outside this"
              + " Distributed Map, whose child executions cannot read outer variables; pass it"
              + " in with ItemSelector instead");
        } else {
          report(UNASSIGNED_VARIABLE, location, "$" + v + " may not be assigned yet when \""
              + state + "\" runs: a path from StartAt reaches it without assigning " + v
              + "; assign it on every path before");
        }
      }
    }
  }

  /**
   * Whether a name is an identifier, {@code [\\p{L}_][\\p{L}\\p{N}_]*}: a loop over code points
   * rather than a regular expression, as it runs for every variable assigned.
   */
  static boolean isIdentifier(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      if (c != '_' && !Character.isLetter(c) && (i == 0 || !isNumber(c))) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  /** {@code \\p{N}}: a decimal digit, a letter number or another number. */
  private static boolean isNumber(int c) {
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
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
}
