package io.asl4j.dsl;

import io.asl4j.internal.NearMatch;
import io.asl4j.json.JsonPointer;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.State;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a graph of steps into model states: gathers every step reachable from each start (Next
 * first, then Choice rules and Default, then Catch targets, so states come out in reading order;
 * a reference by name to a state declared with the graph leads on to it as a direct transition
 * would), then the declared states nothing led to, places each one in exactly one graph, resolves
 * references by name, and reports every problem at once.
 */
final class Assembler implements Graphs {

  /** One workflow, branch or item processor. */
  private static final class Scope {
    final String pointer;
    final String label;
    final QueryLanguage language;
    final Map<String, DefinedStep> steps = new LinkedHashMap<>();
    final List<Ref> refs = new ArrayList<>();
    Map<String, State> built;

    Scope(String pointer, String label, QueryLanguage language) {
      this.pointer = pointer;
      this.label = label;
      this.language = language;
    }
  }

  /** Where a step was placed. */
  private record Placement(Step identity, DefinedStep step, Scope scope) {}

  /** A by-name reference waiting to be resolved. */
  private record Ref(String from, String field, String name) {}

  private final List<String> problems = new ArrayList<>();
  private final Map<String, Placement> placed = new HashMap<>();
  private final Map<Step, Scope> scopeByStart = new IdentityHashMap<>();
  private final List<Scope> scopes = new ArrayList<>();

  /**
   * Assembles the graph starting at {@code start}.
   *
   * @param language the query language of the top level, which its states inherit
   * @return the top-level states in order
   * @throws DefinitionException listing every problem
   */
  Map<String, State> assemble(Step start, List<Step> declared, QueryLanguage language) {
    Scope top = gather(start, declared, "", "the top level", language);
    for (Scope s : scopes) {
      resolve(s);
    }
    if (!problems.isEmpty()) {
      throw new DefinitionException(problems, List.of());
    }
    // nested graphs first: a Parallel or Map state is made from its graphs' states
    for (int i = scopes.size() - 1; i >= 0; i--) {
      Scope s = scopes.get(i);
      Map<String, State> built = new LinkedHashMap<>();
      Graphs inScope = new Graphs() {
        @Override
        public Map<String, State> states(Step start) {
          return Assembler.this.states(start);
        }

        @Override
        public QueryLanguage language() {
          return s.language;
        }
      };
      for (DefinedStep d : s.steps.values()) {
        built.put(d.name(), d.toModel(inScope));
      }
      s.built = Collections.unmodifiableMap(built);
    }
    return top.built;
  }

  @Override
  public Map<String, State> states(Step start) {
    return scopeByStart.get(start).built;
  }

  private Scope gather(Step start, List<Step> declared, String pointer, String label,
      QueryLanguage language) {
    Scope scope = new Scope(pointer, label, language);
    scopes.add(scope);
    scopeByStart.put(start, scope);
    if (start instanceof StepRef ref) {
      problems.add(pointer + "/StartAt: \"" + ref.name() + "\" is a reference; a graph must start"
          + " with the state itself, not ref(...)");
      return scope;
    }
    Map<String, Step> byName = new HashMap<>();
    for (Step s : declared) {
      if (!(s instanceof StepRef)) {
        byName.putIfAbsent(s.name(), s);
      }
    }
    Set<Step> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Step> stack = new ArrayDeque<>();
    stack.push(start);
    int next = 0; // the next declared state to gather if nothing led to it
    while (!stack.isEmpty() || next < declared.size()) {
      Step step = stack.isEmpty() ? declared.get(next++) : stack.pop();
      if (step instanceof StepRef ref) {
        problems.add(pointer + "/States/" + escape(ref.name()) + ": \"" + ref.name() + "\" is"
            + " declared as a reference; declare the state itself, not ref(...)");
        continue;
      }
      if (!visited.add(step)) {
        continue;
      }
      DefinedStep d = definition(step);
      if (!place(step, d, scope)) {
        continue;
      }
      String at = scope.pointer + "/States/" + escape(d.name());
      for (Edge nested : d.nested()) {
        gather(nested.target(), nested.declared(), at + "/" + nested.field(),
            describe(nested.field(), d.name()), nested.language().orElse(scope.language));
      }
      List<Edge> edges = d.edges();
      for (int i = edges.size() - 1; i >= 0; i--) {
        Edge e = edges.get(i);
        if (e.target() instanceof StepRef ref && byName.containsKey(ref.name())) {
          stack.push(byName.get(ref.name()));
        } else if (e.target() instanceof StepRef ref) {
          scope.refs.add(new Ref(d.name(), e.field(), ref.name()));
        } else {
          stack.push(e.target());
        }
      }
    }
    return scope;
  }

