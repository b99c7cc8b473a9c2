package io.asl4j.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * The limits on what asl4j reads: one table, asked by the JSON reader, the validator, the command
 * line and the local executor, so that an input gets the same answer from all of them.
 *
 * <p>Each limit lies far above what a real definition needs (Step Functions itself takes at most
 * 1 MiB) and low enough that no input runs asl4j out of stack, memory or time. Input past a limit
 * is refused where it enters, with its position: the reader throws an {@code AslReadException},
 * the validator reports a diagnostic, the command line says {@code FILE:LINE:COL: message}. Code
 * that recurses over what it reads is safe because of these bounds, or does not recurse.
 *
 * <table>
 *   <caption>The limits</caption>
 *   <tr><th>limit</th><th>value</th><th>past it</th></tr>
 *   <tr><td>{@link #MAX_INPUT_BYTES}</td><td>32 MiB</td><td>{@code INVALID_JSON}; the command
 *       line stops reading and exits 2</td></tr>
 *   <tr><td>{@link #MAX_JSON_NESTING}</td><td>256 levels</td><td>{@code INVALID_JSON}</td></tr>
 *   <tr><td>{@link #MAX_STRING_LENGTH}</td><td>1,048,576 characters</td><td>
 *       {@code INVALID_JSON}</td></tr>
 *   <tr><td>{@link #MAX_NUMBER_LENGTH}</td><td>1,000 characters</td><td>{@code INVALID_JSON}</td>
 *       </tr>
 *   <tr><td>{@link #MAX_JSONATA_LENGTH}</td><td>32,768 characters</td><td>
 *       {@code INVALID_JSONATA}</td></tr>
 *   <tr><td>{@link #MAX_JSONATA_NESTING}</td><td>100 levels</td><td>{@code INVALID_JSONATA}</td>
 *       </tr>
 *   <tr><td>{@link #MAX_INTRINSIC_NESTING}</td><td>100 calls</td><td>
 *       {@code INTRINSIC_NESTING}</td></tr>
 * </table>
 */
public final class InputLimits {

  /**
   * The largest input read, in bytes: 32 MiB, 32 times the largest definition Step Functions
   * accepts, so that a definition over AWS's limit can still be read and told so, and a
   * generated 100,000-state workflow (19 MB, the benchmarks' largest) still reads. Read in
   * chunks, a longer stream (an endless one, {@code /dev/zero}) is refused once it passes this
   * size, having cost at most twice this much memory.
   */
  public static final int MAX_INPUT_BYTES = 32 * 1024 * 1024;

  /**
   * The deepest nesting of JSON objects and arrays: 256 levels, ten times what real definitions
   * use. Not more, because the reader is not the only code that walks a model that deep: its
   * records compare, hash and print themselves recursively (the methods Java generates for
   * records, a few frames per level), and on a 1 MiB stack, before the JIT has compiled them,
   * equality gives out at about 300 levels of {@code Not} rules, or 150 nested Parallel states
   * (600 levels of JSON).
   */
  public static final int MAX_JSON_NESTING = 256;

  /**
   * The longest JSON string, member names included: 1,048,576 characters (a whole definition on
   * AWS is at most 1 MiB).
   */
  public static final int MAX_STRING_LENGTH = 1024 * 1024;

  /** The longest JSON number, in characters: 1,000. Numbers are kept exactly as written. */
  public static final int MAX_NUMBER_LENGTH = 1000;

  /**
   * The longest JSONata expression, in characters between its {@code {%} and {@code %}}: 32,768.
   * The JSONata parser's time grows with the square of an expression's length.
   */
  public static final int MAX_JSONATA_LENGTH = 32 * 1024;

  /**
   * The deepest nesting of a JSONata expression: 100 levels, counted down the deepest branch of
   * the tree the parser builds. A bracket (a group, an array or object, a call, a filter, a
   * group-by) is a level; an operator (a path step {@code .}, {@code &}, a prefix minus,
   * {@code :=}, ...) or a comment half of one. Operands side by side do not add up:
   * {@code $a.b & $c.d} is one level, a chain {@code a & b & c} half a level per operator. So 100
   * nested parentheses or 200 operators in a row are each the most one expression may hold.
   */
  public static final int MAX_JSONATA_NESTING = 100;

  /**
   * The deepest nesting of intrinsic function calls: 100 ({@link IntrinsicParser} refuses deeper
   * ones). Step Functions allows {@value IntrinsicParser#STEP_FUNCTIONS_NESTING}, which is the
   * validator's rule; this bound only keeps hostile text from exhausting the stack.
   */
  public static final int MAX_INTRINSIC_NESTING = 100;

  /** The size of one read from a stream: large enough to be fast, small enough to waste little. */
  private static final int CHUNK = 64 * 1024;

  private InputLimits() {}

  /**
   * Reads a stream to its end, in chunks, stopping one byte past {@link #MAX_INPUT_BYTES}: an
   * endless stream costs at most that much memory and the time to read it.
   *
   * @param in the stream; not closed
   * @return every byte of the stream, or its first {@code MAX_INPUT_BYTES + 1} bytes when it is
   *     longer (which {@link #tooLarge(byte[])} tells)
   * @throws IOException if reading fails
   */
  public static byte[] read(InputStream in) throws IOException {
    byte[] buffer = new byte[CHUNK];
    int n = 0;
    while (n <= MAX_INPUT_BYTES) {
      if (n == buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, MAX_INPUT_BYTES + 1));
      }
      int read = in.read(buffer, n, buffer.length - n);
      if (read < 0) {
        break;
      }
      n += read;
    }
    return n == buffer.length ? buffer : Arrays.copyOf(buffer, n);
  }

  /**
   * Reads a file the way {@link #read(InputStream)} reads a stream: a file (or a device such as
   * {@code /dev/zero}) longer than {@link #MAX_INPUT_BYTES} costs at most that much memory.
   *
   * @param file the file
   * @return its bytes, or its first {@code MAX_INPUT_BYTES + 1} bytes when it is longer
   * @throws IOException if reading fails
   */
  public static byte[] read(java.nio.file.Path file) throws IOException {
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Tells whether an input is over {@link #MAX_INPUT_BYTES}.
   *
   * @param input the bytes read
   * @return {@code true} when there are more than {@code MAX_INPUT_BYTES}
   */
  public static boolean tooLarge(byte[] input) {
    return input.length > MAX_INPUT_BYTES;
  }

  /**
   * The message for an input over {@link #MAX_INPUT_BYTES}, reported at its first byte past the
   * limit.
   *
   * @return {@code the input is larger than 32 MiB (33554432 bytes), the most asl4j reads; ...}
   */
  public static String inputTooLarge() {
    return "the input is larger than " + (MAX_INPUT_BYTES >> 20) + " MiB (" + MAX_INPUT_BYTES
        + " bytes), the most asl4j reads; Step Functions itself takes definitions of at most"
        + " 1 MiB";
  }

  /**
   * Why a JSONata expression is past a limit: longer than {@link #MAX_JSONATA_LENGTH} or nested
   * deeper than {@link #MAX_JSONATA_NESTING}.
   *
   * @param expression the expression, without its {@code {%} and {@code %}} delimiters
   * @return the message, or empty when the expression is within the limits
   */
  public static Optional<String> jsonataProblem(String expression) {
    if (expression.length() > MAX_JSONATA_LENGTH) {
      return Optional.of("the JSONata expression is " + expression.length() + " characters long;"
          + " asl4j reads expressions of at most " + MAX_JSONATA_LENGTH + " characters");
    }
    // a character adds at most a level (an opening bracket): a short one cannot be too deep
    if (expression.length() > MAX_JSONATA_NESTING
        && JsonataNesting.of(expression) > 2 * MAX_JSONATA_NESTING) {
      return Optional.of(jsonataTooDeep());
    }
    return Optional.empty();
  }

  /**
   * The message for a JSONata expression nested past {@link #MAX_JSONATA_NESTING}.
   *
   * @return {@code the JSONata expression nests more than 100 levels deep; ...}
   */
  public static String jsonataTooDeep() {
    return "the JSONata expression nests more than " + MAX_JSONATA_NESTING + " levels deep; asl4j"
        + " reads at most " + MAX_JSONATA_NESTING + " (a bracket or call is a level, an operator"
        + " half of one), so that no expression exhausts the stack";
  }

  /**
   * Why an intrinsic function call nests past {@link #MAX_INTRINSIC_NESTING}.
   *
   * @param text the call as written, e.g. {@code States.Format('{}', $.x)}
   * @return the message, or empty when the nesting is within the limit (syntax is not checked)
   */
  public static Optional<String> intrinsicProblem(String text) {
    if (!mayNestDeeper(text)) {
      return Optional.empty();
    }
    try {
      IntrinsicParser.parse(text);
    } catch (IntrinsicSyntaxException e) {
      if (e.tooDeep()) {
        return Optional.of(intrinsicTooDeep());
      }
    }
    return Optional.empty();
  }

  /**
   * The message for intrinsic calls nested past {@link #MAX_INTRINSIC_NESTING}.
   *
   * @return {@code nests more than 100 intrinsic calls; at most 10 are allowed in one field}
   */
  public static String intrinsicTooDeep() {
    return "nests more than " + MAX_INTRINSIC_NESTING + " intrinsic calls; at most "
        + IntrinsicParser.STEP_FUNCTIONS_NESTING + " are allowed in one field";
  }

  /** Whether a text holds more calls than the limit: only then can they nest deeper. */
  private static boolean mayNestDeeper(String text) {
    if (text.length() <= "States.".length() * MAX_INTRINSIC_NESTING) {
      return false;
    }
    int calls = 0;
    for (int i = text.indexOf("States."); i >= 0; i = text.indexOf("States.", i + 7)) {
      if (++calls > MAX_INTRINSIC_NESTING) {
        return true;
      }
    }
    return false;
  }
}
