package io.asl4j.codegen;

import static io.asl4j.codegen.JavaLiterals.anyNumber;
import static io.asl4j.codegen.JavaLiterals.inRange;
import static io.asl4j.codegen.JavaLiterals.wholeNumber;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.asl4j.Asl;
import io.asl4j.Workflow;
import io.asl4j.codegen.MethodSplitter.Chain;
import io.asl4j.codegen.MethodSplitter.Deferred;
import io.asl4j.codegen.MethodSplitter.Target;
import io.asl4j.dsl.Catch;
import io.asl4j.dsl.ChoiceStep;
import io.asl4j.dsl.FailStep;
import io.asl4j.dsl.MapStep;
import io.asl4j.dsl.ParallelStep;
import io.asl4j.dsl.PassStep;
import io.asl4j.dsl.Retry;
import io.asl4j.dsl.SucceedStep;
import io.asl4j.dsl.TaskStep;
import io.asl4j.dsl.UncheckedNames;
import io.asl4j.dsl.WaitStep;
import io.asl4j.json.JsonPointer;
import io.asl4j.model.Branch;
import io.asl4j.model.Catcher;
import io.asl4j.model.ChoiceRule;
import io.asl4j.model.ChoiceState;
import io.asl4j.model.DynamicNumber;
import io.asl4j.model.ExecutionType;
import io.asl4j.model.FailState;
import io.asl4j.model.HasTransition;
import io.asl4j.model.ItemProcessor;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonObject;
import io.asl4j.model.Limit;
import io.asl4j.model.MapState;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes one workflow as DSL code: each state a local {@code Step} in an order where every state's
 * targets come first ({@link StateOrder}), loops through {@code ref(name)}, large workflows split
 * into methods ({@link MethodSplitter}). This class writes the states and their fields; values,
 * conditions and typed integrations have writers of their own.
 */
final class Emitter {

  private static final ClassName ASL = ClassName.get(Asl.class);

  /** Payloads past this many values are written with {@code .resource(arn)}, not typed calls. */
  private static final int TYPED_PAYLOAD_VALUES = CodeSize.INLINE / 2;

  private final StaticImports imports = new StaticImports();
  private final Identifiers names = new Identifiers();
  private final Helpers helpers;
  private final ValueWriter values;
  private final ConditionWriter conditions;
  private final IntegrationWriter integrations;
  private final boolean split;
  /** Where the states go; made for the workflow being written. */
  private MethodSplitter methods;
  /** Whether the Task being written got its payload from a typed integration. */
  private boolean payloadWritten;
  private int depth;
  /** The query language the states of the graph being written inherit. */
  private QueryLanguage graphLanguage = QueryLanguage.JSONPATH;
  /** The query language of the state being written, which its branches inherit. */
  private QueryLanguage stateLanguage = QueryLanguage.JSONPATH;

  /**
   * Prepares to write one workflow into one class.
   *
   * @param className the class's simple name, which its nested classes must not take
   * @param split whether to split the workflow into methods whatever its counts
   */
  Emitter(String className, boolean split) {
    this.split = split;
    helpers = new Helpers(className, names);
    values = new ValueWriter(imports, helpers);
    conditions = new ConditionWriter(imports, values, helpers);
    integrations = new IntegrationWriter(values);
  }

  /** The static imports the written code needs, in order. */
  Set<StaticImports.StaticImport> staticImports() {
    return imports.all();
  }

  /** The helper methods of the class (none for a small workflow). */
  List<MethodSpec> helpers() {
    return helpers.methods();
  }

  /** The nested classes that hold the helpers the class had no room for. */
  List<TypeSpec> helperClasses() {
    return helpers.classes();
  }

  /** {@link JavaLiterals#q}, under the name IntrinsicWriter calls it by. */
  static String q(String s) {
    return JavaLiterals.q(s);
  }

