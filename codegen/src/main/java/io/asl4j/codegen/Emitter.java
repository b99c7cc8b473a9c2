package io.asl4j.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.asl4j.Asl;
import io.asl4j.Conditions;
import io.asl4j.Values;
import io.asl4j.Workflow;
import io.asl4j.dsl.Catch;
import io.asl4j.dsl.Graph;
import io.asl4j.dsl.Retry;
import io.asl4j.dsl.Rule;
import io.asl4j.dsl.Step;
import io.asl4j.model.Branch;
import io.asl4j.model.Catcher;
import io.asl4j.model.ChoiceRule;
import io.asl4j.model.ChoiceState;
import io.asl4j.model.ComparisonOperator;
import io.asl4j.model.Condition;
import io.asl4j.model.DynamicNumber;
import io.asl4j.model.DynamicString;
import io.asl4j.model.ExecutionType;
import io.asl4j.model.FailState;
import io.asl4j.model.HasTransition;
import io.asl4j.model.Intrinsic;
import io.asl4j.model.ItemProcessor;
import io.asl4j.model.JsonArray;
import io.asl4j.model.JsonBoolean;
import io.asl4j.model.JsonNull;
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
import io.asl4j.model.ProcessorConfig;
import io.asl4j.model.ProcessorMode;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.RawState;
import io.asl4j.model.Retrier;
import io.asl4j.model.State;
import io.asl4j.model.StateGraph;
import io.asl4j.model.SucceedState;
import io.asl4j.model.TaskState;
import io.asl4j.model.Transition;
import io.asl4j.model.Value;
import io.asl4j.model.WaitState;
import io.asl4j.model.WaitTime;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes one workflow as DSL code: each state a local {@code Step} in an order where every state's
 * targets come first, loops through {@code ref(name)}, values and conditions as typed calls.
 */
final class Emitter {

  /** A static import the generated code relies on. */
  record StaticImport(ClassName type, String member) implements Comparable<StaticImport> {
    @Override
    public int compareTo(StaticImport o) {
      int c = type.canonicalName().compareTo(o.type.canonicalName());
      return c != 0 ? c : member.compareTo(o.member);
    }
  }

  private static final ClassName ASL = ClassName.get(Asl.class);
  private static final ClassName VALUES = ClassName.get(Values.class);
  private static final ClassName CONDITIONS = ClassName.get(Conditions.class);
  private static final ClassName STEP = ClassName.get(Step.class);

  private final Set<StaticImport> imports = new TreeSet<>();
  /** Workflows past these sizes are split into methods (javac's 64 KB per method). */
  static final int STATES_PER_METHOD = 100;
  static final int RULES_PER_METHOD = 100;
  private static final ClassName CHOICE_START = ClassName.get(io.asl4j.dsl.ChoiceStart.class);
  private static final ClassName CHOICE_STEP = ClassName.get(io.asl4j.dsl.ChoiceStep.class);

  private final CodeBlock.Builder main = CodeBlock.builder();
  /** The method being written: {@code main}, or a part of a split workflow. */
  private CodeBlock.Builder code = main;
  /** Local variables of the method being written, by state name. */
  private final Map<String, String> variables = new HashMap<>();
  /** Every state written so far (in split workflows, each is also in the map {@code steps}). */
  private final Set<String> emitted = new HashSet<>();
  private final List<MethodSpec> helpers = new ArrayList<>();
  private boolean split;
  /** Whether the Task being written got its payload from a typed integration. */
  private boolean payloadWritten;
  /** Whether a helper for Choice rules is being written: targets come from {@code steps}. */
  private boolean inRuleHelper;
  private int statesInMethod;
  private int depth;
  private final Set<String> identifiers = new HashSet<>();

  Set<StaticImport> staticImports() {
    return imports;
  }

  List<MethodSpec> helpers() {
    return helpers;
  }

  private static final com.palantir.javapoet.TypeName STEPS =
      com.palantir.javapoet.ParameterizedTypeName.get(ClassName.get(Map.class),
          ClassName.get(String.class), ClassName.get(Step.class));

  private final Set<String> methodNames = new HashSet<>(Set.of("workflow"));

  /** A helper method name not used yet: base1, base2, ... */
  private String methodName(String base) {
    String name = base + 1;
    for (int n = 2; !methodNames.add(name); n++) {
      name = base + n;
    }
    return name;
  }

  /** Ends the current part of a split workflow and starts the next. */
  private void nextPart() {
    String name = methodName("states");
    helpers.add(MethodSpec.methodBuilder(name).addModifiers(
            javax.lang.model.element.Modifier.PRIVATE, javax.lang.model.element.Modifier.STATIC)
        .addParameter(STEPS, "steps").addCode(code.build()).build());
    main.addStatement("$N(steps)", name);
    code = CodeBlock.builder();
    variables.clear();
    statesInMethod = 0;
  }

  /** A call of a statically imported method: {@code name(args)}. */
  private CodeBlock call(ClassName type, String member, String format, Object... args) {
    imports.add(new StaticImport(type, member));
    Object[] all = new Object[args.length + 1];
    all[0] = type;
    System.arraycopy(args, 0, all, 1, args.length);
    // the member in the format text itself, so JavaPoet writes it through the static import
    return CodeBlock.of("$T." + member + "(" + format + ")", all);
  }

  // ------------------------------------------------------------------ the workflow

