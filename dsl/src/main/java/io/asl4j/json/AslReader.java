package io.asl4j.json;

import com.fasterxml.jackson.core.JsonParser;
import io.asl4j.Workflow;
import io.asl4j.syntax.InputLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads ASL JSON into a {@link Workflow}.
 *
 * <p>Strict JSON (RFC 8259): no comments, no trailing commas, no duplicate keys (a silent override
 * would lose data). A UTF-8 byte order mark is accepted. The size of the input, the nesting of
 * JSON, JSONata and intrinsic calls, and the lengths of strings, numbers and JSONata expressions
 * are bounded by {@link io.asl4j.syntax.InputLimits}, so hostile input fails with a located
 * message instead of a {@link StackOverflowError} or an {@link OutOfMemoryError}. Numbers are kept
 * exactly as written.
 *
 * <p>Every problem in a definition is collected and thrown as one {@link AslReadException}, the only
 * exception this reader throws for bad input; each problem names the JSON pointer, line and column,
 * what was found and what was expected. Unknown fields are problems too, unless the reader is made
 * with {@link #keepUnknownFields(boolean) keepUnknownFields(true)}: then they are kept verbatim and
 * written back unchanged, so a newer ASL feature never blocks a user.
 *
 * <p>Immutable and thread-safe.
 */
public final class AslReader {

  private static final AslReader STRICT = new AslReader(false);
  private static final AslReader LENIENT = new AslReader(true);

  private final boolean keepUnknownFields;

  private AslReader(boolean keepUnknownFields) {
    this.keepUnknownFields = keepUnknownFields;
  }

  /**
   * Returns a reader that rejects unknown fields and state types.
   *
   * @return the strict reader
   */
  public static AslReader create() {
    return STRICT;
  }

  /**
   * Returns a reader that keeps unknown fields (and {@code States} entries of unknown type) verbatim
   * instead of rejecting them.
   *
   * @param keep {@code true} to keep unknown content, {@code false} to reject it
   * @return a reader with that setting
   */
  public AslReader keepUnknownFields(boolean keep) {
    return keep ? LENIENT : STRICT;
  }

  /**
   * Tells whether this reader keeps unknown fields.
   *
   * @return {@code true} if unknown content is kept verbatim
   */
  public boolean keepsUnknownFields() {
    return keepUnknownFields;
  }

  /**
   * Reads a definition from text.
   *
   * @param json the ASL JSON
   * @return the workflow
   * @throws AslReadException if the text is not a readable definition
   */
  public Workflow read(String json) {
    Workflow w = readFast(json);
    return w != null ? w : readLocated(json);
  }

  /**
   * The fast path's workflow, or null when it gives up: then the located path finds the
   * problems, if any.
   *
   * @throws AslReadException if the text is too large
   */
  private Workflow readFast(String json) {
    checkSize(json);
    int start = !json.isEmpty() && json.charAt(0) == '\uFEFF' ? 1 : 0;
    // from the String itself: Jackson copies a short text into a recycled buffer, no char[] per read
    try (JsonParser p = TreeParser.FAST_FACTORY.createParser(
        start == 0 ? json : json.substring(start))) {
      return Mapper.fast(new Tokens.Stream(p), keepUnknownFields);
    } catch (Mapper.Bail | IOException | IllegalArgumentException fastPathGaveUp) {
      return null;
    }
  }

  /**
   * What {@link #recover(String)} could read: the problems of the text as it is, and a model of
   * the text with the offending members left out, when leaving them out made it readable.
   *
   * @param problems every problem of the text as written (empty when it reads)
   * @param workflow the model, possibly of a repaired copy; empty when the text could not be
   *     repaired
   */
  public record Recovered(List<AslReadException.Problem> problems, Optional<Workflow> workflow) {

    /**
     * Creates a result.
     *
     * @param problems the problems
     * @param workflow the model, if any
     */
    public Recovered {
      problems = List.copyOf(problems);
      Objects.requireNonNull(workflow, "workflow");
    }
  }

  /**
   * Reads as much of a definition as can be read, for tools that report every problem at once (the
   * validator). When the text does not read, the members the problems point at are left out (a
   * state missing its transition is taken as ending) and the copy is read again, a few times at
   * most, so that the rules over the model can still be checked. Bad input never throws: text
   * that is not JSON, or has a duplicate key, gives its problems and no model.
   *
   * @param json the ASL JSON
   * @return the problems, and the model when one could be read
   */
  public Recovered recover(String json) {
    Node parsed = null;
    try {
      Workflow w = readFast(json);
      if (w == null) {
        parsed = TreeParser.parse(json);
        w = Mapper.located(parsed, keepUnknownFields);
      }
      return new Recovered(List.of(), Optional.of(w));
    } catch (AslReadException e) {
      List<AslReadException.Problem> problems = e.problems();
      if (problems.get(0).code().equals("INVALID_JSON")
          || problems.get(0).code().equals("DUPLICATE_KEY")) {
        return new Recovered(problems, Optional.empty()); // no tree to repair
      }
      // reading leaves the tree as parsed, so it is repaired rather than parsed again
      Node root = parsed != null ? parsed : TreeParser.parse(json);
      List<AslReadException.Problem> current = problems;
      for (int round = 0; round < 4; round++) {
        for (AslReadException.Problem p : current) {
          if (!repair(root, p)) {
            return new Recovered(problems, Optional.empty());
          }
        }
        try {
          return new Recovered(problems, Optional.of(Mapper.located(root, true)));
        } catch (AslReadException again) {
          current = again.problems();
        }
      }
      return new Recovered(problems, Optional.empty());
    }
  }

  /** Leaves out the member a problem points at, or ends a state that lacks a transition. */
  private static boolean repair(Node root, AslReadException.Problem p) {
    String pointer = p.pointer();
    if (pointer.isEmpty() || pointer.contains("/...(")) {
      return false;
    }
    Node parent = root;
    String[] segments = pointer.substring(1).split("/", -1);
    for (int i = 0; i < segments.length - 1; i++) {
      parent = child(parent, segments[i]);
      if (parent == null) {
        return false;
      }
    }
    String last = segments[segments.length - 1].replace("~1", "/").replace("~0", "~");
    switch (p.code()) {
      case "MISSING_TRANSITION" -> {
        Node state = child(parent, segments[segments.length - 1]);
        if (state == null || state.kind != Node.OBJECT || state.indexOf("End") >= 0) {
          return false;
        }
        state.addMember("End", state.position, new Node(Node.TRUE, state.position, null));
        return true;
      }
      case "MISSING_FIELD" -> {
        // a Wait without its time or a Task without its Resource (say, left out above for a
        // wrong type) gets a neutral one, so the rules over the rest still run
        Node state = child(parent, segments[segments.length - 1]);
        int type = state == null || state.kind != Node.OBJECT ? -1 : state.indexOf("Type");
        String kind = type < 0 ? "" : String.valueOf(state.children[type].text);
        if (kind.equals("Wait")) {
          state.addMember("Seconds", state.position, new Node(Node.NUMBER, state.position, "0"));
          return true;
        } else if (kind.equals("Task") && state.indexOf("Resource") < 0) {
          state.addMember("Resource", state.position,
              new Node(Node.STRING, state.position, "${Resource}"));
          return true;
        }
        return false;
      }
      case "UNKNOWN_FIELD", "FIELD_NOT_ALLOWED", "WRONG_TYPE", "INVALID_VALUE",
          "INVALID_PAYLOAD_TEMPLATE", "DUPLICATE_KEY", "MUTUALLY_EXCLUSIVE",
          "INVALID_CHOICE_RULE", "INVALID_JSONATA", "INTRINSIC_NESTING" -> {
        if (parent.kind != Node.OBJECT) {
          return false; // leaving out an array element would shift its siblings
        }
        int k = parent.indexOf(last);
        if (k < 0) {
          return false;
        }
        parent.removeAt(k);
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  private static Node child(Node node, String segment) {
    String name = segment.replace("~1", "/").replace("~0", "~");
    if (node.kind == Node.OBJECT) {
      int k = node.indexOf(name);
      return k < 0 ? null : node.children[k];
    }
    if (node.kind == Node.ARRAY && name.matches("\\d{1,9}") && Integer.parseInt(name) < node.size) {
      return node.children[Integer.parseInt(name)];
    }
    return null;
  }

  /**
   * Reads through a tree with every position recorded, collecting every problem with its exact
   * line and column. The fast path falls back to this, so only unusual or bad input pays for it.
   */
  private Workflow readLocated(String json) {
    return Mapper.located(TreeParser.parse(json), keepUnknownFields);
  }

  /**
   * Reads a definition from UTF-8 bytes (a byte order mark is accepted).
   *
   * @param utf8 the ASL JSON, UTF-8 encoded
   * @return the workflow
   * @throws AslReadException if the bytes are not valid UTF-8 or not a readable definition
   */
  public Workflow read(byte[] utf8) {
    checkSize(utf8);
    // Jackson's byte parser decodes UTF-8 itself, with no copy of the input as text, but
    // leniently: only well-formed bytes go that way, the rest to the strict decoder's located error
    if (isPlainUtf8Start(utf8) && Utf8.isWellFormed(utf8)) {
      try (JsonParser p = TreeParser.FAST_FACTORY.createParser(utf8)) {
        return Mapper.fast(new Tokens.Stream(p), keepUnknownFields);
      } catch (Mapper.Bail | IOException | IllegalArgumentException fastPathGaveUp) {
        // the located read finds and reports the problems, counting columns in characters
      }
    }
    return readLocated(decode(utf8));
  }

  /**
   * Rules out byte order marks and zero bytes of UTF-16 or UTF-32, which Jackson would otherwise
   * detect and decode: a definition must be UTF-8, so those go to the strict path and are reported.
   */
  private static boolean isPlainUtf8Start(byte[] b) {
    if (b.length > 0 && ((b[0] & 0xff) == 0xFE || (b[0] & 0xff) == 0xFF)) {
      return false;
    }
    for (int i = 0; i < Math.min(4, b.length); i++) {
      if (b[i] == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads a definition file (UTF-8), in chunks: a file (or device) longer than
   * {@link InputLimits#MAX_INPUT_BYTES} is refused once that much is read.
   *
   * @param file the file
   * @return the workflow
   * @throws IOException if the file cannot be read
   * @throws AslReadException if its content is not a readable definition
   */
  public Workflow read(java.nio.file.Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(readBytes(in));
    }
  }

  /**
   * Reads a definition from a stream (UTF-8) to its end, in chunks: a stream longer than
   * {@link InputLimits#MAX_INPUT_BYTES} (an endless one) is refused once that much is read.
   *
   * @param in the stream; not closed
   * @return the workflow
   * @throws IOException if reading fails
   * @throws AslReadException if its content is not a readable definition
   */
  public Workflow read(InputStream in) throws IOException {
    return read(readBytes(in));
  }

  /**
   * Reads a definition's bytes from a stream to its end, in chunks, without reading it: for tools
   * that need the bytes themselves (to compare, to validate). Memory and time stay bounded
   * whatever the stream: past {@link InputLimits#MAX_INPUT_BYTES}, it stops.
   *
   * @param in the stream; not closed
   * @return the bytes
   * @throws IOException if reading fails
   * @throws AslReadException ({@code INVALID_JSON}) at the character of the first byte past the
   *     limit, when the stream is longer: {@code the input is larger than 32 MiB (33554432
   *     bytes), ...}
   */
  public static byte[] readBytes(InputStream in) throws IOException {
    byte[] bytes = InputLimits.read(in);
    checkSize(bytes);
    return bytes;
  }

  /** Refuses bytes past the input limit, at the character its first byte past it belongs to. */
  private static void checkSize(byte[] utf8) {
    if (InputLimits.tooLarge(utf8)) {
      int offset = InputLimits.MAX_INPUT_BYTES;
      while (InputLimits.MAX_INPUT_BYTES - offset < 3 && (utf8[offset] & 0xC0) == 0x80) {
        offset--; // a continuation byte: the character starts before it
      }
      int[] at = position(utf8, offset);
      throw tooLarge(at[0], at[1]);
    }
  }

  /** Refuses text whose UTF-8 form is past the input limit, at its first character past it. */
  private static void checkSize(String json) {
    if (json.length() <= InputLimits.MAX_INPUT_BYTES / 3) {
      return; // at most three bytes per char, even for surrogate pairs (two chars, four bytes)
    }
    long bytes = 0;
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
      if (bytes > InputLimits.MAX_INPUT_BYTES) {
        throw tooLarge(line, i - lineStart + 1);
      }
      if (c == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
  }

  private static AslReadException tooLarge(int line, int column) {
    return new AslReadException(List.of(new AslReadException.Problem("INVALID_JSON", "", line,
        column, InputLimits.inputTooLarge())));
  }

  /**
   * The line and column of a byte offset in UTF-8 text whose bytes before it are valid: columns
   * count UTF-16 code units, as editors do (a character beyond U+FFFF counts two).
   */
  private static int[] position(byte[] utf8, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset; i++) {
      int b = utf8[i] & 0xff;
      if (b == '\n') {
        line++;
        column = 1;
      } else if ((b & 0xC0) != 0x80) {
        column += b >= 0xF0 ? 2 : 1; // a continuation byte adds nothing; four bytes are two units
      }
    }
    return new int[] {line, column};
  }

  /**
   * Decodes a definition's bytes strictly, so a stray Latin-1 byte is reported with its line and
   * column rather than turned into U+FFFD.
   *
   * @param utf8 the bytes
   * @return the text
   * @throws AslReadException ({@code INVALID_JSON}) if the bytes are not valid UTF-8, or more than
   *     {@link InputLimits#MAX_INPUT_BYTES}
   */
  public static String decode(byte[] utf8) {
    checkSize(utf8);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(utf8);
    CharBuffer out = CharBuffer.allocate(utf8.length); // UTF-8 never has more chars than bytes
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      int[] at = position(utf8, offset);
      throw new AslReadException(List.of(new AslReadException.Problem("INVALID_JSON", "", at[0],
          at[1],
          String.format("invalid UTF-8: byte 0x%02x at offset %d; a definition must be UTF-8 text",
              utf8[Math.min(offset, utf8.length - 1)] & 0xff, offset))));
    }
    out.flip();
    return out.toString();
  }
}
