package io.asl4j.json;

import io.asl4j.Workflow;
import io.asl4j.model.AslEnum;
import io.asl4j.model.Branch;
import io.asl4j.model.Catcher;
import io.asl4j.model.ChoiceRule;
import io.asl4j.model.ChoiceState;
import io.asl4j.model.ComparisonOperator;
import io.asl4j.model.Condition;
import io.asl4j.model.CsvDelimiter;
import io.asl4j.model.CsvHeaderLocation;
import io.asl4j.model.DynamicNumber;
import io.asl4j.model.DynamicString;
import io.asl4j.model.ExecutionType;
import io.asl4j.model.FailState;
import io.asl4j.model.Intrinsic;
import io.asl4j.model.ItemBatcher;
import io.asl4j.model.ItemProcessor;
import io.asl4j.model.ItemReader;
import io.asl4j.model.JitterStrategy;
import io.asl4j.model.JsonArray;
import io.asl4j.model.JsonBoolean;
import io.asl4j.model.JsonNull;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonPath;
import io.asl4j.model.JsonString;
import io.asl4j.model.Jsonata;
import io.asl4j.model.ManifestType;
import io.asl4j.model.MapState;
import io.asl4j.model.NestedRule;
import io.asl4j.model.ParallelState;
import io.asl4j.model.PassState;
import io.asl4j.model.Path;
import io.asl4j.model.ProcessorConfig;
import io.asl4j.model.ProcessorMode;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.RawState;
import io.asl4j.model.ReaderConfig;
import io.asl4j.model.ReaderInputType;
import io.asl4j.model.ReaderTransformation;
import io.asl4j.model.Retrier;
import io.asl4j.model.ResultWriter;
import io.asl4j.model.State;
import io.asl4j.model.SucceedState;
import io.asl4j.model.TaskState;
import io.asl4j.model.Transition;
import io.asl4j.model.Value;
import io.asl4j.model.WaitState;
import io.asl4j.model.WaitTime;
import io.asl4j.model.WriterConfig;
import io.asl4j.model.WriterOutputType;
import io.asl4j.model.WriterTransformation;
import io.asl4j.internal.OrderedMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Maps a {@link Node} tree onto the model. It never stops at the first problem: a bad field is
 * recorded and skipped, the enclosing record is dropped, and reading goes on so that one
 * {@link AslReadException} can list everything wrong.
 */
final class ModelMapper {

  /** How strings and keys inside a JSON value are interpreted. */
  private enum Mode {
    /** JSONPath payload template: keys ending in {@code .$} hold paths or intrinsic calls. */
    TEMPLATE,
    /** JSONata value: strings written {@code {% ... %}} are expressions. */
    JSONATA,
    /** Constant JSON: nothing is evaluated ({@code Result}, unknown fields). */
    LITERAL
  }