  CodeBlock workflow(Workflow w, boolean valid) {
    unknown(w.unknownFields(), "");
    split = countStates(w) > 2 * STATES_PER_METHOD || largestChoice(w) > RULES_PER_METHOD;
    if (split) {
      main.addStatement("$T steps = new $T<>()", STEPS, HashMap.class);
      code = CodeBlock.builder();
    }
    CodeBlock start = graph(w, "");
    if (split) {
      nextPart();
      code = main;
      variables.clear();
      start = target(w.startAt()); // now in the map
    }
    CodeBlock.Builder ret = CodeBlock.builder().add("return $L", call(ASL, "startAt", "$L",
        start));
    w.comment().ifPresent(c -> ret.add("\n.comment($L)", q(c)));
    w.queryLanguage().ifPresent(q -> ret.add("\n.queryLanguage($T.$L)", QueryLanguage.class,
        q.name()));
    w.version().ifPresent(v -> ret.add("\n.version($L)", q(v)));
    w.timeoutSeconds().ifPresent(t -> ret.add("\n.timeoutSeconds($L)", wholeNumber(t,
        "/TimeoutSeconds")));
    ret.add("\n.$L()", valid ? "build" : "buildUnvalidated");
    main.addStatement("$L", ret.build());
    return main.build();
  }

  /**
   * Emits every state of a graph as locals, targets before the states that go to them, and
   * returns the expression for the start state.
   */
  private CodeBlock graph(StateGraph g, String at) {
    List<String> order = postOrder(g, at);
    depth++;
    for (String name : order) {
      if (split && depth == 1 && statesInMethod >= STATES_PER_METHOD) {
        nextPart();
      }
      State s = g.states().get(name);
      String p = at + "/States/" + name;
      CodeBlock expression = state(name, s, p);
      String variable = identifier(name);
      code.addStatement("$T $N = $L", STEP, variable, expression);
      if (split) {
        code.addStatement("steps.put($L, $N)", q(name), variable);
      }
      variables.put(name, variable);
      emitted.add(name);
      statesInMethod++;
    }
    depth--;
    return target(g.startAt());
  }

  private static int countStates(StateGraph g) {
    int n = 0;
    for (State s : g.states().values()) {
      n++;
      if (s instanceof ParallelState p) {
        for (Branch b : p.branches()) {
          n += countStates(b);
        }
      } else if (s instanceof MapState m) {
        n += countStates(m.itemProcessor());
      }
    }
    return n;
  }

  private static int largestChoice(StateGraph g) {
    int n = 0;
    for (State s : g.states().values()) {
      if (s instanceof ChoiceState c) {
        n = Math.max(n, c.choices().size());
      } else if (s instanceof ParallelState p) {
        for (Branch b : p.branches()) {
          n = Math.max(n, largestChoice(b));
        }
      } else if (s instanceof MapState m) {
        n = Math.max(n, largestChoice(m.itemProcessor()));
      }
    }
    return n;
  }

  /** States in depth-first post-order from the start: a state's targets come before it. */
  private static List<String> postOrder(StateGraph g, String at) {
    List<String> order = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    java.util.ArrayDeque<Object[]> stack = new java.util.ArrayDeque<>();
    if (!g.states().containsKey(g.startAt())) {
      throw new GenerationException(at + "/StartAt: no state \"" + g.startAt() + "\"");
    }
    seen.add(g.startAt());
    stack.push(new Object[] {g.startAt(), targets(g.states().get(g.startAt())), 0});
    while (!stack.isEmpty()) {
      Object[] top = stack.peek();
      @SuppressWarnings("unchecked")
      List<String> next = (List<String>) top[1];
      int i = (int) top[2];
      if (i < next.size()) {
        top[2] = i + 1;
        String t = next.get(i);
        if (g.states().containsKey(t) && seen.add(t)) {
          stack.push(new Object[] {t, targets(g.states().get(t)), 0});
        }
      } else {
        order.add((String) top[0]);
        stack.pop();
      }
    }
    if (order.size() != g.states().size()) {
      for (String name : g.states().keySet()) {
        if (!seen.contains(name)) {
          throw new GenerationException(at + "/States/" + name + ": state \"" + name
              + "\" is not reachable from \"" + g.startAt() + "\"; the DSL only builds reachable"
              + " states");
        }
      }
    }
    return order;
  }

  /** The states a state can go to, in the order its JSON names them. */
  private static List<String> targets(State s) {
    List<String> out = new ArrayList<>();
    if (s instanceof ChoiceState c) {
      c.choices().forEach(r -> out.add(r.next()));
      c.defaultState().ifPresent(out::add);
    }
    if (s instanceof HasTransition h && h.transition() instanceof Transition.Next n) {
      out.add(n.state());
    }
    if (s instanceof io.asl4j.model.HasErrorHandling e) {
      e.catchers().ifPresent(cs -> cs.forEach(c -> out.add(c.next())));
    }
    return out;
  }

  /** A state already emitted, by its variable; one not yet emitted (a loop) by reference. */
  private CodeBlock target(String name) {
    String v = inRuleHelper ? null : variables.get(name);
    if (v != null) {
      return CodeBlock.of("$N", v);
    }
    return emitted.contains(name) ? CodeBlock.of("steps.get($L)", q(name))
        : call(ASL, "ref", "$L", q(name));
  }