  /** {@link JavaLiterals#isLong}, under the name IntrinsicWriter calls it by. */
  static boolean isLong(JsonNumber n) {
    return JavaLiterals.isLong(n);
  }

  /** {@link JavaLiterals#javaLong}, under the name IntrinsicWriter calls it by. */
  static String javaLong(JsonNumber n) {
    return JavaLiterals.javaLong(n);
  }

  /** A call of a statically imported method: {@code task("X")}. */
  private CodeBlock call(ClassName type, String member, String format, Object... args) {
    return imports.call(type, member, format, args);
  }

  // ------------------------------------------------------------------ the workflow

  /**
   * Writes the body of {@code workflow()}.
   *
   * @param w the workflow
   * @param valid whether it passes the validator ({@code build()}), or is built unvalidated
   */
  CodeBlock workflow(Workflow w, boolean valid) {
    UnknownFields.refuse(w.unknownFields(), "");
    StateOrder.requireUniqueNames(w);
    methods = new MethodSplitter(w, imports, names, helpers, split);
    stateLanguage = QueryLanguage.JSONPATH;
    Target states = graph(w, "");
    return methods.finish(states, start -> {
      CodeBlock.Builder ret = CodeBlock.builder().add("return $L", call(ASL, "startAt", "$L",
          start));
      w.comment().ifPresent(c -> ret.add("\n.comment($L)", values.text(c)));
      w.queryLanguage().ifPresent(q -> ret.add("\n.queryLanguage($T.$L)", QueryLanguage.class,
          q.name()));
      w.version().ifPresent(v -> ret.add("\n.version($L)", values.text(v)));
      w.timeoutSeconds().ifPresent(t -> ret.add("\n.timeoutSeconds($L)", wholeNumber(t,
          Limit.WORKFLOW_TIMEOUT_SECONDS, "/TimeoutSeconds")));
      ret.add("\n.$L()", valid ? "build" : "buildUnvalidated");
      return ret.build();
    });
  }

  /**
   * Emits every state of a graph as locals, targets before the states that go to them, and
   * returns the start state.
   */
  private Target graph(StateGraph g, String at) {
    List<String> order = StateOrder.postOrder(g, at);
    QueryLanguage outer = graphLanguage;
    graphLanguage = g.queryLanguage().orElse(stateLanguage);
    depth++;
    Target start = null;
    for (String name : order) {
      methods.makeRoom(depth == 1);
      CodeBlock expression = state(name, g.states().get(name),
          JsonPointer.child(at + "/States", name));
      // named after its nested states, which were written first
      Target declared = methods.declare(name, names.variable(name), expression);
      if (name.equals(g.startAt())) {
        start = declared;
      }
    }
    depth--;
    graphLanguage = outer;
    return start;
  }

  // ------------------------------------------------------------------ states

  /**
   * The call that starts a state: {@code task("Name")}, or {@code UncheckedNames.task("")} for a
   * name the DSL refuses (empty, or over 80 characters), which only {@code buildUnvalidated()}
   * builds.
   */
  private CodeBlock start(String factory, String name) {
    return dslTakes(name) ? call(ASL, factory, "$L", q(name))
        : CodeBlock.of("$T.$L($L)", UncheckedNames.class, factory, q(name));
  }

  /** Whether the DSL's state factories take the name: asked of the DSL, which owns the rule. */
  private static boolean dslTakes(String name) {
    try {
      PassStep.named(name);
      return true;
    } catch (IllegalArgumentException refused) {
      return false;
    }
  }

