package io.asl4j.codegen;

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
 * its top-level states go {@value #STATES_PER_METHOD} to a helper {@code states1(steps)}, {@code
 * states2(steps)}, ... that also puts each step into the map {@code steps}, where later parts
 * find them; and a Choice with more than {@value #RULES_PER_METHOD} rules gets its rules written
 * to helpers of their own.
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

  private final StaticImports imports;
  private final Identifiers names;
  private final boolean split;
  private final CodeBlock.Builder main = CodeBlock.builder();
  /** The method being written: {@code main}, or a part of a split workflow. */
  private CodeBlock.Builder code = main;
  /** Local variables of the method being written, by state name. */
  private final Map<String, String> variables = new HashMap<>();
  /** Every state written so far (in split workflows, each is also in the map {@code steps}). */
  private final Set<String> emitted = new HashSet<>();
  private final List<MethodSpec> helpers = new ArrayList<>();
  /** Whether a helper for Choice rules is being written: targets come from {@code steps}. */
  private boolean inRuleHelper;
  private int statesInMethod;

  MethodSplitter(StateGraph workflow, StaticImports imports, Identifiers names) {
    this.imports = imports;
    this.names = names;
    split = StateOrder.countStates(workflow) > 2 * STATES_PER_METHOD
        || StateOrder.largestChoice(workflow) > RULES_PER_METHOD;
    if (split) {
      main.addStatement("$T steps = new $T<>()", STEPS, HashMap.class);
      code = CodeBlock.builder();
    }
  }

  /** The helper methods written so far. */
  List<MethodSpec> helpers() {
    return helpers;
  }

  /**
   * Starts the next part of a split workflow when the current one is full; called before a
   * state is written, since writing a Parallel or Map also writes its nested states.
   *
   * @param topLevel whether the state is one of the workflow's own (parts hold only those)
   */
  void makeRoom(boolean topLevel) {
    if (split && topLevel && statesInMethod >= STATES_PER_METHOD) {
      nextPart();
    }
  }

  /** Declares a state's local: {@code Step name = expression;}. */
  void declare(String stateName, String variable, CodeBlock expression) {
    code.addStatement("$T $N = $L", STEP, variable, expression);
    if (split) {
      code.addStatement("steps.put($L, $N)", q(stateName), variable);
    }
    variables.put(stateName, variable);
    emitted.add(stateName);
    statesInMethod++;
  }

  /** A state already emitted, by its variable; one not yet emitted (a loop) by reference. */
  CodeBlock target(String name) {
    String v = inRuleHelper ? null : variables.get(name);
    if (v != null) {
      return CodeBlock.of("$N", v);
    }
    return emitted.contains(name) ? CodeBlock.of("steps.get($L)", q(name))
        : imports.call(ASL, "ref", "$L", q(name));
  }

  /**
   * Ends the states of the workflow and writes {@code workflow()}'s last statement.
   *
   * @param start the start state's expression while the states were written
   * @param startAt the start state's name
   * @param build the statement, given the start state's expression in {@code workflow()}
   * @return the body of {@code workflow()}
   */
  CodeBlock finish(CodeBlock start, String startAt, Function<CodeBlock, CodeBlock> build) {
    if (split) {
      nextPart();
      code = main;
      variables.clear();
      start = target(startAt); // now in the map
    }
    main.addStatement("$L", build.apply(start));
    return main.build();
  }

  /** Ends the current part of a split workflow and starts the next. */
  private void nextPart() {
    String name = names.method("states");
    helpers.add(MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(STEPS, "steps").addCode(code.build()).build());
    main.addStatement("$N(steps)", name);
    code = CodeBlock.builder();
    variables.clear();
    statesInMethod = 0;
  }

  /**
   * A Choice with many rules, its rules written {@value #RULES_PER_METHOD} to a method:
   * {@code rules2(rules1(choice("X"), steps), steps)}.
   *
   * @param name the Choice state's name
   * @param start the call that starts the state, {@code choice("X")}
   * @param rules its rules
   * @param condition writes a rule's condition, the first argument of {@code .when}
   */
  CodeBlock choiceInParts(String name, CodeBlock start, List<ChoiceRule> rules,
      Function<ChoiceRule, CodeBlock> condition) {
    CodeBlock expression = start;
    String base = Identifiers.base(name) + "Rules";
    inRuleHelper = true;
    for (int from = 0; from < rules.size(); from += RULES_PER_METHOD) {
      CodeBlock.Builder body = CodeBlock.builder().add("return c");
      for (ChoiceRule r : rules.subList(from, Math.min(rules.size(), from + RULES_PER_METHOD))) {
        body.add("\n.when($L, $L)", condition.apply(r), target(r.next()));
      }
      String method = names.method(base);
      helpers.add(MethodSpec.methodBuilder(method)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(CHOICE_STEP)
          .addParameter(from == 0 ? CHOICE_START : CHOICE_STEP, "c")
          .addParameter(STEPS, "steps")
          .addStatement("$L", body.build()).build());
      expression = CodeBlock.of("$N($L, steps)", method, expression);
    }
    inRuleHelper = false;
    return expression;
  }
}
