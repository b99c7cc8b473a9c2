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

  /**
   * Jackson's streaming parser. A state's members read ahead of its {@code Type} can be queued
   * and handed out again right after it ({@link #typeFirst()}), so that the mapper reads Type first
   * without buffering the whole state.
   */
  static final class Stream extends Tokens {
    private final JsonParser parser;
    /** The current token, the parser's or a queued one's. */
    private JsonToken current;
    private boolean pushedBack;
    /** Scalar members queued by {@link #typeFirst()}: names, value tokens, value texts. */
    private String[] queuedNames;
    private JsonToken[] queuedTokens;
    private String[] queuedTexts;
    private int queued;
    /** Tokens handed out of the queue so far: two per member, its name then its value. */
    private int replayed;
    /** The queued token that is current, or -1 when the parser's is. */
    private int replaying = -1;

    Stream(JsonParser parser) {
      this.parser = parser;
    }

    @Override
    JsonToken next() throws IOException {
      if (pushedBack) {
        pushedBack = false;
        return current;
      }
      if (replayed < 2 * queued) {
        replaying = replayed++;
        current = (replaying & 1) == 0 ? JsonToken.FIELD_NAME : queuedTokens[replaying >> 1];
        return current;
      }
      if (replaying >= 0) {
        replaying = -1;
        queued = 0;
        replayed = 0;
      }
      current = parser.nextToken();
      return current;
    }

    /** Makes the next {@link #next()} return the current token again. */
    void pushBack() {
      pushedBack = true;
    }

    @Override
    JsonToken current() {
      return current;
    }

    @Override
    String name() {
      if (replaying >= 0) {
        return queuedNames[replaying >> 1];
      }
      try {
        return parser.currentName();
      } catch (IOException e) {
        throw new IllegalStateException(e); // a name is always available on FIELD_NAME
      }
    }

    @Override
    String text() throws IOException {
      return replaying < 0 ? parser.getText() : queuedTexts[replaying >> 1];
    }

    @Override
    long position() {
      return 0;
    }

    @Override
    void skipChildren() throws IOException {
      if (replaying < 0) {
        parser.skipChildren(); // a queued value is a scalar: nothing to skip
        current = parser.currentToken();
      }
    }

    /**
     * Reorders a state object whose first member, just read, is not {@code Type}: the mapper needs
     * Type (and QueryLanguage) before the fields whose meaning they decide. Commonly only a few
     * scalars ({@code Next}, {@code Comment}, {@code End}) come first; they are queued, and the
     * following {@link #next()} calls hand out Type, QueryLanguage, the queued members in their
     * order and then the rest of the object from the parser. Otherwise (an object or array before
     * Type, or no string Type) the rest of the object is read into a tree for the mapper to
     * replay in the order it needs.
     *
     * @return null when the members are queued; otherwise the rest of the object as a tree
     */
    Node typeFirst() throws IOException {
      if (queuedNames == null) {
        queuedNames = new String[4];
        queuedTokens = new JsonToken[4];
        queuedTexts = new String[4];
      }
      queued = 0;
      int language = -1;
      String name = parser.currentName();
      while (true) {
        JsonToken value = parser.nextToken();
        boolean type = name.equals("Type");
        if (!value.isScalarValue() || type && value != JsonToken.VALUE_STRING) {
          return buffer(name, value);
        }
        if (queued == queuedNames.length) {
          queuedNames = Arrays.copyOf(queuedNames, queued * 2);
          queuedTokens = Arrays.copyOf(queuedTokens, queued * 2);
          queuedTexts = Arrays.copyOf(queuedTexts, queued * 2);
        }
        queuedNames[queued] = name;
        queuedTokens[queued] = value;
        queuedTexts[queued] = value == JsonToken.VALUE_STRING || value.isNumeric()
            ? parser.getText() : null;
        queued++;
        if (type) {
          // Type, then QueryLanguage, then the others in document order, as the tree replay has it
          if (language >= 0) {
            moveToFront(language);
          }
          moveToFront(queued - 1);
          return null;
        }
        if (language < 0 && name.equals("QueryLanguage")) {
          language = queued - 1;
        }
        if (parser.nextToken() != JsonToken.FIELD_NAME) {
          return buffer(null, null); // no Type: the tree replay reports it
        }
        name = parser.currentName();
      }
    }

    /** Moves the queued member at {@code i} before the others. */
    private void moveToFront(int i) {
      String name = queuedNames[i];
      JsonToken token = queuedTokens[i];
      String text = queuedTexts[i];
      System.arraycopy(queuedNames, 0, queuedNames, 1, i);
      System.arraycopy(queuedTokens, 0, queuedTokens, 1, i);
      System.arraycopy(queuedTexts, 0, queuedTexts, 1, i);
      queuedNames[0] = name;
      queuedTokens[0] = token;
      queuedTexts[0] = text;
    }

    /**
     * Reads the members queued so far and the rest of the object (from the member {@code name},
     * whose value token {@code value} is current, or from the object's end when {@code name} is
     * null) into a tree.
     */
    private Node buffer(String name, JsonToken value) throws IOException {
      Node object = new Node(Node.OBJECT, 0, null);
      for (int i = 0; i < queued; i++) {
        if (object.indexOf(queuedNames[i]) >= 0) {
          throw Mapper.Bail.INSTANCE; // a repeated name: the located parser reports it
        }
        object.addMember(queuedNames[i], 0,
            TreeParser.scalar(queuedTokens[i], 0, queuedTexts[i]));
      }
      queued = 0;
      if (name != null) {
        TreeParser.readMembers(parser, object, name, value);
      }
      current = parser.currentToken(); // the object's end
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
