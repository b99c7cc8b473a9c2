package io.asl4j.templates;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A CloudFormation or SAM template (JSON or YAML) or a Serverless Framework file, read for the
 * state machines in it.
 *
 * <p>Found: resources of type {@code AWS::StepFunctions::StateMachine} ({@code Definition},
 * {@code DefinitionString} as a string, {@code Fn::Sub} or {@code Fn::Join},
 * {@code DefinitionSubstitutions}, {@code DefinitionS3Location}) and
 * {@code AWS::Serverless::StateMachine} ({@code Definition}, {@code DefinitionUri},
 * {@code DefinitionSubstitutions}) under {@code Resources} (also {@code resources.Resources} of a
 * Serverless file), and {@code stepFunctions.stateMachines.NAME.definition} of the
 * serverless-step-functions plugin, whose {@code ${self:...}}, {@code ${opt:...}} variables stay
 * text. YAML's short tags ({@code !Sub}, {@code !GetAtt A.Arn}, {@code !Ref}, ...) read as their
 * long forms.
 *
 * <p>{@link #putBack(String, String, String)} writes an edited bare definition back where it came
 * from, changing nothing else: the template's text outside the definition stays as it is, byte
 * for byte (comments too), and the result is read again and checked to be the template with just
 * that definition replaced. Putting back a definition unchanged (the same JSON tree) changes
 * nothing at all.
 */
public final class Template {

  private final String name;
  private final String text;
  private final boolean yaml;
  private final TemplateNode root;
  private final List<StateMachine> stateMachines;

  private Template(String name, String text, boolean yaml, TemplateNode root,
      List<StateMachine> stateMachines) {
    this.name = name;
    this.text = text;
    this.yaml = yaml;
    this.root = root;
    this.stateMachines = List.copyOf(stateMachines);
  }

  /**
   * Reads a template file (UTF-8): YAML when its name ends in {@code .yaml} or {@code .yml}, JSON
   * when it ends in {@code .json}, else (a {@code .template}) JSON when it starts with
   * <code>'{'</code>.
   *
   * @param file the file
   * @return the template
   * @throws IOException if it cannot be read
   * @throws TemplateException if it is not a template with a state machine
   */
  public static Template read(Path file) throws IOException {
    return read(file.toString(), TextFiles.read(file), file.toAbsolutePath().getParent());
  }

  /**
   * Reads a template from text.
   *
   * @param name the file name, for messages and to tell YAML ({@code .yaml}, {@code .yml}) from
   *     JSON ({@code .json}); any other name is JSON when the text starts with <code>'{'</code>
   * @param text the template
   * @param directory the folder a SAM {@code DefinitionUri} is relative to; null for the working
   *     directory
   * @return the template
   * @throws TemplateException if it is not well-formed, not a template, or has no state machine
   */
  public static Template read(String name, String text, Path directory) {
    boolean yaml = TemplateParser.isYaml(name, text);
    TemplateNode root = TemplateParser.parse(name, text, yaml);
    if (!isTemplate(root)) {
      throw new TemplateException(name, root.line, root.column, "not a CloudFormation, SAM or"
          + " Serverless template: expected Resources (or stepFunctions in a Serverless file)"
          + " at the top");
    }
    List<StateMachine> found = new StateMachineFinder(name, text, yaml, directory).find(root);
    if (found.isEmpty()) {
      throw new TemplateException(name, root.line, root.column, "no state machine in the"
          + " template; expected a resource of type AWS::StepFunctions::StateMachine or"
          + " AWS::Serverless::StateMachine, or stepFunctions.stateMachines of the Serverless"
          + " Framework");
    }
    return new Template(name, text, yaml, root, found);
  }

  /**
   * Tells whether a text is a template rather than a bare definition, by its top-level keys:
   * {@code Resources}, {@code AWSTemplateFormatVersion}, {@code Transform} or
   * {@code stepFunctions} and no {@code States}. A YAML or {@code .template} file name says
   * template by itself.
   *
   * @param name the file name
   * @param text the text
   * @return whether {@link #read(String, String, Path)} is the reader for it
   */
  public static boolean isTemplate(String name, String text) {
    if (TemplateParser.isYamlName(name) || name.endsWith(".template")) {
      return true;
    }
    if (!(text.contains("\"Resources\"") || text.contains("\"AWSTemplateFormatVersion\"")
        || text.contains("\"stepFunctions\""))) {
      return false; // the common case, a definition, costs one scan of the text
    }
    try {
      return isTemplate(TemplateParser.parse(name, text, false));
    } catch (TemplateException notJson) {
      return false; // the definition reader says what is wrong with it
    }
  }

  private static boolean isTemplate(TemplateNode root) {
    return root.isObject() && root.get("States") == null && (root.get("Resources") != null
        || root.get("AWSTemplateFormatVersion") != null || root.get("Transform") != null
        || root.get("stepFunctions") != null);
  }

  /**
   * Returns the file name the template was read as.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the state machines, in the order of the template.
   *
   * @return at least one state machine
   */
  public List<StateMachine> stateMachines() {
    return stateMachines;
  }

  /**
   * Returns the state machine a {@code #LogicalId} selector names, or the only one.
   *
   * @param logicalId the logical id; null to take the template's only state machine
   * @return the state machine
   * @throws TemplateException for an unknown or empty logical id, or no selector when there are
   *     several (the message lists them)
   */
  public StateMachine select(String logicalId) {
    if (logicalId == null) {
      if (stateMachines.size() == 1) {
        return stateMachines.get(0);
      }
      throw new TemplateException(name, 1, 1, stateMachines.size() + " state machines in the"
          + " template; select one with " + name + "#LogicalId (" + known() + ")");
    }
    if (logicalId.isEmpty()) {
      throw new TemplateException(name, 1, 1, "the selector after \"" + name + "#\" is empty;"
          + " name a state machine (" + known() + ")");
    }
    for (StateMachine m : stateMachines) {
      if (m.logicalId().equals(logicalId)) {
        return m;
      }
    }
    throw new TemplateException(name, 1, 1, "no state machine \"" + logicalId
        + "\" in the template (" + known() + ")");
  }

  private String known() {
    return stateMachines.stream().map(m -> "\"" + m.logicalId() + "\"")
        .collect(Collectors.joining(", ", "known: ", ""));
  }

  /**
   * A file to write after a put back: the template, or the definition file of a SAM
   * {@code DefinitionUri}.
   *
   * @param file the file's name, as the template's name is given (a definition file is resolved
   *     against the template's folder)
   * @param text the file's new content
   */
  public record Edit(String file, String text) {

    /**
     * Creates an edit.
     *
     * @param file the file
     * @param text the new content
     */
    public Edit {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * Puts an edited bare definition back in place of a state machine's definition. Placeholders
   * that extraction made of intrinsic functions turn back into them; everything else in the
   * template stays as written.
   *
   * @param logicalId the state machine
   * @param definitionFile the bare definition's file name, for messages
   * @param definition the bare definition (JSON)
   * @return the file to write, or empty when the definition is unchanged (the same JSON tree)
   * @throws TemplateException if the definition is not JSON, or the state machine unknown or kept
   *     outside the template
   */
  public Optional<Edit> putBack(String logicalId, String definitionFile, String definition) {
    StateMachine m = select(logicalId);
    m.definition(); // refuses what was not extracted
    TemplateNode edited = TemplateParser.parse(definitionFile, definition, false);
    TemplateNode before = TemplateParser.parse(definitionFile, m.definition(), false);
    if (m.form == StateMachine.Form.FILE && TemplateParser.isYamlName(m.file())) {
      before = m.node;
    }
    if (edited.sameTree(before)) {
      return Optional.empty();
    }
    return Optional.of(switch (m.form) {
      case FILE -> new Edit(m.file(), definition);
      case OBJECT -> new Edit(name, new Splice(name, text, yaml, root)
          .replace(m.node, restore(edited, m)));
      case STRING -> new Edit(name, new Splice(name, text, yaml, root)
          .replaceString(m.node, definition));
      case JOIN -> new Edit(name, new Splice(name, text, yaml, root)
          .replace(m.valueNode, sub(definition, m)));
      default -> throw new IllegalStateException(String.valueOf(m.form));
    });
  }

  /** The edited definition with each placeholder made of an intrinsic turned back into it. */
  private static TemplateNode restore(TemplateNode n, StateMachine m) {
    if (n.isString() && n.text.startsWith("${") && n.text.endsWith("}")) {
      TemplateNode call = m.intrinsics.get(n.text.substring(2, n.text.length() - 1));
      if (call != null) {
        return call.copy();
      }
    }
    TemplateNode c = new TemplateNode(n.kind, n.text, n.line, n.column, n.start);
    for (int i = 0; i < n.children.size(); i++) {
      TemplateNode child = restore(n.children.get(i), m);
      if (n.isObject()) {
        c.add(n.names.get(i), n.namePositions.get(i), child);
      } else {
        c.children.add(child);
      }
    }
    return c;
  }

  /**
   * An {@code Fn::Sub} for a definition that was an {@code Fn::Join}: {@code ${Name}} and
   * {@code ${Resource.Attribute}} mean there what the {@code Ref} and {@code Fn::GetAtt} parts
   * meant; other intrinsics become the Sub's variables.
   */
  private static TemplateNode sub(String definition, StateMachine m) {
    TemplateNode call = TemplateNode.made(TemplateNode.Kind.OBJECT, null);
    TemplateNode variables = TemplateNode.made(TemplateNode.Kind.OBJECT, null);
    for (var e : m.intrinsics.entrySet()) {
      String fn = e.getValue().names.get(0);
      if (!fn.equals("Ref") && !fn.equals("Fn::GetAtt")
          && definition.contains("${" + e.getKey() + "}")) {
        variables.add(e.getKey(), null, e.getValue().copy());
      }
    }
    if (variables.children.isEmpty()) {
      call.add("Fn::Sub", null, TemplateNode.string(definition));
    } else {
      TemplateNode args = TemplateNode.made(TemplateNode.Kind.ARRAY, null);
      args.children.add(TemplateNode.string(definition));
      args.children.add(variables);
      call.add("Fn::Sub", null, args);
    }
    return call;
  }

  /**
   * Resolves a SAM {@code DefinitionUri} against the template's folder.
   *
   * @param directory the template's folder, or null
   * @param uri the path the template gives
   * @return the path
   */
  static Path resolve(Path directory, String uri) {
    return directory == null ? Path.of(uri) : directory.resolve(uri);
  }

  @Override
  public String toString() {
    return name + " (" + (yaml ? "YAML" : "JSON") + ", " + stateMachines.size()
        + " state machine" + (stateMachines.size() == 1 ? "" : "s") + ")";
  }

  /** The text as read, for tests. */
  String text() {
    return text;
  }

  /** The tree as read, for tests. */
  TemplateNode root() {
    return root;
  }

  /** For tests: {@link #restore} of the writer's own input. */
  static TemplateNode restoreForTest(TemplateNode edited, StateMachine m) {
    return restore(edited, m);
  }

  /** For tests: the tree of a text read as this template's format would be read. */
  static TemplateNode tree(String name, String text) {
    return TemplateParser.parse(name, text, TemplateParser.isYaml(name, text));
  }
}
