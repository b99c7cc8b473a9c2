package io.asl4j.json;

import io.asl4j.Workflow;
import io.asl4j.model.Value;
import java.io.IOException;
import java.util.Comparator;

/**
 * Maps JSON tokens onto the model: the entry points of the readers that know the shape of ASL.
 *
 * <p>It runs in one of two modes over a {@link Tokens} source. <em>Fast</em>: straight from
 * Jackson's parser, no positions, giving up ({@link Bail}) at the first problem or at a
 * {@code QueryLanguage} declared after fields whose meaning it decides. <em>Located</em>: over a
 * replayed tree with every position, records' {@code Type} and {@code QueryLanguage} replayed
 * first, and every problem collected — a bad field is recorded and skipped, the enclosing record
 * dropped, and reading goes on, so one {@link AslReadException} lists everything. {@link AslReader}
 * tries the first and falls back to the second.
 *
 * <p>The work is shared out by job: {@link ReadCursor} (where the read stands, the problems),
 * {@link RecordCursor} (one object's members, typed), {@link RecordReader} (the pattern every
 * record is read by), {@link GraphReaders}, {@link StateReaders}, {@link MapReaders},
 * {@link RetryCatchReaders}, {@link RuleReaders} (the records of ASL), {@link ValueReader}
 * (payloads and constants), {@link FieldTables} and {@link Suggestions} (the names and the
 * "did you mean" in messages).
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

  private Mapper() {}

  /**
   * Reads a definition from Jackson's parser.
   *
   * @throws Bail at the first problem or unusual shape; the caller then reads it located
   * @throws IOException on malformed JSON (likewise)
   */
  static Workflow fast(Tokens.Stream tokens, boolean keepUnknown) throws IOException {
    ReadCursor c = new ReadCursor(tokens, keepUnknown, false);
    if (tokens.next() == null) {
      throw Bail.INSTANCE;
    }
    Workflow w = GraphReaders.workflow(c);
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
    ReadCursor c = new ReadCursor(new Tokens.Replay(root), false, true);
    Value v;
    try {
      c.t.next();
      v = ValueReader.value(c, Pointer.ROOT, mode);
    } catch (IOException e) {
      throw new IllegalStateException(e); // a replay does no I/O
    }
    if (!c.problems.isEmpty()) {
      throw new AslReadException(c.problems);
    }
    return v;
  }

  /**
   * Reads a parsed tree, collecting every problem.
   *
   * @throws AslReadException listing every problem, in document order
   */
  static Workflow located(Node root, boolean keepUnknown) {
    ReadCursor c = new ReadCursor(new Tokens.Replay(root), keepUnknown, true);
    Workflow w;
    try {
      c.t.next();
      w = GraphReaders.workflow(c);
    } catch (IOException e) {
      throw new IllegalStateException(e); // a replay does no I/O
    }
    if (!c.problems.isEmpty()) {
      c.problems.sort(Comparator.comparingInt(AslReadException.Problem::line)
          .thenComparingInt(AslReadException.Problem::column));
      throw new AslReadException(c.problems);
    }
    return w;
  }
}
