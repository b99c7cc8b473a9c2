package io.asl4j.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the line and column of a few JSON pointers in a text, as {@code SourceMap} places them
 * (an object member at its name, an array element at its value, something absent at the nearest
 * enclosing value), in one pass over the characters that only counts brackets through every value
 * no pointer goes into: no tree and no tokens of the document are built, so placing the
 * diagnostics of a definition costs a fraction of reading it, in time and in memory. The text is
 * one the reader has already accepted as JSON (the validator places diagnostics only in
 * definitions that read), so the pass does not check the syntax again; where it meets text that
 * is not JSON it stops, and what it has found stands. Lines end at CR, LF or CR LF and columns
 * count UTF-16 characters, as Jackson counts them. Array indexes are matched as the validator
 * writes them ({@code 1}, never {@code 01}).
 */
final class SourcePositions {

  /** A step of the pointers: the segment it matches, where it was found, and the steps below it. */
  private static final class Step {
    private static final Step[] NONE = {};
    /** The step above, or {@code null} for the whole text. */
    final Step parent;
    /** The member name this step matches, unescaped. */
    final String name;
    /** The array index this step matches, or -1 when its segment is not one. */
    final int index;
    /** The steps below, in the order the pointers name them: few, so an array beats a map. */
    Step[] children = NONE;
    int count;
    /** The line in the high 32 bits and the column in the low ones, or 0 when not found. */
    long position;

    Step(Step parent, String name) {
      this.parent = parent;
      this.name = name;
      this.index = isIndex(name) ? Integer.parseInt(name) : -1;
    }

    /** The step below for a segment, added when the pointers have not named it before. */
    Step child(String segment) {
      for (int i = 0; i < count; i++) {
        if (children[i].name.equals(segment)) {
          return children[i];
        }
      }
      if (count == children.length) {
        children = Arrays.copyOf(children, Math.max(4, 2 * count));
      }
      return children[count++] = new Step(this, segment);
    }

    /** The step below for an array element, or {@code null} when no pointer goes into it. */
    Step element(int i) {
      for (int k = 0; k < count; k++) {
        if (children[k].index == i) {
          return children[k];
        }
      }
      return null;
    }
  }

  /**
   * The text, where {@link String#indexOf(int, int)} finds the end of a string or of a line faster
   * than a loop, and where member names are compared in place.
   */
  private final String text;
  /** The text's characters as far as the walk may go: an array is faster to index than a String. */
  private final char[] chars;
  /** Whether the text has a CR there: if not, lines are counted from LF to LF. */
  private final boolean hasCr;
  /** The next character to read. */
  private int pos;
  /** The steps not found yet: the walk ends when none is left. */
  private int missing;
  /** Lines are counted up to here, on demand: the line of {@link #counted} and its start. */
  private int counted;
  private int line = 1;
  private int lineStart;

  private SourcePositions(String text, int end) {
    this.text = text;
    this.chars = new char[end];
    text.getChars(0, end, chars, 0);
    int cr = text.indexOf('\r');
    this.hasCr = cr >= 0 && cr < end;
  }

