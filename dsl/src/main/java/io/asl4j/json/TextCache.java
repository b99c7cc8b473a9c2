package io.asl4j.json;

/**
 * Deduplicates short strings within one read, straight from the parser's character buffer, so a
 * value repeated across a large definition (a Resource ARN, an error name, a path, a state name in
 * {@code Next}) is held once and no throw-away copy is made. Big definitions are mostly such
 * repeats, and what the model retains is what the garbage collector has to copy.
 */
final class TextCache {

  /** Longer strings are rarely repeated; hashing them would cost more than it saves. */
  private static final int MAX_LENGTH = 64;

  private String[] table = new String[64];
  private int size;

  /** Returns the string for {@code chars[offset, offset+length)}, shared if seen before. */
  String get(char[] chars, int offset, int length) {
    if (length > MAX_LENGTH) {
      return new String(chars, offset, length);
    }
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + chars[offset + i];
    }
    int mask = table.length - 1;
    int slot = mix(h) & mask;
    while (true) {
      String s = table[slot];
      if (s == null) {
        String created = new String(chars, offset, length);
        insert(created, slot);
        return created;
      }
      if (s.length() == length && s.hashCode() == h && matches(s, chars, offset)) {
        return s;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Registers a string the parser already made (a member name), so equal values share it. */
  void add(String s) {
    if (s.length() > MAX_LENGTH) {
      return;
    }
    int mask = table.length - 1;
    int slot = mix(s.hashCode()) & mask;
    while (table[slot] != null) {
      if (table[slot].equals(s)) {
        return;
      }
      slot = (slot + 1) & mask;
    }
    insert(s, slot);
  }

  private void insert(String s, int slot) {
    table[slot] = s;
    if (++size * 2 > table.length) {
      String[] old = table;
      table = new String[old.length * 2];
      int mask = table.length - 1;
      for (String e : old) {
        if (e != null) {
          int i = mix(e.hashCode()) & mask;
          while (table[i] != null) {
            i = (i + 1) & mask;
          }
          table[i] = e;
        }
      }
    }
  }

  private static boolean matches(String s, char[] chars, int offset) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }
}
