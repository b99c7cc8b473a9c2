package io.asl4j.json;

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
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Maps JSON tokens onto the model: the one place that knows the shape of ASL.
 *
 * <p>It runs in one of two modes over a {@link Tokens} source. <em>Fast</em>: straight from
 * Jackson's parser, no positions, giving up ({@link Bail}) at the first problem or at a
 * {@code QueryLanguage} declared after fields whose meaning it decides. <em>Located</em>: over a
 * replayed tree with every position, records' {@code Type} and {@code QueryLanguage} replayed
 * first, and every problem collected — a bad field is recorded and skipped, the enclosing record
 * dropped, and reading goes on, so one {@link AslReadException} lists everything. {@link AslReader}
 * tries the first and falls back to the second.
 */
final class Mapper {

  /** Abandons a fast read; carries no stack trace. */
  static final class Bail extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Bail INSTANCE = new Bail();

    private Bail() {
      super(null, null, false, false);
    }
  }

  /** How strings and keys inside a JSON value are interpreted. */
  enum ValueMode {
    /** JSONPath payload template: keys ending in {@code .$} hold paths or intrinsic calls. */
    TEMPLATE,
    /** JSONata value: strings written {@code {% ... %}} are expressions. */
    JSONATA,
    /** Constant JSON: nothing is evaluated ({@code Result}, unknown fields). */
    LITERAL
  }

  private static final String[] STATE_TYPES =
      {"Task", "Pass", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map"};
  private static final String[] TYPE_FIRST = {"Type", "QueryLanguage"};
  private static final String[] LANGUAGE_FIRST = {"QueryLanguage"};

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
  private static final String[] NESTED_RULE_FIELDS = {"Comment", "Variable", "And", "Or", "Not"};
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

  private Tokens t;
  private final boolean keepUnknown;
  /** Located mode: collect every problem. Fast mode: the list stays unused and problems bail. */
  private final boolean located;
  private final List<AslReadException.Problem> problems = new ArrayList<>();

  /** Member names (and their positions) of the record objects being read, innermost last. */
  private String[] names = new String[64];
  private long[] namePositions = new long[64];
  private int top;

  private Mapper(Tokens tokens, boolean keepUnknown, boolean located) {
    this.t = tokens;
    this.keepUnknown = keepUnknown;
    this.located = located;
  }

  /**
   * Reads a definition from Jackson's parser.
   *
   * @throws Bail at the first problem or unusual shape; the caller then reads it located
   * @throws IOException on malformed JSON (likewise)
   */
  static Workflow fast(Tokens.Stream tokens, boolean keepUnknown) throws IOException {
    Mapper m = new Mapper(tokens, keepUnknown, false);
    if (tokens.next() == null) {
      throw Bail.INSTANCE;
    }
    Workflow w = m.workflow();
    if (tokens.next() != null) {
      throw Bail.INSTANCE;
    }
    return w;
  }

  /**
   * Reads one JSON value, for {@link JsonValues}.
   *
   * @throws AslReadException listing every problem
   */
  static Value value(Node root, ValueMode mode) {
    Mapper m = new Mapper(new Tokens.Replay(root), false, true);
    Value v;
    try {
      m.t.next();
      v = m.value(Pointer.ROOT, mode);
    } catch (IOException e) {
      throw new IllegalStateException(e); // a replay does no I/O
    }
    if (!m.problems.isEmpty()) {
      throw new AslReadException(m.problems);
    }
    return v;
  }

  /**
   * Reads a parsed tree, collecting every problem.
   *
   * @throws AslReadException listing every problem, in document order
   */
  static Workflow located(Node root, boolean keepUnknown) {
    Mapper m = new Mapper(new Tokens.Replay(root), keepUnknown, true);
    Workflow w;
    try {
      m.t.next();
      w = m.workflow();
    } catch (IOException e) {
      throw new IllegalStateException(e); // a replay does no I/O
    }
    if (!m.problems.isEmpty()) {
      m.problems.sort(Comparator.comparingInt(AslReadException.Problem::line)
          .thenComparingInt(AslReadException.Problem::column));
      throw new AslReadException(m.problems);
    }
    return w;
  }

  // ---------------------------------------------------------------- records

  /**
   * An object being read as a record: where it starts, and where its member names begin on the
   * name stack (for duplicate and presence checks).
   */
  private final class Rec {
    final Pointer pointer;
    final long position;
    final int mark;
    final int before;
    long namePosition;

    Rec(Pointer pointer, long position) {
      this.pointer = pointer;
      this.position = position;
      this.mark = top;
      this.before = problems.size();
    }

    /** Moves to the next member's value; false at the end of the object. */
    boolean next() throws IOException {
      if (t.next() != JsonToken.FIELD_NAME) {
        return false;
      }
      String name = t.name();
      namePosition = t.position();
      for (int i = mark; i < top; i++) {
        if (names[i].equals(name)) {
          // only a buffered fast-path object can get here: the located parser rejects duplicates
          throw Bail.INSTANCE;
        }
      }
      if (top == names.length) {
        names = Arrays.copyOf(names, top * 2);
        namePositions = Arrays.copyOf(namePositions, top * 2);
      }
      names[top] = name;
      namePositions[top++] = namePosition;
      t.next();
      return true;
    }

    String name() {
      return names[top - 1];
    }

    boolean has(String name) {
      return indexOf(name) >= 0;
    }

    long positionOf(String name) {
      return namePositions[indexOf(name)];
    }

    private int indexOf(String name) {
      for (int i = mark; i < top; i++) {
        if (names[i].equals(name)) {
          return i;
        }
      }
      return -1;
    }

    boolean failed() {
      return problems.size() > before;
    }

    /** Forgets this object's member names; the record's checks are done. */
    void close() {
      top = mark;
    }

    void require(String field, String where, String what) {
      if (!has(field)) {
        problem(position, pointer, "MISSING_FIELD", "missing " + Node.quote(field, 40) + "; " + where + " needs "
            + what);
      }
    }

    /** Handles a member the record does not know: kept verbatim, or a problem. */
    Map<String, Value> unknown(Map<String, Value> kept, String where, String[] allowed)
        throws IOException {
      String name = name();
      if (keepUnknown) {
        Map<String, Value> m = kept == null ? new LinkedHashMap<>() : kept;
        Value v = value(pointer.child(name), ValueMode.LITERAL);
        if (v != null) {
          m.put(name, v);
        }
        return m;
      }
      String allowedList = "; " + where + " allows " + list(allowed);
      if (isKnownAslField(name)) {
        problem(namePosition, pointer.child(name), "FIELD_NOT_ALLOWED", "field " + Node.quote(name, 60)
            + " is not allowed in " + where + allowedList);
      } else {
        problem(namePosition, pointer.child(name), "UNKNOWN_FIELD", "unknown field " + Node.quote(name, 60) + " in "
            + where + suggestion(name, allowed, allowedList));
      }
      t.skipChildren();
      return kept;
    }

    /** Constructs the record unless a part failed, turning an argument check into a problem. */
    <T> T build(Supplier<T> constructor) {
      close();
      if (failed()) {
        return null;
      }
      try {
        return constructor.get();
      } catch (IllegalArgumentException e) {
        problem(position, pointer, "INVALID_VALUE", e.getMessage());
        return null;
      }
    }
  }

  /** Enters the object at the current token, or reports what was found instead. */
  private Rec begin(Pointer p, String expected, String[] preferFirst) throws IOException {
    if (t.current() != JsonToken.START_OBJECT) {
      problem(t.position(), p, "WRONG_TYPE", "expected " + expected + ", found " + t.describe());
      t.skipChildren();
      return null;
    }
    if (preferFirst != null) {
      t.preferFirst(preferFirst);
    }
    return new Rec(p, t.position());
  }

  /** One field out of a set of mutually exclusive spellings (X or XPath, Next or End, ...). */
  private final class OneOf<T> {
    String key;
    T value;

    void set(Rec r, T v, String... group) {
      String name = r.name();
      if (key != null) {
        problem(r.namePosition, r.pointer.child(name), "MUTUALLY_EXCLUSIVE", Node.quote(key, 40) + " and "
            + Node.quote(name, 40) + " cannot both be set; " + (group.length == 2 ? "keep one"
            : "use exactly one of " + list(group)));
        return;
      }
      key = name;
      value = v;
    }
  }

  // ---------------------------------------------------------------- graphs

  private Workflow workflow() throws IOException {
    Pointer p = located ? Pointer.ROOT : Pointer.UNTRACKED;
    if (t.current() != JsonToken.START_OBJECT) {
      problem(t.position(), p, "WRONG_TYPE", "a definition is a JSON object with \"StartAt\" and \"States\","
          + " found " + t.describe());
      t.skipChildren();
      return null;
    }
    t.preferFirst(LANGUAGE_FIRST);
    Rec r = new Rec(p, t.position());
    String where = "the top level of a definition";
    String comment = null;
    QueryLanguage ql = null;
    String version = null;
    JsonNumber timeout = null;
    String startAt = null;
    Map<String, State> states = null;
    Map<String, Value> unknown = null;
    while (r.next()) {
      switch (r.name()) {
        case "Comment":
          comment = string(r);
          break;
        case "QueryLanguage":
          if (r.has("States")) {
            throw Bail.INSTANCE; // the states were read with the wrong inherited language
          }
          ql = enumValue(r, QueryLanguage.class);
          break;
        case "Version":
          version = string(r);
          break;
        case "TimeoutSeconds":
          timeout = number(r);
          break;
        case "StartAt":
          startAt = string(r);
          break;
        case "States":
          states = states(p.child("States"), ql == null ? QueryLanguage.JSONPATH : ql);
          break;
        default:
          unknown = r.unknown(unknown, where, TOP_FIELDS);
      }
    }
    r.require("StartAt", where, "the name of the first state");
    r.require("States", where, "an object of states by name");
    String s = startAt;
    QueryLanguage lang = ql;
    String c = comment;
    String v = version;
    JsonNumber to = timeout;
    Map<String, State> st = states;
    Map<String, Value> u = unknown;
    return r.build(() -> new Workflow(opt(c), opt(lang), opt(v), opt(to), s, st, map(u)));
  }

  private Branch branch(Pointer p, QueryLanguage inherited) throws IOException {
    Rec r = begin(p, "a branch with \"StartAt\" and \"States\"", LANGUAGE_FIRST);
    if (r == null) {
      return null;
    }
    String where = "a Parallel branch";
    String comment = null;
    QueryLanguage ql = null;
    String startAt = null;
    Map<String, State> states = null;
    Map<String, Value> unknown = null;
    while (r.next()) {
      switch (r.name()) {
        case "Comment":
          comment = string(r);
          break;
        case "QueryLanguage":
          if (r.has("States")) {
            throw Bail.INSTANCE;
          }
          ql = enumValue(r, QueryLanguage.class);
          break;
        case "StartAt":
          startAt = string(r);
          break;
        case "States":
          states = states(p.child("States"), ql == null ? inherited : ql);
          break;
        default:
          unknown = r.unknown(unknown, where, BRANCH_FIELDS);
      }
    }
    r.require("StartAt", where, "the name of the branch's first state");
    r.require("States", where, "an object of states by name");
    String c = comment;
    QueryLanguage lang = ql;
    String s = startAt;
    Map<String, State> st = states;
    Map<String, Value> u = unknown;
    return r.build(() -> new Branch(opt(c), opt(lang), s, st, map(u)));
  }

  private ItemProcessor processor(Pointer p, String field, QueryLanguage inherited)
      throws IOException {
    Rec r = begin(p, "an item processor with \"StartAt\" and \"States\"", LANGUAGE_FIRST);
    if (r == null) {
      return null;
    }
    String where = "a Map state's " + field;
    String comment = null;
    QueryLanguage ql = null;
    ProcessorConfig config = null;
    String startAt = null;
    Map<String, State> states = null;
    Map<String, Value> unknown = null;
    while (r.next()) {
      switch (r.name()) {
        case "Comment":
          comment = string(r);
          break;
        case "QueryLanguage":
          if (r.has("States")) {
            throw Bail.INSTANCE;
          }
          ql = enumValue(r, QueryLanguage.class);
          break;
        case "ProcessorConfig":
          config = processorConfig(p.child("ProcessorConfig"));
          break;
        case "StartAt":
          startAt = string(r);
          break;
        case "States":
          states = states(p.child("States"), ql == null ? inherited : ql);
          break;
        default:
          unknown = r.unknown(unknown, where, PROCESSOR_FIELDS);
      }
    }
    r.require("StartAt", where, "the name of the first state run for each item");
    r.require("States", where, "an object of states by name");
    String c = comment;
    QueryLanguage lang = ql;
    ProcessorConfig cfg = config;
    String s = startAt;
    Map<String, State> st = states;
    Map<String, Value> u = unknown;
    return r.build(() -> new ItemProcessor(opt(c), opt(lang), opt(cfg), s, st, map(u)));
  }

  private ProcessorConfig processorConfig(Pointer p) throws IOException {
    Rec r = begin(p, "an object with \"Mode\" and \"ExecutionType\"", null);
    if (r == null) {
      return null;
    }
    ProcessorMode mode = null;
    ExecutionType type = null;
    Map<String, Value> unknown = null;
    while (r.next()) {
      switch (r.name()) {
        case "Mode":
          mode = enumValue(r, ProcessorMode.class);
          break;
        case "ExecutionType":
          type = enumValue(r, ExecutionType.class);
          break;
        default:
          unknown = r.unknown(unknown, "a ProcessorConfig", PROCESSOR_CONFIG_FIELDS);
      }
    }
    ProcessorMode m = mode;
    ExecutionType et = type;
    Map<String, Value> u = unknown;
    return r.build(() -> new ProcessorConfig(opt(m), opt(et), map(u)));
  }

  private Map<String, State> states(Pointer p, QueryLanguage ql) throws IOException {
    if (t.current() != JsonToken.START_OBJECT) {
      problem(t.position(), p, "WRONG_TYPE", "expected an object of states by name, found " + t.describe());
      t.skipChildren();
      return null;
    }
    int before = problems.size();
    String[] stateNames = new String[16];
    State[] states = new State[16];
    int n = 0;
    while (t.next() == JsonToken.FIELD_NAME) {
      if (n == stateNames.length) {
        stateNames = Arrays.copyOf(stateNames, n * 2);
        states = Arrays.copyOf(states, n * 2);
      }
      String name = t.name();
      t.next();
      stateNames[n] = name;
      states[n++] = state(p.child(name), ql);
    }
    if (problems.size() > before) {
      return null;
    }
    // a repeated state name throws here, and the located parser reports it as a duplicate key
    return OrderedMap.adopt(stateNames, states, n);
  }

  // ---------------------------------------------------------------- states

  private State state(Pointer p, QueryLanguage inherited) throws IOException {
    if (t.current() != JsonToken.START_OBJECT) {
      if (keepUnknown) {
        return new RawState(value(p, ValueMode.LITERAL));
      }
      problem(t.position(), p, "WRONG_TYPE", "expected a state object with a \"Type\", found " + t.describe());
      t.skipChildren();
      return null;
    }
    if (t instanceof Tokens.Stream s) {
      // the fast path reads a state in one pass only if Type comes first; otherwise the rest of
      // the object is buffered and replayed with Type (and QueryLanguage) first
      if (s.next() == JsonToken.FIELD_NAME && !s.name().equals("Type")) {
        Node buffered = s.bufferObject(s.name());
        Tokens stream = t;
        t = Tokens.Replay.positionedOn(buffered);
        try {
          return state(p, inherited);
        } finally {
          t = stream;
        }
      }
      s.pushBack();
    }
    t.preferFirst(TYPE_FIRST);
    Rec r = new Rec(p, t.position());
    String kind = null;
    boolean more = r.next();
    if (more && r.name().equals("Type")) {
      kind = t.current() == JsonToken.VALUE_STRING ? t.text() : null;
    }
    if (kind == null || !isStateType(kind)) {
      return unreadableState(r, kind, more);
    }
    StateFields c = new StateFields(r, kind, inherited);
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
      default:
        return mapState(c);
    }
  }

  /**
   * A state with no usable Type. Kept verbatim as a {@link RawState} when unknown content is kept,
   * otherwise a problem. {@code atMember}: the first member's value is current (else the object
   * has already ended).
   */
  private State unreadableState(Rec r, String kind, boolean atMember) throws IOException {
    boolean hasMember = atMember;
    if (keepUnknown) {
      String[] keys = new String[8];
      Value[] values = new Value[8];
      int n = 0;
      if (hasMember) {
        keys[n] = r.name();
        values[n++] = value(r.pointer.child(r.name()), ValueMode.LITERAL);
      }
      while (hasMember && r.next()) {
        if (n == keys.length) {
          keys = Arrays.copyOf(keys, n * 2);
          values = Arrays.copyOf(values, n * 2);
        }
        keys[n] = r.name();
        values[n++] = value(r.pointer.child(r.name()), ValueMode.LITERAL);
      }
      r.close();
      return new RawState(new JsonObject(OrderedMap.adopt(keys, values, n)));
    }
    if (!hasMember || !r.name().equals("Type")) {
      problem(r.position, r.pointer, "MISSING_FIELD", "missing \"Type\"; a state needs one of "
          + list(STATE_TYPES));
    } else if (kind == null) {
      problem(t.position(), r.pointer.child("Type"), "WRONG_TYPE", "expected a state type (one of "
          + list(STATE_TYPES) + "), found " + t.describe());
    } else {
      problem(t.position(), r.pointer.child("Type"), "UNKNOWN_STATE_TYPE", "unknown state type " + Node.quote(kind, 60)
          + suggestion(kind, STATE_TYPES, "; expected one of " + list(STATE_TYPES)));
    }
    if (hasMember) {
      t.skipChildren();
      while (r.next()) {
        t.skipChildren();
      }
    }
    r.close();
    return null;
  }

  /** The members every state type shares, collected while walking one state object. */
  private final class StateFields {
    final Rec rec;
    final String where;
    final QueryLanguage inherited;
    QueryLanguage ql;
    boolean languageSensitiveRead;
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

    StateFields(Rec rec, String kind, QueryLanguage inherited) {
      this.rec = rec;
      this.where = "a " + kind + " state";
      this.inherited = inherited;
    }

    /** The effective query language, noting that a later QueryLanguage would change its use. */
    QueryLanguage language() {
      languageSensitiveRead = true;
      return ql == null ? inherited : ql;
    }

    /** Reads a field shared by several state types; false when the member is not one. */
    boolean common() throws IOException {
      Rec r = rec;
      Pointer p = r.pointer;
      String name = r.name();
      switch (name) {
        case "QueryLanguage":
          if (languageSensitiveRead) {
            throw Bail.INSTANCE; // fields before it were read in the inherited language
          }
          ql = enumValue(r, QueryLanguage.class);
          return true;
        case "Comment":
          comment = string(r);
          return true;
        case "InputPath":
          inputPath = ioPath(r);
          return true;
        case "OutputPath":
          outputPath = ioPath(r);
          return true;
        case "ResultPath":
          resultPath = ioPath(r);
          return true;
        case "Parameters":
          parameters = value(p.child(name), ValueMode.TEMPLATE);
          return true;
        case "ResultSelector":
          resultSelector = object(r, ValueMode.TEMPLATE);
          return true;
        case "Arguments":
          arguments = value(p.child(name), ValueMode.JSONATA);
          return true;
        case "Output":
          output = value(p.child(name), ValueMode.JSONATA);
          return true;
        case "Assign":
          assign = object(r, modeOf(language()));
          return true;
        case "Retry":
          retry = list(p.child(name), "retriers", Mapper.this::retrier);
          return true;
        case "Catch": {
          QueryLanguage lang = language();
          catchers = list(p.child(name), "catchers", ep -> catcher(ep, lang));
          return true;
        }
        case "Next": {
          String next = string(r);
          transition.set(r, next == null ? null : Transition.next(next), "Next", "End");
          return true;
        }
        case "End": {
          Transition end = null;
          if (t.current() == JsonToken.VALUE_TRUE) {
            end = Transition.end();
          } else if (t.current() == JsonToken.VALUE_FALSE) {
            problem(t.position(), p.child(name), "INVALID_VALUE", "\"End\" can only be true; to continue, remove it"
                + " and set \"Next\"");
          } else {
            typeProblem(r, "true");
          }
          transition.set(r, end, "Next", "End");
          return true;
        }
        default:
          return false;
      }
    }

    /** Reads a shared field allowed in this state type, or handles the member as unknown. */
    void other(String[] allowed) throws IOException {
      if (!isOneOf(rec.name(), allowed) || !common()) {
        unknown = rec.unknown(unknown, where, allowed);
      }
    }

    Transition requireTransition() {
      if (transition.key == null) {
        problem(rec.position, rec.pointer, "MISSING_TRANSITION", where + " needs \"Next\" (the state that follows) or"
            + " \"End\": true");
      }
      return transition.value;
    }
  }

  private State task(StateFields c) throws IOException {
    Rec r = c.rec;
    String resource = null;
    JsonObject credentials = null;
    OneOf<DynamicNumber> timeout = new OneOf<>();
    OneOf<DynamicNumber> heartbeat = new OneOf<>();
    while (r.next()) {
      switch (r.name()) {
        case "Resource":
          resource = string(r);
          break;
        case "Credentials":
          credentials = object(r, modeOf(c.language()));
          break;
        case "TimeoutSeconds":
        case "TimeoutSecondsPath":
          timeout.set(r, dynamicNumber(r), "TimeoutSeconds", "TimeoutSecondsPath");
          break;
        case "HeartbeatSeconds":
        case "HeartbeatSecondsPath":
          heartbeat.set(r, dynamicNumber(r), "HeartbeatSeconds", "HeartbeatSecondsPath");
          break;
        default:
          c.other(TASK_FIELDS);
      }
    }
    r.require("Resource", c.where, "the ARN of the integration, activity or function to run");
    Transition next = c.requireTransition();
    String res = resource;
    JsonObject creds = credentials;
    return r.build(() -> new TaskState(opt(c.comment), opt(c.ql), res, opt(creds),
        opt(c.inputPath), opt(c.parameters), opt(c.arguments), opt(timeout.value),
        opt(heartbeat.value), opt(c.resultSelector), opt(c.resultPath), opt(c.outputPath),
        opt(c.output), opt(c.assign), opt(c.retry), opt(c.catchers), next, map(c.unknown)));
  }

  private State pass(StateFields c) throws IOException {
    Rec r = c.rec;
    Value result = null;
    while (r.next()) {
      if (r.name().equals("Result")) {
        result = value(r.pointer.child("Result"), ValueMode.LITERAL);
      } else {
        c.other(PASS_FIELDS);
      }
    }
    Transition next = c.requireTransition();
    Value res = result;
    return r.build(() -> new PassState(opt(c.comment), opt(c.ql), opt(c.inputPath),
        opt(c.parameters), opt(res), opt(c.resultPath), opt(c.outputPath), opt(c.output),
        opt(c.assign), next, map(c.unknown)));
  }

  private State choice(StateFields c) throws IOException {
    Rec r = c.rec;
    List<ChoiceRule> choices = null;
    String defaultState = null;
    while (r.next()) {
      String name = r.name();
      if (name.equals("Choices")) {
        QueryLanguage lang = c.language();
        choices = list(r.pointer.child(name), "Choice rules", ep -> rule(ep, lang));
      } else if (name.equals("Default")) {
        defaultState = string(r);
      } else {
        c.other(CHOICE_FIELDS);
      }
    }
    r.require("Choices", c.where, "a list of rules");
    List<ChoiceRule> rules = choices;
    String def = defaultState;
    return r.build(() -> new ChoiceState(opt(c.comment), opt(c.ql), opt(c.inputPath),
        opt(c.outputPath), opt(c.output), opt(c.assign), rules, opt(def), map(c.unknown)));
  }

  private State waitState(StateFields c) throws IOException {
    Rec r = c.rec;
    OneOf<WaitTime> time = new OneOf<>();
    while (r.next()) {
      WaitTime wt;
      switch (r.name()) {
        case "Seconds":
        case "SecondsPath": {
          DynamicNumber d = dynamicNumber(r);
          wt = d == null ? null : new WaitTime.Seconds(d);
          break;
        }
        case "Timestamp": {
          DynamicString d = dynamicString(r, c.language());
          wt = d == null ? null : new WaitTime.Timestamp(d);
          break;
        }
        case "TimestampPath": {
          JsonPath d = refPath(r);
          wt = d == null ? null : new WaitTime.Timestamp(d);
          break;
        }
        default:
          c.other(WAIT_FIELDS);
          continue;
      }
      time.set(r, wt, "Seconds", "SecondsPath", "Timestamp", "TimestampPath");
    }
    if (time.key == null) {
      problem(r.position, r.pointer, "MISSING_FIELD", "a Wait state needs one of \"Seconds\", \"SecondsPath\","
          + " \"Timestamp\" or \"TimestampPath\"");
    }
    Transition next = c.requireTransition();
    return r.build(() -> new WaitState(opt(c.comment), opt(c.ql), opt(c.inputPath), time.value,
        opt(c.outputPath), opt(c.output), opt(c.assign), next, map(c.unknown)));
  }

  private State succeed(StateFields c) throws IOException {
    Rec r = c.rec;
    while (r.next()) {
      c.other(SUCCEED_FIELDS);
    }
    return r.build(() -> new SucceedState(opt(c.comment), opt(c.ql), opt(c.inputPath),
        opt(c.outputPath), opt(c.output), map(c.unknown)));
  }

  private State fail(StateFields c) throws IOException {
    Rec r = c.rec;
    OneOf<DynamicString> error = new OneOf<>();
    OneOf<DynamicString> cause = new OneOf<>();
    while (r.next()) {
      switch (r.name()) {
        case "Error":
          error.set(r, dynamicString(r, c.language()), "Error", "ErrorPath");
          break;
        case "ErrorPath":
          error.set(r, pathOrIntrinsic(r), "Error", "ErrorPath");
          break;
        case "Cause":
          cause.set(r, dynamicString(r, c.language()), "Cause", "CausePath");
          break;
        case "CausePath":
          cause.set(r, pathOrIntrinsic(r), "Cause", "CausePath");
          break;
        default:
          c.other(FAIL_FIELDS);
      }
    }
    return r.build(() -> new FailState(opt(c.comment), opt(c.ql), opt(error.value),
        opt(cause.value), map(c.unknown)));
  }

  private State parallel(StateFields c) throws IOException {
    Rec r = c.rec;
    List<Branch> branches = null;
    while (r.next()) {
      if (r.name().equals("Branches")) {
        QueryLanguage lang = c.language();
        branches = list(r.pointer.child("Branches"), "branches", ep -> branch(ep, lang));
      } else {
        c.other(PARALLEL_FIELDS);
      }
    }
    r.require("Branches", c.where, "a list of branches, each with \"StartAt\" and \"States\"");
    Transition next = c.requireTransition();
    List<Branch> bs = branches;
    return r.build(() -> new ParallelState(opt(c.comment), opt(c.ql), opt(c.inputPath),
        opt(c.parameters), opt(c.arguments), bs, opt(c.resultSelector), opt(c.resultPath),
        opt(c.outputPath), opt(c.output), opt(c.assign), opt(c.retry), opt(c.catchers), next,
        map(c.unknown)));
  }

  private State mapState(StateFields c) throws IOException {
    Rec r = c.rec;
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
    while (r.next()) {
      String name = r.name();
      switch (name) {
        case "ItemsPath":
          items.set(r, refPath(r), "ItemsPath", "Items");
          break;
        case "Items":
          items.set(r, value(p.child(name), ValueMode.JSONATA), "ItemsPath", "Items");
          break;
        case "ItemProcessor":
        case "Iterator":
          processor.set(r, processor(p.child(name), name, c.language()), "ItemProcessor",
              "Iterator");
          break;
        case "MaxConcurrency":
        case "MaxConcurrencyPath":
          maxConcurrency.set(r, dynamicNumber(r), "MaxConcurrency", "MaxConcurrencyPath");
          break;
        case "ToleratedFailurePercentage":
        case "ToleratedFailurePercentagePath":
          failurePercentage.set(r, dynamicNumber(r), "ToleratedFailurePercentage",
              "ToleratedFailurePercentagePath");
          break;
        case "ToleratedFailureCount":
        case "ToleratedFailureCountPath":
          failureCount.set(r, dynamicNumber(r), "ToleratedFailureCount",
              "ToleratedFailureCountPath");
          break;
        case "ItemReader":
          reader = itemReader(p.child(name));
          break;
        case "ItemSelector":
          itemSelector = value(p.child(name), modeOf(c.language()));
          break;
        case "ItemBatcher":
          batcher = itemBatcher(p.child(name), c.language());
          break;
        case "Label":
          label = string(r);
          break;
        case "ResultWriter":
          writer = resultWriter(p.child(name));
          break;
        default:
          c.other(MAP_FIELDS);
      }
    }
    if (processor.key == null) {
      problem(r.position, p, "MISSING_FIELD", "missing \"ItemProcessor\"; a Map state needs the states to run for"
          + " each item (\"ItemProcessor\", or the legacy \"Iterator\")");
    }
    Transition next = c.requireTransition();
    ItemReader rd = reader;
    Value sel = itemSelector;
    ItemBatcher b = batcher;
    String lbl = label;
    ResultWriter w = writer;
    return r.build(() -> new MapState(opt(c.comment), opt(c.ql), opt(c.inputPath),
        opt(c.arguments), opt(items.value), opt(rd), opt(sel), opt(c.parameters), opt(b),
        opt(maxConcurrency.value), opt(failurePercentage.value), opt(failureCount.value), opt(lbl),
        processor.value, "Iterator".equals(processor.key), opt(w), opt(c.resultSelector),
        opt(c.resultPath), opt(c.outputPath), opt(c.output), opt(c.assign), opt(c.retry),
        opt(c.catchers), next, map(c.unknown)));
  }

  // ---------------------------------------------------------------- Map parts

  private ItemReader itemReader(Pointer p) throws IOException {
    Rec r = begin(p, "an item reader object with \"Resource\"", null);
    if (r == null) {
      return null;
    }
    String resource = null;
    ReaderConfig config = null;
    Value parameters = null;
    Value arguments = null;
    Map<String, Value> unknown = null;
    while (r.next()) {
      String name = r.name();
      switch (name) {
        case "Resource":
          resource = string(r);
          break;
        case "ReaderConfig":
          config = readerConfig(p.child(name));
          break;
        case "Parameters":
          parameters = value(p.child(name), ValueMode.TEMPLATE);
          break;
        case "Arguments":
          arguments = value(p.child(name), ValueMode.JSONATA);
          break;
        default:
          unknown = r.unknown(unknown, "an ItemReader", ITEM_READER_FIELDS);
      }
    }
    r.require("Resource", "an ItemReader", "for example \"arn:aws:states:::s3:getObject\"");
    String res = resource;
    ReaderConfig cfg = config;
    Value params = parameters;
    Value args = arguments;
    Map<String, Value> u = unknown;
    return r.build(() -> new ItemReader(res, opt(cfg), opt(params), opt(args), map(u)));
  }

  private ReaderConfig readerConfig(Pointer p) throws IOException {
    Rec r = begin(p, "a reader configuration object", null);
    if (r == null) {
      return null;
    }
    ReaderInputType inputType = null;
    ManifestType manifestType = null;
    CsvHeaderLocation headerLocation = null;
    List<String> headers = null;
    CsvDelimiter delimiter = null;
    String itemsPointer = null;
    ReaderTransformation transformation = null;
    OneOf<DynamicNumber> maxItems = new OneOf<>();
    Map<String, Value> unknown = null;
    while (r.next()) {
      switch (r.name()) {
        case "InputType":
          inputType = enumValue(r, ReaderInputType.class);
          break;
        case "ManifestType":
          manifestType = enumValue(r, ManifestType.class);
          break;
        case "CSVHeaderLocation":
          headerLocation = enumValue(r, CsvHeaderLocation.class);
          break;
        case "CSVHeaders":
          headers = strings(r);
          break;
        case "CSVDelimiter":
          delimiter = enumValue(r, CsvDelimiter.class);
          break;
        case "ItemsPointer":
          itemsPointer = string(r);
          break;
        case "Transformation":
          transformation = enumValue(r, ReaderTransformation.class);
          break;
        case "MaxItems":
        case "MaxItemsPath":
          maxItems.set(r, dynamicNumber(r), "MaxItems", "MaxItemsPath");
          break;
        default:
          unknown = r.unknown(unknown, "a ReaderConfig", READER_CONFIG_FIELDS);
      }
    }
    ReaderInputType it = inputType;
    ManifestType mt = manifestType;
    CsvHeaderLocation hl = headerLocation;
    List<String> hs = headers;
    CsvDelimiter d = delimiter;
    String ip = itemsPointer;
    ReaderTransformation tr = transformation;
    Map<String, Value> u = unknown;
    return r.build(() -> new ReaderConfig(opt(it), opt(mt), opt(hl), opt(hs), opt(d), opt(ip),
        opt(tr), opt(maxItems.value), map(u)));
  }

  private ItemBatcher itemBatcher(Pointer p, QueryLanguage ql) throws IOException {
    Rec r = begin(p, "an item batcher object", null);
    if (r == null) {
      return null;
    }
    OneOf<DynamicNumber> maxItems = new OneOf<>();
    OneOf<DynamicNumber> maxBytes = new OneOf<>();
    Value batchInput = null;
    Map<String, Value> unknown = null;
    while (r.next()) {
      switch (r.name()) {
        case "MaxItemsPerBatch":
        case "MaxItemsPerBatchPath":
          maxItems.set(r, dynamicNumber(r), "MaxItemsPerBatch", "MaxItemsPerBatchPath");
          break;
        case "MaxInputBytesPerBatch":
        case "MaxInputBytesPerBatchPath":
          maxBytes.set(r, dynamicNumber(r), "MaxInputBytesPerBatch", "MaxInputBytesPerBatchPath");
          break;
        case "BatchInput":
          batchInput = value(p.child("BatchInput"), modeOf(ql));
          break;
        default:
          unknown = r.unknown(unknown, "an ItemBatcher", ITEM_BATCHER_FIELDS);
      }
    }
    Value input = batchInput;
    Map<String, Value> u = unknown;
    return r.build(() -> new ItemBatcher(opt(maxItems.value), opt(maxBytes.value), opt(input),
        map(u)));
  }

  private ResultWriter resultWriter(Pointer p) throws IOException {
    Rec r = begin(p, "a result writer object", null);
    if (r == null) {
      return null;
    }
    String resource = null;
    WriterConfig config = null;
    Value parameters = null;
    Value arguments = null;
    Map<String, Value> unknown = null;
    while (r.next()) {
      String name = r.name();
      switch (name) {
        case "Resource":
          resource = string(r);
          break;
        case "WriterConfig":
          config = writerConfig(p.child(name));
          break;
        case "Parameters":
          parameters = value(p.child(name), ValueMode.TEMPLATE);
          break;
        case "Arguments":
          arguments = value(p.child(name), ValueMode.JSONATA);
          break;
        default:
          unknown = r.unknown(unknown, "a ResultWriter", RESULT_WRITER_FIELDS);
      }
    }
    String res = resource;
    WriterConfig cfg = config;
    Value params = parameters;
    Value args = arguments;
    Map<String, Value> u = unknown;
    return r.build(() -> new ResultWriter(opt(res), opt(cfg), opt(params), opt(args), map(u)));
  }

  private WriterConfig writerConfig(Pointer p) throws IOException {
    Rec r = begin(p, "a writer configuration object", null);
    if (r == null) {
      return null;
    }
    WriterOutputType outputType = null;
    WriterTransformation transformation = null;
    Map<String, Value> unknown = null;
    while (r.next()) {
      switch (r.name()) {
        case "OutputType":
          outputType = enumValue(r, WriterOutputType.class);
          break;
        case "Transformation":
          transformation = enumValue(r, WriterTransformation.class);
          break;
        default:
          unknown = r.unknown(unknown, "a WriterConfig", WRITER_CONFIG_FIELDS);
      }
    }
    WriterOutputType ot = outputType;
    WriterTransformation tr = transformation;
    Map<String, Value> u = unknown;
    return r.build(() -> new WriterConfig(opt(ot), opt(tr), map(u)));
  }

  // ---------------------------------------------------------------- Retry, Catch, Choice rules

  private Retrier retrier(Pointer p) throws IOException {
    Rec r = begin(p, "a retrier object with \"ErrorEquals\"", null);
    if (r == null) {
      return null;
    }
    String comment = null;
    List<String> errors = null;
    JsonNumber interval = null;
    JsonNumber attempts = null;
    JsonNumber backoff = null;
    JsonNumber maxDelay = null;
    JitterStrategy jitter = null;
    Map<String, Value> unknown = null;
    while (r.next()) {
      switch (r.name()) {
        case "Comment":
          comment = string(r);
          break;
        case "ErrorEquals":
          errors = strings(r);
          break;
        case "IntervalSeconds":
          interval = number(r);
          break;
        case "MaxAttempts":
          attempts = number(r);
          break;
        case "BackoffRate":
          backoff = number(r);
          break;
        case "MaxDelaySeconds":
          maxDelay = number(r);
          break;
        case "JitterStrategy":
          jitter = enumValue(r, JitterStrategy.class);
          break;
        default:
          unknown = r.unknown(unknown, "a retrier", RETRIER_FIELDS);
      }
    }
    r.require("ErrorEquals", "a retrier", "the list of error names it retries");
    String c = comment;
    List<String> e = errors;
    JsonNumber i = interval;
    JsonNumber a = attempts;
    JsonNumber b = backoff;
    JsonNumber md = maxDelay;
    JitterStrategy j = jitter;
    Map<String, Value> u = unknown;
    return r.build(() -> new Retrier(opt(c), e, opt(i), opt(a), opt(b), opt(md), opt(j), map(u)));
  }

  private Catcher catcher(Pointer p, QueryLanguage ql) throws IOException {
    Rec r = begin(p, "a catcher object with \"ErrorEquals\" and \"Next\"", null);
    if (r == null) {
      return null;
    }
    String comment = null;
    List<String> errors = null;
    Path resultPath = null;
    Value output = null;
    JsonObject assign = null;
    String next = null;
    Map<String, Value> unknown = null;
    while (r.next()) {
      switch (r.name()) {
        case "Comment":
          comment = string(r);
          break;
        case "ErrorEquals":
          errors = strings(r);
          break;
        case "ResultPath":
          resultPath = ioPath(r);
          break;
        case "Output":
          output = value(p.child("Output"), ValueMode.JSONATA);
          break;
        case "Assign":
          assign = object(r, modeOf(ql));
          break;
        case "Next":
          next = string(r);
          break;
        default:
          unknown = r.unknown(unknown, "a catcher", CATCHER_FIELDS);
      }
    }
    r.require("ErrorEquals", "a catcher", "the list of error names it catches");
    r.require("Next", "a catcher", "the state to go to when it catches an error");
    String c = comment;
    List<String> e = errors;
    Path rp = resultPath;
    Value out = output;
    JsonObject as = assign;
    String nx = next;
    Map<String, Value> u = unknown;
    return r.build(() -> new Catcher(opt(c), e, opt(rp), opt(out), opt(as), nx, map(u)));
  }

  private ChoiceRule rule(Pointer p, QueryLanguage ql) throws IOException {
    Rec r = begin(p, "a Choice rule object", null);
    if (r == null) {
      return null;
    }
    RuleParts parts = new RuleParts(r, "a Choice rule", ql, true);
    String next = null;
    JsonObject assign = null;
    Value output = null;
    while (r.next()) {
      switch (r.name()) {
        case "Next":
          next = string(r);
          break;
        case "Assign":
          assign = object(r, modeOf(ql));
          break;
        case "Output":
          output = value(p.child("Output"), ValueMode.JSONATA);
          break;
        default:
          parts.field();
      }
    }
    Condition condition = parts.condition();
    r.require("Next", "a Choice rule", "the state to go to when the rule matches");
    String nx = next;
    JsonObject as = assign;
    Value out = output;
    return r.build(() -> new ChoiceRule(opt(parts.comment), condition, opt(as), opt(out), nx,
        map(parts.unknown)));
  }

  private NestedRule nestedRule(Pointer p, QueryLanguage ql) throws IOException {
    Rec r = begin(p, "a rule object", null);
    if (r == null) {
      return null;
    }
    RuleParts parts = new RuleParts(r, "a rule nested in And, Or or Not", ql, false);
    while (r.next()) {
      String name = r.name();
      if (!keepUnknown && isOneOf(name, "Next", "Assign", "Output", "Condition")) {
        problem(r.namePosition, p.child(name), "FIELD_NOT_ALLOWED", "a rule nested in And, Or or Not cannot have "
            + Node.quote(name, 40) + "; only top-level Choice rules " + (name.equals("Condition")
            ? "take a JSONata \"Condition\"" : "transition, assign and set output"));
        t.skipChildren();
      } else {
        parts.field();
      }
    }
    Condition condition = parts.condition();
    return r.build(() -> new NestedRule(opt(parts.comment), condition, map(parts.unknown)));
  }

  /** Collects the condition-related members of a rule object. */
  private final class RuleParts {
    final Rec rec;
    final String where;
    final QueryLanguage ql;
    final boolean top;
    String comment;
    Map<String, Value> unknown;
    JsonPath variable;
    ComparisonOperator operator;
    String operatorName;
    Value operand;
    final OneOf<Condition> combinator = new OneOf<>();

    RuleParts(Rec rec, String where, QueryLanguage ql, boolean top) {
      this.rec = rec;
      this.where = where;
      this.ql = ql;
      this.top = top;
    }

    void field() throws IOException {
      Rec r = rec;
      Pointer p = r.pointer;
      String name = r.name();
      switch (name) {
        case "Comment":
          comment = string(r);
          return;
        case "Variable":
          variable = refPath(r);
          return;
        case "And":
        case "Or": {
          List<NestedRule> rules = list(p.child(name), "rules", ep -> nestedRule(ep, ql));
          combinator.set(r, rules == null ? null
              : name.equals("And") ? new Condition.And(rules) : new Condition.Or(rules),
              "And", "Or", "Not", "Condition");
          return;
        }
        case "Not": {
          NestedRule rule = nestedRule(p.child(name), ql);
          combinator.set(r, rule == null ? null : new Condition.Not(rule), "And", "Or", "Not",
              "Condition");
          return;
        }
        case "Condition": {
          Value c = null;
          JsonToken k = t.current();
          if (k == JsonToken.VALUE_STRING) {
            String s = t.text();
            c = Jsonata.isDelimited(s) ? new Jsonata(s) : new JsonString(s);
          } else if (k == JsonToken.VALUE_TRUE || k == JsonToken.VALUE_FALSE) {
            c = JsonBoolean.of(k == JsonToken.VALUE_TRUE);
          } else {
            typeProblem(r, "a JSONata expression \"{% ... %}\" or a boolean");
          }
          combinator.set(r, c == null ? null : new Condition.JsonataTest(c), "And", "Or", "Not",
              "Condition");
          return;
        }
        default:
          break;
      }
      ComparisonOperator op = AslEnum.fromJsonName(ComparisonOperator.class, name).orElse(null);
      if (op == null) {
        unknown = r.unknown(unknown, where, top ? RULE_FIELDS : NESTED_RULE_FIELDS);
        return;
      }
      if (operatorName != null) {
        problem(r.namePosition, p.child(name), "INVALID_CHOICE_RULE", "a Choice rule takes exactly one comparison"
            + " operator; this one has both " + Node.quote(operatorName, 40) + " and "
            + Node.quote(name, 40) + " (combine tests with \"And\" or \"Or\")");
        t.skipChildren();
        return;
      }
      operatorName = name;
      operator = op;
      switch (op.operand()) {
        case STRING:
        case TIMESTAMP: {
          String s = string(r);
          operand = s == null ? null : new JsonString(s);
          break;
        }
        case NUMBER:
          operand = number(r);
          break;
        case BOOLEAN: {
          Boolean b = bool(r);
          operand = b == null ? null : JsonBoolean.of(b);
          break;
        }
        default:
          operand = refPath(r);
      }
    }

    Condition condition() {
      Rec r = rec;
      boolean hasVariable = r.has("Variable");
      if (operatorName != null) {
        if (combinator.key != null) {
          problem(r.positionOf(combinator.key), r.pointer.child(combinator.key), "INVALID_CHOICE_RULE",
              Node.quote(combinator.key, 20) + " cannot be combined with the comparison "
                  + Node.quote(operatorName, 40) + " in one rule; nest the comparison inside"
                  + " \"And\" or \"Or\"");
          return null;
        }
        if (!hasVariable) {
          problem(r.position, r.pointer, "INVALID_CHOICE_RULE", "missing \"Variable\"; the comparison "
              + Node.quote(operatorName, 40) + " needs the path of the value it tests");
          return null;
        }
        if (variable == null || operand == null) {
          return null;
        }
        return new Condition.Comparison(variable, operator, operand);
      }
      if (hasVariable) {
        problem(r.positionOf("Variable"), r.pointer.child("Variable"), "INVALID_CHOICE_RULE",
            "\"Variable\" needs one comparison operator, such as \"StringEquals\" or"
                + " \"NumericGreaterThan\"");
        return null;
      }
      if (combinator.key == null) {
        problem(r.position, r.pointer, "INVALID_CHOICE_RULE", where + " needs a test: \"Variable\" with a comparison"
            + " operator, \"And\", \"Or\" or \"Not\"" + (top ? ", or (JSONata) \"Condition\"" : ""));
        return null;
      }
      return combinator.value;
    }
  }

  // ---------------------------------------------------------------- values

  /** Reads the current value; null (after reporting) if a part of it is wrong. */
  private Value value(Pointer p, ValueMode mode) throws IOException {
    JsonToken k = t.current();
    switch (k) {
      case START_OBJECT:
        return objectValue(p, mode);
      case START_ARRAY: {
        List<Value> elements = new ArrayList<>();
        boolean ok = true;
        int i = 0;
        JsonToken e;
        while ((e = t.next()) != JsonToken.END_ARRAY) {
          Value v = e == JsonToken.START_OBJECT || e == JsonToken.START_ARRAY
              ? value(p.child(i), mode) : scalar(mode);
          i++;
          if (v == null) {
            ok = false;
          } else {
            elements.add(v);
          }
        }
        return ok ? new JsonArray(elements) : null;
      }
      default:
        return scalar(mode);
    }
  }

  private Value scalar(ValueMode mode) throws IOException {
    switch (t.current()) {
      case VALUE_STRING: {
        String s = t.text();
        return mode == ValueMode.JSONATA && Jsonata.isDelimited(s) ? new Jsonata(s) : new JsonString(s);
      }
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return numberToken();
      case VALUE_TRUE:
        return JsonBoolean.TRUE;
      case VALUE_FALSE:
        return JsonBoolean.FALSE;
      default:
        return JsonNull.INSTANCE;
    }
  }

  private JsonObject objectValue(Pointer p, ValueMode mode) throws IOException {
    String[] keys = new String[8];
    String[] raw = null;
    long[] positions = located ? new long[8] : null;
    Value[] values = new Value[8];
    int n = 0;
    boolean ok = true;
    while (t.next() == JsonToken.FIELD_NAME) {
      String name = t.name();
      long namePosition = t.position();
      JsonToken k = t.next();
      if (n == keys.length) {
        keys = Arrays.copyOf(keys, n * 2);
        values = Arrays.copyOf(values, n * 2);
        raw = raw == null ? null : Arrays.copyOf(raw, n * 2);
        positions = positions == null ? null : Arrays.copyOf(positions, n * 2);
      }
      String key = name;
      Value v;
      if (mode == ValueMode.TEMPLATE && name.endsWith(".$")) {
        key = name.substring(0, name.length() - 2);
        if (raw == null) {
          raw = Arrays.copyOf(keys, keys.length);
        }
        if (k != JsonToken.VALUE_STRING) {
          problem(t.position(), p.child(name), "INVALID_PAYLOAD_TEMPLATE", "a key ending in \".$\" takes a string: a path"
              + " (\"$.field\", \"$$.Execution.Id\", \"$variable\") or an intrinsic function"
              + " (\"States.Format(...)\"); found " + t.describe());
          t.skipChildren();
          ok = false;
          continue;
        }
        String text = t.text();
        v = text.startsWith("$") ? new JsonPath(text) : new Intrinsic(text);
      } else {
        v = k == JsonToken.START_OBJECT || k == JsonToken.START_ARRAY ? value(p.child(name), mode)
            : scalar(mode);
      }
      if (v == null) {
        ok = false;
        continue;
      }
      if (raw != null) {
        raw[n] = name;
      }
      if (positions != null) {
        positions[n] = namePosition;
      }
      keys[n] = key;
      values[n++] = v;
    }
    if (raw != null && !distinct(p, keys, raw, positions, n)) {
      return null;
    }
    if (!ok) {
      return null;
    }
    try {
      return new JsonObject(OrderedMap.adopt(keys, values, n));
    } catch (IllegalArgumentException repeatedName) {
      throw Bail.INSTANCE; // only in a buffered fast-path object; the located parser rejects these
    }
  }

  /**
   * Reports keys that collide once the {@code .$} suffix is removed ({@code "a"} and
   * {@code "a.$"}). JSON parsing already ruled out exact duplicates, so only this can clash.
   */
  private boolean distinct(Pointer p, String[] keys, String[] raw, long[] positions, int n) {
    Map<String, String> seen = new HashMap<>();
    boolean ok = true;
    for (int i = 0; i < n; i++) {
      String other = seen.putIfAbsent(keys[i], raw[i]);
      if (other != null) {
        problem(positions == null ? 0 : positions[i], p.child(raw[i]), "DUPLICATE_KEY", "keys "
            + Node.quote(other, 40) + " and " + Node.quote(raw[i], 40) + " both set the field "
            + Node.quote(keys[i], 40) + " (the .$ suffix only marks a value to evaluate);"
            + " keep one");
        ok = false;
      }
    }
    return ok;
  }

  private JsonNumber numberToken() throws IOException {
    return new JsonNumber(t.text());
  }

  private static ValueMode modeOf(QueryLanguage ql) {
    return ql == QueryLanguage.JSONATA ? ValueMode.JSONATA : ValueMode.TEMPLATE;
  }

  // ---------------------------------------------------------------- typed fields

  private String string(Rec r) throws IOException {
    if (t.current() == JsonToken.VALUE_STRING) {
      return t.text();
    }
    typeProblem(r, "a string");
    return null;
  }

  private JsonNumber number(Rec r) throws IOException {
    JsonToken k = t.current();
    if (k == JsonToken.VALUE_NUMBER_INT || k == JsonToken.VALUE_NUMBER_FLOAT) {
      return numberToken();
    }
    typeProblem(r, "a number");
    return null;
  }

  private Boolean bool(Rec r) throws IOException {
    JsonToken k = t.current();
    if (k == JsonToken.VALUE_TRUE || k == JsonToken.VALUE_FALSE) {
      return k == JsonToken.VALUE_TRUE;
    }
    typeProblem(r, "true or false");
    return null;
  }

  /** {@code InputPath}, {@code OutputPath}, {@code ResultPath}: a path string or {@code null}. */
  private Path ioPath(Rec r) throws IOException {
    JsonToken k = t.current();
    if (k == JsonToken.VALUE_STRING) {
      return new JsonPath(t.text());
    }
    if (k == JsonToken.VALUE_NULL) {
      return Path.discard();
    }
    typeProblem(r, "a path string such as \"$.field\", or null");
    return null;
  }

  private JsonPath refPath(Rec r) throws IOException {
    if (t.current() == JsonToken.VALUE_STRING) {
      return new JsonPath(t.text());
    }
    typeProblem(r, "a reference path string such as \"$.field\"");
    return null;
  }

  /** {@code ErrorPath}/{@code CausePath}: a reference path or an intrinsic function call. */
  private DynamicString pathOrIntrinsic(Rec r) throws IOException {
    if (t.current() == JsonToken.VALUE_STRING) {
      String s = t.text();
      return s.startsWith("$") ? new JsonPath(s) : new Intrinsic(s);
    }
    typeProblem(r, "a reference path or an intrinsic function call");
    return null;
  }

  /**
   * A numeric field or its {@code ...Path} twin: the twin takes a reference path; the field takes a
   * number or, in JSONata, an expression.
   */
  private DynamicNumber dynamicNumber(Rec r) throws IOException {
    if (r.name().endsWith("Path")) {
      return refPath(r);
    }
    JsonToken k = t.current();
    if (k == JsonToken.VALUE_NUMBER_INT || k == JsonToken.VALUE_NUMBER_FLOAT) {
      return numberToken();
    }
    if (k == JsonToken.VALUE_STRING) {
      String s = t.text();
      if (Jsonata.isDelimited(s)) {
        return new Jsonata(s);
      }
    }
    typeProblem(r, "a number (or, in JSONata, an expression \"{% ... %}\")");
    return null;
  }

  /** A string field that JSONata states may compute: {@code Error}, {@code Cause}, {@code Timestamp}. */
  private DynamicString dynamicString(Rec r, QueryLanguage ql) throws IOException {
    if (t.current() == JsonToken.VALUE_STRING) {
      String s = t.text();
      return ql == QueryLanguage.JSONATA && Jsonata.isDelimited(s) ? new Jsonata(s)
          : new JsonString(s);
    }
    typeProblem(r, "a string");
    return null;
  }

  private List<String> strings(Rec r) throws IOException {
    if (t.current() != JsonToken.START_ARRAY) {
      typeProblem(r, "an array of strings");
      return null;
    }
    List<String> out = new ArrayList<>(2);
    boolean ok = true;
    int i = 0;
    while (t.next() != JsonToken.END_ARRAY) {
      if (t.current() == JsonToken.VALUE_STRING) {
        out.add(t.text());
      } else {
        problem(t.position(), r.pointer.child(r.name()).child(i), "WRONG_TYPE", "expected a string, found "
            + t.describe());
        t.skipChildren();
        ok = false;
      }
      i++;
    }
    return ok ? out : null;
  }

  private <E extends Enum<E> & AslEnum> E enumValue(Rec r, Class<E> type) throws IOException {
    if (t.current() == JsonToken.VALUE_STRING) {
      String s = t.text();
      Optional<E> e = AslEnum.fromJsonName(type, s);
      if (e.isPresent()) {
        return e.get();
      }
      String[] valid = jsonNames(type);
      problem(t.position(), r.pointer.child(r.name()), "INVALID_VALUE", "unknown value " + Node.quote(s, 40)
          + suggestion(s, valid, "; expected one of " + list(valid)));
      return null;
    }
    typeProblem(r, "one of " + list(jsonNames(type)));
    return null;
  }

  private static <E extends Enum<E> & AslEnum> String[] jsonNames(Class<E> type) {
    E[] all = type.getEnumConstants();
    String[] names = new String[all.length];
    for (int i = 0; i < all.length; i++) {
      names[i] = all[i].jsonName();
    }
    return names;
  }

  private JsonObject object(Rec r, ValueMode mode) throws IOException {
    if (t.current() != JsonToken.START_OBJECT) {
      typeProblem(r, "an object");
      return null;
    }
    return objectValue(r.pointer.child(r.name()), mode);
  }

  /** Reads an array field element by element; null (after reporting) if any element fails. */
  private <T> List<T> list(Pointer p, String what, Element<T> element) throws IOException {
    if (t.current() != JsonToken.START_ARRAY) {
      problem(t.position(), p, "WRONG_TYPE", "expected an array of " + what + ", found " + t.describe());
      t.skipChildren();
      return null;
    }
    List<T> out = new ArrayList<>(2);
    boolean ok = true;
    int i = 0;
    while (t.next() != JsonToken.END_ARRAY) {
      T e = element.read(p.child(i++));
      if (e == null) {
        ok = false;
      } else {
        out.add(e);
      }
    }
    return ok ? out : null;
  }

  /** Reads one array element at the current token. */
  @FunctionalInterface
  private interface Element<T> {
    T read(Pointer pointer) throws IOException;
  }

  // ---------------------------------------------------------------- problems

  private void typeProblem(Rec r, String expected) throws IOException {
    problem(t.position(), r.pointer.child(r.name()), "WRONG_TYPE", "expected " + expected + ", found "
        + t.describe());
    t.skipChildren();
  }

  private void problem(long position, Pointer p, String code, String message) {
    if (!located) {
      throw Bail.INSTANCE;
    }
    problems.add(new AslReadException.Problem(code, p.toString(), Node.line(position),
        Node.column(position), message));
  }

  // ---------------------------------------------------------------- small helpers

  private static <T> Optional<T> opt(T value) {
    return Optional.ofNullable(value);
  }

  private static Map<String, Value> map(Map<String, Value> unknown) {
    return unknown == null ? Map.of() : unknown;
  }

  private static boolean isStateType(String s) {
    return isOneOf(s, STATE_TYPES);
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
    return String.join(", ", names);
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