  private String identifier(String stateName) {
    String base = camel(stateName);
    if (javax.lang.model.SourceVersion.isKeyword(base) || base.equals("var")
        || base.equals("record") || base.equals("yield") || base.equals("steps")) {
      base = base + "State";
    }
    String name = base;
    for (int n = 2; !identifiers.add(name); n++) {
      name = base + n;
    }
    return name;
  }

  /** A state name as a lowerCamel Java name: "SNS Notify" and "sns-notify" give snsNotify. */
  private static String camel(String stateName) {
    // words of ASCII letters and digits; "SNS Notify" and "sns-notify" both give snsNotify
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= stateName.length(); i++) {
      char c = i < stateName.length() ? stateName.charAt(i) : ' ';
      boolean part = c < 0x80 && Character.isLetterOrDigit(c);
      boolean boundary = part && word.length() > 0 && Character.isUpperCase(c)
          && Character.isLowerCase(word.charAt(word.length() - 1));
      if (!part || boundary) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      }
      if (part) {
        word.append(c);
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      sb.append(sb.length() == 0 ? lower
          : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
    }
    String base = sb.length() == 0 ? "state" : sb.toString();
    if (Character.isDigit(base.charAt(0))) {
      base = "state" + base;
    }
    return base.length() > 40 ? base.substring(0, 40) : base;
  }

  // ------------------------------------------------------------------ states

  private CodeBlock state(String name, State s, String at) {
    if (s instanceof RawState) {
      throw new GenerationException(at + "/Type: unknown state type \"" + ((RawState) s)
          .declaredType() + "\" cannot be written with the DSL");
    }
    unknown(s.unknownFields(), at);
    CodeBlock.Builder b = CodeBlock.builder();
    boolean written = false;
    if (s instanceof TaskState t) {
      b.add("$L", call(ASL, "task", "$L", q(name)));
      boolean arguments = t.arguments().isPresent();
      Optional<IntegrationCatalog.Plan> plan = t.parameters().isPresent() && arguments
          ? Optional.empty()
          : IntegrationCatalog.get().plan(t.resource(), arguments ? t.arguments()
              : t.parameters(), arguments);
      if (plan.isPresent()) {
        b.add("\n.call($L)", integration(plan.get()));
        written = plan.get().payloadUsed();
      } else {
        b.add("\n.resource($L)", q(t.resource()));
      }
    } else if (s instanceof PassState) {
      b.add("$L", call(ASL, "pass", "$L", q(name)));
    } else if (s instanceof WaitState w) {
      b.add("$L", call(ASL, "waitState", "$L", q(name)));
      if (w.time() instanceof WaitTime.Seconds secs) {
        String plain = inRange(secs.seconds(), 0, io.asl4j.model.Limit.MAX_SECONDS);
        b.add("\n.seconds($L)", plain != null ? plain : dynamicNumber(secs.seconds()));
      } else {
        b.add("\n.timestamp($L)", dynamicString(((WaitTime.Timestamp) w.time()).timestamp()));
      }
    } else if (s instanceof ChoiceState c) {
      if (c.choices().size() > RULES_PER_METHOD) {
        b.add("$L", ruleHelpers(name, c, at));
      } else {
        b.add("$L", call(ASL, "choice", "$L", q(name)));
      }
      for (ChoiceRule r : c.choices().size() > RULES_PER_METHOD ? List.<ChoiceRule>of()
          : c.choices()) {
        b.add("\n.when($L, $L)", rule(r, at), target(r.next()));
      }
      c.defaultState().ifPresent(d -> b.add("\n.otherwise($L)", target(d)));
    } else if (s instanceof SucceedState) {
      b.add("$L", call(ASL, "succeed", "$L", q(name)));
    } else if (s instanceof FailState f) {
      b.add("$L", call(ASL, "fail", "$L", q(name)));
      f.error().ifPresent(e -> b.add("\n.error($L)", failText(e)));
      f.cause().ifPresent(e -> b.add("\n.cause($L)", failText(e)));
    } else if (s instanceof ParallelState p) {
      b.add("$L", call(ASL, "parallel", "$L", q(name)));
      for (int i = 0; i < p.branches().size(); i++) {
        b.add("\n.branch($L)", nested(p.branches().get(i), at + "/Branches/" + i, false));
      }
    } else if (s instanceof MapState m) {
      b.add("$L", call(ASL, "map", "$L", q(name)));
      b.add("\n.$L($L)", m.legacyIterator() ? "iterator" : "processor",
          nested(m.itemProcessor(), at + (m.legacyIterator() ? "/Iterator" : "/ItemProcessor"),
              m.legacyIterator()));
      m.itemProcessor().processorConfig().ifPresent(pc -> b.add("\n$L", processorConfig(pc,
          at)));
    }
    s.comment().ifPresent(c -> b.add("\n.comment($L)", q(c)));
    s.queryLanguage().ifPresent(q -> b.add("\n.queryLanguage($T.$L)", QueryLanguage.class,
        q.name()));
    payloadWritten = written; // nested states may have changed it while this one was written
    fields(s, b, at);
    if (s instanceof HasTransition h) {
      b.add(h.transition() instanceof Transition.Next n ? CodeBlock.of("\n.next($L)",
          target(n.state())) : CodeBlock.of("\n.end()"));
    }
    return b.build();
  }

