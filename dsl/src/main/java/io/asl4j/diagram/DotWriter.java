package io.asl4j.diagram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
      Map<String, String> a = new LinkedHashMap<>();
      switch (e.style()) {
        case PLAIN -> { }
        case DEFAULT -> a.put("style", "dashed");
        case CATCH -> {
          a.put("style", "dashed");
          a.put("color", "\"#c62828\"");
          a.put("fontcolor", "\"#c62828\"");
        }
      }
      // a coverage mark overrides the style's attributes of the same name where they stand
      switch (e.mark()) {
        case NONE -> { }
        case COVERED -> {
          a.put("penwidth", "2.5");
          a.put("color", "\"#2e7d32\"");
        }
        case UNCOVERED -> {
          a.put("style", "dotted");
          a.put("color", "\"#9e9e9e\"");
          a.put("fontcolor", "\"#757575\"");
        }
      }
      String attributes = a.isEmpty() ? "" : ", " + join(a);
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
        Map<String, String> a = attributes(n.kind());
        switch (n.mark()) {
          case NONE -> { }
          case COVERED -> {
            a.put("penwidth", "3");
            a.put("color", "\"#2e7d32\"");
          }
          case UNCOVERED -> {
            // the kind's own style (rounded, filled) kept, dashed added
            String style = a.getOrDefault("style", "filled").replace("\"", "");
            a.put("style", "\"" + (style.contains("filled") ? style : style + ",filled")
                + ",dashed\"");
            a.put("fillcolor", "\"#f5f5f5\"");
            a.put("color", "\"#9e9e9e\"");
            a.put("fontcolor", "\"#757575\"");
          }
        }
        out.append("\", ").append(join(a)).append("];\n");
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

  /** A kind's attributes, in the order they are printed; the caller may override some. */
  private static Map<String, String> attributes(Layout.Kind kind) {
    return parse(switch (kind) {
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
    });
  }

  /** Reads {@code name=value, ...} (our own constants: no comma-space inside a value). */
  private static Map<String, String> parse(String attributes) {
    Map<String, String> a = new LinkedHashMap<>();
    for (String pair : attributes.split(", ")) {
      int eq = pair.indexOf('=');
      a.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return a;
  }

  private static String join(Map<String, String> attributes) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append('=').append(e.getValue());
    }
    return sb.toString();
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
