package io.asl4j.json;

/**
 * Finds where a JSON pointer points in a source text, so that findings about a model can be reported
 * at a line and column. Built on demand: only text that has something to report pays for it.
 */
public final class SourceMap {

  private static final SourceMap NONE = new SourceMap(null);

  private final Node root;

  private SourceMap(Node root) {
    this.root = root;
  }

  /**
   * Maps a JSON text. Text that is not JSON gives a map that places everything at 1:1.
   *
   * @param text the JSON text
   * @return the map
   */
  public static SourceMap of(String text) {
    try {
      return new SourceMap(TreeParser.parse(text));
    } catch (AslReadException notJson) {
      return NONE;
    }
  }

  /**
   * Returns the position of the value a pointer names: the position of its member name for an
   * object member, of the value itself for an array element. A pointer to something absent (a
   * missing field, say) gives the position of the nearest enclosing value that exists.
   *
   * @param pointer an RFC 6901 JSON pointer, {@code ""} for the document
   * @return {line, column}, both 1-based
   */
  public int[] position(String pointer) {
    if (root == null) {
      return new int[] {1, 1};
    }
    Node node = root;
    long at = root.position;
    int i = pointer.isEmpty() ? pointer.length() : 1;
    while (i < pointer.length() + 1 && !pointer.isEmpty()) {
      int end = pointer.indexOf('/', i);
      if (end < 0) {
        end = pointer.length();
      }
      String segment = pointer.substring(i, end).replace("~1", "/").replace("~0", "~");
      if (node.kind == Node.OBJECT) {
        int k = node.indexOf(segment);
        if (k < 0) {
          break;
        }
        at = node.namePositions[k];
        node = node.children[k];
      } else if (node.kind == Node.ARRAY && isIndex(segment)
          && Integer.parseInt(segment) < node.size) {
        node = node.children[Integer.parseInt(segment)];
        at = node.position;
      } else {
        break;
      }
      i = end + 1;
    }
    return new int[] {Node.line(at), Node.column(at)};
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