  private static final String[] STATE_TYPES =
      {"Task", "Pass", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map"};

  private static final String[] TOP_FIELDS =
      {"Comment", "QueryLanguage", "Version", "TimeoutSeconds", "StartAt", "States"};
  private static final String[] BRANCH_FIELDS = {"Comment", "QueryLanguage", "StartAt", "States"};
  private static final String[] PROCESSOR_FIELDS =
      {"Comment", "QueryLanguage", "ProcessorConfig", "StartAt", "States"};
  private static final String[] TASK_FIELDS = {"Type", "Comment", "QueryLanguage", "Resource",
      "Credentials", "InputPath", "Parameters", "Arguments", "TimeoutSeconds", "TimeoutSecondsPath",
      "HeartbeatSeconds", "HeartbeatSecondsPath", "ResultSelector", "ResultPath", "OutputPath",
      "Output", "Assign", "Retry", "Catch", "Next", "End"};
  private static final String[] PASS_FIELDS = {"Type", "Comment", "QueryLanguage", "InputPath",
      "Parameters", "Result", "ResultPath", "OutputPath", "Output", "Assign", "Next", "End"};
  private static final String[] CHOICE_FIELDS = {"Type", "Comment", "QueryLanguage", "InputPath",
      "OutputPath", "Output", "Assign", "Choices", "Default"};
  private static final String[] WAIT_FIELDS = {"Type", "Comment", "QueryLanguage", "InputPath",
      "Seconds", "SecondsPath", "Timestamp", "TimestampPath", "OutputPath", "Output", "Assign",
      "Next", "End"};
  private static final String[] SUCCEED_FIELDS =
      {"Type", "Comment", "QueryLanguage", "InputPath", "OutputPath", "Output"};
  private static final String[] FAIL_FIELDS =
      {"Type", "Comment", "QueryLanguage", "Error", "ErrorPath", "Cause", "CausePath"};
  private static final String[] PARALLEL_FIELDS = {"Type", "Comment", "QueryLanguage",
      "InputPath", "Parameters", "Arguments", "Branches", "ResultSelector", "ResultPath",
      "OutputPath", "Output", "Assign", "Retry", "Catch", "Next", "End"};
  private static final String[] MAP_FIELDS = {"Type", "Comment", "QueryLanguage", "InputPath",
      "Arguments", "ItemsPath", "Items", "ItemReader", "ItemSelector", "Parameters", "ItemBatcher",
      "MaxConcurrency", "MaxConcurrencyPath", "ToleratedFailurePercentage",
      "ToleratedFailurePercentagePath", "ToleratedFailureCount", "ToleratedFailureCountPath",
      "Label", "ItemProcessor", "Iterator", "ResultWriter", "ResultSelector", "ResultPath",
      "OutputPath", "Output", "Assign", "Retry", "Catch", "Next", "End"};
  private static final String[] RETRIER_FIELDS = {"Comment", "ErrorEquals", "IntervalSeconds",
      "MaxAttempts", "BackoffRate", "MaxDelaySeconds", "JitterStrategy"};
  private static final String[] CATCHER_FIELDS =
      {"Comment", "ErrorEquals", "ResultPath", "Output", "Assign", "Next"};
  private static final String[] RULE_FIELDS =
      {"Comment", "Variable", "And", "Or", "Not", "Condition", "Assign", "Output", "Next"};
  private static final String[] NESTED_RULE_FIELDS =
      {"Comment", "Variable", "And", "Or", "Not"};
  private static final String[] PROCESSOR_CONFIG_FIELDS = {"Mode", "ExecutionType"};
  private static final String[] ITEM_READER_FIELDS =
      {"Resource", "ReaderConfig", "Parameters", "Arguments"};
  private static final String[] READER_CONFIG_FIELDS = {"InputType", "ManifestType",
      "CSVHeaderLocation", "CSVHeaders", "CSVDelimiter", "ItemsPointer", "Transformation",
      "MaxItems", "MaxItemsPath"};
  private static final String[] ITEM_BATCHER_FIELDS = {"MaxItemsPerBatch",
      "MaxItemsPerBatchPath", "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath", "BatchInput"};
  private static final String[] RESULT_WRITER_FIELDS =
      {"Resource", "WriterConfig", "Parameters", "Arguments"};
  private static final String[] WRITER_CONFIG_FIELDS = {"OutputType", "Transformation"};

  private final boolean keepUnknown;
  private final List<AslReadException.Problem> problems = new ArrayList<>();

  ModelMapper(boolean keepUnknown) {
    this.keepUnknown = keepUnknown;
  }

  Workflow workflow(Node root) {
    Workflow w = null;
    if (root.kind != Node.OBJECT) {
      problem(root.position, Pointer.ROOT, "a definition is a JSON object with \"StartAt\" and"
          + " \"States\", found " + root.describe());
    } else {
      w = readWorkflow(root);
    }
    if (!problems.isEmpty()) {
      problems.sort(java.util.Comparator.comparingInt(AslReadException.Problem::line)
          .thenComparingInt(AslReadException.Problem::column));
      throw new AslReadException(problems);
    }
    return w;
  }

  /**
   * Maps one state object on its own, for the fast path.
   *
   * @return the state, or null when it has any problem (the caller then re-reads everything)
   */
  State detachedState(Node n, QueryLanguage inherited) {
    State s = state(n, Pointer.ROOT, inherited);
    return problems.isEmpty() ? s : null;
  }

  // ---------------------------------------------------------------- graphs

  private Workflow readWorkflow(Node n) {
    int before = problems.size();
    Pointer p = Pointer.ROOT;
    QueryLanguage ql = queryLanguage(n, p);
    QueryLanguage effective = ql == null ? QueryLanguage.JSONPATH : ql;
    String comment = null;
    String version = null;
    JsonNumber timeout = null;
    String startAt = null;
    Map<String, State> states = null;
    Map<String, Value> unknown = null;
    for (int i = 0; i < n.size; i++) {
      Node v = n.children[i];
      String name = n.names[i];
      switch (name) {
        case "Comment":
          comment = string(v, p, name);
          break;
        case "QueryLanguage":
          break;
        case "Version":
          version = string(v, p, name);
          break;
        case "TimeoutSeconds":
          timeout = number(v, p, name);
          break;
        case "StartAt":
          startAt = string(v, p, name);
          break;
        case "States":
          states = states(v, p.child(name), effective);
          break;
        default:
          unknown = unknown(n, i, p, unknown, "the top level of a definition", TOP_FIELDS);
      }
    }
    require(n, p, "StartAt", "the top level of a definition", "the name of the first state");
    require(n, p, "States", "the top level of a definition", "an object of states by name");
    if (problems.size() > before) {
      return null;
    }
    return new Workflow(Optional.ofNullable(comment), Optional.ofNullable(ql),
        Optional.ofNullable(version), Optional.ofNullable(timeout), startAt, states, map(unknown));
  }

  private Branch readBranch(Node n, Pointer p, QueryLanguage inherited) {
    if (!isObject(n, p, "a branch with \"StartAt\" and \"States\"")) {
      return null;
    }
    int before = problems.size();
    QueryLanguage ql = queryLanguage(n, p);
    QueryLanguage effective = ql == null ? inherited : ql;
    String comment = null;
    String startAt = null;
    Map<String, State> states = null;
    Map<String, Value> unknown = null;
    for (int i = 0; i < n.size; i++) {
      Node v = n.children[i];
      String name = n.names[i];
      switch (name) {
        case "Comment":
          comment = string(v, p, name);
          break;
        case "QueryLanguage":
          break;
        case "StartAt":
          startAt = string(v, p, name);
          break;
        case "States":
          states = states(v, p.child(name), effective);
          break;
        default:
          unknown = unknown(n, i, p, unknown, "a Parallel branch", BRANCH_FIELDS);
      }
    }
    require(n, p, "StartAt", "a Parallel branch", "the name of the branch's first state");
    require(n, p, "States", "a Parallel branch", "an object of states by name");
    if (problems.size() > before) {
      return null;
    }
    return new Branch(Optional.ofNullable(comment), Optional.ofNullable(ql), startAt, states,
        map(unknown));
  }

  private ItemProcessor readProcessor(Node n, Pointer p, String field, QueryLanguage inherited) {
    if (!isObject(n, p, "an item processor with \"StartAt\" and \"States\"")) {
      return null;
    }
    int before = problems.size();
    QueryLanguage ql = queryLanguage(n, p);
    QueryLanguage effective = ql == null ? inherited : ql;
    String where = "a Map state's " + field;
    String comment = null;
    ProcessorConfig config = null;
    String startAt = null;
    Map<String, State> states = null;
    Map<String, Value> unknown = null;
    for (int i = 0; i < n.size; i++) {
      Node v = n.children[i];
      String name = n.names[i];
      switch (name) {
        case "Comment":
          comment = string(v, p, name);
          break;
        case "QueryLanguage":
          break;
        case "ProcessorConfig":
          config = processorConfig(v, p.child(name));
          break;
        case "StartAt":
          startAt = string(v, p, name);
          break;
        case "States":
          states = states(v, p.child(name), effective);
          break;
        default:
          unknown = unknown(n, i, p, unknown, where, PROCESSOR_FIELDS);
      }
    }
    require(n, p, "StartAt", where, "the name of the first state run for each item");
    require(n, p, "States", where, "an object of states by name");
    if (problems.size() > before) {
      return null;
    }
    return new ItemProcessor(Optional.ofNullable(comment), Optional.ofNullable(ql),
        Optional.ofNullable(config), startAt, states, map(unknown));
  }

  private ProcessorConfig processorConfig(Node n, Pointer p) {
    if (!isObject(n, p, "an object with \"Mode\" and \"ExecutionType\"")) {
      return null;
    }
    int before = problems.size();
    ProcessorMode mode = null;
    ExecutionType type = null;
    Map<String, Value> unknown = null;
    for (int i = 0; i < n.size; i++) {
      Node v = n.children[i];
      String name = n.names[i];
      switch (name) {
        case "Mode":
          mode = enumValue(v, p, name, ProcessorMode.class);
          break;
        case "ExecutionType":
          type = enumValue(v, p, name, ExecutionType.class);
          break;
        default:
          unknown = unknown(n, i, p, unknown, "a ProcessorConfig", PROCESSOR_CONFIG_FIELDS);
      }
    }
    if (problems.size() > before) {
      return null;
    }
    return new ProcessorConfig(Optional.ofNullable(mode), Optional.ofNullable(type), map(unknown));
  }

  private Map<String, State> states(Node n, Pointer p, QueryLanguage ql) {
    if (!isObject(n, p, "an object of states by name")) {
      return null;
    }
    int before = problems.size();
    State[] states = new State[n.size];
    for (int i = 0; i < n.size; i++) {
      states[i] = state(n.children[i], p.child(n.names[i]), ql);
    }
    // names are distinct: the JSON parser rejects duplicate keys
    return problems.size() > before ? null : OrderedMap.adopt(n.names, states, n.size);
  }

  // ---------------------------------------------------------------- states

  private State state(Node n, Pointer p, QueryLanguage inherited) {
    if (n.kind != Node.OBJECT) {
      if (keepUnknown) {
        return new RawState(value(n, p, Mode.LITERAL));
      }
      problem(n.position, p, "expected a state object with a \"Type\", found " + n.describe());
      return null;
    }
    Node type = n.member("Type");
    String kind = type != null && type.kind == Node.STRING ? type.text : null;
    if (kind == null || !isStateType(kind)) {
      if (keepUnknown) {
        return new RawState(value(n, p, Mode.LITERAL));
      }
      if (type == null) {
        problem(n.position, p, "missing \"Type\"; a state needs one of " + list(STATE_TYPES));
      } else if (kind == null) {
        problem(type.position, p.child("Type"), "expected a state type (one of "
            + list(STATE_TYPES) + "), found " + type.describe());
      } else {
        problem(type.position, p.child("Type"), "unknown state type " + Node.quote(kind, 60)
            + suggestion(kind, STATE_TYPES, "; expected one of " + list(STATE_TYPES)));
      }
      return null;
    }
    QueryLanguage ql = queryLanguage(n, p);
    QueryLanguage effective = ql == null ? inherited : ql;
    StateReader r = new StateReader(n, p, kind, effective);
    int before = problems.size();
    State s;
    switch (kind) {
      case "Task":
        s = task(r, ql);
        break;
      case "Pass":
        s = pass(r, ql);
        break;
      case "Choice":
        s = choice(r, ql);
        break;
      case "Wait":
        s = waitState(r, ql);
        break;
      case "Succeed":
        s = succeed(r, ql);
        break;
      case "Fail":
        s = fail(r, ql);
        break;
      case "Parallel":
        s = parallel(r, ql);
        break;
      default:
        s = mapState(r, ql);
    }
    return problems.size() > before ? null : s;
  }

  /** The fields every state reader collects; one instance per state object. */
  private final class StateReader {
    final Node node;
    final Pointer pointer;
    final String where;
    final QueryLanguage ql;
    final int before = problems.size();
    Map<String, Value> unknown;
    String comment;
    Path inputPath;
    Path outputPath;
    Path resultPath;
    Value parameters;
    JsonObject resultSelector;
    Value arguments;
    Value output;
    JsonObject assign;
    List<Retrier> retry;
    List<Catcher> catchers;
    final OneOf<Transition> transition = new OneOf<>();

    StateReader(Node node, Pointer pointer, String kind, QueryLanguage ql) {
      this.node = node;
      this.pointer = pointer;
      this.where = "a " + kind + " state";
      this.ql = ql;
    }

    /** Reads a field shared by several state types; false when {@code name} is not one. */
    boolean common(int i) {
      Node v = node.children[i];
      String name = node.names[i];
      Pointer p = pointer;
      switch (name) {
        case "Type":
        case "QueryLanguage":
          return true;
        case "Comment":
          comment = string(v, p, name);
          return true;
        case "InputPath":
          inputPath = ioPath(v, p, name);
          return true;
        case "OutputPath":
          outputPath = ioPath(v, p, name);
          return true;
        case "ResultPath":
          resultPath = ioPath(v, p, name);
          return true;
        case "Parameters":
          parameters = value(v, p.child(name), Mode.TEMPLATE);
          return true;
        case "ResultSelector":
          resultSelector = object(v, p, name, Mode.TEMPLATE);
          return true;
        case "Arguments":
          arguments = value(v, p.child(name), Mode.JSONATA);
          return true;
        case "Output":
          output = value(v, p.child(name), Mode.JSONATA);
          return true;
        case "Assign":
          assign = object(v, p, name, modeOf(ql));
          return true;
        case "Retry":
          retry = list(v, p.child(name), "retriers", (e, ep) -> retrier(e, ep));
          return true;
        case "Catch":
          catchers = list(v, p.child(name), "catchers", (e, ep) -> catcher(e, ep, ql));
          return true;
        case "Next": {
          String next = string(v, p, name);
          transition.set(name, next == null ? null : Transition.next(next), node.namePosition(i), p,
              "Next", "End");
          return true;
        }
        case "End": {
          Transition end = null;
          if (v.kind == Node.TRUE) {
            end = Transition.end();
          } else if (v.kind == Node.FALSE) {
            problem(v.position, p.child(name), "\"End\" can only be true; to continue, remove it"
                + " and set \"Next\"");
          } else {
            typeProblem(v, p, name, "true");
          }
          transition.set(name, end, node.namePosition(i), p, "Next", "End");
          return true;
        }
        default:
          return false;
      }
    }

    void unknownField(int i, String[] allowed) {
      unknown = unknown(node, i, pointer, unknown, where, allowed);
    }

    /** Checks that exactly one of Next and End was given. */
    Transition requireTransition() {
      if (transition.key == null) {
        problem(node.position, pointer, where + " needs \"Next\" (the state that follows) or"
            + " \"End\": true");
      }
      return transition.value;
    }

    Optional<List<Retrier>> retry() {
      return Optional.ofNullable(retry);
    }

    Optional<List<Catcher>> catchers() {
      return Optional.ofNullable(catchers);
    }
  }

  private State task(StateReader r, QueryLanguage ql) {
    Node n = r.node;
    Pointer p = r.pointer;
    String resource = null;
    JsonObject credentials = null;
    OneOf<DynamicNumber> timeout = new OneOf<>();
    OneOf<DynamicNumber> heartbeat = new OneOf<>();
    for (int i = 0; i < n.size; i++) {
      Node v = n.children[i];
      String name = n.names[i];
      switch (name) {
        case "Resource":
          resource = string(v, p, name);
          break;
        case "Credentials":
          credentials = object(v, p, name, modeOf(r.ql));
          break;
        case "TimeoutSeconds":
        case "TimeoutSecondsPath":
          timeout.set(name, dynamicNumber(v, p, name), n.namePosition(i), p, "TimeoutSeconds",
              "TimeoutSecondsPath");
          break;
        case "HeartbeatSeconds":
        case "HeartbeatSecondsPath":
          heartbeat.set(name, dynamicNumber(v, p, name), n.namePosition(i), p, "HeartbeatSeconds",
              "HeartbeatSecondsPath");
          break;
        default:
          if (!r.common(i)) {
            r.unknownField(i, TASK_FIELDS);
          }
      }
    }
    require(n, p, "Resource", r.where, "the ARN of the integration, activity or function to run");
    Transition t = r.requireTransition();
    String res = resource;
    JsonObject creds = credentials;
    return build(r.before, n, p, () -> new TaskState(opt(r.comment), opt(ql), res, opt(creds),
        opt(r.inputPath), opt(r.parameters), opt(r.arguments), opt(timeout.value),
        opt(heartbeat.value), opt(r.resultSelector), opt(r.resultPath), opt(r.outputPath),
        opt(r.output), opt(r.assign), r.retry(), r.catchers(), t, map(r.unknown)));
  }

  private State pass(StateReader r, QueryLanguage ql) {
    Node n = r.node;
    Pointer p = r.pointer;
    Value result = null;
    for (int i = 0; i < n.size; i++) {
      if (n.names[i].equals("Result")) {
        result = value(n.children[i], p.child("Result"), Mode.LITERAL);
      } else if (!isOneOf(n.names[i], PASS_FIELDS) || !r.common(i)) {
        r.unknownField(i, PASS_FIELDS);
      }
    }
    Transition t = r.requireTransition();
    Value res = result;
    return build(r.before, n, p, () -> new PassState(opt(r.comment), opt(ql), opt(r.inputPath),
        opt(r.parameters), opt(res), opt(r.resultPath), opt(r.outputPath), opt(r.output),
        opt(r.assign), t, map(r.unknown)));
  }

  private State choice(StateReader r, QueryLanguage ql) {
    Node n = r.node;
    Pointer p = r.pointer;
    List<ChoiceRule> choices = null;
    String defaultState = null;
    for (int i = 0; i < n.size; i++) {
      Node v = n.children[i];
      String name = n.names[i];
      if (name.equals("Choices")) {
        choices = list(v, p.child(name), "Choice rules", (e, ep) -> rule(e, ep, r.ql));
      } else if (name.equals("Default")) {
        defaultState = string(v, p, name);
      } else if (!isOneOf(name, CHOICE_FIELDS) || !r.common(i)) {
        r.unknownField(i, CHOICE_FIELDS);
      }
    }
    require(n, p, "Choices", r.where, "a list of rules");
    List<ChoiceRule> rules = choices;
    String def = defaultState;
    return build(r.before, n, p, () -> new ChoiceState(opt(r.comment), opt(ql), opt(r.inputPath),
        opt(r.outputPath), opt(r.output), opt(r.assign), rules, opt(def), map(r.unknown)));
  }

  private State waitState(StateReader r, QueryLanguage ql) {
    Node n = r.node;
    Pointer p = r.pointer;
    OneOf<WaitTime> time = new OneOf<>();
    for (int i = 0; i < n.size; i++) {
      Node v = n.children[i];
      String name = n.names[i];
      WaitTime wt = null;
      switch (name) {
        case "Seconds": {
          DynamicNumber d = dynamicNumber(v, p, name);
          wt = d == null ? null : new WaitTime.Seconds(d);
          break;
        }
        case "SecondsPath": {
          JsonPath d = refPath(v, p, name);
          wt = d == null ? null : new WaitTime.Seconds(d);
          break;
        }
        case "Timestamp": {
          DynamicString d = dynamicString(v, p, name, r.ql);
          wt = d == null ? null : new WaitTime.Timestamp(d);
          break;
        }
        case "TimestampPath": {
          JsonPath d = refPath(v, p, name);
          wt = d == null ? null : new WaitTime.Timestamp(d);
          break;
        }
        default:
          if (!isOneOf(name, WAIT_FIELDS) || !r.common(i)) {
            r.unknownField(i, WAIT_FIELDS);
          }
          continue;
      }
      time.set(name, wt, n.namePosition(i), p, "Seconds", "SecondsPath", "Timestamp",
          "TimestampPath");
    }
    if (time.key == null) {
      problem(n.position, p, "a Wait state needs one of \"Seconds\", \"SecondsPath\","
          + " \"Timestamp\" or \"TimestampPath\"");
    }
    Transition t = r.requireTransition();
    return build(r.before, n, p, () -> new WaitState(opt(r.comment), opt(ql), opt(r.inputPath), time.value,
        opt(r.outputPath), opt(r.output), opt(r.assign), t, map(r.unknown)));
  }

  private State succeed(StateReader r, QueryLanguage ql) {
    Node n = r.node;
    for (int i = 0; i < n.size; i++) {
      if (!isOneOf(n.names[i], SUCCEED_FIELDS) || !r.common(i)) {
        r.unknownField(i, SUCCEED_FIELDS);
      }
    }
    return build(r.before, n, r.pointer, () -> new SucceedState(opt(r.comment), opt(ql), opt(r.inputPath),
        opt(r.outputPath), opt(r.output), map(r.unknown)));
  }

  private State fail(StateReader r, QueryLanguage ql) {
    Node n = r.node;
    Pointer p = r.pointer;
    OneOf<DynamicString> error = new OneOf<>();
    OneOf<DynamicString> cause = new OneOf<>();
    for (int i = 0; i < n.size; i++) {
      Node v = n.children[i];
      String name = n.names[i];
      switch (name) {
        case "Error":
          error.set(name, dynamicString(v, p, name, r.ql), n.namePosition(i), p, "Error",
              "ErrorPath");
          break;
        case "ErrorPath":
          error.set(name, pathOrIntrinsic(v, p, name), n.namePosition(i), p, "Error",
              "ErrorPath");
          break;
        case "Cause":
          cause.set(name, dynamicString(v, p, name, r.ql), n.namePosition(i), p, "Cause",
              "CausePath");
          break;
        case "CausePath":
          cause.set(name, pathOrIntrinsic(v, p, name), n.namePosition(i), p, "Cause",
              "CausePath");
          break;
        default:
          if (!isOneOf(name, FAIL_FIELDS) || !r.common(i)) {
            r.unknownField(i, FAIL_FIELDS);
          }
      }
    }
    return build(r.before, n, p, () -> new FailState(opt(r.comment), opt(ql), opt(error.value),
        opt(cause.value), map(r.unknown)));
  }

  private State parallel(StateReader r, QueryLanguage ql) {
    Node n = r.node;
    Pointer p = r.pointer;
    List<Branch> branches = null;
    for (int i = 0; i < n.size; i++) {
      if (n.names[i].equals("Branches")) {
        branches = list(n.children[i], p.child("Branches"), "branches",
            (e, ep) -> readBranch(e, ep, r.ql));
      } else if (!isOneOf(n.names[i], PARALLEL_FIELDS) || !r.common(i)) {
        r.unknownField(i, PARALLEL_FIELDS);
      }
    }
    require(n, p, "Branches", r.where, "a list of branches, each with \"StartAt\" and \"States\"");
    Transition t = r.requireTransition();
    List<Branch> bs = branches;
    return build(r.before, n, p, () -> new ParallelState(opt(r.comment), opt(ql), opt(r.inputPath),
        opt(r.parameters), opt(r.arguments), bs, opt(r.resultSelector), opt(r.resultPath),
        opt(r.outputPath), opt(r.output), opt(r.assign), r.retry(), r.catchers(), t,
        map(r.unknown)));
  }

  private State mapState(StateReader r, QueryLanguage ql) {
    Node n = r.node;
    Pointer p = r.pointer;
    OneOf<Value> items = new OneOf<>();
    OneOf<ItemProcessor> processor = new OneOf<>();
    OneOf<DynamicNumber> maxConcurrency = new OneOf<>();
    OneOf<DynamicNumber> failurePercentage = new OneOf<>();
    OneOf<DynamicNumber> failureCount = new OneOf<>();
    ItemReader reader = null;
    Value itemSelector = null;
    ItemBatcher batcher = null;
    String label = null;
    ResultWriter writer = null;
    for (int i = 0; i < n.size; i++) {
      Node v = n.children[i];
      String name = n.names[i];
      long at = n.namePosition(i);
      switch (name) {
        case "ItemsPath":
          items.set(name, refPath(v, p, name), at, p, "ItemsPath", "Items");
          break;
        case "Items":
          items.set(name, value(v, p.child(name), Mode.JSONATA), at, p, "ItemsPath", "Items");
          break;
        case "ItemProcessor":
        case "Iterator":
          processor.set(name, readProcessor(v, p.child(name), name, r.ql), at, p, "ItemProcessor",
              "Iterator");
          break;
        case "MaxConcurrency":
        case "MaxConcurrencyPath":
          maxConcurrency.set(name, dynamicNumber(v, p, name), at, p, "MaxConcurrency",
              "MaxConcurrencyPath");
          break;
        case "ToleratedFailurePercentage":
        case "ToleratedFailurePercentagePath":
          failurePercentage.set(name, dynamicNumber(v, p, name), at, p,
              "ToleratedFailurePercentage", "ToleratedFailurePercentagePath");
          break;
        case "ToleratedFailureCount":
        case "ToleratedFailureCountPath":
          failureCount.set(name, dynamicNumber(v, p, name), at, p, "ToleratedFailureCount",
              "ToleratedFailureCountPath");
          break;
        case "ItemReader":
          reader = itemReader(v, p.child(name));
          break;
        case "ItemSelector":
          itemSelector = value(v, p.child(name), modeOf(r.ql));
          break;
        case "ItemBatcher":
          batcher = itemBatcher(v, p.child(name), r.ql);
          break;
        case "Label":
          label = string(v, p, name);
          break;
        case "ResultWriter":
          writer = resultWriter(v, p.child(name));
          break;
        default:
          if (!r.common(i)) {
            r.unknownField(i, MAP_FIELDS);
          }
      }
    }
    if (processor.key == null) {
      problem(n.position, p, "missing \"ItemProcessor\"; a Map state needs the states to run for"
          + " each item (\"ItemProcessor\", or the legacy \"Iterator\")");
    }
    Transition t = r.requireTransition();
    ItemReader rd = reader;
    Value sel = itemSelector;
    ItemBatcher b = batcher;
    String lbl = label;
    ResultWriter w = writer;
    return build(r.before, n, p, () -> new MapState(opt(r.comment), opt(ql), opt(r.inputPath),
        opt(r.arguments), opt(items.value), opt(rd), opt(sel), opt(r.parameters), opt(b),
        opt(maxConcurrency.value), opt(failurePercentage.value), opt(failureCount.value), opt(lbl),
        processor.value, "Iterator".equals(processor.key), opt(w), opt(r.resultSelector),
        opt(r.resultPath), opt(r.outputPath), opt(r.output), opt(r.assign), r.retry(),
        r.catchers(), t, map(r.unknown)));
  }

  // ---------------------------------------------------------------- Map parts

  private ItemReader itemReader(Node n, Pointer p) {
    if (!isObject(n, p, "an item reader object with \"Resource\"")) {
      return null;
    }
    int before = problems.size();
    String resource = null;
    ReaderConfig config = null;
    Value parameters = null;
    Value arguments = null;
    Map<String, Value> unknown = null;
    for (int i = 0; i < n.size; i++) {
      Node v = n.children[i];
      String name = n.names[i];
      switch (name) {
        case "Resource":
          resource = string(v, p, name);
          break;
        case "ReaderConfig":
          config = readerConfig(v, p.child(name));
          break;
        case "Parameters":
          parameters = value(v, p.child(name), Mode.TEMPLATE);
          break;
        case "Arguments":
          arguments = value(v, p.child(name), Mode.JSONATA);
          break;
        default:
          unknown = unknown(n, i, p, unknown, "an ItemReader", ITEM_READER_FIELDS);
      }
    }
    require(n, p, "Resource", "an ItemReader", "for example \"arn:aws:states:::s3:getObject\"");
    if (problems.size() > before) {
      return null;
    }
    String res = resource;
    ReaderConfig c = config;
    Value params = parameters;
    Value args = arguments;
    Map<String, Value> u = unknown;
    return build(before, n, p, () -> new ItemReader(res, opt(c), opt(params), opt(args), map(u)));
  }

  private ReaderConfig readerConfig(Node n, Pointer p) {
    if (!isObject(n, p, "a reader configuration object")) {
      return null;
    }
    int before = problems.size();
    ReaderInputType inputType = null;
    ManifestType manifestType = null;
    CsvHeaderLocation headerLocation = null;
    List<String> headers = null;
    CsvDelimiter delimiter = null;
    String itemsPointer = null;
    ReaderTransformation transformation = null;
    OneOf<DynamicNumber> maxItems = new OneOf<>();
    Map<String, Value> unknown = null;
    for (int i = 0; i < n.size; i++) {
      Node v = n.children[i];
      String name = n.names[i];
      switch (name) {
        case "InputType":
          inputType = enumValue(v, p, name, ReaderInputType.class);
          break;
        case "ManifestType":
          manifestType = enumValue(v, p, name, ManifestType.class);
          break;
        case "CSVHeaderLocation":
          headerLocation = enumValue(v, p, name, CsvHeaderLocation.class);
          break;
        case "CSVHeaders":
          headers = strings(v, p, name);
          break;
        case "CSVDelimiter":
          delimiter = enumValue(v, p, name, CsvDelimiter.class);
          break;
        case "ItemsPointer":
          itemsPointer = string(v, p, name);
          break;
        case "Transformation":
          transformation = enumValue(v, p, name, ReaderTransformation.class);
          break;
        case "MaxItems":
        case "MaxItemsPath":
          maxItems.set(name, dynamicNumber(v, p, name), n.namePosition(i), p, "MaxItems",
              "MaxItemsPath");
          break;
        default:
          unknown = unknown(n, i, p, unknown, "a ReaderConfig", READER_CONFIG_FIELDS);
      }
    }
    if (problems.size() > before) {
      return null;
    }
    return new ReaderConfig(opt(inputType), opt(manifestType), opt(headerLocation), opt(headers),
        opt(delimiter), opt(itemsPointer), opt(transformation), opt(maxItems.value), map(unknown));
  }

  private ItemBatcher itemBatcher(Node n, Pointer p, QueryLanguage ql) {
    if (!isObject(n, p, "an item batcher object")) {
      return null;
    }
    int before = problems.size();
    OneOf<DynamicNumber> maxItems = new OneOf<>();
    OneOf<DynamicNumber> maxBytes = new OneOf<>();
    Value batchInput = null;
    Map<String, Value> unknown = null;
    for (int i = 0; i < n.size; i++) {
      Node v = n.children[i];
      String name = n.names[i];
      switch (name) {
        case "MaxItemsPerBatch":
        case "MaxItemsPerBatchPath":
          maxItems.set(name, dynamicNumber(v, p, name), n.namePosition(i), p, "MaxItemsPerBatch",
              "MaxItemsPerBatchPath");
          break;
        case "MaxInputBytesPerBatch":
        case "MaxInputBytesPerBatchPath":
          maxBytes.set(name, dynamicNumber(v, p, name), n.namePosition(i), p,
              "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath");
          break;
        case "BatchInput":
          batchInput = value(v, p.child(name), modeOf(ql));
          break;
        default:
          unknown = unknown(n, i, p, unknown, "an ItemBatcher", ITEM_BATCHER_FIELDS);
      }
    }
    if (problems.size() > before) {
      return null;
    }
    Value input = batchInput;
    Map<String, Value> u = unknown;
    return build(before, n, p, () -> new ItemBatcher(opt(maxItems.value), opt(maxBytes.value), opt(input),
        map(u)));
  }

  private ResultWriter resultWriter(Node n, Pointer p) {
    if (!isObject(n, p, "a result writer object")) {
      return null;
    }
    int before = problems.size();
    String resource = null;
    WriterConfig config = null;
    Value parameters = null;
    Value arguments = null;
    Map<String, Value> unknown = null;
    for (int i = 0; i < n.size; i++) {
      Node v = n.children[i];
      String name = n.names[i];
      switch (name) {
        case "Resource":
          resource = string(v, p, name);
          break;
        case "WriterConfig":
          config = writerConfig(v, p.child(name));
          break;
        case "Parameters":
          parameters = value(v, p.child(name), Mode.TEMPLATE);
          break;
        case "Arguments":
          arguments = value(v, p.child(name), Mode.JSONATA);
          break;
        default:
          unknown = unknown(n, i, p, unknown, "a ResultWriter", RESULT_WRITER_FIELDS);
      }
    }
    if (problems.size() > before) {
      return null;
    }
    String res = resource;
    WriterConfig c = config;
    Value params = parameters;
    Value args = arguments;
    Map<String, Value> u = unknown;
    return build(before, n, p, () -> new ResultWriter(opt(res), opt(c), opt(params), opt(args), map(u)));
  }

  private WriterConfig writerConfig(Node n, Pointer p) {
    if (!isObject(n, p, "a writer configuration object")) {
      return null;
    }
    int before = problems.size();
    WriterOutputType outputType = null;
    WriterTransformation transformation = null;
    Map<String, Value> unknown = null;
    for (int i = 0; i < n.size; i++) {
      Node v = n.children[i];
      String name = n.names[i];
      switch (name) {
        case "OutputType":
          outputType = enumValue(v, p, name, WriterOutputType.class);
          break;
        case "Transformation":
          transformation = enumValue(v, p, name, WriterTransformation.class);
          break;
        default:
          unknown = unknown(n, i, p, unknown, "a WriterConfig", WRITER_CONFIG_FIELDS);
      }
    }
    if (problems.size() > before) {
      return null;
    }
    return new WriterConfig(opt(outputType), opt(transformation), map(unknown));
  }

  // ---------------------------------------------------------------- Retry, Catch, Choice rules

  private Retrier retrier(Node n, Pointer p) {
    if (!isObject(n, p, "a retrier object with \"ErrorEquals\"")) {
      return null;
    }
    int before = problems.size();
    String comment = null;
    List<String> errors = null;
    JsonNumber interval = null;
    JsonNumber attempts = null;
    JsonNumber backoff = null;
    JsonNumber maxDelay = null;
    JitterStrategy jitter = null;
    Map<String, Value> unknown = null;
    for (int i = 0; i < n.size; i++) {
      Node v = n.children[i];
      String name = n.names[i];
      switch (name) {
        case "Comment":
          comment = string(v, p, name);
          break;
        case "ErrorEquals":
          errors = strings(v, p, name);
          break;
        case "IntervalSeconds":
          interval = number(v, p, name);
          break;
        case "MaxAttempts":
          attempts = number(v, p, name);
          break;
        case "BackoffRate":
          backoff = number(v, p, name);
          break;
        case "MaxDelaySeconds":
          maxDelay = number(v, p, name);
          break;
        case "JitterStrategy":
          jitter = enumValue(v, p, name, JitterStrategy.class);
          break;
        default:
          unknown = unknown(n, i, p, unknown, "a retrier", RETRIER_FIELDS);
      }
    }
    require(n, p, "ErrorEquals", "a retrier", "the list of error names it retries");
    if (problems.size() > before) {
      return null;
    }
    return new Retrier(opt(comment), errors, opt(interval), opt(attempts), opt(backoff),
        opt(maxDelay), opt(jitter), map(unknown));
  }

  private Catcher catcher(Node n, Pointer p, QueryLanguage ql) {
    if (!isObject(n, p, "a catcher object with \"ErrorEquals\" and \"Next\"")) {
      return null;
    }
    int before = problems.size();
    String comment = null;
    List<String> errors = null;
    Path resultPath = null;
    Value output = null;
    JsonObject assign = null;
    String next = null;
    Map<String, Value> unknown = null;
    for (int i = 0; i < n.size; i++) {
      Node v = n.children[i];
      String name = n.names[i];
      switch (name) {
        case "Comment":
          comment = string(v, p, name);
          break;
        case "ErrorEquals":
          errors = strings(v, p, name);
          break;
        case "ResultPath":
          resultPath = ioPath(v, p, name);
          break;
        case "Output":
          output = value(v, p.child(name), Mode.JSONATA);
          break;
        case "Assign":
          assign = object(v, p, name, modeOf(ql));
          break;
        case "Next":
          next = string(v, p, name);
          break;
        default:
          unknown = unknown(n, i, p, unknown, "a catcher", CATCHER_FIELDS);
      }
    }
    require(n, p, "ErrorEquals", "a catcher", "the list of error names it catches");
    require(n, p, "Next", "a catcher", "the state to go to when it catches an error");
    if (problems.size() > before) {
      return null;
    }
    List<String> e = errors;
    Path rp = resultPath;
    Value out = output;
    JsonObject as = assign;
    String c = comment;
    String nx = next;
    Map<String, Value> u = unknown;
    return build(before, n, p, () -> new Catcher(opt(c), e, opt(rp), opt(out), opt(as), nx, map(u)));
  }

  private ChoiceRule rule(Node n, Pointer p, QueryLanguage ql) {
    if (!isObject(n, p, "a Choice rule object")) {
      return null;
    }
    int before = problems.size();
    RuleReader r = new RuleReader(n, p, "a Choice rule", ql, true);
    String next = null;
    JsonObject assign = null;
    Value output = null;
    for (int i = 0; i < n.size; i++) {
      Node v = n.children[i];
      String name = n.names[i];
      switch (name) {
        case "Next":
          next = string(v, p, name);
          break;
        case "Assign":
          assign = object(v, p, name, modeOf(ql));
          break;
        case "Output":
          output = value(v, p.child(name), Mode.JSONATA);
          break;
        default:
          r.field(i);
      }
    }
    Condition condition = r.condition();
    require(n, p, "Next", "a Choice rule", "the state to go to when the rule matches");
    if (problems.size() > before) {
      return null;
    }
    String nx = next;
    JsonObject as = assign;
    Value out = output;
    return build(before, n, p, () -> new ChoiceRule(opt(r.comment), condition, opt(as), opt(out), nx,
        map(r.unknown)));
  }

  private NestedRule nestedRule(Node n, Pointer p, QueryLanguage ql) {
    if (!isObject(n, p, "a rule object")) {
      return null;
    }
    int before = problems.size();
    RuleReader r = new RuleReader(n, p, "a rule nested in And, Or or Not", ql, false);
    for (int i = 0; i < n.size; i++) {
      String name = n.names[i];
      if (isOneOf(name, "Next", "Assign", "Output", "Condition")) {
        if (keepUnknown) {
          r.field(i);
        } else {
          problem(n.namePosition(i), p.child(name), "a rule nested in And, Or or Not cannot have "
              + Node.quote(name, 40) + "; only top-level Choice rules " + (name.equals("Condition")
              ? "take a JSONata \"Condition\"" : "transition, assign and set output"));
        }
      } else {
        r.field(i);
      }
    }
    Condition condition = r.condition();
    if (problems.size() > before) {
      return null;
    }
    return build(before, n, p, () -> new NestedRule(opt(r.comment), condition, map(r.unknown)));
  }

  /** Collects the condition-related members of a rule object. */
  private final class RuleReader {
    final Node node;
    final Pointer pointer;
    final String where;
    final QueryLanguage ql;
    final boolean top;
    String comment;
    Map<String, Value> unknown;
    JsonPath variable;
    ComparisonOperator operator;
    Value operand;
    final OneOf<Condition> combinator = new OneOf<>();
    int operatorIndex = -1;

    RuleReader(Node node, Pointer pointer, String where, QueryLanguage ql, boolean top) {
      this.node = node;
      this.pointer = pointer;
      this.where = where;
      this.ql = ql;
      this.top = top;
    }

    void field(int i) {
      Node v = node.children[i];
      String name = node.names[i];
      Pointer p = pointer;
      long at = node.namePosition(i);
      switch (name) {
        case "Comment":
          comment = string(v, p, name);
          return;
        case "Variable":
          variable = refPath(v, p, name);
          return;
        case "And":
        case "Or": {
          List<NestedRule> rules = list(v, p.child(name), "rules", (e, ep) -> nestedRule(e, ep, ql));
          combinator.set(name, rules == null ? null
              : name.equals("And") ? new Condition.And(rules) : new Condition.Or(rules), at, p,
              "And", "Or", "Not", "Condition");
          return;
        }
        case "Not": {
          NestedRule rule = nestedRule(v, p.child(name), ql);
          combinator.set(name, rule == null ? null : new Condition.Not(rule), at, p, "And", "Or",
              "Not", "Condition");
          return;
        }
        case "Condition": {
          Value c = null;
          if (v.kind == Node.STRING) {
            c = Jsonata.isDelimited(v.text) ? new Jsonata(v.text) : new JsonString(v.text);
          } else if (v.kind == Node.TRUE || v.kind == Node.FALSE) {
            c = JsonBoolean.of(v.kind == Node.TRUE);
          } else {
            typeProblem(v, p, name, "a JSONata expression \"{% ... %}\" or a boolean");
          }
          combinator.set(name, c == null ? null : new Condition.JsonataTest(c), at, p, "And", "Or",
              "Not", "Condition");
          return;
        }
        default:
          break;
      }
      ComparisonOperator op = AslEnum.fromJsonName(ComparisonOperator.class, name).orElse(null);
      if (op == null) {
        unknown = unknown(node, i, p, unknown, where, top ? RULE_FIELDS : NESTED_RULE_FIELDS);
        return;
      }
      if (operatorIndex >= 0) {
        problem(at, p.child(name), "a Choice rule takes exactly one comparison operator; this one"
            + " has both " + Node.quote(node.names[operatorIndex], 40) + " and "
            + Node.quote(name, 40) + " (combine tests with \"And\" or \"Or\")");
        return;
      }
      operatorIndex = i;
      operator = op;
      switch (op.operand()) {
        case STRING:
        case TIMESTAMP: {
          String s = string(v, p, name);
          operand = s == null ? null : new JsonString(s);
          break;
        }
        case NUMBER:
          operand = number(v, p, name);
          break;
        case BOOLEAN: {
          Boolean b = bool(v, p, name);
          operand = b == null ? null : JsonBoolean.of(b);
          break;
        }
        default:
          operand = refPath(v, p, name);
      }
    }

    Condition condition() {
      boolean hasVariable = node.indexOf("Variable") >= 0;
      if (operatorIndex >= 0) {
        if (combinator.key != null) {
          problem(node.namePosition(node.indexOf(combinator.key)), pointer.child(combinator.key),
              Node.quote(combinator.key, 20) + " cannot be combined with the comparison "
                  + Node.quote(node.names[operatorIndex], 40) + " in one rule; nest the comparison"
                  + " inside \"And\" or \"Or\"");
          return null;
        }
        if (!hasVariable) {
          problem(node.position, pointer, "missing \"Variable\"; the comparison "
              + Node.quote(node.names[operatorIndex], 40) + " needs the path of the value it tests");
          return null;
        }
        if (variable == null || operand == null) {
          return null;
        }
        return new Condition.Comparison(variable, operator, operand);
      }
      if (hasVariable) {
        problem(node.namePosition(node.indexOf("Variable")), pointer.child("Variable"),
            "\"Variable\" needs one comparison operator, such as \"StringEquals\" or"
                + " \"NumericGreaterThan\"");
        return null;
      }
      if (combinator.key == null) {
        problem(node.position, pointer, where + " needs a test: \"Variable\" with a comparison"
            + " operator, \"And\", \"Or\" or \"Not\"" + (top ? ", or (JSONata) \"Condition\"" : ""));
        return null;
      }
      return combinator.value;
    }
  }

  // ---------------------------------------------------------------- values

  private Value value(Node n, Pointer p, Mode mode) {
    switch (n.kind) {
      case Node.OBJECT:
        return objectValue(n, p, mode);
      case Node.ARRAY: {
        List<Value> elements = new ArrayList<>(n.size);
        boolean ok = true;
        for (int i = 0; i < n.size; i++) {
          Node c = n.children[i];
          Value v = c.kind == Node.OBJECT || c.kind == Node.ARRAY ? value(c, p.child(i), mode)
              : scalar(c, mode);
          if (v == null) {
            ok = false;
          } else {
            elements.add(v);
          }
        }
        return ok ? new JsonArray(elements) : null;
      }
      default:
        return scalar(n, mode);
    }
  }

  private static Value scalar(Node n, Mode mode) {
    switch (n.kind) {
      case Node.STRING:
        return mode == Mode.JSONATA && Jsonata.isDelimited(n.text) ? new Jsonata(n.text)
            : new JsonString(n.text);
      case Node.NUMBER:
        return new JsonNumber(n.text);
      case Node.TRUE:
        return JsonBoolean.TRUE;
      case Node.FALSE:
        return JsonBoolean.FALSE;
      default:
        return JsonNull.INSTANCE;
    }
  }

  private JsonObject objectValue(Node n, Pointer p, Mode mode) {
    String[] keys = new String[n.size];
    Value[] values = new Value[n.size];
    int count = 0;
    boolean stripped = false;
    boolean ok = true;
    for (int i = 0; i < n.size; i++) {
      String name = n.names[i];
      Node c = n.children[i];
      String key = name;
      Value v;
      if (mode == Mode.TEMPLATE && name.endsWith(".$")) {
        key = name.substring(0, name.length() - 2);
        stripped = true;
        if (c.kind != Node.STRING) {
          problem(c.position, p.child(name), "a key ending in \".$\" takes a string: a path"
              + " (\"$.field\", \"$$.Execution.Id\", \"$variable\") or an intrinsic function"
              + " (\"States.Format(...)\"); found " + c.describe());
          ok = false;
          continue;
        }
        v = expression(c.text);
      } else {
        v = c.kind == Node.OBJECT || c.kind == Node.ARRAY ? value(c, p.child(name), mode)
            : scalar(c, mode);
      }
      if (v == null) {
        ok = false;
        continue;
      }
      keys[count] = key;
      values[count++] = v;
    }
    if (stripped && !distinctAfterStripping(n, p)) {
      return null;
    }
    return ok ? new JsonObject(OrderedMap.adopt(keys, values, count)) : null;
  }

  /**
   * Reports keys that collide once the {@code .$} suffix is removed ({@code "a"} and
   * {@code "a.$"}). JSON parsing already ruled out exact duplicates, so only this can clash.
   */
  private boolean distinctAfterStripping(Node n, Pointer p) {
    Map<String, String> seen = new HashMap<>();
    boolean ok = true;
    for (int i = 0; i < n.size; i++) {
      String name = n.names[i];
      String key = name.endsWith(".$") ? name.substring(0, name.length() - 2) : name;
      String other = seen.putIfAbsent(key, name);
      if (other != null) {
        problem(n.namePosition(i), p.child(name), "keys " + Node.quote(other, 40) + " and "
            + Node.quote(name, 40) + " both set the field " + Node.quote(key, 40)
            + " (the .$ suffix only marks a value to evaluate); keep one");
        ok = false;
      }
    }
    return ok;
  }

  /** A {@code .$} value: a path when it starts with {@code $}, otherwise an intrinsic call. */
  private static Value expression(String text) {
    return text.startsWith("$") ? new JsonPath(text) : new Intrinsic(text);
  }

  private static Mode modeOf(QueryLanguage ql) {
    return ql == QueryLanguage.JSONATA ? Mode.JSONATA : Mode.TEMPLATE;
  }

  // ---------------------------------------------------------------- typed fields

  private String string(Node v, Pointer parent, String name) {
    if (v.kind == Node.STRING) {
      return v.text;
    }
    typeProblem(v, parent, name, "a string");
    return null;
  }

  private JsonNumber number(Node v, Pointer parent, String name) {
    if (v.kind == Node.NUMBER) {
      return new JsonNumber(v.text);
    }
    typeProblem(v, parent, name, "a number");
    return null;
  }

  private Boolean bool(Node v, Pointer parent, String name) {
    if (v.kind == Node.TRUE || v.kind == Node.FALSE) {
      return v.kind == Node.TRUE;
    }
    typeProblem(v, parent, name, "true or false");
    return null;
  }

  /** {@code InputPath}, {@code OutputPath}, {@code ResultPath}: a path string or {@code null}. */
  private Path ioPath(Node v, Pointer parent, String name) {
    if (v.kind == Node.STRING) {
      return new JsonPath(v.text);
    }
    if (v.kind == Node.NULL) {
      return Path.discard();
    }
    typeProblem(v, parent, name, "a path string such as \"$.field\", or null");
    return null;
  }

  private JsonPath refPath(Node v, Pointer parent, String name) {
    if (v.kind == Node.STRING) {
      return new JsonPath(v.text);
    }
    typeProblem(v, parent, name, "a reference path string such as \"$.field\"");
    return null;
  }

  /** {@code ErrorPath}/{@code CausePath}: a reference path or an intrinsic function call. */
  private DynamicString pathOrIntrinsic(Node v, Pointer parent, String name) {
    if (v.kind == Node.STRING) {
      return v.text.startsWith("$") ? new JsonPath(v.text) : new Intrinsic(v.text);
    }
    typeProblem(v, parent, name, "a reference path or an intrinsic function call");
    return null;
  }

  /**
   * A numeric field or its {@code ...Path} twin: the twin takes a reference path; the field takes a
   * number or, in JSONata, an expression.
   */
  private DynamicNumber dynamicNumber(Node v, Pointer parent, String name) {
    if (name.endsWith("Path")) {
      return refPath(v, parent, name);
    }
    if (v.kind == Node.NUMBER) {
      return new JsonNumber(v.text);
    }
    if (v.kind == Node.STRING && Jsonata.isDelimited(v.text)) {
      return new Jsonata(v.text);
    }
    typeProblem(v, parent, name, "a number (or, in JSONata, an expression \"{% ... %}\")");
    return null;
  }

  /** A string field that JSONata states may compute: {@code Error}, {@code Cause}, {@code Timestamp}. */
  private DynamicString dynamicString(Node v, Pointer parent, String name, QueryLanguage ql) {
    if (v.kind == Node.STRING) {
      return ql == QueryLanguage.JSONATA && Jsonata.isDelimited(v.text) ? new Jsonata(v.text)
          : new JsonString(v.text);
    }
    typeProblem(v, parent, name, "a string");
    return null;
  }

  private List<String> strings(Node v, Pointer parent, String name) {
    if (v.kind != Node.ARRAY) {
      typeProblem(v, parent, name, "an array of strings");
      return null;
    }
    List<String> out = new ArrayList<>(v.size);
    boolean ok = true;
    for (int i = 0; i < v.size; i++) {
      Node e = v.children[i];
      if (e.kind == Node.STRING) {
        out.add(e.text);
      } else {
        problem(e.position, parent.child(name).child(i), "expected a string, found "
            + e.describe());
        ok = false;
      }
    }
    return ok ? out : null;
  }

  private <E extends Enum<E> & AslEnum> E enumValue(Node v, Pointer parent, String name,
      Class<E> type) {
    E[] all = type.getEnumConstants();
    String[] names = new String[all.length];
    for (int i = 0; i < all.length; i++) {
      names[i] = all[i].jsonName();
    }
    if (v.kind == Node.STRING) {
      Optional<E> e = AslEnum.fromJsonName(type, v.text);
      if (e.isPresent()) {
        return e.get();
      }
      problem(v.position, parent.child(name), "unknown value " + Node.quote(v.text, 40)
          + suggestion(v.text, names, "; expected one of " + list(names)));
      return null;
    }
    typeProblem(v, parent, name, "one of " + list(names));
    return null;
  }

  private QueryLanguage queryLanguage(Node n, Pointer p) {
    Node v = n.member("QueryLanguage");
    return v == null ? null : enumValue(v, p, "QueryLanguage", QueryLanguage.class);
  }

  private JsonObject object(Node v, Pointer parent, String name, Mode mode) {
    if (v.kind != Node.OBJECT) {
      typeProblem(v, parent, name, "an object");
      return null;
    }
    return objectValue(v, parent.child(name), mode);
  }

  /** Reads an array field element by element; null (after reporting) if any element fails. */
  private <T> List<T> list(Node v, Pointer p, String what, Element<T> element) {
    if (v.kind != Node.ARRAY) {
      problem(v.position, p, "expected an array of " + what + ", found " + v.describe());
      return null;
    }
    List<T> out = new ArrayList<>(v.size);
    boolean ok = true;
    for (int i = 0; i < v.size; i++) {
      T t = element.read(v.children[i], p.child(i));
      if (t == null) {
        ok = false;
      } else {
        out.add(t);
      }
    }
    return ok ? out : null;
  }

  /** Reads one array element. */
  @FunctionalInterface
  private interface Element<T> {
    T read(Node node, Pointer pointer);
  }

  // ---------------------------------------------------------------- checks and problems

  /** One field out of a set of mutually exclusive spellings (X or XPath, Next or End, ...). */
  private final class OneOf<T> {
    String key;
    T value;

    void set(String name, T v, long namePosition, Pointer parent, String... group) {
      if (key != null) {
        problem(namePosition, parent.child(name), Node.quote(key, 40) + " and "
            + Node.quote(name, 40) + " cannot both be set; " + (group.length == 2
            ? "keep one" : "use exactly one of " + list(group)));
        return;
      }
      key = name;
      value = v;
    }
  }

  private boolean isObject(Node n, Pointer p, String expected) {
    if (n.kind == Node.OBJECT) {
      return true;
    }
    problem(n.position, p, "expected " + expected + ", found " + n.describe());
    return false;
  }

  private void require(Node n, Pointer p, String field, String where, String what) {
    if (n.indexOf(field) < 0) {
      problem(n.position, p, "missing " + Node.quote(field, 40) + "; " + where + " needs " + what);
    }
  }

  private void typeProblem(Node v, Pointer parent, String name, String expected) {
    problem(v.position, parent.child(name), "expected " + expected + ", found " + v.describe());
  }

  private Map<String, Value> unknown(Node n, int i, Pointer p, Map<String, Value> kept,
      String where, String[] allowed) {
    String name = n.names[i];
    if (keepUnknown) {
      Map<String, Value> m = kept == null ? new LinkedHashMap<>() : kept;
      Value v = value(n.children[i], p.child(name), Mode.LITERAL);
      if (v != null) {
        m.put(name, v);
      }
      return m;
    }
    String allowedList = "; " + where + " allows " + list(allowed);
    if (isKnownAslField(name)) {
      problem(n.namePosition(i), p.child(name), "field " + Node.quote(name, 60)
          + " is not allowed in " + where + allowedList);
    } else {
      problem(n.namePosition(i), p.child(name), "unknown field " + Node.quote(name, 60) + " in "
          + where + suggestion(name, allowed, allowedList));
    }
    return kept;
  }

  private void problem(long position, Pointer p, String message) {
    problems.add(new AslReadException.Problem(p.toString(), Node.line(position),
        Node.column(position), message));
  }

  /** Constructs a record, turning a constructor's argument check into a problem. */
  private <T> T build(int before, Node n, Pointer p, Supplier<T> constructor) {
    if (problems.size() > before) {
      return null; // a part failed to read: the record cannot be complete
    }
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      problem(n.position, p, String.valueOf(e.getMessage()));
      return null;
    }
  }