  private CodeBlock state(String name, State s, String at) {
    if (s instanceof RawState) {
      throw new GenerationException(at + "/Type", "unknown state type \"" + ((RawState) s)
          .declaredType() + "\" cannot be written with the DSL");
    }
    UnknownFields.refuse(s.unknownFields(), at);
    boolean written = false;
    Chain b;
    ClassName type;
    if (s instanceof TaskState t) {
      type = ClassName.get(TaskStep.class);
      b = methods.chain();
      b.add("$L", start("task", name));
      // .call(...) writes its payload in the field of the state's query language, so a payload
      // in the other field (which the validator refuses) keeps .resource(arn)
      boolean jsonata = s.queryLanguage().orElse(graphLanguage) == QueryLanguage.JSONATA;
      Optional<Value> payload = jsonata ? t.arguments() : t.parameters();
      Optional<IntegrationCatalog.Plan> plan = (jsonata ? t.parameters() : t.arguments())
          .isPresent()
          || payload.isPresent() && !ValueWriter.smallerThan(payload.get(), TYPED_PAYLOAD_VALUES)
          ? Optional.empty()
          : IntegrationCatalog.get().plan(t.resource(), payload);
      if (plan.isPresent()) {
        b.add("\n.call($L)", integrations.integration(plan.get()));
        written = plan.get().payloadUsed();
      } else {
        b.add("\n.resource($L)", values.text(t.resource()));
      }
    } else if (s instanceof PassState) {
      type = ClassName.get(PassStep.class);
      b = methods.chain();
      b.add("$L", start("pass", name));
    } else if (s instanceof WaitState w) {
      type = ClassName.get(WaitStep.class);
      b = methods.chain();
      b.add("$L", start("waitState", name));
      if (w.time() instanceof WaitTime.Seconds secs) {
        String plain = inRange(secs.seconds(), 0, Limit.MAX_SECONDS);
        b.add("\n.seconds($L)", plain != null ? plain : dynamicNumber(secs.seconds()));
      } else {
        b.add("\n.timestamp($L)", values.value(
            (Value) ((WaitTime.Timestamp) w.time()).timestamp()));
      }
    } else if (s instanceof ChoiceState c) {
      type = ClassName.get(ChoiceStep.class);
      b = choice(name, c, at);
    } else if (s instanceof SucceedState) {
      type = ClassName.get(SucceedStep.class);
      b = methods.chain();
      b.add("$L", start("succeed", name));
    } else if (s instanceof FailState f) {
      type = ClassName.get(FailStep.class);
      b = methods.chain();
      b.add("$L", start("fail", name));
      b.started();
      f.error().ifPresent(e -> b.add("\n.error($L)", values.failText(e)));
      f.cause().ifPresent(e -> b.add("\n.cause($L)", values.failText(e)));
    } else if (s instanceof ParallelState p) {
      if (p.branches().isEmpty()) {
        throw new GenerationException(at + "/Branches", "a Parallel state without branches cannot"
            + " be written with the DSL, whose parallel(...) needs at least one branch");
      }
      type = ClassName.get(ParallelStep.class);
      b = methods.chain();
      b.add("$L", start("parallel", name));
      for (int i = 0; i < p.branches().size(); i++) {
        stateLanguage = s.queryLanguage().orElse(graphLanguage);
        Object branch = nested(p.branches().get(i), at + "/Branches/" + i, false);
        b.skip(); // the branch's states are not part of this state's expression
        b.add("\n.branch($L)", branch);
        b.started();
      }
    } else {
      MapState m = (MapState) s;
      type = ClassName.get(MapStep.class);
      b = methods.chain();
      b.add("$L", start("map", name));
      stateLanguage = s.queryLanguage().orElse(graphLanguage);
      Object processor = nested(m.itemProcessor(), at + (m.legacyIterator() ? "/Iterator"
          : "/ItemProcessor"), m.legacyIterator());
      b.skip();
      b.add("\n.$L($L)", m.legacyIterator() ? "iterator" : "processor", processor);
      b.started();
      m.itemProcessor().processorConfig().ifPresent(pc -> b.add("\n$L", processorConfig(pc,
          at)));
    }
    b.started();
    s.comment().ifPresent(c -> b.add("\n.comment($L)", values.text(c)));
    s.queryLanguage().ifPresent(q -> b.add("\n.queryLanguage($T.$L)", QueryLanguage.class,
        q.name()));
    payloadWritten = written; // nested states may have changed it while this one was written
    fields(s, b, at);
    if (s instanceof HasTransition h) {
      if (h.transition() instanceof Transition.Next n) {
        b.end("\n.next($L)", Target.of(n.state()));
      } else {
        b.end("\n.end()");
      }
    }
    return methods.expression(name, type, b);
  }

