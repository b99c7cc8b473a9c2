package io.asl4j.diagram;

import java.util.List;

/**
 * Prints a {@link Layout} as a Graphviz DOT digraph: nodes (Parallel branches and Map processors
 * as {@code cluster_} subgraphs), then edges. Every id is generated; every label is a
 * double-quoted string.
 */
final class DotWriter {

  private final StringBuilder out = new StringBuilder();

  private DotWriter() {}

  static String write(Layout layout) {
    return new DotWriter().print(layout);
  }

  private String print(Layout layout) {
    out.append("digraph workflow {\n");
    items(layout.items(), "  ");
    for (Layout.Edge e : layout.edges()) {
      out.append("  ").append(e.from()).append(" -> ").append(e.to());
      String attributes = switch (e.style()) {
        case PLAIN -> "";
        case DEFAULT -> ", style=dashed";
        case CATCH -> ", style=dashed, color=\"#c62828\", fontcolor=\"#c62828\"";
      } + switch (e.mark()) {
        case NONE -> "";
        case COVERED -> ", penwidth=2.5, color=\"#2e7d32\"";
        case UNCOVERED -> ", style=dotted, color=\"#9e9e9e\", fontcolor=\"#757575\"";
      };
      if (!e.label().isEmpty()) {
        out.append(" [label=\"").append(escape(e.label())).append('"').append(attributes)
            .append(']');
      } else if (!attributes.isEmpty()) {
        out.append(" [").append(attributes.substring(2)).append(']');
      }
      out.append(";\n");
    }
    out.append("}\n");
    return out.toString();
  }

  private void items(List<Layout.Item> items, String indent) {
    for (Layout.Item item : items) {
      if (item instanceof Layout.Node n) {
        out.append(indent).append(n.id()).append(" [label=\"");
        for (int i = 0; i < n.lines().size(); i++) {
          out.append(i == 0 ? "" : "\\n").append(escape(n.lines().get(i)));
        }
        out.append("\", ").append(attributes(n.kind())).append(switch (n.mark()) {
          case NONE -> "";
          case COVERED -> ", penwidth=3, color=\"#2e7d32\"";
          case UNCOVERED -> ", style=\"filled,dashed\", fillcolor=\"#f5f5f5\", color=\"#9e9e9e\","
              + " fontcolor=\"#757575\"";
        }).append("];\n");
      } else {
        Layout.Cluster c = (Layout.Cluster) item;
        out.append(indent).append("subgraph cluster_").append(c.id()).append(" {\n")
            .append(indent).append("  label=\"").append(escape(c.title())).append("\";\n")
            .append(indent).append("  style=dashed;\n");
        items(c.items(), indent + "  ");
        out.append(indent).append("}\n");
      }
    }
  }

  private static String attributes(Layout.Kind kind) {
    return switch (kind) {
      case START -> "shape=circle, style=filled, fillcolor=\"#333333\", fontcolor=\"#ffffff\"";
      case END -> "shape=doublecircle, style=filled, fillcolor=\"#333333\", fontcolor=\"#ffffff\"";
      case TASK -> "shape=box, style=filled, fillcolor=\"#eef4ff\", color=\"#3b6fd8\"";
      case PASS -> "shape=box, style=\"rounded,filled\", fillcolor=\"#f2f2f2\", color=\"#888888\"";
      case CHOICE -> "shape=diamond, style=filled, fillcolor=\"#fff4e0\", color=\"#e0a030\"";
      case WAIT -> "shape=parallelogram, style=filled, fillcolor=\"#f3ecff\", color=\"#8a63d2\"";
      case SUCCEED -> "shape=oval, style=filled, fillcolor=\"#dff5e1\", color=\"#2e7d32\"";
      case FAIL -> "shape=doubleoctagon, style=filled, fillcolor=\"#fde2e2\", color=\"#c62828\"";
      case PARALLEL -> "shape=box, peripheries=2, style=filled, fillcolor=\"#e6f7f7\","
          + " color=\"#00897b\"";
      case MAP -> "shape=box3d, style=filled, fillcolor=\"#fff0f6\", color=\"#c2185b\"";
      case RAW -> "shape=box, style=dashed, color=\"#888888\"";
      case MISSING -> "shape=box, style=dashed, color=\"#c62828\", fontcolor=\"#c62828\"";
      case JOIN -> "shape=circle, color=\"#00897b\", fontsize=10";
    };
  }

  /**
   * Escapes cleaned text for a double-quoted DOT string: {@code "} and {@code \} get a backslash
   * (so no {@code \n}, {@code \N} or {@code \G} escape can form), and {@code &} becomes
   * {@code &amp;} because Graphviz decodes HTML entities in labels.
   */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '&' -> sb.append("&amp;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
