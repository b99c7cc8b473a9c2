package io.asl4j.json;

import java.util.Arrays;

/**
 * Writes JSON text with exact control over layout: two-space indentation in pretty mode (every
 * member and element on its own line, {@code {}} and {@code []} for empty containers), no
 * whitespace in compact mode. Strings are escaped minimally: quote, backslash, control characters
 * and unpaired surrogates (which UTF-8 cannot carry).
 */
final class JsonEmitter {

  private static final String INDENT = " ".repeat(64);
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder out;
  private final boolean pretty;
  /** Per open container: has it written an item yet. */
  private boolean[] started = new boolean[16];
  private int depth;
  private boolean afterName;

  JsonEmitter(StringBuilder out, boolean pretty) {
    this.out = out;
    this.pretty = pretty;
  }

  void beginObject() {
    beforeValue();
    out.append('{');
    push();
  }

  void endObject() {
    close('}');
  }

  void beginArray() {
    beforeValue();
    out.append('[');
    push();
  }

  void endArray() {
    close(']');
  }

  void name(String name) {
    separator();
    writeString(name);
    out.append(pretty ? ": " : ":");
    afterName = true;
  }

  void string(String value) {
    beforeValue();
    writeString(value);
  }

  /** Writes number text verbatim: the model keeps numbers exactly as read. */
  void number(String text) {
    beforeValue();
    out.append(text);
  }

  void bool(boolean value) {
    beforeValue();
    out.append(value ? "true" : "false");
  }

  void nullValue() {
    beforeValue();
    out.append("null");
  }

  private void push() {
    if (depth == started.length) {
      started = Arrays.copyOf(started, depth * 2);
    }
    started[depth++] = false;
  }

  private void close(char c) {
    boolean hadItems = started[--depth];
    if (hadItems) {
      newline();
    }
    out.append(c);
  }

  private void beforeValue() {
    if (afterName) {
      afterName = false;
    } else if (depth > 0) {
      separator();
    }
  }

  private void separator() {
    if (started[depth - 1]) {
      out.append(',');
    } else {
      started[depth - 1] = true;
    }
    newline();
  }

  private void newline() {
    if (pretty) {
      out.append('\n');
      int spaces = depth * 2;
      while (spaces > INDENT.length()) {
        out.append(INDENT);
        spaces -= INDENT.length();
      }
      out.append(INDENT, 0, spaces);
    }
  }

  private void writeString(String s) {
    out.append('"');
    int n = s.length();
    int run = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      String escape = null;
      if (c == '"') {
        escape = "\\\"";
      } else if (c == '\\') {
        escape = "\\\\";
      } else if (c < 0x20) {
        escape = controlEscape(c);
      } else if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1));
        if (paired) {
          i++;
          continue;
        }
        escape = unicodeEscape(c);
      }
      if (escape != null) {
        out.append(s, run, i).append(escape);
        run = i + 1;
      }
    }
    out.append(s, run, n).append('"');
  }

  private static String controlEscape(char c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      case '\b':
        return "\\b";
      case '\f':
        return "\\f";
      default:
        return unicodeEscape(c);
    }
  }

  private static String unicodeEscape(char c) {
    return new String(new char[] {'\\', 'u', HEX[c >> 12 & 15], HEX[c >> 8 & 15], HEX[c >> 4 & 15],
        HEX[c & 15]});
  }
}
