package io.asl4j.json;

/**
 * A JSON pointer (RFC 6901) built lazily: each level links to its parent, and the string is only
 * made when a problem is reported.
 */
class Pointer {

  /** Longer pointers are shortened in messages: a 1,000-level path helps nobody. */
  private static final int MAX_SHOWN_SEGMENTS = 12;

  static final Pointer ROOT = new Pointer(null, null);

  /**
   * A pointer that stays put: the reader's fast path gives up at the first problem and never
   * reports one, so it does not pay for building pointers.
   */
  static final Pointer UNTRACKED = new Pointer(null, null) {
    @Override
    Pointer child(String name) {
      return this;
    }

    @Override
    Pointer child(int index) {
      return this;
    }
  };

  private final Pointer parent;
  private final String segment;

  private Pointer(Pointer parent, String segment) {
    this.parent = parent;
    this.segment = segment;
  }

  Pointer child(String name) {
    return new Pointer(this, name);
  }

  Pointer child(int index) {
    return new Pointer(this, Integer.toString(index));
  }

  @Override
  public String toString() {
    int n = 0;
    for (Pointer p = this; p.parent != null; p = p.parent) {
      n++;
    }
    Object[] segments = new Object[n];
    int i = n;
    for (Pointer p = this; p.parent != null; p = p.parent) {
      segments[--i] = p.segment;
    }
    return of(segments, n);
  }

  /** Formats the first {@code depth} segments (strings or integers) as a pointer. */
  static String of(Object[] segments, int depth) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      if (depth > MAX_SHOWN_SEGMENTS && i == MAX_SHOWN_SEGMENTS / 2) {
        int skip = depth - MAX_SHOWN_SEGMENTS;
        sb.append("/...(").append(skip).append(" more levels)...");
        i += skip - 1;
        continue;
      }
      Object s = segments[i];
      if (s == null) {
        continue; // inside an object, before its first key
      }
      sb.append('/');
      String seg = s.toString();
      for (int j = 0; j < seg.length(); j++) {
        char c = seg.charAt(j);
        if (c == '~') {
          sb.append("~0");
        } else if (c == '/') {
          sb.append("~1");
        } else {
          sb.append(c);
        }
      }
    }
    return sb.toString();
  }
}