  /**
   * A Choice with many rules, its rules written {@value #RULES_PER_METHOD} to a method:
   * {@code rules2(rules1(choice("X"), steps), steps)}.
   */
  private CodeBlock ruleHelpers(String name, ChoiceState c, String at) {
    CodeBlock expression = call(ASL, "choice", "$L", q(name));
    String base = camel(name) + "Rules";
    inRuleHelper = true;
    for (int from = 0; from < c.choices().size(); from += RULES_PER_METHOD) {
      CodeBlock.Builder body = CodeBlock.builder().add("return c");
      for (ChoiceRule r : c.choices().subList(from, Math.min(c.choices().size(),
          from + RULES_PER_METHOD))) {
        body.add("\n.when($L, $L)", rule(r, at), target(r.next()));
      }
      String method = methodName(base);
      helpers.add(MethodSpec.methodBuilder(method)
          .addModifiers(javax.lang.model.element.Modifier.PRIVATE,
              javax.lang.model.element.Modifier.STATIC)
          .returns(CHOICE_STEP)
          .addParameter(from == 0 ? CHOICE_START : CHOICE_STEP, "c")
          .addParameter(STEPS, "steps")
          .addStatement("$L", body.build()).build());
      expression = CodeBlock.of("$N($L, steps)", method, expression);
    }
    inRuleHelper = false;
    return expression;
  }

  private CodeBlock rule(ChoiceRule r, String at) {
    unknown(r.unknownFields(), at + "/Choices");
    CodeBlock condition = condition(r.condition(), at);
    if (r.comment().isPresent() || r.assign().isPresent() || r.output().isPresent()) {
      CodeBlock.Builder rule = CodeBlock.builder().add("$T.of($L)", Rule.class, condition);
      r.comment().ifPresent(x -> rule.add(".comment($L)", q(x)));
      r.assign().ifPresent(x -> rule.add(".assign($L)", fields(x)));
      r.output().ifPresent(x -> rule.add(".output($L)", value(x)));
      condition = rule.build();
    }
    return condition;
  }

  /** A typed integration: {@code Glue.startJobRun("job").sync()}. */
  private CodeBlock integration(IntegrationCatalog.Plan plan) {
    CodeBlock.Builder b = CodeBlock.builder().add("$>$>");
    boolean wrap = plan.calls().size() > 2 || plan.calls().size() == 2
        && !plan.calls().get(1).arguments().isEmpty();
    for (int i = 0; i < plan.calls().size(); i++) {
      IntegrationCatalog.Call c = plan.calls().get(i);
      java.lang.reflect.Method m = c.method();
      CodeBlock args = arguments(m, c.arguments());
      if (i == 0) {
        b.add("$T.$L($L)", m.getDeclaringClass(), m.getName(), args);
      } else {
        b.add(wrap ? "\n.$L($L)" : ".$L($L)", m.getName(), args);
      }
    }
    return b.add("$<$<").build();
  }

  private CodeBlock arguments(java.lang.reflect.Method m, List<Object> args) {
    // a String overload for each plain-text value where the builder has one:
    // publish("TOPIC_ARN", path("$.x")) rather than publish(literal("TOPIC_ARN"), ...)
    Class<?>[] types = m.getParameterTypes().clone();
    boolean[] text = new boolean[args.size()];
    for (int i = 0; i < args.size(); i++) {
      text[i] = args.get(i) instanceof JsonString s && isPlainText(s.value());
      if (text[i]) {
        types[i] = String.class;
      }
    }
    try {
      if (m.getDeclaringClass().getMethod(m.getName(), types).getReturnType()
          != m.getReturnType()) {
        java.util.Arrays.fill(text, false);
      }
    } catch (NoSuchMethodException none) {
      java.util.Arrays.fill(text, false);
    }
    CodeBlock.Builder b = CodeBlock.builder();
    for (int i = 0; i < args.size(); i++) {
      Object a = args.get(i);
      CodeBlock one = a instanceof String str ? CodeBlock.of("$L", q(str))
          : text[i] ? CodeBlock.of("$L", q(((JsonString) a).value())) : value((Value) a);
      b.add(i == 0 ? "$L" : ", $L", one);
    }
    return b.build();
  }

