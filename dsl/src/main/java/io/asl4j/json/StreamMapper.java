package io.asl4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.asl4j.Workflow;
import io.asl4j.internal.OrderedMap;
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
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reader's fast path: maps Jackson's token stream straight onto the model, with no
 * intermediate tree and no positions.
 *
 * <p>It handles well-formed definitions in their usual shape and gives up ({@link Bail}) at the
 * first thing it does not expect: a problem of any kind, a state whose {@code Type} does not come
 * before its other fields, a {@code QueryLanguage} declared after fields it changes the meaning of.
 * The caller then reads again with {@link ModelMapper}, which is authoritative: it produces the same
 * model for valid input and every located problem for invalid input. Tests check that both paths
 * agree on every definition they both read.
 */
final class StreamMapper {

  /** Thrown to abandon the fast path; carries no stack trace. */
  static final class Bail extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Bail INSTANCE = new Bail();

    private Bail() {
      super(null, null, false, false);
    }
  }

  private enum Mode { TEMPLATE, JSONATA, LITERAL }

  private final JsonParser p;
  private final boolean keepUnknown;
  /** Null for small inputs, where sharing strings costs more than the copies it saves. */
  private final TextCache texts;
  /**
   * Member names of the objects being read, innermost last. Jackson's duplicate detection
   * allocates a set per object; this stack checks the few members of each record object instead.
   * Payload objects and the States map check for duplicates when their map is built.
   */
  private String[] seenNames = new String[64];
  private int seenTop;
  /** Number literals repeat even more than strings (2, 300, 0.5); share their records too. */
  private final HashMap<String, JsonNumber> numbers = new HashMap<>();

  private StreamMapper(JsonParser parser, boolean keepUnknown, boolean shareText) {
    this.p = parser;
    this.keepUnknown = keepUnknown;
    this.texts = shareText ? new TextCache() : null;
  }

  /**
   * Reads a whole definition.
   *
   * @param shareText whether to share repeated strings and numbers, worth it for big inputs
   * @throws Bail if anything is unusual; the caller falls back to the located reader
   */
  static Workflow read(JsonParser parser, boolean keepUnknown, boolean shareText)
      throws IOException {
    StreamMapper m = new StreamMapper(parser, keepUnknown, shareText);
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw Bail.INSTANCE;
    }
    Workflow w = m.workflow();
    if (parser.nextToken() != null) {
      throw Bail.INSTANCE;
    }
    return w;
  }

  private static Bail bail() {
    return Bail.INSTANCE;
  }

  /**
   * Advances to the next member of a record object whose names start at {@code mark} on the
   * duplicate-check stack; at the end of the object, pops its names.
   *
   * @throws Bail on a repeated member name
   */
  private boolean nextField(int mark) throws IOException {
    if (p.nextToken() != JsonToken.FIELD_NAME) {
      seenTop = mark;
      return false;
    }
    String name = p.currentName();
    for (int i = mark; i < seenTop; i++) {
      if (seenNames[i].equals(name)) {
        throw bail();
      }
    }
    if (seenTop == seenNames.length) {
      seenNames = Arrays.copyOf(seenNames, seenTop * 2);
    }
    seenNames[seenTop++] = name;
    return true;
  }

  // ---------------------------------------------------------------- graphs

  private Workflow workflow() throws IOException {
    String comment = null;
    QueryLanguage ql = null;
    String version = null;
    JsonNumber timeout = null;
    String startAt = null;
    Map<String, State> states = null;
    Map<String, Value> unknown = null;
    int mark = seenTop;

    while (nextField(mark)) {
      String name = p.currentName();
      switch (name) {
        case "Comment":
          comment = string();
          break;
        case "QueryLanguage":
          if (states != null) {
            throw bail(); // the states were read with the wrong inherited language
          }
          ql = enumValue(QueryLanguage.class);
          break;
        case "Version":
          version = string();
          break;
        case "TimeoutSeconds":
          timeout = number();
          break;
        case "StartAt":
          startAt = string();
          break;
        case "States":
          states = states(ql == null ? QueryLanguage.JSONPATH : ql);
          break;
        default:
          unknown = unknown(unknown, name);
      }
    }
    if (startAt == null || states == null) {
      throw bail();
    }
    return new Workflow(opt(comment), opt(ql), opt(version), opt(timeout), startAt, states,
        map(unknown));
  }

  private Branch branch(QueryLanguage inherited) throws IOException {
    expectObject();
    String comment = null;
    QueryLanguage ql = null;
    String startAt = null;
    Map<String, State> states = null;
    Map<String, Value> unknown = null;
    int mark = seenTop;

    while (nextField(mark)) {
      String name = p.currentName();
      switch (name) {
        case "Comment":
          comment = string();
          break;
        case "QueryLanguage":
          if (states != null) {
            throw bail();
          }
          ql = enumValue(QueryLanguage.class);
          break;
        case "StartAt":
          startAt = string();
          break;
        case "States":
          states = states(ql == null ? inherited : ql);
          break;
        default:
          unknown = unknown(unknown, name);
      }
    }
    if (startAt == null || states == null) {
      throw bail();
    }
    return new Branch(opt(comment), opt(ql), startAt, states, map(unknown));
  }

  private ItemProcessor processor(QueryLanguage inherited) throws IOException {
    expectObject();
    String comment = null;
    QueryLanguage ql = null;
    ProcessorConfig config = null;
    String startAt = null;
    Map<String, State> states = null;
    Map<String, Value> unknown = null;
    int mark = seenTop;

    while (nextField(mark)) {
      String name = p.currentName();
      switch (name) {
        case "Comment":
          comment = string();
          break;
        case "QueryLanguage":
          if (states != null) {
            throw bail();
          }
          ql = enumValue(QueryLanguage.class);
          break;
        case "ProcessorConfig":
          config = processorConfig();
          break;
        case "StartAt":
          startAt = string();
          break;
        case "States":
          states = states(ql == null ? inherited : ql);
          break;
        default:
          unknown = unknown(unknown, name);
      }
    }
    if (startAt == null || states == null) {
      throw bail();
    }
    return new ItemProcessor(opt(comment), opt(ql), opt(config), startAt, states, map(unknown));
  }

  private ProcessorConfig processorConfig() throws IOException {
    expectObject();
    ProcessorMode mode = null;
    ExecutionType type = null;
    Map<String, Value> unknown = null;
    int mark = seenTop;

    while (nextField(mark)) {
      String name = p.currentName();
      switch (name) {
        case "Mode":
          mode = enumValue(ProcessorMode.class);
          break;
        case "ExecutionType":
          type = enumValue(ExecutionType.class);
          break;
        default:
          unknown = unknown(unknown, name);
      }
    }
    return new ProcessorConfig(opt(mode), opt(type), map(unknown));
  }

  private Map<String, State> states(QueryLanguage ql) throws IOException {
    expectObject();
    String[] names = new String[16];
    State[] states = new State[16];
    int n = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      if (n == names.length) {
        names = Arrays.copyOf(names, n * 2);
        states = Arrays.copyOf(states, n * 2);
      }
      names[n] = p.currentName();
      if (texts != null) {
        texts.add(names[n]); // so "Next": "<name>" shares the key's string
      }
      states[n++] = state(ql);
    }
    return OrderedMap.adopt(names, states, n);
  }

  // ---------------------------------------------------------------- states

  /** The members every state type shares, collected while walking one state object. */
  private final class Common {
    final String kind;
    final QueryLanguage inherited;
    String comment;
    QueryLanguage ql;
    boolean languageSensitiveRead;
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
    Transition transition;
    Map<String, Value> unknown;

    /** Where this state's member names start on the duplicate-check stack. */
    final int mark;

    Common(String kind, QueryLanguage inherited, int mark) {
      this.kind = kind;
      this.inherited = inherited;
      this.mark = mark;
    }

    QueryLanguage effective() {
      return ql == null ? inherited : ql;
    }

    /** The effective language, noting that a later QueryLanguage would change what was read. */
    QueryLanguage sensitive() {
      languageSensitiveRead = true;
      return effective();
    }

    boolean read(String name) throws IOException {
      switch (name) {
        case "Comment":
          comment = string();
          return true;
        case "QueryLanguage":
          if (languageSensitiveRead || ql != null) {
            throw bail();
          }
          ql = enumValue(QueryLanguage.class);
          return true;
        case "InputPath":
          inputPath = ioPath();
          return true;
        case "OutputPath":
          outputPath = ioPath();
          return true;
        case "ResultPath":
          resultPath = ioPath();
          return true;
        case "Parameters":
          parameters = value(Mode.TEMPLATE);
          return true;
        case "ResultSelector":
          resultSelector = object(Mode.TEMPLATE);
          return true;
        case "Arguments":
          arguments = value(Mode.JSONATA);
          return true;
        case "Output":
          output = value(Mode.JSONATA);
          return true;
        case "Assign":
          assign = object(modeOf(sensitive()));
          return true;
        case "Retry":
          retry = retriers();
          return true;
        case "Catch":
          catchers = catchers(sensitive());
          return true;
        case "Next":
          transition(Transition.next(string()));
          return true;
        case "End":
          if (p.nextToken() != JsonToken.VALUE_TRUE) {
            throw bail();
          }
          transition(Transition.end());
          return true;
        default:
          return false;
      }
    }

    private void transition(Transition t) {
      if (transition != null) {
        throw bail();
      }
      transition = t;
    }

    Transition requireTransition() {
      if (transition == null) {
        throw bail();
      }
      return transition;
    }

    void other(String name, Set<String> allowedShared) throws IOException {
      if (allowedShared.contains(name) && read(name)) {
        return;
      }
      unknown = unknown(unknown, name);
    }
  }

  private static final Set<String> PASS_SHARED = Set.of("Comment", "QueryLanguage", "InputPath",
      "Parameters", "ResultPath", "OutputPath", "Output", "Assign", "Next", "End");
  private static final Set<String> CHOICE_SHARED =
      Set.of("Comment", "QueryLanguage", "InputPath", "OutputPath", "Output", "Assign");
  private static final Set<String> WAIT_SHARED = Set.of("Comment", "QueryLanguage", "InputPath",
      "OutputPath", "Output", "Assign", "Next", "End");
  private static final Set<String> SUCCEED_SHARED =
      Set.of("Comment", "QueryLanguage", "InputPath", "OutputPath", "Output");
  private static final Set<String> FAIL_SHARED = Set.of("Comment", "QueryLanguage");
  private static final Set<String> PARALLEL_SHARED = Set.of("Comment", "QueryLanguage",
      "InputPath", "Parameters", "Arguments", "ResultSelector", "ResultPath", "OutputPath",
      "Output", "Assign", "Retry", "Catch", "Next", "End");

  private State state(QueryLanguage inherited) throws IOException {
    expectObject();
    // Type decides how to read the rest; only Comment and QueryLanguage may come before it
    String comment = null;
    QueryLanguage ql = null;
    String kind = null;
    int mark = seenTop;
    while (kind == null) {
      if (!nextField(mark)) {
        throw bail();
      }
      String name = p.currentName();
      switch (name) {
        case "Type":
          kind = string();
          break;
        case "Comment":
          comment = string();
          break;
        case "QueryLanguage":
          ql = enumValue(QueryLanguage.class);
          break;
        default:
          return typeLater(name, comment, ql, inherited, mark);
      }
    }
    Common c = new Common(kind, inherited, mark);
    c.comment = comment;
    c.ql = ql;
    switch (kind) {
      case "Task":
        return task(c);
      case "Pass":
        return pass(c);
      case "Choice":
        return choice(c);
      case "Wait":
        return waitState(c);
      case "Succeed":
        return succeed(c);
      case "Fail":
        return fail(c);
      case "Parallel":
        return parallel(c);
      case "Map":
        return mapState(c);
      default:
        throw bail();
    }
  }

  /**
   * A state whose {@code Type} comes after other fields (common in tool-sorted JSON): read the rest
   * of it as a tree and map that, as the located reader would.
   */
  private State typeLater(String name, String comment, QueryLanguage ql, QueryLanguage inherited,
      int mark) throws IOException {
    seenTop = mark; // the tree reader checks this object's names from here on
    Node state = new Node(Node.OBJECT, 0, null);
    if (comment != null) {
      state.addMember("Comment", 0, new Node(Node.STRING, 0, comment));
    }
    if (ql != null) {
      state.addMember("QueryLanguage", 0, new Node(Node.STRING, 0, ql.jsonName()));
    }
    TreeParser.readMembers(p, state, name); // rejects repeated names itself
    State s = new ModelMapper(keepUnknown).detachedState(state, inherited);
    if (s == null) {
      throw bail();
    }
    return s;
  }

  private State task(Common c) throws IOException {
    String resource = null;
    JsonObject credentials = null;
    DynamicNumber timeout = null;
    DynamicNumber heartbeat = null;
    while (nextField(c.mark)) {
      String name = p.currentName();
      switch (name) {
        case "Resource":
          resource = string();
          break;
        case "Credentials":
          credentials = object(modeOf(c.sensitive()));
          break;
        case "TimeoutSeconds":
        case "TimeoutSecondsPath":
          timeout = once(timeout, dynamicNumber(name));
          break;
        case "HeartbeatSeconds":
        case "HeartbeatSecondsPath":
          heartbeat = once(heartbeat, dynamicNumber(name));
          break;
        default:
          if (!c.read(name)) {
            c.unknown = unknown(c.unknown, name);
          }
      }
    }
    if (resource == null) {
      throw bail();
    }
    return new TaskState(opt(c.comment), opt(c.ql), resource, opt(credentials), opt(c.inputPath),
        opt(c.parameters), opt(c.arguments), opt(timeout), opt(heartbeat), opt(c.resultSelector),
        opt(c.resultPath), opt(c.outputPath), opt(c.output), opt(c.assign), opt(c.retry),
        opt(c.catchers), c.requireTransition(), map(c.unknown));
  }

  private State pass(Common c) throws IOException {
    Value result = null;
    while (nextField(c.mark)) {
      String name = p.currentName();
      if (name.equals("Result")) {
        result = value(Mode.LITERAL);
      } else {
        c.other(name, PASS_SHARED);
      }
    }
    return new PassState(opt(c.comment), opt(c.ql), opt(c.inputPath), opt(c.parameters),
        opt(result), opt(c.resultPath), opt(c.outputPath), opt(c.output), opt(c.assign),
        c.requireTransition(), map(c.unknown));
  }

  private State choice(Common c) throws IOException {
    List<ChoiceRule> choices = null;
    String defaultState = null;
    while (nextField(c.mark)) {
      String name = p.currentName();
      if (name.equals("Choices")) {
        QueryLanguage ql = c.sensitive();
        expectArray();
        choices = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
          if (t != JsonToken.START_OBJECT) {
            throw bail();
          }
          choices.add(rule(ql));
        }
      } else if (name.equals("Default")) {
        defaultState = string();
      } else {
        c.other(name, CHOICE_SHARED);
      }
    }
    if (choices == null) {
      throw bail();
    }
    return new ChoiceState(opt(c.comment), opt(c.ql), opt(c.inputPath), opt(c.outputPath),
        opt(c.output), opt(c.assign), choices, opt(defaultState), map(c.unknown));
  }

  private State waitState(Common c) throws IOException {
    WaitTime time = null;
    while (nextField(c.mark)) {
      String name = p.currentName();
      switch (name) {
        case "Seconds":
        case "SecondsPath":
          time = once(time, new WaitTime.Seconds(dynamicNumber(name)));
          break;
        case "Timestamp":
          time = once(time, new WaitTime.Timestamp(dynamicString(c.sensitive())));
          break;
        case "TimestampPath":
          time = once(time, new WaitTime.Timestamp(refPath()));
          break;
        default:
          c.other(name, WAIT_SHARED);
      }
    }
    if (time == null) {
      throw bail();
    }
    return new WaitState(opt(c.comment), opt(c.ql), opt(c.inputPath), time, opt(c.outputPath),
        opt(c.output), opt(c.assign), c.requireTransition(), map(c.unknown));
  }

  private State succeed(Common c) throws IOException {
    while (nextField(c.mark)) {
      c.other(p.currentName(), SUCCEED_SHARED);
    }
    return new SucceedState(opt(c.comment), opt(c.ql), opt(c.inputPath), opt(c.outputPath),
        opt(c.output), map(c.unknown));
  }

  private State fail(Common c) throws IOException {
    DynamicString error = null;
    DynamicString cause = null;
    while (nextField(c.mark)) {
      String name = p.currentName();
      switch (name) {
        case "Error":
          error = once(error, dynamicString(c.sensitive()));
          break;
        case "ErrorPath":
          error = once(error, pathOrIntrinsic());
          break;
        case "Cause":
          cause = once(cause, dynamicString(c.sensitive()));
          break;
        case "CausePath":
          cause = once(cause, pathOrIntrinsic());
          break;
        default:
          c.other(name, FAIL_SHARED);
      }
    }
    return new FailState(opt(c.comment), opt(c.ql), opt(error), opt(cause), map(c.unknown));
  }

  private State parallel(Common c) throws IOException {
    List<Branch> branches = null;
    while (nextField(c.mark)) {
      String name = p.currentName();
      if (name.equals("Branches")) {
        QueryLanguage ql = c.sensitive();
        expectArray();
        branches = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          branches.add(branch(ql));
        }
      } else {
        c.other(name, PARALLEL_SHARED);
      }
    }
    if (branches == null) {
      throw bail();
    }
    return new ParallelState(opt(c.comment), opt(c.ql), opt(c.inputPath), opt(c.parameters),
        opt(c.arguments), branches, opt(c.resultSelector), opt(c.resultPath), opt(c.outputPath),
        opt(c.output), opt(c.assign), opt(c.retry), opt(c.catchers), c.requireTransition(),
        map(c.unknown));
  }

  private State mapState(Common c) throws IOException {
    Value items = null;
    ItemProcessor processor = null;
    boolean legacy = false;
    DynamicNumber maxConcurrency = null;
    DynamicNumber failurePercentage = null;
    DynamicNumber failureCount = null;
    ItemReader reader = null;
    Value itemSelector = null;
    ItemBatcher batcher = null;
    String label = null;
    ResultWriter writer = null;
    while (nextField(c.mark)) {
      String name = p.currentName();
      switch (name) {
        case "ItemsPath":
          items = once(items, refPath());
          break;
        case "Items":
          items = once(items, value(Mode.JSONATA));
          break;
        case "ItemProcessor":
        case "Iterator":
          processor = once(processor, processor(c.sensitive()));
          legacy = name.equals("Iterator");
          break;
        case "MaxConcurrency":
        case "MaxConcurrencyPath":
          maxConcurrency = once(maxConcurrency, dynamicNumber(name));
          break;
        case "ToleratedFailurePercentage":
        case "ToleratedFailurePercentagePath":
          failurePercentage = once(failurePercentage, dynamicNumber(name));
          break;
        case "ToleratedFailureCount":
        case "ToleratedFailureCountPath":
          failureCount = once(failureCount, dynamicNumber(name));
          break;
        case "ItemReader":
          reader = itemReader();
          break;
        case "ItemSelector":
          itemSelector = value(modeOf(c.sensitive()));
          break;
        case "ItemBatcher":
          batcher = itemBatcher(c.sensitive());
          break;
        case "Label":
          label = string();
          break;
        case "ResultWriter":
          writer = resultWriter();
          break;
        default:
          if (!c.read(name)) {
            c.unknown = unknown(c.unknown, name);
          }
      }
    }
    if (processor == null) {
      throw bail();
    }
    return new MapState(opt(c.comment), opt(c.ql), opt(c.inputPath), opt(c.arguments), opt(items),
        opt(reader), opt(itemSelector), opt(c.parameters), opt(batcher), opt(maxConcurrency),
        opt(failurePercentage), opt(failureCount), opt(label), processor, legacy, opt(writer),
        opt(c.resultSelector), opt(c.resultPath), opt(c.outputPath), opt(c.output), opt(c.assign),
        opt(c.retry), opt(c.catchers), c.requireTransition(), map(c.unknown));
  }

  // ---------------------------------------------------------------- Map parts

  private ItemReader itemReader() throws IOException {
    expectObject();
    String resource = null;
    ReaderConfig config = null;
    Value parameters = null;
    Value arguments = null;
    Map<String, Value> unknown = null;
    int mark = seenTop;

    while (nextField(mark)) {
      String name = p.currentName();
      switch (name) {
        case "Resource":
          resource = string();
          break;
        case "ReaderConfig":
          config = readerConfig();
          break;
        case "Parameters":
          parameters = value(Mode.TEMPLATE);
          break;
        case "Arguments":
          arguments = value(Mode.JSONATA);
          break;
        default:
          unknown = unknown(unknown, name);
      }
    }
    if (resource == null) {
      throw bail();
    }
    return new ItemReader(resource, opt(config), opt(parameters), opt(arguments), map(unknown));
  }

  private ReaderConfig readerConfig() throws IOException {
    expectObject();
    ReaderInputType inputType = null;
    ManifestType manifestType = null;
    CsvHeaderLocation headerLocation = null;
    List<String> headers = null;
    CsvDelimiter delimiter = null;
    String itemsPointer = null;
    ReaderTransformation transformation = null;
    DynamicNumber maxItems = null;
    Map<String, Value> unknown = null;
    int mark = seenTop;

    while (nextField(mark)) {
      String name = p.currentName();
      switch (name) {
        case "InputType":
          inputType = enumValue(ReaderInputType.class);
          break;
        case "ManifestType":
          manifestType = enumValue(ManifestType.class);
          break;
        case "CSVHeaderLocation":
          headerLocation = enumValue(CsvHeaderLocation.class);
          break;
        case "CSVHeaders":
          headers = strings();
          break;
        case "CSVDelimiter":
          delimiter = enumValue(CsvDelimiter.class);
          break;
        case "ItemsPointer":
          itemsPointer = string();
          break;
        case "Transformation":
          transformation = enumValue(ReaderTransformation.class);
          break;
        case "MaxItems":
        case "MaxItemsPath":
          maxItems = once(maxItems, dynamicNumber(name));
          break;
        default:
          unknown = unknown(unknown, name);
      }
    }
    return new ReaderConfig(opt(inputType), opt(manifestType), opt(headerLocation), opt(headers),
        opt(delimiter), opt(itemsPointer), opt(transformation), opt(maxItems), map(unknown));
  }

  private ItemBatcher itemBatcher(QueryLanguage ql) throws IOException {
    expectObject();
    DynamicNumber maxItems = null;
    DynamicNumber maxBytes = null;
    Value batchInput = null;
    Map<String, Value> unknown = null;
    int mark = seenTop;

    while (nextField(mark)) {
      String name = p.currentName();
      switch (name) {
        case "MaxItemsPerBatch":
        case "MaxItemsPerBatchPath":
          maxItems = once(maxItems, dynamicNumber(name));
          break;
        case "MaxInputBytesPerBatch":
        case "MaxInputBytesPerBatchPath":
          maxBytes = once(maxBytes, dynamicNumber(name));
          break;
        case "BatchInput":
          batchInput = value(modeOf(ql));
          break;
        default:
          unknown = unknown(unknown, name);
      }
    }
    return new ItemBatcher(opt(maxItems), opt(maxBytes), opt(batchInput), map(unknown));
  }

  private ResultWriter resultWriter() throws IOException {
    expectObject();
    String resource = null;
    WriterConfig config = null;
    Value parameters = null;
    Value arguments = null;
    Map<String, Value> unknown = null;
    int mark = seenTop;

    while (nextField(mark)) {
      String name = p.currentName();
      switch (name) {
        case "Resource":
          resource = string();
          break;
        case "WriterConfig":
          config = writerConfig();
          break;
        case "Parameters":
          parameters = value(Mode.TEMPLATE);
          break;
        case "Arguments":
          arguments = value(Mode.JSONATA);
          break;
        default:
          unknown = unknown(unknown, name);
      }
    }
    return new ResultWriter(opt(resource), opt(config), opt(parameters), opt(arguments),
        map(unknown));
  }

  private WriterConfig writerConfig() throws IOException {
    expectObject();
    WriterOutputType outputType = null;
    WriterTransformation transformation = null;
    Map<String, Value> unknown = null;
    int mark = seenTop;

    while (nextField(mark)) {
      String name = p.currentName();
      switch (name) {
        case "OutputType":
          outputType = enumValue(WriterOutputType.class);
          break;
        case "Transformation":
          transformation = enumValue(WriterTransformation.class);
          break;
        default:
          unknown = unknown(unknown, name);
      }
    }
    return new WriterConfig(opt(outputType), opt(transformation), map(unknown));
  }

  // ---------------------------------------------------------------- Retry, Catch, rules

  private List<Retrier> retriers() throws IOException {
    expectArray();
    List<Retrier> out = new ArrayList<>(2);
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        throw bail();
      }
      String comment = null;
      List<String> errors = null;
      JsonNumber interval = null;
      JsonNumber attempts = null;
      JsonNumber backoff = null;
      JsonNumber maxDelay = null;
      JitterStrategy jitter = null;
      Map<String, Value> unknown = null;
      int mark = seenTop;

      while (nextField(mark)) {
        String name = p.currentName();
        switch (name) {
          case "Comment":
            comment = string();
            break;
          case "ErrorEquals":
            errors = strings();
            break;
          case "IntervalSeconds":
            interval = number();
            break;
          case "MaxAttempts":
            attempts = number();
            break;
          case "BackoffRate":
            backoff = number();
            break;
          case "MaxDelaySeconds":
            maxDelay = number();
            break;
          case "JitterStrategy":
            jitter = enumValue(JitterStrategy.class);
            break;
          default:
            unknown = unknown(unknown, name);
        }
      }
      if (errors == null) {
        throw bail();
      }
      out.add(new Retrier(opt(comment), errors, opt(interval), opt(attempts), opt(backoff),
          opt(maxDelay), opt(jitter), map(unknown)));
    }
    return out;
  }

  private List<Catcher> catchers(QueryLanguage ql) throws IOException {
    expectArray();
    List<Catcher> out = new ArrayList<>(2);
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        throw bail();
      }
      String comment = null;
      List<String> errors = null;
      Path resultPath = null;
      Value output = null;
      JsonObject assign = null;
      String next = null;
      Map<String, Value> unknown = null;
      int mark = seenTop;

      while (nextField(mark)) {
        String name = p.currentName();
        switch (name) {
          case "Comment":
            comment = string();
            break;
          case "ErrorEquals":
            errors = strings();
            break;
          case "ResultPath":
            resultPath = ioPath();
            break;
          case "Output":
            output = value(Mode.JSONATA);
            break;
          case "Assign":
            assign = object(modeOf(ql));
            break;
          case "Next":
            next = string();
            break;
          default:
            unknown = unknown(unknown, name);
        }
      }
      if (errors == null || next == null) {
        throw bail();
      }
      out.add(new Catcher(opt(comment), errors, opt(resultPath), opt(output), opt(assign), next,
          map(unknown)));
    }
    return out;
  }

  /** The condition members of one rule object, top-level or nested. */
  private final class RuleParts {
    String comment;
    JsonPath variable;
    ComparisonOperator operator;
    Value operand;
    Condition combinator;
    Map<String, Value> unknown;

    /** Reads a condition-related member; false when {@code name} is not one. */
    boolean read(String name, QueryLanguage ql, boolean top) throws IOException {
      switch (name) {
        case "Comment":
          comment = string();
          return true;
        case "Variable":
          variable = refPath();
          return true;
        case "And":
        case "Or": {
          expectArray();
          List<NestedRule> rules = new ArrayList<>();
          JsonToken t;
          while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
              throw bail();
            }
            rules.add(nestedRule(ql));
          }
          combinator = once(combinator,
              name.equals("And") ? new Condition.And(rules) : new Condition.Or(rules));
          return true;
        }
        case "Not":
          expectObject();
          combinator = once(combinator, new Condition.Not(nestedRule(ql)));
          return true;
        case "Condition": {
          if (!top) {
            throw bail();
          }
          JsonToken t = p.nextToken();
          Value c;
          if (t == JsonToken.VALUE_STRING) {
            String s = text();
            c = Jsonata.isDelimited(s) ? new Jsonata(s) : new JsonString(s);
          } else if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            c = JsonBoolean.of(t == JsonToken.VALUE_TRUE);
          } else {
            throw bail();
          }
          combinator = once(combinator, new Condition.JsonataTest(c));
          return true;
        }
        default:
          break;
      }
      ComparisonOperator op = AslEnum.fromJsonName(ComparisonOperator.class, name).orElse(null);
      if (op == null) {
        return false;
      }
      if (operator != null) {
        throw bail();
      }
      operator = op;
      switch (op.operand()) {
        case STRING:
        case TIMESTAMP:
          operand = new JsonString(string());
          break;
        case NUMBER:
          operand = number();
          break;
        case BOOLEAN: {
          JsonToken t = p.nextToken();
          if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw bail();
          }
          operand = JsonBoolean.of(t == JsonToken.VALUE_TRUE);
          break;
        }
        default:
          operand = refPath();
      }
      return true;
    }

    Condition condition() {
      if (operator != null) {
        if (combinator != null || variable == null) {
          throw bail();
        }
        return new Condition.Comparison(variable, operator, operand);
      }
      if (variable != null || combinator == null) {
        throw bail();
      }
      return combinator;
    }
  }

  private ChoiceRule rule(QueryLanguage ql) throws IOException {
    RuleParts r = new RuleParts();
    String next = null;
    JsonObject assign = null;
    Value output = null;
    int mark = seenTop;

    while (nextField(mark)) {
      String name = p.currentName();
      switch (name) {
        case "Next":
          next = string();
          break;
        case "Assign":
          assign = object(modeOf(ql));
          break;
        case "Output":
          output = value(Mode.JSONATA);
          break;
        default:
          if (!r.read(name, ql, true)) {
            r.unknown = unknown(r.unknown, name);
          }
      }
    }
    if (next == null) {
      throw bail();
    }
    return new ChoiceRule(opt(r.comment), r.condition(), opt(assign), opt(output), next,
        map(r.unknown));
  }

  private NestedRule nestedRule(QueryLanguage ql) throws IOException {
    RuleParts r = new RuleParts();
    int mark = seenTop;

    while (nextField(mark)) {
      String name = p.currentName();
      if (name.equals("Next") || name.equals("Assign") || name.equals("Output")
          || !r.read(name, ql, false)) {
        // Next/Assign/Output in a nested rule is an error, or unknown content the slow path keeps
        throw bail();
      }
    }
    return new NestedRule(opt(r.comment), r.condition(), map(r.unknown));
  }

  // ---------------------------------------------------------------- values

  private Value value(Mode mode) throws IOException {
    return value(p.nextToken(), mode);
  }

  private Value value(JsonToken t, Mode mode) throws IOException {
    switch (t) {
      case START_OBJECT:
        return objectBody(mode);
      case START_ARRAY: {
        List<Value> elements = new ArrayList<>();
        JsonToken e;
        while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
          elements.add(value(e, mode));
        }
        return new JsonArray(elements);
      }
      case VALUE_STRING: {
        String s = text();
        return mode == Mode.JSONATA && Jsonata.isDelimited(s) ? new Jsonata(s) : new JsonString(s);
      }
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return numberToken();
      case VALUE_TRUE:
        return JsonBoolean.TRUE;
      case VALUE_FALSE:
        return JsonBoolean.FALSE;
      case VALUE_NULL:
        return JsonNull.INSTANCE;
      default:
        throw bail();
    }
  }

  private JsonObject object(Mode mode) throws IOException {
    expectObject();
    return objectBody(mode);
  }

  private JsonObject objectBody(Mode mode) throws IOException {
    String[] keys = new String[8];
    Value[] values = new Value[8];
    int n = 0;
    Set<String> stripped = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      if (n == keys.length) {
        keys = Arrays.copyOf(keys, n * 2);
        values = Arrays.copyOf(values, n * 2);
      }
      if (mode == Mode.TEMPLATE && name.endsWith(".$")) {
        if (p.nextToken() != JsonToken.VALUE_STRING) {
          throw bail();
        }
        String text = text();
        if (stripped == null) {
          stripped = new HashSet<>();
        }
        String key = name.substring(0, name.length() - 2);
        stripped.add(key);
        keys[n] = key;
        values[n++] = text.startsWith("$") ? new JsonPath(text) : new Intrinsic(text);
      } else {
        keys[n] = name;
        values[n++] = value(mode);
      }
    }
    if (stripped != null) {
      // "a" and "a.$" in one object: a problem the located reader reports
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < n; i++) {
        if (!seen.add(keys[i])) {
          throw bail();
        }
      }
    }
    return new JsonObject(OrderedMap.adopt(keys, values, n));
  }

  private static Mode modeOf(QueryLanguage ql) {
    return ql == QueryLanguage.JSONATA ? Mode.JSONATA : Mode.TEMPLATE;
  }

  // ---------------------------------------------------------------- typed fields

  private void expectObject() throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT && p.nextToken() != JsonToken.START_OBJECT) {
      throw bail();
    }
  }

  private void expectArray() throws IOException {
    if (p.nextToken() != JsonToken.START_ARRAY) {
      throw bail();
    }
  }

  private String string() throws IOException {
    if (p.nextToken() != JsonToken.VALUE_STRING) {
      throw bail();
    }
    return text();
  }

  /** The current string token's text, shared with equal strings read before. */
  private String text() throws IOException {
    return texts == null ? p.getText()
        : texts.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
  }

  /** The current number token, shared with equal numbers read before. */
  private JsonNumber numberToken() throws IOException {
    if (texts == null) {
      return new JsonNumber(p.getText());
    }
    String text = texts.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    JsonNumber n = numbers.get(text);
    if (n == null) {
      n = new JsonNumber(text);
      numbers.put(text, n);
    }
    return n;
  }

  private JsonNumber number() throws IOException {
    JsonToken t = p.nextToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw bail();
    }
    return numberToken();
  }

  private Path ioPath() throws IOException {
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_STRING) {
      return new JsonPath(text());
    }
    if (t == JsonToken.VALUE_NULL) {
      return Path.discard();
    }
    throw bail();
  }

  private JsonPath refPath() throws IOException {
    return new JsonPath(string());
  }

  private DynamicString pathOrIntrinsic() throws IOException {
    String s = string();
    return s.startsWith("$") ? new JsonPath(s) : new Intrinsic(s);
  }

  private DynamicNumber dynamicNumber(String name) throws IOException {
    if (name.endsWith("Path")) {
      return refPath();
    }
    JsonToken t = p.nextToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return numberToken();
    }
    if (t == JsonToken.VALUE_STRING) {
      String s = text();
      if (Jsonata.isDelimited(s)) {
        return new Jsonata(s);
      }
    }
    throw bail();
  }

  private DynamicString dynamicString(QueryLanguage ql) throws IOException {
    String s = string();
    return ql == QueryLanguage.JSONATA && Jsonata.isDelimited(s) ? new Jsonata(s)
        : new JsonString(s);
  }

  private List<String> strings() throws IOException {
    expectArray();
    List<String> out = new ArrayList<>(2);
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.VALUE_STRING) {
        throw bail();
      }
      out.add(text());
    }
    return out;
  }

  private <E extends Enum<E> & AslEnum> E enumValue(Class<E> type) throws IOException {
    return AslEnum.fromJsonName(type, string()).orElseThrow(StreamMapper::bail);
  }

  private Map<String, Value> unknown(Map<String, Value> kept, String name) throws IOException {
    if (!keepUnknown) {
      throw bail();
    }
    Map<String, Value> m = kept == null ? new LinkedHashMap<>() : kept;
    m.put(name, value(Mode.LITERAL));
    return m;
  }

  /** The second of two mutually exclusive fields (X and XPath, Seconds and Timestamp ...). */
  private static <T> T once(T previous, T value) {
    if (previous != null) {
      throw bail();
    }
    return value;
  }

  private static <T> Optional<T> opt(T value) {
    return Optional.ofNullable(value);
  }

  private static Map<String, Value> map(Map<String, Value> unknown) {
    return unknown == null ? Map.of() : unknown;
  }
}
