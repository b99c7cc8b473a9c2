package io.asl4j.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  /** A step of the pointers: where it was found, and the steps below it. */
  private static final class Step {
    final Map<String, Step> children = new HashMap<>(4);
    /** The line in the high 32 bits and the column in the low ones, or 0 when not found. */
    long position;
    /** The children whose segments are array indexes, by index; built on first use. */
    Map<Integer, Step> elements;

    Step child(String segment) {
      return children.computeIfAbsent(segment, s -> new Step());
    }

    Step element(int i) {
      if (elements == null) {
        elements = new HashMap<>(4);
        for (Map.Entry<String, Step> e : children.entrySet()) {
          if (isIndex(e.getKey())) {
            elements.putIfAbsent(Integer.parseInt(e.getKey()), e.getValue());
          }
        }
      }
      return elements.get(i);
    }
  }

  /** The text: an array, as indexing a String costs more per character. */
  private final char[] text;
  /** The next character to read. */
  private int pos;
  /** The steps not found yet: the walk ends when none is left. */
  private int missing;
  /** Lines are counted up to here, on demand: the line of {@link #counted} and its start. */
  private int counted;
  private int line = 1;
  private int lineStart;

  private SourcePositions(char[] text) {
    this.text = text;
  }

  /**
   * Places each pointer in the text.
   *
   * @param json the JSON text (a byte order mark is skipped)
   * @param pointers RFC 6901 pointers
   * @return {line, column} for each pointer, in order; {1, 1} where the text is not JSON
   */
  static List<int[]> of(String json, List<String> pointers) {
    Step root = new Step();
    int steps = 1;
    List<List<Step>> routes = new ArrayList<>(pointers.size());
    for (String pointer : pointers) {
      List<Step> route = new ArrayList<>();
      Step s = root;
      route.add(s);
      if (!pointer.isEmpty()) {
        for (String segment : pointer.substring(1).split("/", -1)) {
          Step parent = s;
          int before = parent.children.size();
          s = parent.child(segment.indexOf('~') < 0 ? segment
              : segment.replace("~1", "/").replace("~0", "~"));
          steps += parent.children.size() - before;
          route.add(s);
        }
      }
      routes.add(route);
    }
    // a copy is faster to scan than the String; a pointer to the whole definition (its size) needs
    // only the text up to its first value, so a large definition is not copied for it
    SourcePositions walk = new SourcePositions(steps == 1
        ? json.substring(0, firstValue(json)).toCharArray() : json.toCharArray());
    walk.missing = steps;
    if (walk.text.length > 0 && walk.text[0] == '\uFEFF') {
      walk.pos = 1;
      walk.counted = 1;
      walk.lineStart = 1;
    }
    try {
      walk.whitespace();
      if (walk.pos < walk.text.length) {
        walk.found(root);
        walk.value(root);
      }
    } catch (Stop | IndexOutOfBoundsException | NumberFormatException e) {
      // every step found, or the text stops being JSON: what was found so far stands, the rest is
      // placed at the nearest value found
    }
    List<int[]> out = new ArrayList<>(pointers.size());
    for (List<Step> route : routes) {
      long at = 0;
      for (Step s : route) {
        if (s.position == 0) {
          break;
        }
        at = s.position;
      }
      out.add(at == 0 ? new int[] {1, 1} : new int[] {(int) (at >>> 32), (int) at});
    }
    return out;
  }

  /** Ends the walk: every step was found, or the text is not JSON there. No stack trace. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Stop INSTANCE = new Stop();

    private Stop() {
      super(null, null, false, false);
    }
  }

  /** Reads the value at {@link #pos}, descending only into the steps wanted. */
  private void value(Step step) {
    char c = text[pos];
    if (step.children.isEmpty() || c != '{' && c != '[') {
      skipValue();
    } else if (c == '{') {
      pos++;
      whitespace();
      if (text[pos] == '}') {
        pos++;
        return;
      }
      do {
        int at = pos;
        Step child = step.children.get(name());
        whitespace();
        expect(':');
        whitespace();
        if (child == null) {
          skipValue();
        } else {
          int value = pos;
          pos = at;
          found(child);
          pos = value;
          value(child);
        }
      } while (next('}'));
    } else {
      pos++;
      whitespace();
      if (text[pos] == ']') {
        pos++;
        return;
      }
      int i = 0;
      do {
        Step child = step.element(i++);
        if (child == null) {
          skipValue();
        } else {
          found(child);
          value(child);
        }
      } while (next(']'));
    }
  }

  /** Records that a step is at {@link #pos}, and ends the walk once every step is found. */
  private void found(Step step) {
    if (step.position == 0) {
      step.position = position();
      if (--missing == 0) {
        throw Stop.INSTANCE;
      }
    }
  }

  /**
   * After a member or an element: moves past a comma to the next one and returns {@code true}, or
   * past the closing bracket and returns {@code false}.
   */
  private boolean next(char close) {
    whitespace();
    char c = text[pos++];
    if (c == close) {
      return false;
    } else if (c != ',') {
      throw Stop.INSTANCE;
    }
    whitespace();
    return true;
  }

  private void expect(char c) {
    if (text[pos++] != c) {
      throw Stop.INSTANCE;
    }
  }

  /**
   * Moves past whitespace. Outside strings, every character up to a space is whitespace in text
   * that reads as JSON; line breaks are counted later, only up to where a step is found.
   */
  private void whitespace() {
    char[] t = text;
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
    char[] t = text;
    int i = pos;
    char c = t[i];
    if (c == '"') {
      i = endOfString(i);
    } else if (c == '{' || c == '[') {
      int depth = 0;
      do {
        c = t[i++];
        if (c == '"') {
          i = endOfString(i - 1);
        } else if (c == '{' || c == '[') {
          depth++;
        } else if (c == '}' || c == ']') {
          depth--;
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

  /** Where the string whose opening quote is at {@code i} ends: just after its closing quote. */
  private int endOfString(int i) {
    char[] t = text;
    char c;
    while ((c = t[++i]) != '"') {
      if (c == '\\') {
        i++;
      }
    }
    return i + 1;
  }

  /** Reads the member name at {@link #pos}, unescaped. */
  private String name() {
    if (text[pos] != '"') {
      throw Stop.INSTANCE;
    }
    int start = pos + 1;
    int i = start;
    char c;
    while ((c = text[i]) != '"' && c != '\\') {
      i++;
    }
    if (c == '"') {
      pos = i + 1;
      return new String(text, start, i - start);
    }
    StringBuilder name = new StringBuilder().append(text, start, i - start);
    while ((c = text[i++]) != '"') {
      if (c != '\\') {
        name.append(c);
        continue;
      }
      char e = text[i++];
      switch (e) {
        case 'b' -> name.append('\b');
        case 'f' -> name.append('\f');
        case 'n' -> name.append('\n');
        case 'r' -> name.append('\r');
        case 't' -> name.append('\t');
        case 'u' -> {
          name.append((char) Integer.parseInt(new String(text, i, 4), 16));
          i += 4;
        }
        default -> name.append(e); // \" \\ \/
      }
    }
    pos = i;
    return name.toString();
  }

  /**
   * Where the character at {@link #pos} is: the line in the high 32 bits, the column below. Lines
   * end at CR, LF or CR LF, and columns count UTF-16 characters, as Jackson counts them; strings
   * hold no raw line breaks, so every one between the last count and here ends a line.
   */
  private long position() {
    char[] t = text;
    int l = line;
    int start = lineStart;
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
