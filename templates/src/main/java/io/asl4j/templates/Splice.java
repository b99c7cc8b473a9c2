package io.asl4j.templates;

/**
 * Writes a new value in place of one value of a template's text, leaving every other character
 * as it was, then reads the result again to check that it is the template with that one value
 * replaced: a splice that would change anything else is a bug, and is refused rather than
 * written.
 */
final class Splice {

  private final String name;
  private final String text;
  private final boolean yaml;
  private final TemplateNode root;

  Splice(String name, String text, boolean yaml, TemplateNode root) {
    this.name = name;
    this.text = text;
    this.yaml = yaml;
    this.root = root;
  }

  /**
   * The text with a value replaced by another: in YAML, a mapping that starts a line of its own in
   * block style; otherwise as indented JSON (which YAML reads as its flow style), indented under
   * the line it starts on.
   */
  String replace(TemplateNode target, TemplateNode replacement) {
    int lineStart = text.lastIndexOf('\n', target.start - 1) + 1;
    int indent = 0;
    while (lineStart + indent < text.length() && text.charAt(lineStart + indent) == ' ') {
      indent++;
    }
    boolean afterKey = !text.substring(lineStart, target.start).isBlank();
    if (yaml && !afterKey && target.isObject() && replacement.isObject()
        && !replacement.children.isEmpty()) {
      // a block mapping that starts a line of its own stays one
      try {
        return checked(target, replacement, YamlText.mapping(replacement,
            target.start - lineStart));
      } catch (IllegalStateException notTheSame) {
        // JSON, which YAML reads as its flow style, says the same in every case
      }
    }
    // YAML: the lines of a flow value must stand to the right of the key that holds it
    int margin = yaml && afterKey ? indent + 2 : indent;
    return checked(target, replacement, JsonText.pretty(replacement, margin));
  }

  /**
   * The text with a string replaced: a JSON string literal in JSON; in YAML, a literal block
   * ({@code |}) where the string was one and the new text can be one, else a double-quoted
   * string. A YAML tag before the string ({@code !Sub}) is kept.
   */
  String replaceString(TemplateNode target, String value) {
    TemplateNode replacement = TemplateNode.string(value);
    if (!yaml) {
      return checked(target, replacement, JsonText.quote(value));
    }
    int at = target.start;
    String tag = "";
    if (text.charAt(at) == '!') {
      while (!Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      tag = text.substring(target.start, at) + " ";
      while (text.charAt(at) == ' ') {
        at++;
      }
    }
    if (text.charAt(at) == '|') {
      int indent = Positions.blockIndent(text, at);
      String block = literal(value, indent);
      if (indent > 0 && block != null) {
        try {
          return checked(target, replacement, tag + block);
        } catch (IllegalStateException notTheSame) {
          // a double-quoted string says the same in every case
        }
      }
    }
    return checked(target, replacement, tag + JsonText.quote(value));
  }

  /** A literal block scalar for a text, or null when the text cannot be written as one. */
  private static String literal(String value, int indent) {
    if (value.isEmpty() || value.startsWith(" ") || value.startsWith("\n")
        || value.indexOf('\r') >= 0 || value.endsWith("\n\n")) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\t') {
        return null;
      }
    }
    boolean clip = value.endsWith("\n");
    String body = clip ? value.substring(0, value.length() - 1) : value;
    StringBuilder sb = new StringBuilder(clip ? "|" : "|-");
    String pad = " ".repeat(indent);
    for (String line : body.split("\n", -1)) {
      sb.append('\n');
      if (!line.isEmpty()) {
        sb.append(pad).append(line);
      }
    }
    return sb.toString();
  }

  /** Splices, reads the result and compares it with the expected tree. */
  private String checked(TemplateNode target, TemplateNode replacement, String written) {
    int end = target.end;
    while (end > target.start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    String result = text.substring(0, target.start) + written + text.substring(end);
    TemplateNode expected = replaced(root, target, replacement);
    TemplateNode actual;
    try {
      actual = TemplateParser.parse(name, result, yaml);
    } catch (TemplateException e) {
      throw new IllegalStateException("putting back into " + name + " would break it: "
          + e.getMessage());
    }
    if (!actual.sameTree(expected)) {
      throw new IllegalStateException("putting back into " + name + " would change more than"
          + " the definition");
    }
    return result;
  }

  private static TemplateNode replaced(TemplateNode n, TemplateNode target,
      TemplateNode replacement) {
    if (n == target) {
      return replacement;
    }
    TemplateNode c = new TemplateNode(n.kind, n.text, n.line, n.column, n.start);
    for (int i = 0; i < n.children.size(); i++) {
      TemplateNode child = replaced(n.children.get(i), target, replacement);
      if (n.isObject()) {
        c.add(n.names.get(i), n.namePositions.get(i), child);
      } else {
        c.children.add(child);
      }
    }
    return c;
  }
}
