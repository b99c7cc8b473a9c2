package io.asl4j.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.asl4j.internal.JsonProblems;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Parses strict JSON (RFC 8259) into a {@link Node} tree with positions, on Jackson's streaming
 * parser. Duplicate member names are rejected (a silent override would lose data), nesting and
 * the lengths of strings and numbers are bounded ({@link io.asl4j.syntax.InputLimits}) so hostile
 * input fails cleanly instead of overflowing the stack, and number text is kept exactly.
 */
final class TreeParser {

  /**
   * For the fast path, which checks duplicate names itself without Jackson's per-object sets; see
   * {@link Mapper}.
   */
  static final JsonFactory FAST_FACTORY = JsonProblems.factory(false);

  /** The located path's: duplicate names rejected by Jackson, positions kept. */
  static final JsonFactory FACTORY = JsonProblems.factory(true);

  private final JsonParser parser;
  /** The path to the value being parsed, for the pointer of a syntax error. */
  private Object[] path = new Object[32];
  private int depth;

  /** Whether this is the located path (positions recorded) or a fast-path helper (names checked). */
  private final boolean located;

  private TreeParser(JsonParser parser) {
    this(parser, true);
  }

  private TreeParser(JsonParser parser, boolean located) {
    this.parser = parser;
    this.located = located;
  }

  /**
   * Parses {@code text} recording every token's line and column; a leading byte order mark is
   * skipped. This is the located path: {@link Mapper} reads valid input faster without a
   * tree.
   */
  static Node parse(String text) {
    int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    try (JsonParser p = FACTORY.createParser(text.toCharArray(), start, text.length() - start)) {
      return new TreeParser(p).document();
    } catch (IOException e) {
      // char-array parsing does no I/O; only a parse error can land here
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads the rest of the object the parser is in, from its member {@code name}, whose value's
   * first token {@code value} is current, into {@code object}. Lets the fast path hand an unusual
   * state to the tree mapper.
   */
  static void readMembers(JsonParser parser, Node object, String name, JsonToken value)
      throws IOException {
    TreeParser t = new TreeParser(parser, false);
    t.push(null);
    String member = name;
    JsonToken token = value;
    while (true) {
      if (object.indexOf(member) >= 0) {
        throw Mapper.Bail.INSTANCE;
      }
      object.addMember(member, 0, t.value(token));
      if (parser.nextToken() != JsonToken.FIELD_NAME) {
        return;
      }
      member = parser.currentName();
      token = parser.nextToken();
    }
  }

  private Node document() throws IOException {
    JsonToken t;
    try {
      t = parser.nextToken();
    } catch (JsonProcessingException e) {
      throw syntaxError(e);
    }
    if (t == null) {
      throw new AslReadException(List.of(new AslReadException.Problem("INVALID_JSON", "", 1, 1,
          "the input is empty; expected a JSON object with \"StartAt\" and \"States\"")));
    }
    try {
      Node root = value(t);
      JsonToken extra = parser.nextToken();
      if (extra != null) {
        JsonLocation loc = parser.currentTokenLocation();
        throw new AslReadException(List.of(new AslReadException.Problem("INVALID_JSON", "", loc.getLineNr(),
            loc.getColumnNr(), "unexpected " + describe(extra) + " after the end of the definition;"
                + " expected the end of the input")));
      }
      return root;
    } catch (JsonProcessingException e) {
      throw syntaxError(e);
    }
  }

  private Node value(JsonToken t) throws IOException {
    long pos = tokenPosition();
    switch (t) {
      case START_OBJECT: {
        Node n = new Node(Node.OBJECT, pos, null);
        push(null);
        JsonToken next;
        while ((next = parser.nextToken()) == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          if (!located && n.indexOf(name) >= 0) {
            throw Mapper.Bail.INSTANCE; // the fast path's parser does not reject duplicates
          }
          long namePos = tokenPosition();
          path[depth - 1] = name;
          n.addMember(name, namePos, value(parser.nextToken()));
          path[depth - 1] = null; // between members: a syntax error here belongs to the object
        }
        depth--;
        return n;
      }
      case START_ARRAY: {
        Node n = new Node(Node.ARRAY, pos, null);
        push(0);
        JsonToken next;
        int i = 0;
        while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
          path[depth - 1] = i++;
          n.addElement(value(next));
        }
        depth--;
        return n;
      }
      case VALUE_STRING:
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return scalar(t, pos, parser.getText());
      case VALUE_TRUE:
      case VALUE_FALSE:
      case VALUE_NULL:
        return scalar(t, pos, null);
      default:
        throw new IllegalStateException("unexpected token " + t);
    }
  }

  /**
   * The node of a scalar token.
   *
   * @param text a string's or a number's text; null for the literals
   */
  static Node scalar(JsonToken t, long position, String text) {
    switch (t) {
      case VALUE_STRING:
        return new Node(Node.STRING, position, text);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new Node(Node.NUMBER, position, text);
      case VALUE_TRUE:
        return new Node(Node.TRUE, position, null);
      case VALUE_FALSE:
        return new Node(Node.FALSE, position, null);
      default:
        return new Node(Node.NULL, position, null);
    }
  }

  private void push(Object segment) {
    if (depth == path.length) {
      path = Arrays.copyOf(path, depth * 2);
    }
    path[depth++] = segment;
  }

  private long tokenPosition() {
    if (!located) {
      return 0;
    }
    JsonLocation loc = parser.currentTokenLocation();
    return Node.position(loc.getLineNr(), loc.getColumnNr());
  }

  private AslReadException syntaxError(JsonProcessingException e) {
    JsonLocation loc = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
    int col = loc == null ? 1 : Math.max(1, loc.getColumnNr());
    String message;
    String code = "INVALID_JSON";
    String original = e.getOriginalMessage();
    if (original.startsWith("Duplicate field '")) {
      String name = original.substring("Duplicate field '".length(), original.lastIndexOf('\''));
      if (depth > 0) {
        path[depth - 1] = name; // the path still names the member before the duplicate
      }
      // Jackson reports the position just after the duplicate name; point at its opening quote
      col = Math.max(1, col - name.length() - 2);
      code = "DUPLICATE_KEY";
      message = "duplicate key " + Node.quote(name, 80) + "; JSON readers would silently keep only"
          + " one value, so each key may appear once per object";
    } else {
      message = (JsonProblems.isLimit(e) ? "" : "malformed JSON: ") + JsonProblems.describe(e);
    }
    // the pointer of the member being read when the error hit
    String pointer = Pointer.of(path, depth);
    return new AslReadException(List.of(new AslReadException.Problem(code, pointer, line, col,
        message)));
  }

  private static String describe(JsonToken t) {
    switch (t) {
      case START_OBJECT:
        return "'{'";
      case START_ARRAY:
        return "'['";
      case VALUE_STRING:
        return "string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "number";
      default:
        return "'" + t.asString() + "'";
    }
  }
}
