package io.asl4j.json;

import static io.asl4j.json.FieldTables.CHOICE_FIELDS;
import static io.asl4j.json.FieldTables.FAIL_FIELDS;
import static io.asl4j.json.FieldTables.PARALLEL_FIELDS;
import static io.asl4j.json.FieldTables.PASS_FIELDS;
import static io.asl4j.json.FieldTables.STATE_TYPES;
import static io.asl4j.json.FieldTables.SUCCEED_FIELDS;
import static io.asl4j.json.FieldTables.TASK_FIELDS;
import static io.asl4j.json.FieldTables.TYPE_FIRST;
import static io.asl4j.json.FieldTables.WAIT_FIELDS;

import com.fasterxml.jackson.core.JsonToken;
import io.asl4j.internal.OrderedMap;
import io.asl4j.model.Branch;
import io.asl4j.model.ChoiceRule;
import io.asl4j.model.ChoiceState;
import io.asl4j.model.DynamicNumber;
import io.asl4j.model.DynamicString;
import io.asl4j.model.FailState;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonPath;
import io.asl4j.model.ParallelState;
import io.asl4j.model.PassState;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.RawState;
import io.asl4j.model.State;
import io.asl4j.model.SucceedState;
import io.asl4j.model.TaskState;
import io.asl4j.model.Transition;
import io.asl4j.model.Value;
import io.asl4j.model.WaitState;
import io.asl4j.model.WaitTime;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Reads a state: finds its {@code Type}, then reads it with the reader of that type. The members
 * several types share (paths, payloads, Retry, Catch, the transition) are read in one place,
 * {@link StateReader}; the Map state, with its parts, is read by {@link MapReaders}.
 */
final class StateReaders {

  private StateReaders() {}

  /** Reads the state at the current token, in the language {@code inherited} unless it says. */
  static State state(ReadCursor c, Pointer p, QueryLanguage inherited) throws IOException {
    Tokens t = c.t;
    if (t.current() != JsonToken.START_OBJECT) {
      if (c.keepUnknown) {
        return new RawState(ValueReader.value(c, p, Mapper.ValueMode.LITERAL));
      }
      c.problem(t.position(), p, "WRONG_TYPE", "expected a state object with a \"Type\", found "
          + t.describe());
      t.skipChildren();
      return null;
    }
    if (t instanceof Tokens.Stream s) {
      // the fast path reads a state in one pass with Type first: members before it are queued
      // behind it, or, if that cannot be done, the rest of the object is buffered and replayed
      // with Type (and QueryLanguage) first
      if (s.next() != JsonToken.FIELD_NAME || s.name().equals("Type")) {
        s.pushBack();
      } else {
        Node buffered = s.typeFirst();
        if (buffered != null) {
          c.t = Tokens.Replay.positionedOn(buffered);
          try {
            return state(c, p, inherited);
          } finally {
            c.t = s;
          }
        }
      }
    }
    t.preferFirst(TYPE_FIRST);
    RecordCursor r = new RecordCursor(c, p, t.position());
    String kind = null;
    boolean more = r.next();
    if (more && r.name().equals("Type")) {
      kind = t.current() == JsonToken.VALUE_STRING ? t.text() : null;
    }
    if (kind == null) {
      return unreadable(r, null, more);
    }
    StateReader<?> reader;
    switch (kind) {
      case "Task":
        reader = new TaskReader(r, inherited);
        break;
      case "Pass":
        reader = new PassReader(r, inherited);
        break;
      case "Choice":
        reader = new ChoiceReader(r, inherited);
        break;
      case "Wait":
        reader = new WaitReader(r, inherited);
        break;
      case "Succeed":
        reader = new SucceedReader(r, inherited);
        break;
      case "Fail":
        reader = new FailReader(r, inherited);
        break;
      case "Parallel":
        reader = new ParallelReader(r, inherited);
        break;
      case "Map":
        reader = new MapReaders.MapStateReader(r, inherited);
        break;
      default:
        return unreadable(r, kind, more);
    }
    // one call for every type: the JIT would otherwise inline each type's whole reader here, a
    // compilation so large that it delayed the reader's warm-up by seconds
    return reader.read();
  }

