package io.asl4j.json;

import static io.asl4j.json.FieldTables.CATCHER_FIELDS;
import static io.asl4j.json.FieldTables.RETRIER_FIELDS;

import io.asl4j.model.Catcher;
import io.asl4j.model.JitterStrategy;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonObject;
import io.asl4j.model.Path;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.Retrier;
import io.asl4j.model.Value;
import java.io.IOException;
import java.util.List;

/** Reads the error handling of Task, Parallel and Map states: retriers and catchers. */
final class RetryCatchReaders {

  private RetryCatchReaders() {}

  static Retrier retrier(ReadCursor c, Pointer p) throws IOException {
    RecordCursor r = c.record(p, "a retrier object with \"ErrorEquals\"", null);
    return r == null ? null : new RetrierReader(r).read();
  }

  /** {@code ql}: the state's query language, which decides how {@code Assign} is read. */
  static Catcher catcher(ReadCursor c, Pointer p, QueryLanguage ql) throws IOException {
    RecordCursor r = c.record(p, "a catcher object with \"ErrorEquals\" and \"Next\"", null);
    return r == null ? null : new CatcherReader(r, ql).read();
  }

  private static final class RetrierReader extends RecordReader<Retrier> {
    String comment;
    List<String> errors;
    JsonNumber interval;
    JsonNumber attempts;
    JsonNumber backoff;
    JsonNumber maxDelay;
    JitterStrategy jitter;

    RetrierReader(RecordCursor r) {
      super(r, "a retrier", RETRIER_FIELDS);
    }

    @Override
    boolean member(String name) throws IOException {
      switch (name) {
        case "Comment":
          comment = r.string();
          return true;
        case "ErrorEquals":
          errors = r.strings();
          return true;
        case "IntervalSeconds":
          interval = r.number();
          return true;
        case "MaxAttempts":
          attempts = r.number();
          return true;
        case "BackoffRate":
          backoff = r.number();
          return true;
        case "MaxDelaySeconds":
          maxDelay = r.number();
          return true;
        case "JitterStrategy":
          jitter = r.enumValue(JitterStrategy.class);
          return true;
        default:
          return false;
      }
    }

    @Override
    void check() {
      r.require(errors, "ErrorEquals", where, "the list of error names it retries");
    }

    @Override
    Retrier make() {
      return new Retrier(opt(comment), errors, opt(interval), opt(attempts), opt(backoff),
          opt(maxDelay), opt(jitter), unknown());
    }
  }

  private static final class CatcherReader extends RecordReader<Catcher> {
    private final QueryLanguage ql;
    String comment;
    List<String> errors;
    Path resultPath;
    Value output;
    JsonObject assign;
    String next;

    CatcherReader(RecordCursor r, QueryLanguage ql) {
      super(r, "a catcher", CATCHER_FIELDS);
      this.ql = ql;
    }

    @Override
    boolean member(String name) throws IOException {
      switch (name) {
        case "Comment":
          comment = r.string();
          return true;
        case "ErrorEquals":
          errors = r.strings();
          return true;
        case "ResultPath":
          resultPath = r.ioPath();
          return true;
        case "Output":
          output = r.value(Mapper.ValueMode.JSONATA);
          return true;
        case "Assign":
          assign = r.object(ValueReader.modeOf(ql));
          return true;
        case "Next":
          next = r.string();
          return true;
        default:
          return false;
      }
    }

    @Override
    void check() {
      r.require(errors, "ErrorEquals", where, "the list of error names it catches");
      r.require(next, "Next", where, "the state to go to when it catches an error");
    }

    @Override
    Catcher make() {
      return new Catcher(opt(comment), errors, opt(resultPath), opt(output), opt(assign), next,
          unknown());
    }
  }
}
