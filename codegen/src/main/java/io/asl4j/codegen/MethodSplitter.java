package io.asl4j.codegen;

import static io.asl4j.codegen.JavaLiterals.constants;
import static io.asl4j.codegen.JavaLiterals.q;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.asl4j.Asl;
import io.asl4j.dsl.ChoiceStart;
import io.asl4j.dsl.ChoiceStep;
import io.asl4j.dsl.Step;
import io.asl4j.model.ChoiceRule;
import io.asl4j.model.StateGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Where each state's {@code Step} local goes, and how a transition names its target. A small
 * workflow is one method of locals; a large one (javac allows 64 KB of code per method) is split:
 * its states go to helpers {@code states1(steps)}, {@code states2(steps)}, ... of {@value
 * #STATES_PER_METHOD} top-level states or {@value CodeSize#INLINE}×2 units of code each, which also
 * put each step into the map {@code steps}, where later parts find them; a Choice with more than
 * {@value #RULES_PER_METHOD} rules gets its rules written to helpers of their own, and a state
 * with more calls than one expression holds (thousands of Retry entries, say) gets them written to
 * helpers that take and return its step.
 *
 * <p>A workflow is split when its state or rule counts ask for it up front, or when written in one
 * method it turns out too large ({@link NeedsSplit}: it is then written again, split).
 */
final class MethodSplitter {

  /** Workflows past these sizes are split into methods (javac's 64 KB per method). */
  static final int STATES_PER_METHOD = 100;
  static final int RULES_PER_METHOD = 100;

  private static final ClassName ASL = ClassName.get(Asl.class);
  private static final ClassName STEP = ClassName.get(Step.class);
  private static final ClassName CHOICE_START = ClassName.get(ChoiceStart.class);
  private static final ClassName CHOICE_STEP = ClassName.get(ChoiceStep.class);
  private static final TypeName STEPS = ParameterizedTypeName.get(ClassName.get(Map.class),
      ClassName.get(String.class), ClassName.get(Step.class));
  /** The calls, and their units, that stay in a state's expression; more go to helpers. */
  private static final int CALLS_PER_METHOD = 100;
  private static final int CHAIN_UNITS = 2 * CodeSize.INLINE;

  /** Thrown when a workflow written in one method turns out too large for one. */
  static final class NeedsSplit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NeedsSplit() {
      super("the workflow needs more than one method", null, false, false);
    }
  }

  /**
   * A state named in generated code: by its name, or a state just declared (the start of a
   * branch), which its local names while the code stays in the same method.
   *
   * @param name the state's name
   * @param variable its local, or {@code null} to look the name up when the code is placed
   * @param part the method its local is in
   */
  record Target(String name, String variable, int part) {

    /** A state by its name. */
    static Target of(String name) {
      return new Target(name, null, -1);
    }
  }

  /**
   * Code that may name states ({@link Target} arguments, or nested {@code Deferred}s), formatted
   * once it is known which method it goes to.
   *
   * @param format a JavaPoet format
   * @param args its arguments
   */
  record Deferred(String format, Object... args) {}

  /** One call of a state's chain ({@code .retry(...)}), and the units it took. */
  private record Link(Deferred code, int units) {}

  /**
   * A state's expression as it is written: the calls that start it (up to the one that makes its
   * step type), further calls, and the transition. Each call's size is what was written since the
   * call before, so the calls are added in the order their arguments are written.
   */
  final class Chain {
    private final List<Link> head = new ArrayList<>();
    private final List<Link> calls = new ArrayList<>();
    private Link last;
    private boolean started;
    private int mark = helpers.spent();

    /** Adds a call; it starts the state until {@link #started()} is called. */
    void add(String format, Object... args) {
      helpers.spend(1);
      Link link = new Link(new Deferred(format, args), helpers.spent() - mark);
      mark = helpers.spent();
      (started ? calls : head).add(link);
    }

    /** Marks the end of the calls that start the state: the rest return its step type. */
    void started() {
      started = true;
    }

    /** Leaves out of the next call what was written since the last (a branch's states). */
    void skip() {
      mark = helpers.spent();
    }

    /** Adds the transition, {@code .next(x)} or {@code .end()}. */
    void end(String format, Object... args) {
      helpers.spend(1);
      last = new Link(new Deferred(format, args), helpers.spent() - mark);
      mark = helpers.spent();
    }
  }

  private final StaticImports imports;
  private final Identifiers names;
  private final Helpers helpers;
  private final boolean split;
  private final CodeBlock.Builder main = CodeBlock.builder();
  /** The method being written: {@code main}, or a part of a split workflow. */
  private CodeBlock.Builder code = main;
  /** Which part is being written. */
  private int part;
  /** Local variables of the method being written, by state name. */
  private final Map<String, String> variables = new HashMap<>();
  /** Every state written so far (in split workflows, each is also in the map {@code steps}). */
  private final Set<String> emitted = new HashSet<>();
  private int statesInMethod;

  /**
   * Prepares the methods of one workflow.
   *
   * @param split whether to split it even if its counts do not ask for it
   */
  MethodSplitter(StateGraph workflow, StaticImports imports, Identifiers names, Helpers helpers,
      boolean split) {
    this.imports = imports;
    this.names = names;
    this.helpers = helpers;
    this.split = split || StateOrder.countStates(workflow) > 2 * STATES_PER_METHOD
        || StateOrder.largestChoice(workflow) > RULES_PER_METHOD;
    if (this.split) {
      main.addStatement("$T steps = new $T<>()", STEPS, HashMap.class);
      code = CodeBlock.builder();
    }
  }

  /** Starts the expression of a state. */
  Chain chain() {
    return new Chain();
  }

  /**
   * Starts the next part of a split workflow when the current one is full; called before a
   * state is written, since writing a Parallel or Map also writes its nested states.
   *
   * @param topLevel whether the state is one of the workflow's own (parts hold at most {@value
   *     #STATES_PER_METHOD} of those)
   */
  void makeRoom(boolean topLevel) {
    if (split && (topLevel && statesInMethod >= STATES_PER_METHOD
        || helpers.spent() >= 2 * CodeSize.INLINE)) {
      nextPart();
    }
  }

  /**
   * Declares a state's local: {@code Step name = expression;}.
   *
   * @return the state, for a branch that starts with it
   */
  Target declare(String stateName, String variable, CodeBlock expression) {
    code.addStatement("$T $N = $L", STEP, variable, expression);
    helpers.spend(1);
    if (split) {
      code.addStatement("steps.put($L, $N)", q(stateName), variable);
      helpers.spend(2 + constants(stateName));
    }
    variables.put(stateName, variable);
    emitted.add(stateName);
    statesInMethod++;
    return new Target(stateName, variable, part);
  }

  /** A state already emitted, by its variable; one not yet emitted (a loop) by reference. */
  private CodeBlock target(Target t, boolean inHelper) {
    if (!inHelper) {
      String v = t.variable() != null ? (t.part() == part ? t.variable() : null)
          : variables.get(t.name());
      if (v != null) {
        return CodeBlock.of("$N", v);
      }
    }
    helpers.spend(2 + constants(t.name()));
    return emitted.contains(t.name()) ? CodeBlock.of("steps.get($L)", q(t.name()))
        : imports.call(ASL, "ref", "$L", q(t.name()));
  }

  /** Formats deferred code for where it goes: in the method being written, or in a helper. */
  private CodeBlock format(Deferred d, boolean inHelper) {
    Object[] args = d.args().clone();
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof Target t) {
        args[i] = target(t, inHelper);
      } else if (args[i] instanceof Deferred inner) {
        args[i] = format(inner, inHelper);
      }
    }
    return CodeBlock.of(d.format(), args);
  }

  /**
   * A state's expression: its chain in place, or, when its calls are too many or too large for
   * one expression, its calls written to helpers that take and return the step, {@code
   * retries2(retries1(task("A").resource("arn"), steps), steps).end()}.
   *
   * @param stateName the state's name
   * @param stepType the type of the step the calls after the start return
   * @param chain the chain
   * @return the expression
   * @throws NeedsSplit if the workflow is written in one method, which has no map of the steps
   *     for helpers to look targets up in
   */
  CodeBlock expression(String stateName, TypeName stepType, Chain chain) {
    CodeBlock.Builder b = CodeBlock.builder();
    for (Link l : chain.head) {
      b.add("$L", format(l.code(), false));
    }
    int units = chain.calls.stream().mapToInt(Link::units).sum();
    if (chain.calls.size() <= CALLS_PER_METHOD && units <= CHAIN_UNITS) {
      for (Link l : chain.calls) {
        b.add("$L", format(l.code(), false));
      }
    } else {
      if (!split) {
        throw new NeedsSplit();
      }
      helpers.spend(-units); // they go to helpers
      List<String> parts = new ArrayList<>();
      String base = Identifiers.base(stateName) + "Calls";
      int i = 0;
      while (i < chain.calls.size()) {
        int before = helpers.spent();
        CodeBlock.Builder body = CodeBlock.builder().add("return s");
        int from = i;
        int partUnits = 0;
        do {
          Link l = chain.calls.get(i++);
          body.add("$L", format(l.code(), true));
          partUnits += l.units();
        } while (i < chain.calls.size() && i - from < CALLS_PER_METHOD
            && partUnits + chain.calls.get(i).units() <= CHAIN_UNITS);
        int targetUnits = helpers.spent() - before;
        helpers.spend(-targetUnits);
        parts.add(helpers.add(base, partUnits + targetUnits, name -> MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(stepType)
            .addParameter(stepType, "s")
            .addParameter(STEPS, "steps")
            .addStatement("$L", body.build()).build()));
      }
      CodeBlock start = b.build();
      b = CodeBlock.builder().add("$L", combine(start, parts, stepType, stepType, base));
    }
    if (chain.last != null) {
      b.add("$L", format(chain.last.code(), false));
    }
    return b.build();
  }

  /**
   * Applies helpers in turn to a start, {@code h2(h1(start, steps), steps)}; past {@value
   * CodeSize#NESTED_HELPERS} of them, one more helper calls them one after the other, since javac
   * overflows on deeply nested calls.
   */
  private CodeBlock combine(CodeBlock start, List<String> parts, TypeName from, TypeName to,
      String base) {
    if (parts.size() <= CodeSize.NESTED_HELPERS) {
      CodeBlock expression = start;
      for (String p : parts) {
        expression = CodeBlock.of("$L($L, steps)", p, expression);
      }
      helpers.spend(2 * parts.size());
      return expression;
    }
    CodeBlock.Builder body = CodeBlock.builder()
        .addStatement("$T s = $L(c, steps)", to, parts.get(0));
    for (String p : parts.subList(1, parts.size())) {
      body.addStatement("s = $L(s, steps)", p);
    }
    body.addStatement("return s");
    String all = helpers.add(base, 2 * parts.size() + 2, name -> MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(to)
        .addParameter(from, "c")
        .addParameter(STEPS, "steps")
        .addCode(body.build()).build());
    helpers.spend(2);
    return CodeBlock.of("$L($L, steps)", all, start);
  }

  /**
   * Ends the states of the workflow and writes {@code workflow()}'s last statement.
   *
   * @param start the start state while the states were written
   * @param build the statement, given the start state's expression in {@code workflow()}
   * @return the body of {@code workflow()}
   * @throws NeedsSplit if the workflow, written in one method, is too large for one
   */
  CodeBlock finish(Target start, Function<CodeBlock, CodeBlock> build) {
    if (split) {
      nextPart();
      code = main;
      variables.clear();
    }
    main.addStatement("$L", build.apply(target(start, false)));
    if (!split && helpers.spent() > CodeSize.METHOD) {
      throw new NeedsSplit();
    }
    return main.build();
  }

  /** Ends the current part of a split workflow and starts the next. */
  private void nextPart() {
    CodeBlock body = code.build();
    String name = helpers.add("states", helpers.restart(), n -> MethodSpec.methodBuilder(n)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(STEPS, "steps").addCode(body).build());
    main.addStatement("$L(steps)", name);
    code = CodeBlock.builder();
    variables.clear();
    statesInMethod = 0;
    part++;
  }

  /**
   * Whether a Choice's rules go to helpers of their own: more than {@value #RULES_PER_METHOD},
   * or more code than one expression holds.
   *
   * @param rules the rules' count
   * @param units the units their conditions took
   * @throws NeedsSplit if they do and the workflow is written in one method
   */
  boolean rulesInParts(int rules, int units) {
    boolean parts = rules > RULES_PER_METHOD || units > CHAIN_UNITS;
    if (parts && !split) {
      throw new NeedsSplit();
    }
    return parts;
  }

  /**
   * A Choice with many rules, its rules written {@value #RULES_PER_METHOD} (or {@value
   * CodeSize#INLINE}×2 units) to a method: {@code rules2(rules1(choice("X"), steps), steps)}.
   *
   * @param name the Choice state's name
   * @param start the call that starts the state, {@code choice("X")}
   * @param conditions the first argument of each rule's {@code .when}
   * @param units the units each condition took, spent in the method being written
   * @param rules the rules, for their targets
   */
  CodeBlock choiceInParts(String name, CodeBlock start, List<CodeBlock> conditions,
      List<Integer> units, List<ChoiceRule> rules) {
    helpers.spend(-units.stream().mapToInt(Integer::intValue).sum()); // they go to helpers
    String base = Identifiers.base(name) + "Rules";
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < rules.size()) {
      int before = helpers.spent();
      CodeBlock.Builder body = CodeBlock.builder().add("return c");
      int from = i;
      int partUnits = 0;
      do {
        body.add("\n.when($L, $L)", conditions.get(i), target(Target.of(rules.get(i).next()),
            true));
        partUnits += units.get(i++) + 1;
      } while (i < rules.size() && i - from < RULES_PER_METHOD
          && partUnits + units.get(i) <= CHAIN_UNITS);
      int targetUnits = helpers.spent() - before;
      helpers.spend(-targetUnits);
      boolean first = from == 0;
      parts.add(helpers.add(base, partUnits + targetUnits, method -> MethodSpec
          .methodBuilder(method)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(CHOICE_STEP)
          .addParameter(first ? CHOICE_START : CHOICE_STEP, "c")
          .addParameter(STEPS, "steps")
          .addStatement("$L", body.build()).build()));
    }
    return combine(start, parts, CHOICE_START, CHOICE_STEP, base);
  }
}
