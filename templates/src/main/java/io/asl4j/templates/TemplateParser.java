package io.asl4j.templates;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads JSON or YAML text into a {@link TemplateNode} tree with positions, on Jackson's streaming
 * parsers. CloudFormation's short tags become their long forms: {@code !Ref X} is
 * {@code {"Ref": "X"}}, {@code !Condition C} is {@code {"Condition": "C"}}, every other
 * {@code !Name v} is {@code {"Fn::Name": v}}, and {@code !GetAtt A.B} is
 * {@code {"Fn::GetAtt": ["A", "B"]}}. Duplicate keys are refused (one of the values would be lost),
 * and so are YAML aliases, which CloudFormation does not take.
 */
final class TemplateParser {

  /** The short tags CloudFormation reads, without their {@code !}. */
  static final List<String> SHORT_TAGS = List.of("And", "Base64", "Cidr", "Condition", "Equals",
      "FindInMap", "GetAZs", "GetAtt", "If", "ImportValue", "Join", "Length", "Not", "Or", "Ref",
      "Select", "Split", "Sub", "ToJsonString", "Transform");

  private static final Pattern JSON_NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private static final JsonFactory JSON = new JsonFactory();
  private static final YAMLFactory YAML = new YAMLFactory();

  private final String file;
  private final JsonParser parser;
  private final boolean yaml;

  private TemplateParser(String file, JsonParser parser, boolean yaml) {
    this.file = file;
    this.parser = parser;
    this.yaml = yaml;
  }