  /**
   * A Choice's start and rules: {@code choice("X").when(...)}, or its rules in helpers when there
   * are many, then {@code .otherwise(...)}. The rules' conditions are written first, since their
   * size decides where they go.
   */
  private Chain choice(String name, ChoiceState c, String at) {
    List<CodeBlock> written = new ArrayList<>(c.choices().size());
    List<Integer> units = new ArrayList<>(c.choices().size());
    for (ChoiceRule r : c.choices()) {
      int before = helpers.spent();
      written.add(conditions.rule(r, at));
      units.add(helpers.spent() - before);
    }
    Chain b = methods.chain();
    if (methods.rulesInParts(c.choices().size(), units.stream().mapToInt(Integer::intValue)
        .sum())) {
      b.add("$L", methods.choiceInParts(name, start("choice", name), written, units,
          c.choices()));
    } else {
      b.add("$L", start("choice", name));
      for (int i = 0; i < written.size(); i++) {
        b.add("\n.when($L, $L)", written.get(i), Target.of(c.choices().get(i).next()));
      }
    }
    b.started();
    c.defaultState().ifPresent(d -> b.add("\n.otherwise($L)", Target.of(d)));
    return b;
  }

  /** The fields common to several state types, in the order ASL processes them. */
  private void fields(State s, Chain b, String at) {
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
        String plain = inRange(v, 1, Limit.MAX_SECONDS);
        b.add("$L", plain != null ? CodeBlock.of("\n.timeoutSeconds($L)", plain)
            : CodeBlock.of("\n.timeout($L)", dynamicNumber(v)));
      });
      t.heartbeatSeconds().ifPresent(v -> {
        String plain = inRange(v, 1, Limit.MAX_SECONDS);
        b.add("$L", plain != null ? CodeBlock.of("\n.heartbeatSeconds($L)", plain)
            : CodeBlock.of("\n.heartbeat($L)", dynamicNumber(v)));
      });
      t.credentials().ifPresent(c -> {
        if (c.members().size() != 1 || !c.members().containsKey("RoleArn")) {
          throw new GenerationException(at + "/Credentials", "only RoleArn can be written");
        }
        b.add("\n.credentials($L)", values.value(c.members().get("RoleArn")));
      });
    } else if (s instanceof PassState p) {
      inputPath = p.inputPath();
      outputPath = p.outputPath();
      parameters = p.parameters();
      p.result().ifPresent(r -> b.add("\n.result($L)", values.value(r)));
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
      m.items().ifPresent(v -> b.add("\n.items($L)", values.value(v)));
      m.itemSelector().ifPresent(v -> b.add("\n.itemSelector($L)", values.value(v)));
      m.maxConcurrency().ifPresent(v -> b.add("\n.maxConcurrency($L)", dynamicNumber(v)));
      m.toleratedFailurePercentage().ifPresent(v -> b.add("\n.toleratedFailurePercentage($L)",
          dynamicNumber(v)));
      m.toleratedFailureCount().ifPresent(v -> b.add("\n.toleratedFailureCount($L)",
          dynamicNumber(v)));
      m.label().ifPresent(v -> b.add("\n.label($L)", values.text(v)));
      m.itemReader().ifPresent(v -> b.add("\n.itemReader($L)", S3Writer.reader(v, values::value)
          .orElseGet(() -> values.record(v, at + "/ItemReader"))));
      m.itemBatcher().ifPresent(v -> b.add("\n.itemBatcher($L)", S3Writer.batcher(v,
          values::value).orElseGet(() -> values.record(v, at + "/ItemBatcher"))));
      m.resultWriter().ifPresent(v -> b.add("\n.resultWriter($L)", S3Writer.writer(v,
          values::value).orElseGet(() -> values.record(v, at + "/ResultWriter"))));
    }
    inputPath.ifPresent(v -> b.add("\n.inputPath($L)", values.path(v)));
    if (!payloadWritten) {
      parameters.ifPresent(v -> b.add("\n.parameters($L)", values.value(v)));
      arguments.ifPresent(v -> b.add("\n.arguments($L)", values.value(v)));
    }
    resultSelector.ifPresent(v -> b.add("\n.resultSelector($L)", values.value(v)));
    resultPath.ifPresent(v -> b.add("\n.resultPath($L)", values.path(v)));
    outputPath.ifPresent(v -> b.add("\n.outputPath($L)", values.path(v)));
    output.ifPresent(v -> b.add("\n.output($L)", values.value(v)));
    assign.ifPresent(v -> b.add("\n.assign($L)", values.value(v)));
    // "Retry": [] and "Catch": [] have no DSL form; refusing beats dropping them silently
    retry.filter(List::isEmpty).ifPresent(x -> {
      throw new GenerationException(at + "/Retry", "an empty Retry list cannot be written with the"
          + " DSL; remove it (it means the same as no Retry)");
    });
    catchers.filter(List::isEmpty).ifPresent(x -> {
      throw new GenerationException(at + "/Catch", "an empty Catch list cannot be written with the"
          + " DSL; remove it (it means the same as no Catch)");
    });
    retry.ifPresent(rs -> {
      for (int i = 0; i < rs.size(); i++) {
        b.add("\n$L", retrier(rs.get(i), at, at + "/Retry/" + i));
      }
    });
    catchers.ifPresent(cs -> cs.forEach(c -> b.add("\n$L", catcher(c, at))));
  }

  /**
   * Writes a branch or item processor's states and returns the argument that names it: its start
   * state ({@link Target}), or {@code graph(start).comment(...)} ({@link Deferred}).
   */
  private Object nested(StateGraph g, String at, boolean legacy) {
    if (g instanceof Branch br) {
      UnknownFields.refuse(br.unknownFields(), at);
    } else if (g instanceof ItemProcessor ip) {
      UnknownFields.refuse(ip.unknownFields(), at);
    }
    Target start = graph(g, at);
    boolean plain = g.comment().isEmpty() && g.queryLanguage().isEmpty();
    if (plain && !legacy) {
      return start;
    }
    StringBuilder format = new StringBuilder(imports.callFormat(ASL, "graph", "$L"));
    List<Object> args = new ArrayList<>(List.of(ASL, start));
    g.comment().ifPresent(c -> {
      format.append(".comment($L)");
      args.add(values.text(c));
    });
    g.queryLanguage().ifPresent(q -> {
      format.append(".queryLanguage($T.$L)");
      args.add(QueryLanguage.class);
      args.add(q.name());
    });
    return new Deferred(format.toString(), args.toArray());
  }

  private CodeBlock processorConfig(ProcessorConfig pc, String at) {
    UnknownFields.refuse(pc.unknownFields(), at + "/ItemProcessor/ProcessorConfig");
    if (pc.mode().orElse(null) == ProcessorMode.INLINE && pc.executionType().isEmpty()) {
      return CodeBlock.of(".inline()");
    }
    if (pc.mode().orElse(null) == ProcessorMode.DISTRIBUTED && pc.executionType().isPresent()) {
      return CodeBlock.of(".distributed($T.$L)", ExecutionType.class,
          pc.executionType().get().name());
    }
    throw new GenerationException(at + "/ItemProcessor/ProcessorConfig", "only {\"Mode\":"
        + " \"INLINE\"} and {\"Mode\": \"DISTRIBUTED\", \"ExecutionType\": ...} can be written");
  }

  /** A Retry entry; {@code entry} points at it, for the numbers the DSL would refuse. */
  private CodeBlock retrier(Retrier r, String at, String entry) {
    UnknownFields.refuse(r.unknownFields(), at + "/Retry");
    if (r.errorEquals().isEmpty()) {
      throw new GenerationException(at + "/Retry", "a retrier with an empty ErrorEquals cannot be"
          + " written with the DSL (Step Functions rejects it too)");
    }
    CodeBlock.Builder p = CodeBlock.builder().add("$>$>$T.policy()", Retry.class);
    r.comment().ifPresent(c -> p.add("\n.comment($L)", values.text(c)));
    r.intervalSeconds().ifPresent(v -> p.add("\n.intervalSeconds($L)", wholeNumber(v,
        Limit.INTERVAL_SECONDS, entry + "/IntervalSeconds")));
    r.maxAttempts().ifPresent(v -> p.add("\n.maxAttempts($L)", wholeNumber(v,
        Limit.MAX_ATTEMPTS, entry + "/MaxAttempts")));
    r.backoffRate().ifPresent(v -> p.add("\n.backoffRate($L)", values.spent(anyNumber(v,
        Limit.BACKOFF_RATE, entry + "/BackoffRate"), 2)));
    r.maxDelaySeconds().ifPresent(v -> p.add("\n.maxDelaySeconds($L)", wholeNumber(v,
        Limit.MAX_DELAY_SECONDS, entry + "/MaxDelaySeconds")));
    r.jitterStrategy().ifPresent(j -> p.add("\n.jitter($T.$L)",
        io.asl4j.model.JitterStrategy.class, j.name()));
    p.add("$<$<");
    if (r.errorEquals().equals(List.of("States.ALL"))) {
      return CodeBlock.of(".retryAll($L)", p.build());
    }
    return CodeBlock.of(".retry($L$L)", p.build(), values.strings(r.errorEquals()));
  }

  /** A Catch entry, {@code .catching(next, "E")}; formatted once it is known where it goes. */
  private Deferred catcher(Catcher c, String at) {
    UnknownFields.refuse(c.unknownFields(), at + "/Catch");
    if (c.errorEquals().isEmpty()) {
      throw new GenerationException(at + "/Catch", "a catcher with an empty ErrorEquals cannot be"
          + " written with the DSL (Step Functions rejects it too)");
    }
    CodeBlock settings = null;
    if (c.resultPath().isPresent() || c.output().isPresent() || c.assign().isPresent()
        || c.comment().isPresent()) {
      CodeBlock.Builder b = CodeBlock.builder();
      if (c.resultPath().isPresent()) {
        b.add("$T.resultPath($L)", Catch.class, values.path(c.resultPath().get()));
      } else {
        b.add("$T.defaults()", Catch.class);
      }
      c.output().ifPresent(o -> b.add(".output($L)", values.value(o)));
      c.assign().ifPresent(a -> b.add(".assign($L)", values.fields(a)));
      c.comment().ifPresent(x -> b.add(".comment($L)", values.text(x)));
      settings = b.build();
    }
    Target next = Target.of(c.next());
    if (c.errorEquals().equals(List.of("States.ALL"))) {
      return settings == null ? new Deferred(".catchAll($L)", next)
          : new Deferred(".catchAll($L, $L)", settings, next);
    }
    return settings == null
        ? new Deferred(".catching($L$L)", next, values.strings(c.errorEquals()))
        : new Deferred(".catching($L, $L$L)", settings, next, values.strings(c.errorEquals()));
  }

  /** A number field: a literal ({@code literal(5)}, {@code new JsonNumber("2.5")}) or dynamic. */
  private CodeBlock dynamicNumber(DynamicNumber v) {
    return values.value((Value) v);
  }
}
