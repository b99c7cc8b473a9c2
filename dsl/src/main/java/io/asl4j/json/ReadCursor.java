package io.asl4j.json;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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

  /** Member names (and their positions) of the record objects being read, innermost last. */
  String[] names = new String[64];
  long[] namePositions = new long[64];
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

  /** Records a problem (located mode) or abandons the read (fast mode). */
  void problem(long position, Pointer p, String code, String message) {
    if (!located) {
      throw Mapper.Bail.INSTANCE;
    }
    problems.add(new AslReadException.Problem(code, p.toString(), Node.line(position),
        Node.column(position), message));
  }
}