  /** The fields common to several state types, in the order ASL processes them. */
  private void fields(State s, CodeBlock.Builder b, String at) {
    Optional<Path> inputPath = Optional.empty();
    Optional<Path> outputPath = Optional.empty();
    Optional<Value> parameters = Optional.empty();
    Optional<Value> arguments = Optional.empty();
    Optional<JsonObject> resultSelector = Optional.empty();
    Optional<Path> resultPath = Optional.empty();
    Optional<Value> output = Optional.empty();
    Optional<JsonObject> assign = Optional.empty();
    Optional<List<Retrier>> retry = Optional.empty();
    Optional<List<Catcher>> catchers = Optional.empty();
    if (s instanceof TaskState t) {
      inputPath = t.inputPath();
      outputPath = t.outputPath();
      parameters = t.parameters();
      arguments = t.arguments();
      resultSelector = t.resultSelector();
      resultPath = t.resultPath();
      output = t.output();
      assign = t.assign();
      retry = t.retry();
      catchers = t.catchers();
      t.timeoutSeconds().ifPresent(v -> {
        String plain = inRange(v, 1, io.asl4j.model.Limit.MAX_SECONDS);
        b.add(plain != null ? CodeBlock.of("\n.timeoutSeconds($L)", plain)
            : CodeBlock.of("\n.timeout($L)", dynamicNumber(v)));
      });
      t.heartbeatSeconds().ifPresent(v -> {
        String plain = inRange(v, 1, io.asl4j.model.Limit.MAX_SECONDS);
        b.add(plain != null ? CodeBlock.of("\n.heartbeatSeconds($L)", plain)
            : CodeBlock.of("\n.heartbeat($L)", dynamicNumber(v)));
      });
      t.credentials().ifPresent(c -> {
        if (c.members().size() != 1 || !c.members().containsKey("RoleArn")) {
          throw new GenerationException(at + "/Credentials: only RoleArn can be written");
        }
        b.add("\n.credentials($L)", value(c.members().get("RoleArn")));
      });
    } else if (s instanceof PassState p) {
      inputPath = p.inputPath();
      outputPath = p.outputPath();
      parameters = p.parameters();
      p.result().ifPresent(r -> b.add("\n.result($L)", value(r)));
      resultPath = p.resultPath();
      output = p.output();
      assign = p.assign();
    } else if (s instanceof WaitState w) {
      inputPath = w.inputPath();
      outputPath = w.outputPath();
      output = w.output();
      assign = w.assign();
    } else if (s instanceof ChoiceState c) {
      inputPath = c.inputPath();
      outputPath = c.outputPath();
      output = c.output();
      assign = c.assign();
    } else if (s instanceof SucceedState sc) {
      inputPath = sc.inputPath();
      outputPath = sc.outputPath();
      output = sc.output();
    } else if (s instanceof ParallelState p) {
      inputPath = p.inputPath();
      outputPath = p.outputPath();
      parameters = p.parameters();
      arguments = p.arguments();
      resultSelector = p.resultSelector();
      resultPath = p.resultPath();
      output = p.output();
      assign = p.assign();
      retry = p.retry();
      catchers = p.catchers();
    } else if (s instanceof MapState m) {
      inputPath = m.inputPath();
      outputPath = m.outputPath();
      parameters = m.parameters();
      arguments = m.arguments();
      resultSelector = m.resultSelector();
      resultPath = m.resultPath();
      output = m.output();
      assign = m.assign();
      retry = m.retry();
      catchers = m.catchers();
      m.items().ifPresent(v -> b.add("\n.items($L)", value(v)));
      m.itemSelector().ifPresent(v -> b.add("\n.itemSelector($L)", value(v)));
      m.maxConcurrency().ifPresent(v -> b.add("\n.maxConcurrency($L)", dynamicNumber(v)));
      m.toleratedFailurePercentage().ifPresent(v -> b.add("\n.toleratedFailurePercentage($L)",
          dynamicNumber(v)));
      m.toleratedFailureCount().ifPresent(v -> b.add("\n.toleratedFailureCount($L)",
          dynamicNumber(v)));
      m.label().ifPresent(v -> b.add("\n.label($L)", q(v)));
      m.itemReader().ifPresent(v -> b.add("\n.itemReader($L)", S3Writer.reader(v, this::value)
          .orElseGet(() -> record(v, at + "/ItemReader"))));
      m.itemBatcher().ifPresent(v -> b.add("\n.itemBatcher($L)", S3Writer.batcher(v,
          this::value).orElseGet(() -> record(v, at + "/ItemBatcher"))));
      m.resultWriter().ifPresent(v -> b.add("\n.resultWriter($L)", S3Writer.writer(v,
          this::value).orElseGet(() -> record(v, at + "/ResultWriter"))));
    }
    inputPath.ifPresent(v -> b.add("\n.inputPath($L)", path(v)));
    if (!payloadWritten) {
      parameters.ifPresent(v -> b.add("\n.parameters($L)", value(v)));
      arguments.ifPresent(v -> b.add("\n.arguments($L)", value(v)));
    }
    resultSelector.ifPresent(v -> b.add("\n.resultSelector($L)", value(v)));
    resultPath.ifPresent(v -> b.add("\n.resultPath($L)", path(v)));
    outputPath.ifPresent(v -> b.add("\n.outputPath($L)", path(v)));
    output.ifPresent(v -> b.add("\n.output($L)", value(v)));
    assign.ifPresent(v -> b.add("\n.assign($L)", value(v)));
    // "Retry": [] and "Catch": [] have no DSL form; refusing beats dropping them silently
    retry.filter(List::isEmpty).ifPresent(x -> {
      throw new GenerationException(at + "/Retry: an empty Retry list cannot be written with the"
          + " DSL; remove it (it means the same as no Retry)");
    });
    catchers.filter(List::isEmpty).ifPresent(x -> {
      throw new GenerationException(at + "/Catch: an empty Catch list cannot be written with the"
          + " DSL; remove it (it means the same as no Catch)");
    });
    retry.ifPresent(rs -> rs.forEach(r -> b.add("\n$L", retrier(r, at))));
    catchers.ifPresent(cs -> cs.forEach(c -> b.add("\n$L", catcher(c, at))));
  }

  private CodeBlock nested(StateGraph g, String at, boolean legacy) {
    if (g instanceof Branch br) {
      unknown(br.unknownFields(), at);
    } else if (g instanceof ItemProcessor ip) {
      unknown(ip.unknownFields(), at);
    }
    CodeBlock start = graph(g, at);
    CodeBlock.Builder b = CodeBlock.builder();
    boolean plain = g.comment().isEmpty() && g.queryLanguage().isEmpty();
    if (plain && !legacy) {
      return CodeBlock.of("$L", start);
    }
    b.add("$L", call(ASL, "graph", "$L", start));
    g.comment().ifPresent(c -> b.add(".comment($L)", q(c)));
    g.queryLanguage().ifPresent(q -> b.add(".queryLanguage($T.$L)", QueryLanguage.class,
        q.name()));
    return b.build();
  }