  // ---------------------------------------------------------------- small helpers

  private static <T> Optional<T> opt(T value) {
    return Optional.ofNullable(value);
  }

  private static Map<String, Value> map(Map<String, Value> unknown) {
    return unknown == null ? Map.of() : unknown;
  }

  private static boolean isStateType(String s) {
    for (String t : STATE_TYPES) {
      if (t.equals(s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOneOf(String s, String... options) {
    for (String o : options) {
      if (o.equals(s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isKnownAslField(String name) {
    return isOneOf(name, TASK_FIELDS) || isOneOf(name, MAP_FIELDS) || isOneOf(name, PASS_FIELDS)
        || isOneOf(name, WAIT_FIELDS) || isOneOf(name, CHOICE_FIELDS) || isOneOf(name, FAIL_FIELDS)
        || isOneOf(name, TOP_FIELDS) || isOneOf(name, RULE_FIELDS)
        || AslEnum.fromJsonName(ComparisonOperator.class, name).isPresent();
  }

  private static String list(String[] names) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(names[i]);
    }
    return sb.toString();
  }

  /** "; did you mean X?" when {@code name} is a near miss of a known name, else {@code otherwise}. */
  private static String suggestion(String name, String[] known, String otherwise) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = k.equalsIgnoreCase(name) ? 0 : distance(k.toLowerCase(), name.toLowerCase());
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    int limit = Math.min(3, Math.max(1, name.length() / 3));
    if (best != null && bestDistance <= limit && !best.equals(name)) {
      return "; did you mean " + Node.quote(best, 60) + "?";
    }
    return otherwise;
  }

  /** Edit distance counting an adjacent swap as one edit, for typo suggestions on short names. */
  private static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 3) {
      return Integer.MAX_VALUE;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

}