  /**
   * A state with no usable Type. Kept verbatim as a {@link RawState} when unknown content is kept,
   * otherwise a problem. {@code atMember}: the first member's value is current (else the object
   * has already ended).
   */
  private static State unreadable(RecordCursor r, String kind, boolean atMember)
      throws IOException {
    ReadCursor c = r.c;
    if (c.keepUnknown) {
      String[] keys = new String[8];
      Value[] values = new Value[8];
      int n = 0;
      if (atMember) {
        keys[n] = r.name();
        values[n++] = r.value(Mapper.ValueMode.LITERAL);
      }
      while (atMember && r.next()) {
        if (n == keys.length) {
          keys = Arrays.copyOf(keys, n * 2);
          values = Arrays.copyOf(values, n * 2);
        }
        keys[n] = r.name();
        values[n++] = r.value(Mapper.ValueMode.LITERAL);
      }
      r.close();
      return new RawState(new JsonObject(OrderedMap.adopt(keys, values, n)));
    }
    Tokens t = c.t;
    if (!atMember || !r.name().equals("Type")) {
      c.problem(r.position, r.pointer, "MISSING_FIELD", "missing \"Type\"; a state needs one of "
          + Suggestions.list(STATE_TYPES));
    } else if (kind == null) {
      c.problem(t.position(), r.pointer.child("Type"), "WRONG_TYPE", "expected a state type (one"
          + " of " + Suggestions.list(STATE_TYPES) + "), found " + t.describe());
    } else {
      c.problem(t.position(), r.pointer.child("Type"), "UNKNOWN_STATE_TYPE", "unknown state type "
          + Node.quote(kind, 60) + Suggestions.suggestion(kind, STATE_TYPES, "; expected one of "
          + Suggestions.list(STATE_TYPES)));
    }
    if (atMember) {
      t.skipChildren();
      while (r.next()) {
        t.skipChildren();
      }
    }
    r.close();
    return null;
  }

  private static final class TaskReader extends StateReader<TaskState> {
    private static final Set<Shared> SHARED = Shared.in(TASK_FIELDS);
    String resource;
    JsonObject credentials;
    final OneOf<DynamicNumber> timeout = new OneOf<>();
    final OneOf<DynamicNumber> heartbeat = new OneOf<>();
    Transition next;

    TaskReader(RecordCursor r, QueryLanguage inherited) {
      super(r, "a Task state", TASK_FIELDS, SHARED, inherited);
    }

    @Override
    boolean member(String name) throws IOException {
      switch (name) {
        case "Resource":
          resource = r.resource();
          return true;
        case "Credentials":
          credentials = r.object(ValueReader.modeOf(language()));
          return true;
        case "TimeoutSeconds":
        case "TimeoutSecondsPath":
          timeout.set(r, r.dynamicNumber(), "TimeoutSeconds", "TimeoutSecondsPath");
          return true;
        case "HeartbeatSeconds":
        case "HeartbeatSecondsPath":
          heartbeat.set(r, r.dynamicNumber(), "HeartbeatSeconds", "HeartbeatSecondsPath");
          return true;
        default:
          return shared(name);
      }
    }

    @Override
    void check() {
      r.require(resource, "Resource", where,
          "the ARN of the integration, activity or function to run");
      next = requireTransition();
    }

    @Override
    TaskState make() {
      return new TaskState(opt(comment), opt(ql), resource, opt(credentials), opt(inputPath),
          opt(parameters), opt(arguments), opt(timeout.value), opt(heartbeat.value),
          opt(resultSelector), opt(resultPath), opt(outputPath), opt(output), opt(assign),
          opt(retry), opt(catchers), next, unknown());
    }
  }

  private static final class PassReader extends StateReader<PassState> {
    private static final Set<Shared> SHARED = Shared.in(PASS_FIELDS);
    Value result;
    Transition next;

    PassReader(RecordCursor r, QueryLanguage inherited) {
      super(r, "a Pass state", PASS_FIELDS, SHARED, inherited);
    }

    @Override
    boolean member(String name) throws IOException {
      if (name.equals("Result")) {
        result = r.value(Mapper.ValueMode.LITERAL);
        return true;
      }
      return shared(name);
    }

    @Override
    void check() {
      next = requireTransition();
    }

    @Override
    PassState make() {
      return new PassState(opt(comment), opt(ql), opt(inputPath), opt(parameters), opt(result),
          opt(resultPath), opt(outputPath), opt(output), opt(assign), next, unknown());
    }
  }

  private static final class ChoiceReader extends StateReader<ChoiceState> {
    private static final Set<Shared> SHARED = Shared.in(CHOICE_FIELDS);
    List<ChoiceRule> choices;
    String defaultState;

    ChoiceReader(RecordCursor r, QueryLanguage inherited) {
      super(r, "a Choice state", CHOICE_FIELDS, SHARED, inherited);
    }

    @Override
    boolean member(String name) throws IOException {
      if (name.equals("Choices")) {
        QueryLanguage lang = language();
        ReadCursor c = r.c;
        choices = c.list(r.member(), "Choice rules", ep -> RuleReaders.rule(c, ep, lang));
        return true;
      }
      if (name.equals("Default")) {
        defaultState = r.string();
        return true;
      }
      return shared(name);
    }

    @Override
    void check() {
      r.require(choices, "Choices", where, "a list of rules");
    }

