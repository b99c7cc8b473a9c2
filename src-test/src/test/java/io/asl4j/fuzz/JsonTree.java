package io.asl4j.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * A JSON text as a mutable tree that keeps what a fuzzer must be able to write back: duplicate
 * member names, number text as written, and string text with its escapes untouched (so a lone
 * {@code \ud800} escape stays an escape). Not the project's reader: the fuzzer must not share the
 * code it tests.
 *
 * <p>The parser and printer recurse; the fuzz runner calls them on a thread with a large stack.
 */
final class JsonTree {

  /** Deeper texts are not parsed (they come from an earlier nesting mutation). */
  static final int MAX_DEPTH = 5_000;

  private JsonTree() {}

  /** A JSON value. */
  sealed interface Node permits Obj, Arr, Str, Num, Lit, Raw {
    /**
     * Copies the node and everything below it.
     *
     * @return the copy
     */
    Node copy();
  }

  /** An object; its members in order, duplicates allowed. */
  static final class Obj implements Node {
    final List<Member> members = new ArrayList<>();

    /** Returns the value of the first member with this (raw) name, or {@code null}. */
    Node get(String rawKey) {
      for (Member m : members) {
        if (m.key.equals(rawKey)) {
          return m.value;
        }
      }
      return null;
    }

    /** Sets the first member with this name, or appends one. */
    void put(String rawKey, Node value) {
      for (Member m : members) {
        if (m.key.equals(rawKey)) {
          m.value = value;
          return;
        }
      }
      members.add(new Member(rawKey, value));
    }

    /** Removes every member with this name. */
    void remove(String rawKey) {
      members.removeIf(m -> m.key.equals(rawKey));
    }

    @Override
    public Obj copy() {
      Obj o = new Obj();
      for (Member m : members) {
        o.members.add(new Member(m.key, m.value.copy()));
      }
      return o;
    }
  }

  /** An object member: its name as written between the quotes, and its value. */
  static final class Member {
    String key;
    Node value;

    Member(String key, Node value) {
      this.key = key;
      this.value = value;
    }
  }

  /** An array. */
  static final class Arr implements Node {
    final List<Node> items = new ArrayList<>();

    @Override
    public Arr copy() {
      Arr a = new Arr();
      for (Node n : items) {
        a.items.add(n.copy());
      }
      return a;
    }
  }

  /**
   * A string, as written between the quotes (escapes kept).
   *
   * @param raw the text between the quotes
   */
  record Str(String raw) implements Node {
    @Override
    public Str copy() {
      return this;
    }
  }

  /**
   * A number, as written.
   *
   * @param text the number text
   */
  record Num(String text) implements Node {
    @Override
    public Num copy() {
      return this;
    }
  }

  /**
   * {@code true}, {@code false} or {@code null}.
   *
   * @param text the literal
   */
  record Lit(String text) implements Node {
    @Override
    public Lit copy() {
      return this;
    }
  }

  /**
   * Text written verbatim, such as a value nested a thousand levels deep or a token JSON does not
   * allow ({@code NaN}).
   *
   * @param text the text
   */
  record Raw(String text) implements Node {
    @Override
    public Raw copy() {
      return this;
    }
  }

  // ------------------------------------------------------------------ parsing

  /**
   * Parses a JSON text.
   *
   * @param text the text (a leading byte order mark is skipped)
   * @return the tree, or {@code null} if the text is not JSON or nests deeper than {@link
   *     #MAX_DEPTH}
   */
  static Node parse(String text) {
    Parser p = new Parser(text);
    try {
      if (p.pos < text.length() && text.charAt(p.pos) == '\uFEFF') {
        p.pos++;
      }
      Node n = p.value(0);
      p.space();
      return p.pos == text.length() ? n : null;
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return null;
    }
  }

  /** A strict recursive-descent parser that throws {@link IllegalArgumentException} on bad input. */
  private static final class Parser {
    private final String s;
    private int pos;

    Parser(String s) {
      this.s = s;
    }

