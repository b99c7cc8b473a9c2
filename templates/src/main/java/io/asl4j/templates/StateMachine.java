package io.asl4j.templates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One state machine found in a template: its logical id, its resource type, where its definition
 * is, and the definition itself as bare ASL JSON with every substitution kept as a
 * {@code ${Name}} placeholder.
 *
 * <p>Where the definition is decides how it is extracted and put back:
 * <ul>
 *   <li>an object ({@code Definition}, or {@code definition} of the Serverless Framework): written
 *       as indented JSON; an intrinsic function inside it ({@code {"Fn::GetAtt": ["Fn", "Arn"]}},
 *       {@code {"Ref": "Topic"}}) becomes a placeholder ({@code "${Fn.Arn}"}, {@code "${Topic}"},
 *       {@code "${ImportValue1}"} for other functions) listed in {@link #substitutions()}, and
 *       turns back into the same intrinsic when put back;
 *   <li>a string ({@code DefinitionString}, plain or in {@code Fn::Sub}): the text as written,
 *       whose {@code ${Name}} placeholders are already the substitutions' own;
 *   <li>{@code Fn::Join} of strings and intrinsics: the parts joined, {@code Ref} and
 *       {@code Fn::GetAtt} parts as {@code ${Name}} and {@code ${Resource.Attribute}}, as
 *       {@code Fn::Sub} would write them; a changed definition goes back as {@code Fn::Sub};
 *   <li>a file next to the template ({@code DefinitionUri} of SAM): the file as written;
 *   <li>elsewhere ({@code DefinitionS3Location}, a {@code DefinitionUri} in S3, a Serverless
 *       variable): listed, but {@link #definition()} refuses it with where it is.
 * </ul>
 */
public final class StateMachine {

  /** Where a definition is kept. */
  enum Form { OBJECT, STRING, JOIN, FILE, EXTERNAL }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

  private final String logicalId;
  private final String type;
  private final String where;
  private final String file;
  private final int line;
  private final int column;
  final Form form;
  /** The definition's node in the template (OBJECT, STRING: the string, JOIN: the call). */
  final TemplateNode node;
  /** The node that a changed definition replaces (the property's value, for JOIN). */
  final TemplateNode valueNode;
  /** The text of the template the node is in, for string positions; null for FILE. */
  final String text;
  final boolean yaml;
  private final Map<String, String> substitutions = new LinkedHashMap<>();
  /** Placeholder name to the intrinsic it stands for, in OBJECT and JOIN forms. */
  final Map<String, TemplateNode> intrinsics = new LinkedHashMap<>();
  /** The bare definition, or null when it cannot be given. */
  private final String definition;
  private final TemplateException problem;

  StateMachine(Builder b) {
    this.logicalId = b.logicalId;
    this.type = b.type;
    this.where = b.where;
    this.file = b.file;
    this.line = b.line;
    this.column = b.column;
    this.form = b.form;
    this.node = b.node;
    this.valueNode = b.valueNode == null ? b.node : b.valueNode;
    this.text = b.text;
    this.yaml = b.yaml;
    for (Map.Entry<String, TemplateNode> e : b.substitutions.entrySet()) {
      substitutions.put(e.getKey(), JsonText.compact(e.getValue()));
    }
    String bare = null;
    TemplateException failure = b.problem;
    if (failure == null) {
      switch (form) {
        case OBJECT -> bare = JsonText.pretty(withPlaceholders(node), 0) + "\n";
        case JOIN -> bare = joined();
        case STRING -> bare = node.text;
        case FILE -> bare = b.definitionText;
        default -> throw new IllegalStateException(String.valueOf(form));
      }
      if (form == Form.STRING || form == Form.FILE && !TemplateParser.isYamlName(file)) {
        failure = checkJson(bare);
      }
    }
    for (Map.Entry<String, TemplateNode> e : intrinsics.entrySet()) {
      substitutions.putIfAbsent(e.getKey(), JsonText.compact(e.getValue()));
    }
    this.definition = failure == null ? bare : null;
    this.problem = failure;
  }

  /**
   * Returns the logical id: the resource's key under {@code Resources}, or the state machine's
   * key under {@code stepFunctions.stateMachines} in a Serverless Framework file.
   *
   * @return the logical id, e.g. {@code OrderFlow}
   */
  public String logicalId() {
    return logicalId;
  }

  /**
   * Returns the kind of resource.
   *
   * @return {@code AWS::StepFunctions::StateMachine}, {@code AWS::Serverless::StateMachine} or
   *     {@code serverless-step-functions}
   */
  public String type() {
    return type;
  }

  /**
   * Says where the definition is, for people: {@code Definition},
   * {@code DefinitionString (Fn::Sub)}, {@code DefinitionUri statemachine/order.asl.json},
   * {@code DefinitionS3Location s3://bucket/key}, ...
   *
   * @return the description
   */
  public String where() {
    return where;
  }

  /**
   * Returns the file the definition is in, as positions refer to it: the template, or the file a
   * SAM {@code DefinitionUri} names (resolved against the template's folder).
   *
   * @return the file name
   */
  public String file() {
    return file;
  }

  /**
   * Returns the 1-based line of the property holding the definition, in the template.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column of the property holding the definition, in the template.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * Tells whether the definition can be read from the template (it is not kept in S3, say).
   *
   * @return {@code true} if {@link #definition()} gives it
   */
  public boolean isReadable() {
    return definition != null;
  }

  /**
   * Returns the bare definition: ASL JSON whose substitutions are {@code ${Name}} placeholders.
   *
   * @return the JSON text
   * @throws TemplateException if the definition is not in the template, or is a string that is not
   *     JSON
   */
  public String definition() {
    if (problem != null) {
      throw problem;
    }
    return definition;
  }

  /**
   * Returns what the placeholders of the definition stand for: the
   * {@code DefinitionSubstitutions}, the variables of {@code Fn::Sub}, and the intrinsic functions
   * that extraction turned into placeholders, each as compact JSON.
   *
   * @return placeholder name to JSON value, in the order found
   */
  public Map<String, String> substitutions() {
    return Collections.unmodifiableMap(substitutions);
  }

  /**
   * Finds where a place in the bare definition is in {@link #file()}: by its JSON pointer where the
   * definition is a JSON or YAML value, by its line and column where it is text (a string of the
   * template or a file). What cannot be placed more closely is placed at the property holding the
   * definition.
   *
   * @param pointer the JSON pointer in the definition, {@code ""} for the whole of it
   * @param lineInDefinition the 1-based line in {@link #definition()}, 0 when unknown
   * @param columnInDefinition the 1-based column in {@link #definition()}, 0 when unknown
   * @return {line, column} in {@link #file()}
   */
  public int[] position(String pointer, int lineInDefinition, int columnInDefinition) {
    switch (form) {
      case OBJECT:
        return Positions.byPointer(node, pointer);
      case STRING:
        if (lineInDefinition <= 0) {
          return new int[] {node.line, node.column};
        }
        return Positions.inString(text, node, yaml, lineInDefinition, columnInDefinition);
      case FILE:
        if (node != null) {
          return Positions.byPointer(node, pointer);
        }
        return lineInDefinition <= 0 ? new int[] {1, 1}
            : new int[] {lineInDefinition, columnInDefinition};
      default:
        return new int[] {line, column};
    }
  }

  /** A copy of a definition with each intrinsic function turned into a placeholder string. */
  private TemplateNode withPlaceholders(TemplateNode definitionNode) {
    Set<String> taken = new HashSet<>(substitutionNames());
    collectPlaceholders(definitionNode, taken);
    return replaceIntrinsics(definitionNode, taken);
  }

  private Set<String> substitutionNames() {
    return substitutions.keySet();
  }

  private static void collectPlaceholders(TemplateNode n, Set<String> into) {
    if (n.isString()) {
      Matcher m = PLACEHOLDER.matcher(n.text);
      while (m.find()) {
        into.add(m.group(1));
      }
    }
    for (TemplateNode c : n.children) {
      collectPlaceholders(c, into);
    }
  }

  private TemplateNode replaceIntrinsics(TemplateNode n, Set<String> taken) {
    if (n.intrinsic() != null) {
      return TemplateNode.string("${" + placeholderFor(n, taken) + "}");
    }
    TemplateNode c = new TemplateNode(n.kind, n.text, n.line, n.column, n.start);
    for (int i = 0; i < n.children.size(); i++) {
      TemplateNode child = replaceIntrinsics(n.children.get(i), taken);
      if (n.isObject()) {
        c.add(n.names.get(i), n.namePositions.get(i), child);
      } else {
        c.children.add(child);
      }
    }
    return c;
  }

  /**
   * The placeholder name for an intrinsic: {@code X} for {@code Ref X}, {@code A.B} for
   * {@code Fn::GetAtt [A, B]} (as {@code Fn::Sub} writes them), the function's name and a number
   * for the rest; the same intrinsic twice gets one name.
   */
  String placeholderFor(TemplateNode call, Set<String> taken) {
    for (Map.Entry<String, TemplateNode> e : intrinsics.entrySet()) {
      if (e.getValue().sameTree(call)) {
        return e.getKey();
      }
    }
    String fn = call.names.get(0);
    TemplateNode arg = call.children.get(0);
    String name = null;
    if (fn.equals("Ref") && arg.isString()) {
      name = arg.text;
    } else if (fn.equals("Fn::GetAtt") && arg.kind == TemplateNode.Kind.ARRAY
        && arg.children.size() == 2 && arg.children.get(0).isString()
        && arg.children.get(1).isString()) {
      name = arg.children.get(0).text + "." + arg.children.get(1).text;
    }
    String base = fn.startsWith("Fn::") ? fn.substring(4) : fn;
    int k = 1;
    while (name == null || taken.contains(name) || intrinsics.containsKey(name)) {
      name = base + k++;
    }
    taken.add(name);
    intrinsics.put(name, call);
    return name;
  }

  /** The parts of an {@code Fn::Join} joined, intrinsic parts as placeholders. */
  private String joined() {
    TemplateNode args = node.children.get(0);
    String separator = args.children.get(0).text;
    Set<String> taken = new HashSet<>(substitutionNames());
    List<String> parts = new ArrayList<>();
    for (TemplateNode part : args.children.get(1).children) {
      collectPlaceholders(part, taken);
    }
    for (TemplateNode part : args.children.get(1).children) {
      parts.add(part.isString() ? part.text : "${" + placeholderFor(part, taken) + "}");
    }
    return String.join(separator, parts);
  }

  private TemplateException checkJson(String bare) {
    try {
      TemplateParser.parse(file, bare, false);
      return null;
    } catch (TemplateException e) {
      TemplateException.Problem p = e.problems().get(0);
      int[] at = position("", p.line(), p.column());
      String what = form == Form.FILE ? "the definition file of " + logicalId
          : "the DefinitionString of " + logicalId;
      return new TemplateException(file, at[0], at[1], what + " is not JSON: " + p.message()
          + "; expected the definition as JSON text");
    }
  }

  /** The parts a template reader fills in. */
  static final class Builder {
    String logicalId;
    String type;
    String where;
    String file;
    int line;
    int column;
    Form form;
    TemplateNode node;
    TemplateNode valueNode;
    String text;
    boolean yaml;
    String definitionText;
    Map<String, TemplateNode> substitutions = new LinkedHashMap<>();
    TemplateException problem;
  }
}