    @Override
    ChoiceState make() {
      return new ChoiceState(opt(comment), opt(ql), opt(inputPath), opt(outputPath), opt(output),
          opt(assign), choices, opt(defaultState), unknown());
    }
  }

  private static final class WaitReader extends StateReader<WaitState> {
    private static final Set<Shared> SHARED = Shared.in(WAIT_FIELDS);
    final OneOf<WaitTime> time = new OneOf<>();
    Transition next;

    WaitReader(RecordCursor r, QueryLanguage inherited) {
      super(r, "a Wait state", WAIT_FIELDS, SHARED, inherited);
    }

    @Override
    boolean member(String name) throws IOException {
      WaitTime wt;
      switch (name) {
        case "Seconds":
        case "SecondsPath": {
          DynamicNumber d = r.dynamicNumber();
          wt = d == null ? null : new WaitTime.Seconds(d);
          break;
        }
        case "Timestamp": {
          DynamicString d = r.dynamicString(language());
          wt = d == null ? null : new WaitTime.Timestamp(d);
          break;
        }
        case "TimestampPath": {
          JsonPath d = r.refPath();
          wt = d == null ? null : new WaitTime.Timestamp(d);
          break;
        }
        default:
          return shared(name);
      }
      time.set(r, wt, "Seconds", "SecondsPath", "Timestamp", "TimestampPath");
      return true;
    }

    @Override
    void check() {
      if (time.key == null) {
        r.c.problem(r.position, r.pointer, "MISSING_FIELD", "a Wait state needs one of"
            + " \"Seconds\", \"SecondsPath\", \"Timestamp\" or \"TimestampPath\"");
      }
      next = requireTransition();
    }

    @Override
    WaitState make() {
      return new WaitState(opt(comment), opt(ql), opt(inputPath), time.value, opt(outputPath),
          opt(output), opt(assign), next, unknown());
    }
  }

  private static final class SucceedReader extends StateReader<SucceedState> {
    private static final Set<Shared> SHARED = Shared.in(SUCCEED_FIELDS);
    SucceedReader(RecordCursor r, QueryLanguage inherited) {
      super(r, "a Succeed state", SUCCEED_FIELDS, SHARED, inherited);
    }

    @Override
    boolean member(String name) throws IOException {
      return shared(name);
    }

    @Override
    SucceedState make() {
      return new SucceedState(opt(comment), opt(ql), opt(inputPath), opt(outputPath), opt(output),
          unknown());
    }
  }

  private static final class FailReader extends StateReader<FailState> {
    private static final Set<Shared> SHARED = Shared.in(FAIL_FIELDS);
    final OneOf<DynamicString> error = new OneOf<>();
    final OneOf<DynamicString> cause = new OneOf<>();

    FailReader(RecordCursor r, QueryLanguage inherited) {
      super(r, "a Fail state", FAIL_FIELDS, SHARED, inherited);
    }

    @Override
    boolean member(String name) throws IOException {
      switch (name) {
        case "Error":
          error.set(r, r.dynamicString(language()), "Error", "ErrorPath");
          return true;
        case "ErrorPath":
          error.set(r, r.pathOrIntrinsic(), "Error", "ErrorPath");
          return true;
        case "Cause":
          cause.set(r, r.dynamicString(language()), "Cause", "CausePath");
          return true;
        case "CausePath":
          cause.set(r, r.pathOrIntrinsic(), "Cause", "CausePath");
          return true;
        default:
          return shared(name);
      }
    }

    @Override
    FailState make() {
      return new FailState(opt(comment), opt(ql), opt(error.value), opt(cause.value), unknown());
    }
  }

  private static final class ParallelReader extends StateReader<ParallelState> {
    private static final Set<Shared> SHARED = Shared.in(PARALLEL_FIELDS);
    List<Branch> branches;
    Transition next;

    ParallelReader(RecordCursor r, QueryLanguage inherited) {
      super(r, "a Parallel state", PARALLEL_FIELDS, SHARED, inherited);
    }

    @Override
    boolean member(String name) throws IOException {
      if (name.equals("Branches")) {
        QueryLanguage lang = language();
        ReadCursor c = r.c;
        branches = c.list(r.member(), "branches", ep -> GraphReaders.branch(c, ep, lang));
        return true;
      }
      return shared(name);
    }

    @Override
    void check() {
      r.require(branches, "Branches", where,
          "a list of branches, each with \"StartAt\" and \"States\"");
      next = requireTransition();
    }

    @Override
    ParallelState make() {
      return new ParallelState(opt(comment), opt(ql), opt(inputPath), opt(parameters),
          opt(arguments), branches, opt(resultSelector), opt(resultPath), opt(outputPath),
          opt(output), opt(assign), opt(retry), opt(catchers), next, unknown());
    }
  }
}
