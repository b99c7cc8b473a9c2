package io.asl4j.json;

/**
 * JSON pointers (RFC 6901) as asl4j writes them in diagnostics and messages: one escaping of
 * member names, so that a state named {@code "a/b"} is {@code /States/a~1b} everywhere.
 */
public final class JsonPointer {

  private JsonPointer() {}

  /**
   * Escapes a member name as a pointer segment: {@code ~} becomes {@code ~0}, {@code /} becomes
   * {@code ~1}.
   *
   * @param segment the member name or array index
   * @return the segment as it appears in a pointer
   */
  public static String escape(String segment) {
    if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) {
      return segment;
    }
    return segment.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The pointer to a member or element below another.
   *
   * @param pointer the parent's pointer ({@code ""} for the document)
   * @param segment the member name or array index, unescaped
   * @return {@code pointer + "/" + escape(segment)}
   */
  public static String child(String pointer, String segment) {
    return pointer + "/" + escape(segment);
  }
}