  /** Whether a file name says YAML: {@code .yaml}, {@code .yml}. */
  static boolean isYamlName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }

  /**
   * Whether a template is YAML: by its name, or, for a name that says neither YAML nor
   * {@code .json} (CloudFormation's {@code .template}, standard input), by its first character:
   * JSON starts with {@code '{'}.
   */
  static boolean isYaml(String fileName, String text) {
    if (isYamlName(fileName)) {
      return true;
    }
    if (fileName.toLowerCase(Locale.ROOT).endsWith(".json")) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return c != '{';
      }
    }
    return false;
  }

  /**
   * Parses a whole document.
   *
   * @param file the file name for messages
   * @param text the text (a leading byte order mark is skipped)
   * @param yaml YAML rather than JSON
   * @return the root value
   * @throws TemplateException if the text is not well-formed
   */
  static TemplateNode parse(String file, String text, boolean yaml) {
    int from = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    String body = from == 0 ? text : " " + text.substring(1); // keeps every offset in place
    try (JsonParser p = yaml ? YAML.createParser(body) : JSON.createParser(body)) {
      TemplateParser t = new TemplateParser(file, p, yaml);
      JsonToken first = t.next();
      if (first == null) {
        throw new TemplateException(file, 1, 1, "the file is empty; expected a template");
      }
      TemplateNode root = t.value(first);
      if (t.next() != null) {
        JsonLocation at = p.currentTokenLocation();
        throw new TemplateException(file, at.getLineNr(), at.getColumnNr(),
            "unexpected content after the end of the document");
      }
      return root;
    } catch (IOException e) {
      throw new IllegalStateException(e); // text parsing does no I/O; parse errors are mapped
    }
  }

  private JsonToken next() throws IOException {
    try {
      return parser.nextToken();
    } catch (JsonProcessingException e) {
      throw syntaxError(e);
    }
  }

  private TemplateNode value(JsonToken t) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    Object typeId = yaml ? parser.getTypeId() : null;
    String tag = typeId == null ? null : typeId.toString();
    if (yaml && ((YAMLParser) parser).isCurrentAlias()) {
      throw new TemplateException(file, at.getLineNr(), at.getColumnNr(), "the YAML alias *"
          + parser.getText() + " is not supported; CloudFormation does not resolve aliases,"
          + " write the value out");
    }
    TemplateNode node = plain(t, at);
    if (tag == null || tag.startsWith("tag:yaml.org,2002:")) {
      return node;
    }
    return shortForm(tag, node, at);
  }

  private TemplateNode plain(JsonToken t, JsonLocation at) throws IOException {
    int line = at.getLineNr();
    int column = at.getColumnNr();
    int start = (int) at.getCharOffset();
    switch (t) {
      case START_OBJECT: {
        TemplateNode n = new TemplateNode(TemplateNode.Kind.OBJECT, null, line, column, start);
        JsonToken next;
        int lastEnd = start;
        while ((next = next()) == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          JsonLocation nameAt = parser.currentTokenLocation();
          if (n.get(name) != null) {
            throw new TemplateException(file, nameAt.getLineNr(), nameAt.getColumnNr(),
                "duplicate key " + JsonText.quote(name) + "; each key may appear once per"
                    + " object, or one of the values would be lost");
          }
          TemplateNode child = value(next());
          n.add(name, new int[] {nameAt.getLineNr(), nameAt.getColumnNr()}, child);
          lastEnd = child.end;
        }
        n.end = closing(lastEnd);
        return n;
      }
      case START_ARRAY: {
        TemplateNode n = new TemplateNode(TemplateNode.Kind.ARRAY, null, line, column, start);
        JsonToken next;
        int lastEnd = start;
        while ((next = next()) != JsonToken.END_ARRAY) {
          TemplateNode child = value(next);
          n.children.add(child);
          lastEnd = child.end;
        }
        n.end = closing(lastEnd);
        return n;
      }
      default:
        break;
    }
    TemplateNode n;
    switch (t) {
      case VALUE_STRING:
        n = new TemplateNode(TemplateNode.Kind.STRING, parser.getText(), line, column, start);
        break;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT: {
        String text = parser.getText();
        if (!JSON_NUMBER.matcher(text).matches()) {
          text = parser.getNumberValue().toString(); // YAML's 0x1F, 1_000, +1, .5
        }
        n = new TemplateNode(TemplateNode.Kind.NUMBER, text, line, column, start);
        break;
      }
      case VALUE_TRUE:
        n = new TemplateNode(TemplateNode.Kind.TRUE, null, line, column, start);
        break;
      case VALUE_FALSE:
        n = new TemplateNode(TemplateNode.Kind.FALSE, null, line, column, start);
        break;
      case VALUE_NULL:
        n = new TemplateNode(TemplateNode.Kind.NULL, null, line, column, start);
        break;
      default:
        throw new IllegalStateException("unexpected token " + t);
    }
    n.end = (int) parser.currentLocation().getCharOffset();
    return n;
  }

  /**
   * Where a collection ends: just past its closing bracket, or, for a YAML block collection
   * (which has none), where its last value ends.
   */
  private int closing(int lastEnd) {
    JsonLocation token = parser.currentTokenLocation();
    JsonLocation after = parser.currentLocation();
    return after.getCharOffset() > token.getCharOffset() ? (int) after.getCharOffset() : lastEnd;
  }

  /** A short tag's long form around the value it tags. */
  private TemplateNode shortForm(String tag, TemplateNode value, JsonLocation at) {
    if (!SHORT_TAGS.contains(tag)) {
      throw new TemplateException(file, at.getLineNr(), at.getColumnNr(), "unknown tag !" + tag
          + "; CloudFormation's short forms are !" + String.join(", !", SHORT_TAGS));
    }
    String name = tag.equals("Ref") || tag.equals("Condition") ? tag : "Fn::" + tag;
    TemplateNode argument = value;
    if (tag.equals("GetAtt") && value.isString()) {
      // !GetAtt Resource.Attribute; the attribute may hold dots itself (Outputs.Name)
      int dot = value.text.indexOf('.');
      if (dot <= 0 || dot == value.text.length() - 1) {
        throw new TemplateException(file, at.getLineNr(), at.getColumnNr(), "!GetAtt "
            + value.text + " names no attribute; expected !GetAtt Resource.Attribute");
      }
      argument = new TemplateNode(TemplateNode.Kind.ARRAY, null, value.line, value.column,
          value.start);
      argument.end = value.end;
      argument.children.add(TemplateNode.string(value.text.substring(0, dot)));
      argument.children.add(TemplateNode.string(value.text.substring(dot + 1)));
    }
    TemplateNode call = new TemplateNode(TemplateNode.Kind.OBJECT, null, value.line,
        value.column, value.start);
    call.end = value.end;
    call.add(name, new int[] {value.line, value.column}, argument);
    return call;
  }

  private TemplateException syntaxError(JsonProcessingException e) {
    JsonLocation loc = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
    int column = loc == null ? 1 : Math.max(1, loc.getColumnNr());
    String message;
    if (e.getCause() instanceof MarkedYAMLException y) {
      message = "malformed YAML: " + y.getProblem()
          + (y.getContext() == null || y.getContextMark() == null ? ""
              : " (" + y.getContext() + " at " + (y.getContextMark().getLine() + 1) + ":"
                  + (y.getContextMark().getColumn() + 1) + ")");
      if (y.getProblemMark() != null) {
        line = y.getProblemMark().getLine() + 1;
        column = y.getProblemMark().getColumn() + 1;
      }
    } else {
      String original = e.getOriginalMessage();
      int cut = original.indexOf('\n');
      message = (yaml ? "malformed YAML: " : "malformed JSON: ")
          + (cut < 0 ? original : original.substring(0, cut));
    }
    return new TemplateException(file, line, column, message);
  }
}
