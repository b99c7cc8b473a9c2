package io.asl4j.json;

import static io.asl4j.json.FieldTables.BRANCH_FIELDS;
import static io.asl4j.json.FieldTables.LANGUAGE_FIRST;
import static io.asl4j.json.FieldTables.PROCESSOR_FIELDS;
import static io.asl4j.json.FieldTables.TOP_FIELDS;

import com.fasterxml.jackson.core.JsonToken;
import io.asl4j.Workflow;
import io.asl4j.internal.OrderedMap;
import io.asl4j.model.Branch;
import io.asl4j.model.ItemProcessor;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.ProcessorConfig;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.State;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;

/**
 * Reads the three state graphs of ASL — the definition itself, a Parallel branch and a Map's item
 * processor — which share {@code StartAt}, {@code States} and a query language their states
 * inherit.
 */
final class GraphReaders {

  private GraphReaders() {}

  /** Reads the definition at the current token. */
  static Workflow workflow(ReadCursor c) throws IOException {
    Pointer p = c.located ? Pointer.ROOT : Pointer.UNTRACKED;
    Tokens t = c.t;
    if (t.current() != JsonToken.START_OBJECT) {
      c.problem(t.position(), p, "WRONG_TYPE", "a definition is a JSON object with \"StartAt\""
          + " and \"States\", found " + t.describe());
      t.skipChildren();
      return null;
    }
    t.preferFirst(LANGUAGE_FIRST);
    return new WorkflowReader(new RecordCursor(c, p, t.position())).read();
  }

  static Branch branch(ReadCursor c, Pointer p, QueryLanguage inherited) throws IOException {
    RecordCursor r = c.record(p, "a branch with \"StartAt\" and \"States\"", LANGUAGE_FIRST);
    return r == null ? null : new BranchReader(r, inherited).read();
  }

  /** A Map state's {@code ItemProcessor}, or its legacy spelling {@code Iterator}. */
  static ItemProcessor processor(ReadCursor c, Pointer p, String field, QueryLanguage inherited)
      throws IOException {
    RecordCursor r = c.record(p, "an item processor with \"StartAt\" and \"States\"",
        LANGUAGE_FIRST);
    return r == null ? null : new ProcessorReader(r, field, inherited).read();
  }

  /** Reads an object of states by name, each in the query language {@code ql} unless it says. */
  static Map<String, State> states(ReadCursor c, Pointer p, QueryLanguage ql) throws IOException {
    Tokens t = c.t;
    if (t.current() != JsonToken.START_OBJECT) {
      c.problem(t.position(), p, "WRONG_TYPE", "expected an object of states by name, found "
          + t.describe());
      t.skipChildren();
      return null;
    }
    int before = c.problems.size();
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
      states[n++] = StateReaders.state(c, p.child(name), ql);
    }
    if (c.problems.size() > before) {
      return null;
    }
    // a repeated state name throws here, and the located parser reports it as a duplicate key
    return OrderedMap.adopt(stateNames, states, n);
  }

  /** The members every graph has: Comment, QueryLanguage, StartAt, States. */
  private abstract static class GraphReader<T> extends RecordReader<T> {
    private final QueryLanguage inherited;
    private final String firstState;
    String comment;
    QueryLanguage ql;
    String startAt;
    Map<String, State> states;

    /** {@code firstState}: what StartAt names, for "missing" messages. */
    GraphReader(RecordCursor r, String where, String[] allowed, QueryLanguage inherited,
        String firstState) {
      super(r, where, allowed);
      this.inherited = inherited;
      this.firstState = firstState;
    }

    @Override
    boolean member(String name) throws IOException {
      switch (name) {
        case "Comment":
          comment = r.string();
          return true;
        case "QueryLanguage":
          if (r.has("States")) {
            throw Mapper.Bail.INSTANCE; // the states were read with the wrong inherited language
          }
          ql = r.enumValue(QueryLanguage.class);
          return true;
        case "StartAt":
          startAt = r.string();
          return true;
        case "States":
          states = states(r.c, r.member(), ql == null ? inherited : ql);
          return true;
        default:
          return false;
      }
    }

    @Override
    void check() {
      r.require(startAt, "StartAt", where, firstState);
      r.require(states, "States", where, "an object of states by name");
    }
  }

  private static final class WorkflowReader extends GraphReader<Workflow> {
    String version;
    JsonNumber timeout;

    WorkflowReader(RecordCursor r) {
      super(r, "the top level of a definition", TOP_FIELDS, QueryLanguage.JSONPATH,
          "the name of the first state");
    }

    @Override
    boolean member(String name) throws IOException {
      switch (name) {
        case "Version":
          version = r.string();
          return true;
        case "TimeoutSeconds":
          timeout = r.number();
          return true;
        default:
          return super.member(name);
      }
    }

    @Override
    Workflow make() {
      return new Workflow(opt(comment), opt(ql), opt(version), opt(timeout), startAt, states,
          unknown());
    }
  }

  private static final class BranchReader extends GraphReader<Branch> {
    BranchReader(RecordCursor r, QueryLanguage inherited) {
      super(r, "a Parallel branch", BRANCH_FIELDS, inherited,
          "the name of the branch's first state");
    }

    @Override
    Branch make() {
      return new Branch(opt(comment), opt(ql), startAt, states, unknown());
    }
  }

  private static final class ProcessorReader extends GraphReader<ItemProcessor> {
    ProcessorConfig config;

    ProcessorReader(RecordCursor r, String field, QueryLanguage inherited) {
      super(r, "a Map state's " + field, PROCESSOR_FIELDS, inherited,
          "the name of the first state run for each item");
    }

    @Override
    boolean member(String name) throws IOException {
      if (name.equals("ProcessorConfig")) {
        config = MapReaders.processorConfig(r.c, r.member());
        return true;
      }
      return super.member(name);
    }

    @Override
    ItemProcessor make() {
      return new ItemProcessor(opt(comment), opt(ql), opt(config), startAt, states, unknown());
    }
  }
}
