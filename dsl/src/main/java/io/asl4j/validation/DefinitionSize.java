package io.asl4j.validation;

import static io.asl4j.validation.DiagnosticCode.DEFINITION_TOO_LARGE;

import io.asl4j.Workflow;
import io.asl4j.json.AslWriter;
import java.io.IOException;

/**
 * The size rule: Step Functions accepts a definition of at most 1 MiB, measured on the source text
 * when there is one, otherwise on the model written compactly (counted without keeping the text).
 */
final class DefinitionSize {

  static final int MAX_DEFINITION = 1_048_576;

  private DefinitionSize() {}

  /** Reports a definition over the limit. */
  static void check(ValidationRun run, Workflow w) {
    long size = run.sourceBytes >= 0 ? run.sourceBytes : compactSize(w);
    if (size < 0) {
      run.report(DEFINITION_TOO_LARGE, "", "the definition is over " + -size + " bytes written"
          + " compactly; Step Functions accepts at most " + MAX_DEFINITION + " (1 MiB)");
    } else if (size > MAX_DEFINITION) {
      run.report(DEFINITION_TOO_LARGE, "", "the definition is " + size + " bytes; Step Functions"
          + " accepts at most " + MAX_DEFINITION + " (1 MiB)");
    }
  }

  /**
   * The UTF-8 size of the workflow written compactly, or minus a lower bound once it is known to be
   * over the limit.
   */
  static long compactSize(Workflow w) {
    long[] n = {0};
    Appendable counter = new Appendable() {
      @Override
      public Appendable append(CharSequence csq) throws IOException {
        return append(csq, 0, csq.length());
      }

      @Override
      public Appendable append(CharSequence csq, int start, int end) throws IOException {
        for (int i = start; i < end; i++) {
          append(csq.charAt(i));
        }
        return this;
      }

      @Override
      public Appendable append(char c) throws IOException {
        n[0] += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        if (n[0] > MAX_DEFINITION && (n[0] & 0xFFF) == 0) {
          throw TooLarge.INSTANCE; // enough to know it is too large; report at least this much
        }
        return this;
      }
    };
    try {
      AslWriter.compact().write(w, counter);
    } catch (TooLarge stop) {
      return -n[0]; // a lower bound
    } catch (IOException impossible) {
      throw new IllegalStateException(impossible);
    }
    return n[0];
  }

  /**
   * The size of a source text as the size rule needs it: its UTF-8 length, or merely its length
   * when even three bytes per character would be within the limit (then no rule reads the exact
   * figure, and nearly every definition is that small).
   */
  static long sourceSize(String s) {
    return (long) s.length() * 3 <= MAX_DEFINITION ? s.length() : utf8Length(s);
  }

  /** The UTF-8 size of a text. */
  static long utf8Length(String s) {
    long n = s.length();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        n += c < 0x800 ? 1 : Character.isSurrogate(c) ? 1 : 2; // a surrogate pair is 4 bytes
      }
    }
    return n;
  }

  /** Stops measuring a definition once it is known to be over the limit. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
    static final TooLarge INSTANCE = new TooLarge();

    private TooLarge() {
      super(null, null);
      setStackTrace(new StackTraceElement[0]);
    }
  }
}
