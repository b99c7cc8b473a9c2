package io.asl4j.templates;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * Writes a {@link TemplateNode} as JSON text: compact, or indented by two spaces per level with
 * every line after the first moved right by a given margin, so that the text can stand in for a
 * value nested in a template (JSON, or YAML, which reads JSON as its flow style). Indented, an
 * intrinsic function stays on one line, as people write them:
 * {@code {"Fn::GetAtt": ["Fn", "Arn"]}}.
 */
final class JsonText {

  private JsonText() {}

  /** The value on one line, without spaces. */
  static String compact(TemplateNode node) {
    StringBuilder sb = new StringBuilder();
    write(sb, node, -1, 0);
    return sb.toString();
  }

  /**
   * The value indented: two spaces per level, each line after the first starting with
   * {@code margin} spaces.
   */
  static String pretty(TemplateNode node, int margin) {
    StringBuilder sb = new StringBuilder();
    write(sb, node, margin, 0);
    return sb.toString();
  }

  /** A string as a JSON string literal, quotes included. */
  static String quote(String s) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
  }

  /** Margin for one line with spaces after separators. */
  private static final int ONE_LINE = -2;

  /** Intrinsic calls longer than this on one line are indented like any value. */
  private static final int SHORT = 80;

  private static void write(StringBuilder sb, TemplateNode node, int margin, int depth) {
    if (margin >= 0 && node.intrinsic() != null) {
      StringBuilder line = new StringBuilder();
      write(line, node, ONE_LINE, 0);
      if (line.length() <= SHORT) {
        sb.append(line);
        return;
      }
    }
    switch (node.kind) {
      case OBJECT -> {
        if (node.children.isEmpty()) {
          sb.append("{}");
          return;
        }
        sb.append('{');
        for (int i = 0; i < node.children.size(); i++) {
          if (i > 0) {
            sb.append(margin == ONE_LINE ? ", " : ",");
          }
          newline(sb, margin, depth + 1);
          sb.append(quote(node.names.get(i))).append(margin == -1 ? ":" : ": ");
          write(sb, node.children.get(i), margin, depth + 1);
        }
        newline(sb, margin, depth);
        sb.append('}');
      }
      case ARRAY -> {
        if (node.children.isEmpty()) {
          sb.append("[]");
          return;
        }
        sb.append('[');
        for (int i = 0; i < node.children.size(); i++) {
          if (i > 0) {
            sb.append(margin == ONE_LINE ? ", " : ",");
          }
          newline(sb, margin, depth + 1);
          write(sb, node.children.get(i), margin, depth + 1);
        }
        newline(sb, margin, depth);
        sb.append(']');
      }
      case STRING -> sb.append(quote(node.text));
      case NUMBER -> sb.append(node.text);
      case TRUE -> sb.append("true");
      case FALSE -> sb.append("false");
      case NULL -> sb.append("null");
      default -> throw new IllegalStateException(String.valueOf(node.kind));
    }
  }

  private static void newline(StringBuilder sb, int margin, int depth) {
    if (margin < 0) {
      return;
    }
    sb.append('\n');
    sb.append(" ".repeat(margin + 2 * depth));
  }
}