  /** Places a step in a scope; false if it is a repeat or a conflict (reported). */
  private boolean place(Step step, DefinedStep d, Scope scope) {
    Placement existing = placed.get(d.name());
    String at = scope.pointer + "/States/" + escape(d.name());
    if (existing == null) {
      placed.put(d.name(), new Placement(step, d, scope));
      scope.steps.put(d.name(), d);
      return true;
    }
    boolean same = existing.identity() == step || sameDefinition(existing.step(), d);
    if (same && existing.scope() == scope) {
      return false; // the same state reached again, perhaps from a reused fragment
    }
    if (same) {
      problems.add(at + ": state \"" + d.name() + "\" is used in " + scope.label + " and in "
          + existing.scope().label + "; a state belongs to one graph, and transitions cannot"
          + " leave a Parallel branch or Map item processor");
    } else {
      problems.add(at + ": two different states are named \"" + d.name() + "\"; state names must"
          + " be unique in the whole workflow, including branches and item processors");
    }
    return false;
  }

  private void resolve(Scope scope) {
    for (Ref r : scope.refs) {
      String at = scope.pointer + "/States/" + escape(r.from()) + "/" + r.field();
      if (scope.steps.containsKey(r.name())) {
        continue;
      }
      Placement elsewhere = placed.get(r.name());
      if (elsewhere != null) {
        problems.add(at + ": \"" + r.name() + "\" is in " + elsewhere.scope().label + ", outside "
            + scope.label + "; transitions cannot leave a Parallel branch or Map item processor");
      } else {
        String near = NearMatch.closest(r.name(), scope.steps.keySet());
        problems.add(at + ": unknown state \"" + r.name() + "\"; " + (near == null ? ""
            : "did you mean \"" + near + "\"? ") + "ref(name) finds the states reachable from "
            + (scope.pointer.isEmpty() ? "StartAt" : "the start of " + scope.label)
            + " (by Next, Choices, Default, Catch) and those declared with states(...) (known: "
            + known(scope) + ")");
      }
    }
  }

  private static DefinedStep definition(Step step) {
    if (step instanceof DefinedStep d) {
      return d;
    } else if (step instanceof ChoiceStep c) {
      return c.defined();
    } else if (step instanceof SucceedStep s) {
      return s.defined();
    }
    return ((FailStep) step).defined();
  }

  /** Two separately built steps that describe the same state (a fragment built twice). */
  private static boolean sameDefinition(DefinedStep a, DefinedStep b) {
    if (!a.nested().isEmpty() || !b.nested().isEmpty() || a.edges().size() != b.edges().size()) {
      return false;
    }
    for (int i = 0; i < a.edges().size(); i++) {
      Edge x = a.edges().get(i);
      Edge y = b.edges().get(i);
      if (!x.field().equals(y.field()) || !x.target().name().equals(y.target().name())) {
        return false;
      }
    }
    Graphs none = start -> Map.of();
    return a.toModel(none).equals(b.toModel(none));
  }

  private static String describe(String field, String state) {
    if (field.startsWith("Branches/")) {
      return "branch " + field.substring("Branches/".length()) + " of Parallel \"" + state + "\"";
    }
    return "the item processor of Map \"" + state + "\"";
  }

  private static String known(Scope scope) {
    StringBuilder sb = new StringBuilder();
    int n = 0;
    for (String name : scope.steps.keySet()) {
      if (n == 10) {
        sb.append(", ...");
        break;
      }
      sb.append(n++ == 0 ? "" : ", ").append('"').append(name).append('"');
    }
    return sb.toString();
  }

  /** Escapes a JSON pointer segment (RFC 6901). */
  static String escape(String segment) {
    return JsonPointer.escape(segment);
  }
}
