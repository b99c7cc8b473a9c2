package io.asl4j.diagram;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Prints a {@link Layout} as a Mermaid flowchart: every node declared first (Mermaid puts a node
 * in the subgraph where it first appears), then the edges, then the styles.
 */
final class MermaidWriter {

  private final StringBuilder out = new StringBuilder();
  private final Set<Layout.Kind> used = EnumSet.noneOf(Layout.Kind.class);

  private MermaidWriter() {}

  static String write(Layout layout) {
    return new MermaidWriter().print(layout);
  }

  private String print(Layout layout) {
    out.append("flowchart TD\n");
    items(layout.items(), "  ");
    List<Integer> catches = new ArrayList<>();
    for (int i = 0; i < layout.edges().size(); i++) {
      Layout.Edge e = layout.edges().get(i);
      String arrow = e.style() == Layout.Style.PLAIN ? "-->" : "-.->";
      out.append("  ").append(e.from()).append(' ').append(arrow);
      if (!e.label().isEmpty()) {
        out.append("|\"").append(escape(e.label())).append("\"|");
      }
      out.append(' ').append(e.to()).append('\n');
      if (e.style() == Layout.Style.CATCH) {
        catches.add(i); // linkStyle addresses edges by their position
      }
    }
    Set<String> defined = new HashSet<>();
    for (Layout.Kind kind : used) {
      if (defined.add(className(kind))) { // START and END share a class
        out.append("  classDef ").append(className(kind)).append(' ').append(style(kind))
            .append('\n');
      }
    }
    if (!catches.isEmpty()) {
      out.append("  linkStyle ");
      for (int i = 0; i < catches.size(); i++) {
        out.append(i == 0 ? "" : ",").append(catches.get(i));
      }
      out.append(" stroke:#c62828,color:#c62828\n");
    }
    coverage(layout);
    return out.toString();
  }

  /** With a {@link Highlight}: classes for covered and uncovered states, styles for edges. */
  private void coverage(Layout layout) {
    List<String> covered = new ArrayList<>();
    List<String> uncovered = new ArrayList<>();
    nodeMarks(layout.items(), covered, uncovered);
    List<String> coveredEdges = new ArrayList<>();
    List<String> uncoveredEdges = new ArrayList<>();
    for (int i = 0; i < layout.edges().size(); i++) {
      switch (layout.edges().get(i).mark()) {
        case COVERED -> coveredEdges.add(Integer.toString(i));
        case UNCOVERED -> uncoveredEdges.add(Integer.toString(i));
        default -> { }
      }
    }
    if (covered.isEmpty() && uncovered.isEmpty() && coveredEdges.isEmpty()
        && uncoveredEdges.isEmpty()) {
      return;
    }
    out.append("  classDef covered stroke:#2e7d32,stroke-width:3px\n");
    out.append("  classDef uncovered fill:#f5f5f5,stroke:#9e9e9e,color:#757575,"
        + "stroke-dasharray:4 3\n");
    if (!covered.isEmpty()) {
      out.append("  class ").append(String.join(",", covered)).append(" covered\n");
    }
    if (!uncovered.isEmpty()) {
      out.append("  class ").append(String.join(",", uncovered)).append(" uncovered\n");
    }
    if (!coveredEdges.isEmpty()) {
      out.append("  linkStyle ").append(String.join(",", coveredEdges))
          .append(" stroke:#2e7d32,stroke-width:3px\n");
    }
    if (!uncoveredEdges.isEmpty()) {
      out.append("  linkStyle ").append(String.join(",", uncoveredEdges))
          .append(" stroke:#9e9e9e,stroke-dasharray:3 3\n");
    }
  }

  private static void nodeMarks(List<Layout.Item> items, List<String> covered,
      List<String> uncovered) {
    for (Layout.Item item : items) {
      if (item instanceof Layout.Node n) {
        if (n.mark() == Highlight.Mark.COVERED) {
          covered.add(n.id());
        } else if (n.mark() == Highlight.Mark.UNCOVERED) {
          uncovered.add(n.id());
        }
      } else {
        nodeMarks(((Layout.Cluster) item).items(), covered, uncovered);
      }
    }
  }

  private void items(List<Layout.Item> items, String indent) {
    for (Layout.Item item : items) {
      if (item instanceof Layout.Node n) {
        used.add(n.kind());
        String[] shape = shape(n.kind());
        out.append(indent).append(n.id()).append(shape[0]).append('"');
        for (int i = 0; i < n.lines().size(); i++) {
          out.append(i == 0 ? "" : "<br/>").append(escape(n.lines().get(i)));
        }
        out.append('"').append(shape[1]).append(":::").append(className(n.kind())).append('\n');
      } else {
        Layout.Cluster c = (Layout.Cluster) item;
        out.append(indent).append("subgraph ").append(c.id()).append(" [\"")
            .append(escape(c.title())).append("\"]\n");
        items(c.items(), indent + "  ");
        out.append(indent).append("end\n");
      }
    }
  }

  /** Opening and closing brackets of each kind's shape. */
  private static String[] shape(Layout.Kind kind) {
    return switch (kind) {
      case START, END, JOIN -> new String[] {"((", "))"};
      case TASK, RAW, MISSING -> new String[] {"[", "]"};
      case PASS -> new String[] {"(", ")"};
      case CHOICE -> new String[] {"{", "}"};
      case WAIT -> new String[] {"[/", "/]"};
      case SUCCEED -> new String[] {"([", "])"};
      case FAIL -> new String[] {"{{", "}}"};
      case PARALLEL, MAP -> new String[] {"[[", "]]"};
    };
  }

  private static String className(Layout.Kind kind) {
    return switch (kind) {
      case START, END -> "marker";
      default -> kind.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String style(Layout.Kind kind) {
    return switch (kind) {
      case START, END -> "fill:#333333,stroke:#333333,color:#ffffff";
      case TASK -> "fill:#eef4ff,stroke:#3b6fd8";
      case PASS -> "fill:#f2f2f2,stroke:#888888";
      case CHOICE -> "fill:#fff4e0,stroke:#e0a030";
      case WAIT -> "fill:#f3ecff,stroke:#8a63d2";
      case SUCCEED -> "fill:#dff5e1,stroke:#2e7d32,color:#1b5e20";
      case FAIL -> "fill:#fde2e2,stroke:#c62828,color:#b71c1c,stroke-width:2px";
      case PARALLEL -> "fill:#e6f7f7,stroke:#00897b";
      case MAP -> "fill:#fff0f6,stroke:#c2185b";
      case RAW -> "fill:#ffffff,stroke:#888888,stroke-dasharray:4 3";
      case MISSING -> "fill:#ffffff,stroke:#c62828,color:#c62828,stroke-dasharray:4 3";
      case JOIN -> "fill:#ffffff,stroke:#00897b";
    };
  }

  /**
   * Escapes cleaned text for a double-quoted Mermaid label: characters that end the string, start
   * an entity, an HTML tag, a markdown string or a directive, or could read as syntax, become
   * Mermaid entity codes ({@code #quot;}, {@code #35;}, ...).
   */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> sb.append("#quot;");
        case '#' -> sb.append("#35;");
        case '&' -> sb.append("#amp;");
        case '<' -> sb.append("#lt;");
        case '>' -> sb.append("#gt;");
        case '|' -> sb.append("#124;");
        case ';' -> sb.append("#59;");
        case '\\' -> sb.append("#92;");
        case '[' -> sb.append("#91;");
        case ']' -> sb.append("#93;");
        case '{' -> sb.append("#123;");
        case '}' -> sb.append("#125;");
        case '`' -> sb.append("#96;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
