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
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The members several state types share, read in one place. A subclass reads its type's own
 * members first and hands the others to {@link #shared}.
 */
abstract class StateReader<T extends State> extends RecordReader<T> {

  /** The members {@link #shared} reads. */
  enum Shared {
    QUERY_LANGUAGE("QueryLanguage"), COMMENT("Comment"), INPUT_PATH("InputPath"),
    OUTPUT_PATH("OutputPath"), RESULT_PATH("ResultPath"), PARAMETERS("Parameters"),
    RESULT_SELECTOR("ResultSelector"), ARGUMENTS("Arguments"), OUTPUT("Output"),
    ASSIGN("Assign"), RETRY("Retry"), CATCH("Catch"), NEXT("Next"), END("End");

    private static final Map<String, Shared> BY_NAME = new HashMap<>();

    static {
      for (Shared s : values()) {
        BY_NAME.put(s.name, s);
      }
    }

    private final String name;

    Shared(String name) {
      this.name = name;
    }

    /** The shared members among a state type's {@code fields}. */
    static Set<Shared> in(String[] fields) {
      Set<Shared> in = EnumSet.noneOf(Shared.class);
      for (String f : fields) {
        Shared s = BY_NAME.get(f);
        if (s != null) {
          in.add(s);
        }
      }
      return in;
    }
  }

  /** The shared members this state type allows. */
  private final Set<Shared> allowed;
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

  /**
   * Starts reading a state after its Type.
   *
   * @param where the state in words, for messages: "a Task state"
   * @param fields every member the type allows, Type included
   * @param shared {@code Shared.in(fields)}, computed once per type
   */
  StateReader(RecordCursor r, String where, String[] fields, Set<Shared> shared,
      QueryLanguage inherited) {
    super(r, where, fields);
    this.allowed = shared;
    this.inherited = inherited;
  }

  /** The effective query language, noting that a later QueryLanguage would change its use. */
  final QueryLanguage language() {
    languageSensitiveRead = true;
    return ql == null ? inherited : ql;
  }

  /** Reads a member shared by several state types, if this type allows it. */
  final boolean shared(String name) throws IOException {
    Shared member = Shared.BY_NAME.get(name);
    return member != null && allowed.contains(member) && common(member);
  }

  private boolean common(Shared member) throws IOException {
    RecordCursor r = this.r;
    switch (member) {
      case QUERY_LANGUAGE:
        if (languageSensitiveRead) {
          throw Mapper.Bail.INSTANCE; // fields before it were read in the inherited language
        }
        ql = r.enumValue(QueryLanguage.class);
        return true;
      case COMMENT:
        comment = r.string();
        return true;
      case INPUT_PATH:
        inputPath = r.ioPath();
        return true;
      case OUTPUT_PATH:
        outputPath = r.ioPath();
        return true;
      case RESULT_PATH:
        resultPath = r.ioPath();
        return true;
      case PARAMETERS:
        parameters = r.value(Mapper.ValueMode.TEMPLATE);
        return true;
      case RESULT_SELECTOR:
        resultSelector = r.object(Mapper.ValueMode.TEMPLATE);
        return true;
      case ARGUMENTS:
        arguments = r.value(Mapper.ValueMode.JSONATA);
        return true;
      case OUTPUT:
        output = r.value(Mapper.ValueMode.JSONATA);
        return true;
      case ASSIGN:
        assign = r.object(ValueReader.modeOf(language()));
        return true;
      case RETRY:
        retry = r.c.list(r.member(), "retriers", ep -> RetryCatchReaders.retrier(r.c, ep));
        return true;
      case CATCH: {
        QueryLanguage lang = language();
        catchers = r.c.list(r.member(), "catchers",
            ep -> RetryCatchReaders.catcher(r.c, ep, lang));
        return true;
      }
      case NEXT: {
        String next = r.string();
        transition.set(r, next == null ? null : Transition.next(next), "Next", "End");
        return true;
      }
      case END: {
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
        throw new AssertionError(member);
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
