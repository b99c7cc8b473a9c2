package io.asl4j.json;

import com.fasterxml.jackson.core.JsonToken;
import io.asl4j.model.Intrinsic;
import io.asl4j.model.Jsonata;
import io.asl4j.model.Value;
import io.asl4j.syntax.InputLimits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a read stands, shared by every reader of one definition: the token source, the mode (fast
 * or located, unknown members kept or refused), the problems found so far, and the member names of
 * the record objects being read.
 *
 * <p>In fast mode a problem abandons the read ({@link Mapper.Bail}); in located mode it is
 * recorded and reading goes on, so that one {@link AslReadException} lists everything.
 */
final class ReadCursor {

  /** The token source; a state whose Type comes late is read from a replay swapped in here. */
  Tokens t;
  /** Unknown members are kept verbatim rather than reported. */
  final boolean keepUnknown;
  /** Located mode: collect every problem. Fast mode: the list stays unused and problems bail. */
  final boolean located;
  final List<AslReadException.Problem> problems = new ArrayList<>();

  /**
   * Member names (and their positions) of the record objects being read, innermost last; grown
   * when a deeply nested definition needs more.
   */
  String[] names = new String[16];
  long[] namePositions = new long[16];
  int top;

  ReadCursor(Tokens tokens, boolean keepUnknown, boolean located) {
    this.t = tokens;
    this.keepUnknown = keepUnknown;
    this.located = located;
  }

  /**
   * Enters the object at the current token as a record, or reports what was found instead.
   *
   * @param expected what the object is, for "expected ..., found ..."
   * @param preferFirst members to replay first (Type, QueryLanguage), or null
   * @return the record's cursor, or null after reporting
   */
  RecordCursor record(Pointer p, String expected, String[] preferFirst) throws IOException {
    if (t.current() != JsonToken.START_OBJECT) {
      problem(t.position(), p, "WRONG_TYPE", "expected " + expected + ", found " + t.describe());
      t.skipChildren();
      return null;
    }
    if (preferFirst != null) {
      t.preferFirst(preferFirst);
    }
    return new RecordCursor(this, p, t.position());
  }

  /** Reads an array element by element; null (after reporting) if any element fails. */
  <T> List<T> list(Pointer p, String what, Element<T> element) throws IOException {
    if (t.current() != JsonToken.START_ARRAY) {
      problem(t.position(), p, "WRONG_TYPE", "expected an array of " + what + ", found "
          + t.describe());
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
  interface Element<T> {
    T read(Pointer pointer) throws IOException;
  }

  /** Reports that the current value at {@code p} is not what was expected, and skips it. */
  void typeProblem(Pointer p, String expected) throws IOException {
    problem(t.position(), p, "WRONG_TYPE", "expected " + expected + ", found " + t.describe());
    t.skipChildren();
  }

  /**
   * Checks an expression as it enters against {@link InputLimits}: a JSONata expression too long
   * or too deep, intrinsic calls nested too deep, are reported at {@code at} (or abandon a fast
   * read), so that nothing after the reader meets them.
   *
   * @param expression a {@link Jsonata} or {@link Intrinsic} value just read
   * @param at where to report a problem: the member's name, or an array element
   * @param p the value's pointer
   * @return the expression, or null after reporting
   */
  <E extends Value> E withinLimits(E expression, long at, Pointer p) {
    Optional<String> problem;
    String code;
    if (expression instanceof Jsonata j) {
      // an expression no longer than the nesting limit cannot pass a limit: the usual case
      if (j.text().length() <= InputLimits.MAX_JSONATA_NESTING) {
        return expression;
      }
      problem = InputLimits.jsonataProblem(j.expression());
      code = "INVALID_JSONATA";
    } else {
      problem = InputLimits.intrinsicProblem(((Intrinsic) expression).text());
      code = "INTRINSIC_NESTING";
    }
    if (problem.isEmpty()) {
      return expression;
    }
    problem(at, p, code, problem.get());
    return null;
  }

  /** Records a problem (located mode) or abandons the read (fast mode). */
  void problem(long position, Pointer p, String code, String message) {
    if (!located) {
      throw Mapper.Bail.INSTANCE;
    }
    problems.add(new AslReadException.Problem(code, p.toString(), Node.line(position),
        Node.column(position), message));
  }
}