    void space() {
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
          return;
        }
        pos++;
      }
    }

    Node value(int depth) {
      if (depth > MAX_DEPTH) {
        throw new IllegalArgumentException("too deep");
      }
      space();
      char c = s.charAt(pos);
      switch (c) {
        case '{' -> {
          pos++;
          Obj o = new Obj();
          space();
          if (s.charAt(pos) == '}') {
            pos++;
            return o;
          }
          while (true) {
            space();
            expect('"');
            String key = string();
            space();
            expect(':');
            o.members.add(new Member(key, value(depth + 1)));
            space();
            if (s.charAt(pos) == ',') {
              pos++;
            } else {
              expect('}');
              return o;
            }
          }
        }
        case '[' -> {
          pos++;
          Arr a = new Arr();
          space();
          if (s.charAt(pos) == ']') {
            pos++;
            return a;
          }
          while (true) {
            a.items.add(value(depth + 1));
            space();
            if (s.charAt(pos) == ',') {
              pos++;
            } else {
              expect(']');
              return a;
            }
          }
        }
        case '"' -> {
          pos++;
          return new Str(string());
        }
        case 't' -> {
          return literal("true");
        }
        case 'f' -> {
          return literal("false");
        }
        case 'n' -> {
          return literal("null");
        }
        default -> {
          return number();
        }
      }
    }

    private void expect(char c) {
      if (s.charAt(pos) != c) {
        throw new IllegalArgumentException("expected " + c);
      }
      pos++;
    }

    /** The raw text up to the closing quote, which it consumes. */
    private String string() {
      int start = pos;
      while (true) {
        char c = s.charAt(pos);
        if (c == '"') {
          pos++;
          return s.substring(start, pos - 1);
        }
        if (c == '\\') {
          pos++;
        } else if (c < 0x20) {
          throw new IllegalArgumentException("control character in a string");
        }
        pos++;
      }
    }

    private Lit literal(String word) {
      if (!s.startsWith(word, pos)) {
        throw new IllegalArgumentException("expected " + word);
      }
      pos += word.length();
      return new Lit(word);
    }

    private Num number() {
      int start = pos;
      while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
      String text = s.substring(start, pos);
      if (!text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
        throw new IllegalArgumentException("not a number: " + text);
      }
      return new Num(text);
    }
  }

  // ------------------------------------------------------------------ writing

  /**
   * Writes a tree as JSON text.
   *
   * @param node the tree
   * @param pretty two-space indentation if {@code true}, no whitespace otherwise
   * @return the text
   */
  static String write(Node node, boolean pretty) {
    StringBuilder sb = new StringBuilder();
    write(node, pretty, 0, sb);
    return sb.toString();
  }

  private static void write(Node node, boolean pretty, int indent, StringBuilder sb) {
    if (node instanceof Obj o) {
      if (o.members.isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append('{');
      for (int i = 0; i < o.members.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        newline(pretty, indent + 1, sb);
        Member m = o.members.get(i);
        sb.append('"').append(m.key).append(pretty ? "\": " : "\":");
        write(m.value, pretty, indent + 1, sb);
      }
      newline(pretty, indent, sb);
      sb.append('}');
    } else if (node instanceof Arr a) {
      if (a.items.isEmpty()) {
        sb.append("[]");
        return;
      }
      sb.append('[');
      for (int i = 0; i < a.items.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        newline(pretty, indent + 1, sb);
        write(a.items.get(i), pretty, indent + 1, sb);
      }
      newline(pretty, indent, sb);
      sb.append(']');
    } else if (node instanceof Str s) {
      sb.append('"').append(s.raw()).append('"');
    } else if (node instanceof Num n) {
      sb.append(n.text());
    } else if (node instanceof Lit l) {
      sb.append(l.text());
    } else {
      sb.append(((Raw) node).text());
    }
  }

  private static void newline(boolean pretty, int indent, StringBuilder sb) {
    if (pretty) {
      sb.append('\n');
      sb.append("  ".repeat(indent));
    }
  }

  // ------------------------------------------------------------------ walking

  /** A place in a tree: the container and the index of the value in it. */
  record Slot(Node container, int index) {

    /** Returns the value at this place. */
    Node get() {
      return container instanceof Obj o ? o.members.get(index).value
          : ((Arr) container).items.get(index);
    }

    /** Replaces the value at this place. */
    void set(Node value) {
      if (container instanceof Obj o) {
        o.members.get(index).value = value;
      } else {
        ((Arr) container).items.set(index, value);
      }
    }

    /** Returns the member name of this place, or {@code null} for an array element. */
    String key() {
      return container instanceof Obj o ? o.members.get(index).key : null;
    }
  }

  /**
   * Lists every place below a node, parents before children.
   *
   * @param root the tree
   * @return the places
   */
  static List<Slot> slots(Node root) {
    List<Slot> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(Node n, List<Slot> out) {
    if (n instanceof Obj o) {
      for (int i = 0; i < o.members.size(); i++) {
        out.add(new Slot(o, i));
        collect(o.members.get(i).value, out);
      }
    } else if (n instanceof Arr a) {
      for (int i = 0; i < a.items.size(); i++) {
        out.add(new Slot(a, i));
        collect(a.items.get(i), out);
      }
    }
  }
}
