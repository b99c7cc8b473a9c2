package io.asl4j.templates;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes a {@link TemplateNode} in YAML's block style, as a person writes a definition in a SAM
 * template: mappings and sequences by indentation, strings plain where YAML reads them back as the
 * same string (quoted otherwise), {@code Ref} and {@code Fn::GetAtt} as {@code !Ref X} and
 * {@code !GetAtt A.B}, other intrinsic functions in their long forms.
 */
final class YamlText {

  /**
   * Strings YAML reads back unchanged when written plain: no indicator first, and none of the
   * characters that end or comment a plain scalar ({@code ": "} and {@code " #"} are ruled out
   * below).
   */
  private static final Pattern PLAIN =
      Pattern.compile("[A-Za-z_$/][A-Za-z0-9_$./:{}@+=*,'() -]*");

  /** Plain strings YAML 1.1 reads as something else: booleans, null. */
  private static final Pattern RESERVED =
      Pattern.compile("y|n|yes|no|on|off|true|false|null|~");

  private YamlText() {}

  /**
   * A mapping in block style: the first member on the current line, the others on lines of their
   * own starting with {@code indent} spaces.
   */
  static String mapping(TemplateNode object, int indent) {
    StringBuilder sb = new StringBuilder();
    members(sb, object, indent, true);
    return sb.toString();
  }

  private static void members(StringBuilder sb, TemplateNode object, int indent,
      boolean firstInline) {
    for (int i = 0; i < object.children.size(); i++) {
      if (i > 0 || !firstInline) {
        sb.append('\n').append(" ".repeat(indent));
      }
      sb.append(scalar(object.names.get(i))).append(':');
      value(sb, object.children.get(i), indent);
    }
  }

  /** A member's value after its key's colon. */
  private static void value(StringBuilder sb, TemplateNode v, int indent) {
    String tagged = shortForm(v);
    if (tagged != null) {
      sb.append(' ').append(tagged);
    } else if (v.isObject() && !v.children.isEmpty()) {
      members(sb, v, indent + 2, false);
    } else if (v.kind == TemplateNode.Kind.ARRAY && !v.children.isEmpty()) {
      for (TemplateNode element : v.children) {
        sb.append('\n').append(" ".repeat(indent + 2)).append("- ");
        element(sb, element, indent + 4);
      }
    } else {
      sb.append(' ').append(leaf(v));
    }
  }

  /** A sequence element after its {@code "- "}. */
  private static void element(StringBuilder sb, TemplateNode v, int indent) {
    String tagged = shortForm(v);
    if (tagged != null) {
      sb.append(tagged);
    } else if (v.isObject() && !v.children.isEmpty()) {
      members(sb, v, indent, true);
    } else {
      sb.append(leaf(v));
    }
  }

  /** {@code !Ref X} and {@code !GetAtt A.B} for the simple forms of the two; null otherwise. */
  private static String shortForm(TemplateNode v) {
    String fn = v.intrinsic();
    if (fn == null) {
      return null;
    }
    TemplateNode arg = v.children.get(0);
    if (fn.equals("Ref") && arg.isString()) {
      return "!Ref " + scalar(arg.text);
    }
    if (fn.equals("Fn::GetAtt") && arg.kind == TemplateNode.Kind.ARRAY
        && arg.children.size() == 2 && arg.children.get(0).isString()
        && arg.children.get(1).isString() && arg.children.get(0).text.indexOf('.') < 0) {
      return "!GetAtt " + scalar(arg.children.get(0).text + "." + arg.children.get(1).text);
    }
    return null;
  }

  /** A scalar, or an empty collection or a nested sequence in JSON's flow style. */
  private static String leaf(TemplateNode v) {
    return v.isString() ? scalar(v.text) : JsonText.compact(v);
  }

  /** A string plain when YAML reads it back as the same string, double-quoted otherwise. */
  static String scalar(String s) {
    boolean plain = PLAIN.matcher(s).matches() && !s.endsWith(":") && !s.endsWith(" ")
        && !s.contains(": ") && !s.contains(" #")
        && !RESERVED.matcher(s.toLowerCase(Locale.ROOT)).matches();
    return plain ? s : JsonText.quote(s);
  }
}