  private CodeBlock processorConfig(ProcessorConfig pc, String at) {
    unknown(pc.unknownFields(), at + "/ItemProcessor/ProcessorConfig");
    if (pc.mode().orElse(null) == ProcessorMode.INLINE && pc.executionType().isEmpty()) {
      return CodeBlock.of(".inline()");
    }
    if (pc.mode().orElse(null) == ProcessorMode.DISTRIBUTED && pc.executionType().isPresent()) {
      return CodeBlock.of(".distributed($T.$L)", ExecutionType.class,
          pc.executionType().get().name());
    }
    throw new GenerationException(at + "/ItemProcessor/ProcessorConfig: only {\"Mode\":"
        + " \"INLINE\"} and {\"Mode\": \"DISTRIBUTED\", \"ExecutionType\": ...} can be written");
  }

  private CodeBlock retrier(Retrier r, String at) {
    unknown(r.unknownFields(), at + "/Retry");
    if (r.errorEquals().isEmpty()) {
      throw new GenerationException(at + "/Retry: a retrier with an empty ErrorEquals cannot be"
          + " written with the DSL (Step Functions rejects it too)");
    }
    CodeBlock.Builder p = CodeBlock.builder().add("$>$>$T.policy()", Retry.class);
    r.comment().ifPresent(c -> p.add("\n.comment($L)", q(c)));
    r.intervalSeconds().ifPresent(v -> p.add("\n.intervalSeconds($L)", wholeNumber(v,
        at + "/Retry")));
    r.maxAttempts().ifPresent(v -> p.add("\n.maxAttempts($L)", wholeNumber(v, at + "/Retry")));
    r.backoffRate().ifPresent(v -> p.add("\n.backoffRate($L)", isLong(v) ? javaLong(v)
        : JsonNumber.of(Double.parseDouble(v.text())).equals(v) ? v.text() : number(v)));
    r.maxDelaySeconds().ifPresent(v -> p.add("\n.maxDelaySeconds($L)", wholeNumber(v,
        at + "/Retry")));
    r.jitterStrategy().ifPresent(j -> p.add("\n.jitter($T.$L)",
        io.asl4j.model.JitterStrategy.class, j.name()));
    p.add("$<$<");
    if (r.errorEquals().equals(List.of("States.ALL"))) {
      return CodeBlock.of(".retryAll($L)", p.build());
    }
    return CodeBlock.of(".retry($L$L)", p.build(), strings(r.errorEquals()));
  }

  private CodeBlock catcher(Catcher c, String at) {
    unknown(c.unknownFields(), at + "/Catch");
    if (c.errorEquals().isEmpty()) {
      throw new GenerationException(at + "/Catch: a catcher with an empty ErrorEquals cannot be"
          + " written with the DSL (Step Functions rejects it too)");
    }
    CodeBlock settings = null;
    if (c.resultPath().isPresent() || c.output().isPresent() || c.assign().isPresent()
        || c.comment().isPresent()) {
      CodeBlock.Builder b = CodeBlock.builder();
      if (c.resultPath().isPresent()) {
        b.add("$T.resultPath($L)", Catch.class, path(c.resultPath().get()));
      } else {
        b.add("$T.defaults()", Catch.class);
      }
      c.output().ifPresent(o -> b.add(".output($L)", value(o)));
      c.assign().ifPresent(a -> b.add(".assign($L)", fields(a)));
      c.comment().ifPresent(x -> b.add(".comment($L)", q(x)));
      settings = b.build();
    }
    CodeBlock next = target(c.next());
    if (c.errorEquals().equals(List.of("States.ALL"))) {
      return settings == null ? CodeBlock.of(".catchAll($L)", next)
          : CodeBlock.of(".catchAll($L, $L)", settings, next);
    }
    return settings == null ? CodeBlock.of(".catching($L$L)", next, strings(c.errorEquals()))
        : CodeBlock.of(".catching($L, $L$L)", settings, next, strings(c.errorEquals()));
  }

  private static CodeBlock strings(List<String> list) {
    CodeBlock.Builder b = CodeBlock.builder();
    for (String s : list) {
      b.add(", $L", q(s));
    }
    return b.build();
  }

  // ------------------------------------------------------------------ conditions

