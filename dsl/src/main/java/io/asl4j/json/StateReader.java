package io.asl4j.json;

import com.fasterxml.jackson.core.JsonToken;
import io.asl4j.model.Catcher;
import io.asl4j.model.JsonObject;
import io.asl4j.model.Path;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.Retrier;
import io.asl4j.model.State;
import io.asl4j.model.Transition;
import io.asl4j.model.Value;
import java.io.IOException;
import java.util.List;

/**
 * The members several state types share, read in one place. A subclass reads its type's own
 * members first and hands the others to {@link #shared}.
 */
abstract class StateReader<T extends State> extends RecordReader<T> {
  private final String[] fields;
  private final QueryLanguage inherited;
  /** A member read so far took its meaning from the query language. */
  private boolean languageSensitiveRead;
  QueryLanguage ql;
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

  /** {@code fields}: every member the type allows, Type included. */
  StateReader(RecordCursor r, String kind, String[] fields, QueryLanguage inherited) {
    super(r, "a " + kind + " state", fields);
    this.fields = fields;
    this.inherited = inherited;
  }

  /** The effective query language, noting that a later QueryLanguage would change its use. */
  final QueryLanguage language() {
    languageSensitiveRead = true;
    return ql == null ? inherited : ql;
  }

  /** Reads a member shared by several state types, if this type allows it. */
  final boolean shared(String name) throws IOException {
    return FieldTables.isOneOf(name, fields) && common(name);
  }

  private boolean common(String name) throws IOException {
    RecordCursor r = this.r;
    switch (name) {
      case "QueryLanguage":
        if (languageSensitiveRead) {
          throw Mapper.Bail.INSTANCE; // fields before it were read in the inherited language
        }
        ql = r.enumValue(QueryLanguage.class);
        return true;
      case "Comment":
        comment = r.string();
        return true;
      case "InputPath":
        inputPath = r.ioPath();
        return true;
      case "OutputPath":
        outputPath = r.ioPath();
        return true;
      case "ResultPath":
        resultPath = r.ioPath();
        return true;
      case "Parameters":
        parameters = r.value(Mapper.ValueMode.TEMPLATE);
        return true;
      case "ResultSelector":
        resultSelector = r.object(Mapper.ValueMode.TEMPLATE);
        return true;
      case "Arguments":
        arguments = r.value(Mapper.ValueMode.JSONATA);
        return true;
      case "Output":
        output = r.value(Mapper.ValueMode.JSONATA);
        return true;
      case "Assign":
        assign = r.object(ValueReader.modeOf(language()));
        return true;
      case "Retry":
        retry = r.c.list(r.member(), "retriers", ep -> RetryCatchReaders.retrier(r.c, ep));
        return true;
      case "Catch": {
        QueryLanguage lang = language();
        catchers = r.c.list(r.member(), "catchers",
            ep -> RetryCatchReaders.catcher(r.c, ep, lang));
        return true;
      }
      case "Next": {
        String next = r.string();
        transition.set(r, next == null ? null : Transition.next(next), "Next", "End");
        return true;
      }
      case "End": {
        Transition end = null;
        Tokens t = r.c.t;
        if (t.current() == JsonToken.VALUE_TRUE) {
          end = Transition.end();
        } else if (t.current() == JsonToken.VALUE_FALSE) {
          r.c.problem(t.position(), r.member(), "INVALID_VALUE", "\"End\" can only be true; to"
              + " continue, remove it and set \"Next\"");
        } else {
          r.typeProblem("true");
        }
        transition.set(r, end, "Next", "End");
        return true;
      }
      default:
        return false;
    }
  }

  /** The transition, reporting it missing. */
  final Transition requireTransition() {
    if (transition.key == null) {
      r.c.problem(r.position, r.pointer, "MISSING_TRANSITION", where + " needs \"Next\" (the"
          + " state that follows) or \"End\": true");
    }
    return transition.value;
  }
}
