package io.asl4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;

/**
 * A pull source of JSON tokens for {@link Mapper}: Jackson's streaming parser (the fast path, no
 * positions) or a replay of a parsed {@link Node} tree (the located path, every position known).
 */
abstract class Tokens {

  /** Advances to the next token and returns it; {@code null} at the end of the input. */
  abstract JsonToken next() throws IOException;

  /** The current token. */
  abstract JsonToken current();

  /** The member name, when the current token is {@link JsonToken#FIELD_NAME}. */
  abstract String name();

  /** The text of the current string or number token. */
  abstract String text() throws IOException;

  /** Where the current token starts: line and column packed by {@link Node#position}, or 0. */
  abstract long position();

  /** Moves past the current value's children, if it is an object or array. */
  abstract void skipChildren() throws IOException;

  /**
   * Asks that the members of the object just entered come in this order first, the others after in
   * their own order. A record's reader needs {@code Type} and {@code QueryLanguage} before the
   * fields whose meaning they decide. Only a replayed tree can honour this; the streaming source
   * ignores it and the mapper copes with whatever order comes.
   */
  void preferFirst(String[] names) {
    // a stream cannot reorder
  }

  /** Describes the current value for "found ..." in messages. */
  String describe() throws IOException {
    JsonToken t = current();
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "the string " + Node.quote(text(), 60);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT: {
        String n = text();
        return "the number " + (n.length() > 40 ? n.substring(0, 40) + "..." : n);
      }
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      default:
        return "null";
    }
  }

  /** Jackson's streaming parser. */
  static final class Stream extends Tokens {
    private final JsonParser parser;
    private boolean pushedBack;

    Stream(JsonParser parser) {
      this.parser = parser;
    }

    @Override
    JsonToken next() throws IOException {
      if (pushedBack) {
        pushedBack = false;
        return parser.currentToken();
      }
      return parser.nextToken();
    }

    /** Makes the next {@link #next()} return the current token again. */
    void pushBack() {
      pushedBack = true;
    }

    @Override
    JsonToken current() {
      return parser.currentToken();
    }

    @Override
    String name() {
      try {
        return parser.currentName();
      } catch (IOException e) {
        throw new IllegalStateException(e); // a name is always available on FIELD_NAME
      }
    }

    @Override
    String text() throws IOException {
      return parser.getText();
    }

    @Override
    long position() {
      return 0;
    }

    @Override
    void skipChildren() throws IOException {
      parser.skipChildren();
    }

    /**
     * Reads the rest of the current object, whose member {@code name} was just read, into a tree.
     * The mapper replays it in the order it needs when a state's fields come before its Type.
     */
    Node bufferObject(String name) throws IOException {
      Node object = new Node(Node.OBJECT, 0, null);
      TreeParser.readMembers(parser, object, name);
      return object;
    }
  }

  /** A replay of a {@link Node} tree, with positions, reordering records' members on request. */
  static final class Replay extends Tokens {

    /** One open container: its node, the member order to follow, the next index in it. */
    private static final class Frame {
      final Node node;
      int[] order;
      int next;

      Frame(Node node) {
        this.node = node;
      }

      int index(int i) {
        return order == null ? i : order[i];
      }
    }

    private Frame[] stack = new Frame[32];
    private int depth;
    private JsonToken current;
    private Node currentNode;
    private String currentName;
    private long currentPosition;
    private final Node root;
    private boolean started;

    /** Replays {@code root}; the first {@link #next()} returns its first token. */
    Replay(Node root) {
      this.root = root;
    }

    /** Replays {@code root}, already positioned on its first token. */
    static Replay positionedOn(Node root) {
      Replay r = new Replay(root);
      r.started = true;
      r.enter(root);
      return r;
    }

    @Override
    JsonToken next() {
      if (!started) {
        started = true;
        enter(root);
        return current;
      }
      if (depth == 0) {
        current = null;
        return null;
      }
      Frame f = stack[depth - 1];
      Node n = f.node;
      if (n.kind == Node.OBJECT) {
        if (current == JsonToken.FIELD_NAME) {
          enter(n.children[f.index(f.next++)]);
          return current;
        }
        if (f.next < n.size) {
          int i = f.index(f.next);
          current = JsonToken.FIELD_NAME;
          currentName = n.names[i];
          currentPosition = n.namePositions.length > i ? n.namePositions[i] : 0;
          currentNode = null;
          return current;
        }
        depth--;
        current = JsonToken.END_OBJECT;
        return current;
      }
      if (f.next < n.size) {
        enter(n.children[f.next++]);
        return current;
      }
      depth--;
      current = JsonToken.END_ARRAY;
      return current;
    }

    private void enter(Node n) {
      currentNode = n;
      currentPosition = n.position;
      switch (n.kind) {
        case Node.OBJECT:
          push(n);
          current = JsonToken.START_OBJECT;
          break;
        case Node.ARRAY:
          push(n);
          current = JsonToken.START_ARRAY;
          break;
        case Node.STRING:
          current = JsonToken.VALUE_STRING;
          break;
        case Node.NUMBER:
          current = JsonToken.VALUE_NUMBER_INT;
          break;
        case Node.TRUE:
          current = JsonToken.VALUE_TRUE;
          break;
        case Node.FALSE:
          current = JsonToken.VALUE_FALSE;
          break;
        default:
          current = JsonToken.VALUE_NULL;
      }
    }

    private void push(Node n) {
      if (depth == stack.length) {
        stack = Arrays.copyOf(stack, depth * 2);
      }
      stack[depth++] = new Frame(n);
    }

    @Override
    JsonToken current() {
      return current;
    }

    @Override
    String name() {
      return currentName;
    }

    @Override
    String text() {
      return currentNode.text;
    }

    @Override
    long position() {
      return currentPosition;
    }

    @Override
    void skipChildren() {
      if (current == JsonToken.START_OBJECT || current == JsonToken.START_ARRAY) {
        depth--;
        current = current == JsonToken.START_OBJECT ? JsonToken.END_OBJECT : JsonToken.END_ARRAY;
      }
    }

    @Override
    void preferFirst(String[] names) {
      if (current != JsonToken.START_OBJECT) {
        return;
      }
      Frame f = stack[depth - 1];
      Node n = f.node;
      int[] order = new int[n.size];
      int k = 0;
      for (String name : names) {
        int i = n.indexOf(name);
        if (i >= 0) {
          order[k++] = i;
        }
      }
      if (k == 0) {
        return;
      }
      for (int i = 0; i < n.size; i++) {
        boolean preferred = false;
        for (int j = 0; j < k; j++) {
          preferred |= order[j] == i;
        }
        if (!preferred) {
          order[k++] = i;
        }
      }
      f.order = order;
    }
  }
}