  private CodeBlock condition(Condition c, String at) {
    if (c instanceof Condition.JsonataTest t) {
      if (t.condition() instanceof Jsonata j) {
        return call(CONDITIONS, "condition", "$L", value(j));
      }
      if (t.condition() instanceof JsonBoolean bool) {
        return call(CONDITIONS, "condition", "$L", bool.value());
      }
      return CodeBlock.of("new $T($L)", Condition.JsonataTest.class, value(t.condition()));
    }
    if (c instanceof Condition.And and) {
      return call(CONDITIONS, "and", "$L", nestedRules(and.rules(), at));
    }
    if (c instanceof Condition.Or or) {
      return call(CONDITIONS, "or", "$L", nestedRules(or.rules(), at));
    }
    if (c instanceof Condition.Not not) {
      unknown(not.rule().unknownFields(), at + "/Choices");
      if (not.rule().comment().isPresent()) {
        return CodeBlock.of("new $T($L)", Condition.Not.class, nestedRule(not.rule(), at));
      }
      return call(CONDITIONS, "not", "$L", condition(not.rule().condition(), at));
    }
    Condition.Comparison cmp = (Condition.Comparison) c;
    ComparisonOperator op = cmp.operator();
    String method = Character.toLowerCase(op.jsonName().charAt(0))
        + op.jsonName().substring(1);
    if (method.endsWith("Path")) {
      method = method.substring(0, method.length() - 4);
    }
    CodeBlock variable = path(cmp.variable());
    Value operand = cmp.operand();
    if (operand instanceof JsonPath p) {
      return call(CONDITIONS, method, "$L, $L", variable, path(p));
    }
    if (operand instanceof JsonBoolean bool) {
      return method.startsWith("is") && bool.value() ? call(CONDITIONS, method, "$L", variable)
          : call(CONDITIONS, method, "$L, $L", variable, bool.value());
    }
    if (operand instanceof JsonString s) {
      return call(CONDITIONS, method, "$L, $L", variable, q(s.value()));
    }
    if (operand instanceof JsonNumber n) {
      if (isLong(n)) {
        return call(CONDITIONS, method, "$L, $L", variable, javaLong(n));
      }
      if (new BigDecimal(n.text()).toPlainString().equals(n.text())) {
        return call(CONDITIONS, method, "$L, new $T($L)", variable, BigDecimal.class, q(n.text()));
      }
    }
    return CodeBlock.of("new $T($L, $T.$L, $L)", Condition.Comparison.class, variable,
        ComparisonOperator.class, op.name(), value(operand));
  }

  private CodeBlock nestedRules(List<NestedRule> rules, String at) {
    boolean commented = rules.stream().anyMatch(r -> r.comment().isPresent());
    CodeBlock.Builder b = CodeBlock.builder();
    for (int i = 0; i < rules.size(); i++) {
      unknown(rules.get(i).unknownFields(), at + "/Choices");
      b.add(i == 0 ? "$>$>\n$L" : ",\n$L", commented ? nestedRule(rules.get(i), at)
          : condition(rules.get(i).condition(), at));
    }
    return b.add("$<$<").build();
  }

  private CodeBlock nestedRule(NestedRule r, String at) {
    if (r.comment().isPresent()) {
      return call(CONDITIONS, "commented", "$L, $L", q(r.comment().get()), condition(r.condition(),
          at));
    }
    return CodeBlock.of("new $T($T.empty(), $L, $T.of())", NestedRule.class, Optional.class,
        condition(r.condition(), at), Map.class);
  }

  // ------------------------------------------------------------------ values

