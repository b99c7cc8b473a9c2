package io.asl4j.templates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A value of a template, read from JSON or YAML, with where it stands in the text: the tree the
 * template code works on. CloudFormation's short tags are already in their long forms here
 * ({@code !Ref X} is the object {@code {"Ref": "X"}}), so a YAML template and its JSON twin give
 * equal trees.
 */
final class TemplateNode {

  /** What kind of value this is. */
  enum Kind { OBJECT, ARRAY, STRING, NUMBER, TRUE, FALSE, NULL }

  final Kind kind;
  /** A string's characters, a number's text (as valid JSON); null otherwise. */
  final String text;
  /** 1-based line and column of the value's first character (a YAML tag's {@code !}). */
  final int line;
  final int column;
  /** Character offsets of the value in the text: its first character, and just past its last. */
  final int start;
  int end;
  /** Members of an object, in order. */
  final List<String> names = new ArrayList<>();
  /** Positions of member names: line and column pairs. */
  final List<int[]> namePositions = new ArrayList<>();
  /** Member values of an object, or elements of an array. */
  final List<TemplateNode> children = new ArrayList<>();

  TemplateNode(Kind kind, String text, int line, int column, int start) {
    this.kind = kind;
    this.text = text;
    this.line = line;
    this.column = column;
    this.start = start;
    this.end = start;
  }

  /** A value made by the tool rather than read, with no position. */
  static TemplateNode made(Kind kind, String text) {
    return new TemplateNode(kind, text, 0, 0, -1);
  }

  /** A string made by the tool. */
  static TemplateNode string(String text) {
    return made(Kind.STRING, text);
  }

  /** The member called {@code name}, or null. */
  TemplateNode get(String name) {
    int k = names.indexOf(name);
    return k < 0 ? null : children.get(k);
  }

  /** The position of the member name {@code name}: {line, column}, or null. */
  int[] namePosition(String name) {
    int k = names.indexOf(name);
    return k < 0 ? null : namePositions.get(k);
  }

  void add(String name, int[] namePosition, TemplateNode value) {
    names.add(name);
    namePositions.add(namePosition);
    children.add(value);
  }

  boolean isString() {
    return kind == Kind.STRING;
  }

  boolean isObject() {
    return kind == Kind.OBJECT;
  }

  /**
   * The name of the intrinsic function this object calls ({@code Ref}, {@code Fn::GetAtt}, ...),
   * or null when it is not an intrinsic: an object with one member named {@code Ref} or
   * {@code Fn::...}.
   */
  String intrinsic() {
    if (kind != Kind.OBJECT || names.size() != 1) {
      return null;
    }
    String name = names.get(0);
    return name.equals("Ref") || name.startsWith("Fn::") ? name : null;
  }

  /** A deep copy of this tree, positions included. */
  TemplateNode copy() {
    TemplateNode c = new TemplateNode(kind, text, line, column, start);
    c.end = end;
    c.names.addAll(names);
    c.namePositions.addAll(namePositions);
    for (TemplateNode child : children) {
      c.children.add(child.copy());
    }
    return c;
  }

  /**
   * Whether two trees hold the same JSON value: objects compare their members whatever the order,
   * numbers their values ({@code 1.0} equals {@code 1}); positions do not matter.
   */
  boolean sameTree(TemplateNode other) {
    if (other == null) {
      return false;
    }
    if (kind != other.kind) {
      return false;
    }
    switch (kind) {
      case STRING:
        return text.equals(other.text);
      case NUMBER:
        return new BigDecimal(text).compareTo(new BigDecimal(other.text)) == 0;
      case ARRAY:
        if (children.size() != other.children.size()) {
          return false;
        }
        for (int i = 0; i < children.size(); i++) {
          if (!children.get(i).sameTree(other.children.get(i))) {
            return false;
          }
        }
        return true;
      case OBJECT:
        if (names.size() != other.names.size()) {
          return false;
        }
        for (int i = 0; i < names.size(); i++) {
          if (!children.get(i).sameTree(other.get(names.get(i)))) {
            return false;
          }
        }
        return true;
      default:
        return true;
    }
  }

  @Override
  public String toString() {
    return JsonText.compact(this);
  }
}