  /**
   * Places each pointer in the text.
   *
   * @param json the JSON text (a byte order mark is skipped)
   * @param pointers RFC 6901 pointers
   * @return {line, column} for each pointer, in order; {1, 1} where the text is not JSON
   */
  static List<int[]> of(String json, List<String> pointers) {
    Step root = new Step(null, "");
    int steps = 1;
    Step[] ends = new Step[pointers.size()];
    for (int p = 0; p < ends.length; p++) {
      String pointer = pointers.get(p);
      Step s = root;
      int from = 1;
      while (from <= pointer.length()) {
        int to = pointer.indexOf('/', from);
        to = to < 0 ? pointer.length() : to;
        String segment = pointer.substring(from, to);
        int before = s.count;
        s = s.child(segment.indexOf('~') < 0 ? segment
            : segment.replace("~1", "/").replace("~0", "~"));
        steps += s.parent.count - before;
        from = to + 1;
      }
      ends[p] = s;
    }
    // a pointer to the whole definition (its size) needs only the text up to its first value, so a
    // large definition is not copied for it
    SourcePositions walk = new SourcePositions(json, steps == 1 ? firstValue(json) : json.length());
    walk.missing = steps;
    if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
      walk.pos = 1;
      walk.counted = 1;
      walk.lineStart = 1;
    }
    try {
      walk.whitespace();
      if (walk.pos < walk.chars.length) {
        if (!walk.found(root)) {
          walk.value(root);
        }
      }
    } catch (Stop | IndexOutOfBoundsException | NumberFormatException e) {
      // the text stops being JSON: what was found so far stands, the rest is placed at the nearest
      // value found
    }
    List<int[]> out = new ArrayList<>(ends.length);
    for (Step end : ends) {
      // a step is found only inside its parent's value, so the nearest found one is above the rest
      Step s = end;
      while (s != null && s.position == 0) {
        s = s.parent;
      }
      out.add(s == null ? new int[] {1, 1}
          : new int[] {(int) (s.position >>> 32), (int) s.position});
    }
    return out;
  }

  /** Ends the walk where the text is not JSON. No stack trace. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Stop INSTANCE = new Stop();

    private Stop() {
      super(null, null, false, false);
    }
  }

  /**
   * Reads the value at {@link #pos}, descending only into the steps wanted; returns {@code true}
   * once every step is found, and the walk ends.
   */
  private boolean value(Step step) {
    char c = chars[pos];
    if (step.count == 0 || c != '{' && c != '[') {
      skipValue();
    } else if (c == '{') {
      pos++;
      whitespace();
      if (chars[pos] == '}') {
        pos++;
        return false;
      }
      do {
        int at = pos;
        Step child = member(step);
        whitespace();
        expect(':');
        whitespace();
        if (child == null) {
          skipValue();
        } else {
          int value = pos;
          pos = at;
          if (found(child)) {
            return true;
          }
          pos = value;
          if (value(child)) {
            return true;
          }
        }
      } while (next('}'));
    } else {
      pos++;
      whitespace();
      if (chars[pos] == ']') {
        pos++;
        return false;
      }
      int i = 0;
      do {
        Step child = step.element(i++);
        if (child == null) {
          skipValue();
        } else if (found(child) || value(child)) {
          return true;
        }
      } while (next(']'));
    }
    return false;
  }

  /**
   * Records that a step is at {@link #pos}; returns {@code true} once every step is found, and the
   * walk ends (returning, not throwing: unwinding compiled frames costs more than the walk).
   */
  private boolean found(Step step) {
    if (step.position == 0) {
      step.position = position();
      return --missing == 0;
    }
    return false;
  }

  /**
   * After a member or an element: moves past a comma to the next one and returns {@code true}, or
   * past the closing bracket and returns {@code false}.
   */
  private boolean next(char close) {
    whitespace();
    char c = chars[pos++];
    if (c == close) {
      return false;
    } else if (c != ',') {
      throw Stop.INSTANCE;
    }
    whitespace();
    return true;
  }

  private void expect(char c) {
    if (chars[pos++] != c) {
      throw Stop.INSTANCE;
    }
  }

  /**
   * Moves past whitespace. Outside strings, every character up to a space is whitespace in text
   * that reads as JSON; line breaks are counted later, only up to where a step is found.
   */
  private void whitespace() {
    char[] t = chars;
    int i = pos;
    while (i < t.length && t[i] <= ' ') {
      i++;
    }
    pos = i;
  }

  /**
   * Moves past the value at {@link #pos} without looking inside it. The text has already been read
   * as JSON (the validator places diagnostics only in definitions that read), so counting brackets
   * outside strings is enough.
   */
  private void skipValue() {
    char[] t = chars;
    int i = pos;
    char c = t[i];
    if (c == '"') {
      i = endOfString(i);
    } else if (c == '{' || c == '[') {
      int depth = 0;
      do {
        switch (t[i++]) {
          case '"' -> i = endOfString(i - 1);
          case '{', '[' -> depth++;
          case '}', ']' -> depth--;
          default -> { }
        }
      } while (depth > 0);
    } else if (c == ',' || c == '}' || c == ']' || c == ':') {
      throw Stop.INSTANCE; // a value was expected here
    } else {
      // a number or a literal: read to its end
      while (i < t.length && (c = t[i]) > ' ' && c != ',' && c != '}' && c != ']') {
        i++;
      }
    }
    pos = i;
  }

  /**
   * Where the string whose opening quote is at {@code i} ends: just after its closing quote, the
   * first quote after it that an odd number of backslashes does not escape.
   */
  private int endOfString(int i) {
    String t = text;
    int quote = i;
    int slashes;
    do {
      quote = t.indexOf('"', quote + 1);
      if (quote < 0) {
        throw Stop.INSTANCE;
      }
      slashes = 0;
      while (t.charAt(quote - 1 - slashes) == '\\') {
        slashes++;
      }
    } while ((slashes & 1) != 0);
    return quote + 1;
  }

  /**
   * Reads the member name at {@link #pos} and returns the step below {@code step} that it names,
   * or {@code null}. A name without escapes, the usual kind, is compared in place.
   */
  private Step member(Step step) {
    String t = text;
    if (t.charAt(pos) != '"') {
      throw Stop.INSTANCE;
    }
    int start = pos + 1;
    int i = start;
    char c;
    while ((c = t.charAt(i)) != '"' && c != '\\') {
      i++;
    }
    if (c == '"') {
      pos = i + 1;
      int length = i - start;
      for (int k = 0; k < step.count; k++) {
        String name = step.children[k].name;
        if (name.length() == length && t.regionMatches(start, name, 0, length)) {
          return step.children[k];
        }
      }
      return null;
    }
    StringBuilder name = new StringBuilder().append(t, start, i);
    while ((c = t.charAt(i++)) != '"') {
      if (c != '\\') {
        name.append(c);
        continue;
      }
      char e = t.charAt(i++);
      switch (e) {
        case 'b' -> name.append('\b');
        case 'f' -> name.append('\f');
        case 'n' -> name.append('\n');
        case 'r' -> name.append('\r');
        case 't' -> name.append('\t');
        case 'u' -> {
          name.append((char) Integer.parseInt(t, i, i + 4, 16));
          i += 4;
        }
        default -> name.append(e); // \" \\ \/
      }
    }
    pos = i;
    String unescaped = name.toString();
    for (int k = 0; k < step.count; k++) {
      if (step.children[k].name.equals(unescaped)) {
        return step.children[k];
      }
    }
    return null;
  }

  /**
   * Where the character at {@link #pos} is: the line in the high 32 bits, the column below. Lines
   * end at CR, LF or CR LF, and columns count UTF-16 characters, as Jackson counts them; strings
   * hold no raw line breaks, so every one between the last count and here ends a line.
   */
  private long position() {
    int l = line;
    int start = lineStart;
    if (!hasCr) {
      // the usual text: hop from LF to LF
      int lf = counted - 1;
      while ((lf = text.indexOf('\n', lf + 1)) >= 0 && lf < pos) {
        l++;
        start = lf + 1;
      }
    } else {
      char[] t = chars;
      for (int i = counted; i < pos; i++) {
        char c = t[i];
        if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < pos && t[i + 1] == '\n') {
            i++;
          }
          l++;
          start = i + 1;
        }
      }
    }
    line = l;
    lineStart = start;
    counted = pos;
    return ((long) l << 32) | (pos - start + 1);
  }

  /** The end of the text's first character that is not a byte order mark or whitespace. */
  private static int firstValue(String json) {
    int i = !json.isEmpty() && json.charAt(0) == '\uFEFF' ? 1 : 0;
    while (i < json.length() && json.charAt(i) <= ' ') {
      i++;
    }
    return Math.min(i + 1, json.length());
  }

  private static boolean isIndex(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