  /**
   * A Java string literal for any text. JavaPoet's {@code $S} leaves U+2028 and U+2029 raw, and
   * its line splitting then breaks the literal; and a written {@code \u000a} would become a line
   * break before javac even tokenizes, so line breaks are escaped as {@code \n} and {@code \r}.
   */
  static String q(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
              || Character.isSurrogate(c) && !validPair(s, i)) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** Whether the surrogate at {@code i} is half of a well-formed pair. */
  private static boolean validPair(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  private CodeBlock value(Value v) {
    if (v instanceof JsonString s) {
      return call(VALUES, "literal", "$L", q(s.value()));
    }
    if (v instanceof JsonNumber n) {
      return isLong(n) ? call(VALUES, "literal", "$L", javaLong(n)) : number(n);
    }
    if (v instanceof JsonBoolean b) {
      return call(VALUES, "literal", "$L", b.value());
    }
    if (v instanceof JsonNull) {
      return call(VALUES, "nullValue", "");
    }
    if (v instanceof JsonObject o) {
      return o.members().isEmpty() ? call(VALUES, "object", "") : call(VALUES, "object", "$L",
          fields(o));
    }
    if (v instanceof JsonArray a) {
      if (a.elements().isEmpty()) {
        return call(VALUES, "array", "new $T[0]", Value.class);
      }
      CodeBlock.Builder b = CodeBlock.builder();
      for (int i = 0; i < a.elements().size(); i++) {
        b.add(i == 0 ? "$L" : ", $L", value(a.elements().get(i)));
      }
      return call(VALUES, "array", "$L", b.build());
    }
    if (v instanceof JsonPath p) {
      return path(p);
    }
    if (v instanceof Intrinsic i) {
      return IntrinsicWriter.write(i.text(), this::pathText)
          .orElseGet(() -> CodeBlock.of("$T.of($L)", Intrinsic.class, q(i.text())));
    }
    if (v instanceof Jsonata j) {
      String t = j.text();
      if (t.startsWith("{% ") && t.endsWith(" %}") && t.length() >= 6) {
        return call(VALUES, "jsonata", "$L", q(t.substring(3, t.length() - 3)));
      }
      return CodeBlock.of("new $T($L)", Jsonata.class, q(t));
    }
    throw new GenerationException("unexpected value " + v);
  }

  /** The members of an object as {@code field(name, value)} arguments, one per line. */
  private CodeBlock fields(JsonObject o) {
    CodeBlock.Builder b = CodeBlock.builder().add("$>$>");
    int i = 0;
    for (Map.Entry<String, Value> e : o.members().entrySet()) {
      b.add(i++ == 0 ? "\n$L" : ",\n$L", field(e.getKey(), e.getValue()));
    }
    return b.add("$<$<").build();
  }

  private CodeBlock field(String name, Value v) {
    if (v instanceof JsonString s && isPlainText(s.value())) {
      return call(VALUES, "field", "$L, $L", q(name), q(s.value()));
    }
    if (v instanceof JsonBoolean b) {
      return call(VALUES, "field", "$L, $L", q(name), b.value());
    }
    if (v instanceof JsonNumber n && isLong(n)) {
      return call(VALUES, "field", "$L, $L", q(name), javaLong(n));
    }
    return call(VALUES, "field", "$L, $L", q(name), value(v));
  }

  /** Whether {@code Values.text} takes the string: not a path, intrinsic or JSONata look-alike. */
  private static boolean isPlainText(String s) {
    try {
      Values.text(s);
      return true;
    } catch (IllegalArgumentException lookAlike) {
      return false;
    }
  }

  private CodeBlock pathText(String text) {
    return path(JsonPath.of(text));
  }

  private CodeBlock path(Path p) {
    if (p instanceof JsonPath jp) {
      // Values.path refuses text that is no JSONPath, such as a test harness's placeholder
      String t = jp.text();
      if (t.startsWith("$$.") && t.length() > 3) {
        return call(VALUES, "context", "$L", q(t.substring(3)));
      }
      return t.startsWith("$") ? call(VALUES, "path", "$L", q(t))
          : CodeBlock.of("$T.of($L)", JsonPath.class, q(t));
    }
    return CodeBlock.of("$T.discard()", Path.class);
  }

  private CodeBlock dynamicNumber(DynamicNumber v) {
    if (v instanceof JsonNumber n) {
      return isLong(n) ? call(VALUES, "literal", "$L", javaLong(n)) : number(n);
    }
    return value((Value) v);
  }

  private CodeBlock dynamicString(DynamicString v) {
    return value((Value) v);
  }

  private CodeBlock failText(DynamicString v) {
    return v instanceof JsonString s ? CodeBlock.of("$L", q(s.value())) : dynamicString(v);
  }

  private static CodeBlock number(JsonNumber n) {
    return CodeBlock.of("new $T($L)", JsonNumber.class, q(n.text()));
  }

  private static CodeBlock wholeNumber(JsonNumber n, String at) {
    if (!isLong(n)) {
      throw new GenerationException(at + ": " + n.text() + " cannot be written as a whole"
          + " number the DSL keeps exactly");
    }
    return CodeBlock.of("$L", javaLong(n));
  }

  /** A whole number as Java source: {@code 30}, or {@code 30000000000L} beyond int. */
  static String javaLong(JsonNumber n) {
    long v = Long.parseLong(n.text());
    return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? n.text() : n.text() + "L";
  }

  /** A whole number in [min, max], which the DSL's long setters take; else null. */
  private static String inRange(DynamicNumber v, long min, long max) {
    if (v instanceof JsonNumber n && isLong(n)) {
      long x = Long.parseLong(n.text());
      return x >= min && x <= max ? javaLong(n) : null;
    }
    return null;
  }

  static boolean isLong(JsonNumber n) {
    String t = n.text();
    try {
      return Long.toString(Long.parseLong(t)).equals(t);
    } catch (NumberFormatException notLong) {
      return false;
    }
  }

  /** A model record written as its constructor call (ItemReader, ItemBatcher, ResultWriter...). */
  private CodeBlock record(Record r, String at) {
    CodeBlock.Builder b = CodeBlock.builder().add("new $T(", r.getClass());
    RecordComponent[] components = r.getClass().getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      Object value;
      try {
        value = components[i].getAccessor().invoke(r);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      b.add(i == 0 ? "$L" : ", $L", component(value, at));
    }
    return b.add(")").build();
  }

  private CodeBlock component(Object value, String at) {
    if (value instanceof Optional<?> o) {
      return o.isEmpty() ? CodeBlock.of("$T.empty()", Optional.class)
          : CodeBlock.of("$T.of($L)", Optional.class, component(o.get(), at));
    }
    if (value instanceof Map<?, ?> m) {
      if (!m.isEmpty()) {
        throw new GenerationException(at + ": unknown fields " + m.keySet()
            + " cannot be written with the DSL");
      }
      return CodeBlock.of("$T.of()", Map.class);
    }
    if (value instanceof List<?> l) {
      CodeBlock.Builder b = CodeBlock.builder().add("$T.of(", List.class);
      for (int i = 0; i < l.size(); i++) {
        b.add(i == 0 ? "$L" : ", $L", component(l.get(i), at));
      }
      return b.add(")").build();
    }
    if (value instanceof String s) {
      return CodeBlock.of("$L", q(s));
    }
    if (value instanceof Enum<?> e) {
      return CodeBlock.of("$T.$L", e.getDeclaringClass(), e.name());
    }
    if (value instanceof Value v) {
      return value(v);
    }
    if (value instanceof Record r) {
      return record(r, at);
    }
    throw new GenerationException(at + ": cannot write " + value);
  }

  private static void unknown(Map<String, Value> fields, String at) {
    if (!fields.isEmpty()) {
      throw new GenerationException((at.isEmpty() ? "" : at + ": ") + "unknown fields "
          + new TreeSet<>(fields.keySet()) + " cannot be written with the DSL");
    }
  }
}
