package io.asl4j.json;

import java.util.Arrays;

/**
 * A parsed JSON value with its source position: the reader's private intermediate tree. Objects keep
 * member order and the position of each member name, so problems can point at the key.
 */
final class Node {

  static final byte OBJECT = 1;
  static final byte ARRAY = 2;
  static final byte STRING = 3;
  static final byte NUMBER = 4;
  static final byte TRUE = 5;
  static final byte FALSE = 6;
  static final byte NULL = 7;

  private static final Node[] NO_NODES = new Node[0];
  private static final String[] NO_NAMES = new String[0];
  private static final long[] NO_POSITIONS = new long[0];

  final byte kind;
  /** Line in the high 32 bits, column in the low 32 bits. */
  final long position;
  /** Characters of a string, text of a number. */
  final String text;
  Node[] children = NO_NODES;
  String[] names = NO_NAMES;
  long[] namePositions = NO_POSITIONS;
  int size;

  Node(byte kind, long position, String text) {
    this.kind = kind;
    this.position = position;
    this.text = text;
  }

  static long position(int line, int column) {
    return ((long) line << 32) | (column & 0xFFFFFFFFL);
  }

  static int line(long position) {
    return (int) (position >>> 32);
  }

  static int column(long position) {
    return (int) position;
  }

  void addMember(String name, long namePosition, Node value) {
    if (size == children.length) {
      int cap = Math.max(8, size * 2);
      children = Arrays.copyOf(children, cap);
      names = Arrays.copyOf(names, cap);
      namePositions = Arrays.copyOf(namePositions, cap);
    }
    names[size] = name;
    namePositions[size] = namePosition;
    children[size++] = value;
  }

  void addElement(Node value) {
    if (size == children.length) {
      children = Arrays.copyOf(children, Math.max(4, size * 2));
    }
    children[size++] = value;
  }

  /** Removes the member or element at {@code index}; used only to recover from problems. */
  void removeAt(int index) {
    System.arraycopy(children, index + 1, children, index, size - index - 1);
    if (kind == OBJECT) {
      System.arraycopy(names, index + 1, names, index, size - index - 1);
      System.arraycopy(namePositions, index + 1, namePositions, index, size - index - 1);
    }
    children[--size] = null;
  }

  /** Index of the member called {@code name}, or -1. Objects are small; a scan beats hashing. */
  int indexOf(String name) {
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  static String quote(String s, int max) {
    String t = s.length() > max ? s.substring(0, max) + "..." : s;
    StringBuilder sb = new StringBuilder(t.length() + 2).append('"');
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
