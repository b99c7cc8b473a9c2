package io.asl4j.templates;

/**
 * Places a point of a bare definition in the template it came from: through the template's tree
 * for a definition written as a value, through the text of a string for a definition written as
 * one.
 */
final class Positions {

  private Positions() {}

  /**
   * The position a JSON pointer names under a value: a member's name, an element's value; as far
   * as the pointer resolves.
   */
  static int[] byPointer(TemplateNode root, String pointer) {
    TemplateNode node = root;
    int[] at = {root.line, root.column};
    if (pointer.isEmpty()) {
      return at;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      String segment = raw.replace("~1", "/").replace("~0", "~");
      if (node.isObject() && node.get(segment) != null) {
        at = node.namePosition(segment);
        node = node.get(segment);
      } else if (node.kind == TemplateNode.Kind.ARRAY && segment.matches("[0-9]{1,9}")
          && Integer.parseInt(segment) < node.children.size()) {
        node = node.children.get(Integer.parseInt(segment));
        at = new int[] {node.line, node.column};
      } else {
        break;
      }
    }
    return at;
  }

  /**
   * The position of a line and column of a string's value in the text the string is written in:
   * exact for a YAML literal block ({@code |}) and for a JSON string (escapes counted), the
   * string's start otherwise.
   */
  static int[] inString(String text, TemplateNode string, boolean yaml, int line, int column) {
    int[] fallback = {string.line, string.column};
    int at = string.start;
    if (text == null || at < 0) {
      return fallback;
    }
    if (at < text.length() && text.charAt(at) == '!') {
      while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
        at++; // the tag
      }
      while (at < text.length() && text.charAt(at) == ' ') {
        at++;
      }
    }
    if (at >= text.length()) {
      return fallback;
    }
    char first = text.charAt(at);
    if (yaml && first == '|') {
      int indent = blockIndent(text, at);
      int headerLine = lineOf(text, at);
      return indent < 0 ? fallback : new int[] {headerLine + line, indent + column};
    }
    if (first == '"' && !yaml) {
      return inJsonString(text, at, line, column, fallback);
    }
    return fallback;
  }

  /** The indentation of a literal block's content, the first line that is not blank. */
  static int blockIndent(String text, int header) {
    int i = text.indexOf('\n', header);
    while (i >= 0 && i + 1 < text.length()) {
      int lineStart = i + 1;
      int j = lineStart;
      while (j < text.length() && text.charAt(j) == ' ') {
        j++;
      }
      if (j < text.length() && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
        return j - lineStart;
      }
      i = text.indexOf('\n', lineStart);
    }
    return -1;
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Walks a JSON string literal, decoding escapes, to the raw place of a decoded position. */
  private static int[] inJsonString(String text, int quote, int line, int column, int[] fallback) {
    int rawLine = lineOf(text, quote);
    int rawColumn = quote - text.lastIndexOf('\n', quote - 1); // 1-based column of the quote
    int decodedLine = 1;
    int decodedColumn = 1;
    int i = quote + 1;
    rawColumn++;
    while (i < text.length() && text.charAt(i) != '"') {
      if (decodedLine == line && decodedColumn == column) {
        return new int[] {rawLine, rawColumn};
      }
      char c = text.charAt(i);
      int width = 1;
      char decoded = c;
      if (c == '\\' && i + 1 < text.length()) {
        char e = text.charAt(i + 1);
        width = e == 'u' ? 6 : 2;
        decoded = e == 'n' ? '\n' : e == 'u' && i + 6 <= text.length()
            ? (char) Integer.parseInt(text.substring(i + 2, i + 6), 16) : e;
      }
      if (decoded == '\n') {
        decodedLine++;
        decodedColumn = 1;
      } else {
        decodedColumn++;
      }
      i += width;
      rawColumn += width;
    }
    return fallback;
  }
}
