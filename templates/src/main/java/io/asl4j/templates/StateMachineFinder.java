package io.asl4j.templates;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the state machines of a template's tree and how each one's definition is written; one
 * method per place a definition can be.
 */
final class StateMachineFinder {

  static final String CLOUDFORMATION = "AWS::StepFunctions::StateMachine";
  static final String SAM = "AWS::Serverless::StateMachine";
  static final String SERVERLESS = "serverless-step-functions";

  private final String name;
  private final String text;
  private final boolean yaml;
  private final Path directory;
  private final List<StateMachine> found = new ArrayList<>();

  StateMachineFinder(String name, String text, boolean yaml, Path directory) {
    this.name = name;
    this.text = text;
    this.yaml = yaml;
    this.directory = directory;
  }

  List<StateMachine> find(TemplateNode root) {
    resources(root.get("Resources"));
    TemplateNode serverlessResources = root.get("resources");
    if (serverlessResources != null && serverlessResources.isObject()) {
      resources(serverlessResources.get("Resources"));
    }
    TemplateNode stepFunctions = root.get("stepFunctions");
    if (stepFunctions != null && stepFunctions.isObject()) {
      TemplateNode machines = stepFunctions.get("stateMachines");
      if (machines != null && machines.isObject()) {
        for (int i = 0; i < machines.names.size(); i++) {
          serverless(machines.names.get(i), machines.namePositions.get(i),
              machines.children.get(i));
        }
      }
    }
    return found;
  }

  private void resources(TemplateNode resources) {
    if (resources == null || !resources.isObject()) {
      return;
    }
    for (int i = 0; i < resources.names.size(); i++) {
      TemplateNode resource = resources.children.get(i);
      TemplateNode type = resource.isObject() ? resource.get("Type") : null;
      if (type != null && type.isString()
          && (type.text.equals(CLOUDFORMATION) || type.text.equals(SAM))) {
        resource(resources.names.get(i), resources.namePositions.get(i), type.text, resource);
      }
    }
  }

  private StateMachine.Builder builder(String id, String type, int[] at) {
    StateMachine.Builder b = new StateMachine.Builder();
    b.logicalId = id;
    b.type = type;
    b.file = name;
    b.text = text;
    b.yaml = yaml;
    b.line = at[0];
    b.column = at[1];
    return b;
  }

  private void resource(String id, int[] idAt, String type, TemplateNode resource) {
    TemplateNode properties = resource.get("Properties");
    boolean sam = type.equals(SAM);
    List<String> keys = sam ? List.of("Definition", "DefinitionUri")
        : List.of("Definition", "DefinitionString", "DefinitionS3Location");
    String expected = sam ? "Definition or DefinitionUri"
        : "Definition, DefinitionString or DefinitionS3Location";
    if (properties == null || !properties.isObject()) {
      add(problem(builder(id, type, idAt), id + " has no Properties; expected Properties with "
          + expected));
      return;
    }
    List<String> present = new ArrayList<>();
    for (String key : keys) {
      if (properties.get(key) != null) {
        present.add(key);
      }
    }
    if (present.isEmpty()) {
      add(problem(builder(id, type, idAt), id + " has no definition; expected " + expected));
      return;
    }
    String key = present.get(0);
    StateMachine.Builder b = builder(id, type, properties.namePosition(key));
    if (present.size() > 1) {
      add(problem(b, id + " has both " + present.get(0) + " and " + present.get(1)
          + "; a state machine takes one of " + expected));
      return;
    }
    TemplateNode substitutions = properties.get("DefinitionSubstitutions");
    if (substitutions != null && substitutions.isObject()) {
      for (int i = 0; i < substitutions.names.size(); i++) {
        b.substitutions.put(substitutions.names.get(i), substitutions.children.get(i));
      }
    }
    TemplateNode value = properties.get(key);
    switch (key) {
      case "Definition" -> definition(b, value, "Definition");
      case "DefinitionString" -> definitionString(b, value);
      case "DefinitionS3Location" -> add(problem(withWhere(b, "DefinitionS3Location " + s3(value)), "the definition of " + id + " is not in the"
          + " template: DefinitionS3Location points at " + s3(value) + "; download it and give"
          + " asl4j the file"));
      default -> definitionUri(b, value);
    }
  }

  private void definition(StateMachine.Builder b, TemplateNode value, String key) {
    if (!value.isObject() || value.intrinsic() != null) {
      add(problem(b, key + " of " + b.logicalId + " is " + describe(value) + "; expected the"
          + " definition as an object"));
      return;
    }
    b.form = StateMachine.Form.OBJECT;
    b.node = value;
    b.where = key;
    add(b);
  }

  private void definitionString(StateMachine.Builder b, TemplateNode value) {
    b.where = "DefinitionString";
    if (value.isString()) {
      b.form = StateMachine.Form.STRING;
      b.node = value;
      add(b);
      return;
    }
    String fn = value.intrinsic();
    TemplateNode arg = fn == null ? null : value.children.get(0);
    if ("Fn::Sub".equals(fn) && arg.isString()) {
      b.form = StateMachine.Form.STRING;
      b.node = arg;
      b.where = "DefinitionString (Fn::Sub)";
      add(b);
      return;
    }
    if ("Fn::Sub".equals(fn) && arg.kind == TemplateNode.Kind.ARRAY && arg.children.size() == 2
        && arg.children.get(0).isString() && arg.children.get(1).isObject()) {
      TemplateNode variables = arg.children.get(1);
      for (int i = 0; i < variables.names.size(); i++) {
        b.substitutions.put(variables.names.get(i), variables.children.get(i));
      }
      b.form = StateMachine.Form.STRING;
      b.node = arg.children.get(0);
      b.where = "DefinitionString (Fn::Sub)";
      add(b);
      return;
    }
    if ("Fn::Join".equals(fn) && arg.kind == TemplateNode.Kind.ARRAY
        && arg.children.size() == 2 && arg.children.get(0).isString()
        && arg.children.get(1).kind == TemplateNode.Kind.ARRAY) {
      b.form = StateMachine.Form.JOIN;
      b.node = value;
      b.where = "DefinitionString (Fn::Join)";
      add(b);
      return;
    }
    add(problem(b, "DefinitionString of " + b.logicalId + " is " + describe(value)
        + "; expected a string, Fn::Sub or Fn::Join"));
  }

  private void definitionUri(StateMachine.Builder b, TemplateNode value) {
    if (!value.isString() || value.text.startsWith("s3://")) {
      b.where = "DefinitionUri " + s3(value);
      add(problem(b, "the definition of " + b.logicalId + " is not in the template:"
          + " DefinitionUri points at " + s3(value) + "; download it and give asl4j the file"));
      return;
    }
    String uri = value.text;
    b.where = "DefinitionUri " + uri;
    Path parent = Path.of(name).getParent();
    String label = parent == null ? uri : parent.resolve(uri).toString();
    String content;
    try {
      content = TextFiles.read(Template.resolve(directory, uri));
    } catch (NoSuchFileException e) {
      add(problem(b, "DefinitionUri of " + b.logicalId + " names " + uri + ", which does not"
          + " exist; expected a definition file next to the template"));
      return;
    } catch (IOException e) {
      add(problem(b, "DefinitionUri of " + b.logicalId + " names " + uri + ", which cannot be"
          + " read: " + e.getMessage()));
      return;
    }
    b.form = StateMachine.Form.FILE;
    b.file = label;
    b.text = content;
    if (TemplateParser.isYamlName(uri)) {
      try {
        b.node = TemplateParser.parse(label, content, true);
      } catch (TemplateException e) {
        b.problem = e;
        add(b);
        return;
      }
      b.definitionText = JsonText.pretty(b.node, 0) + "\n";
    } else {
      b.definitionText = content;
    }
    add(b);
  }

  private void serverless(String id, int[] idAt, TemplateNode machine) {
    TemplateNode definition = machine.isObject() ? machine.get("definition") : null;
    if (definition == null) {
      add(problem(builder(id, SERVERLESS, idAt), id + " has no definition; expected"
          + " stepFunctions.stateMachines." + id + ".definition"));
      return;
    }
    StateMachine.Builder b = builder(id, SERVERLESS, machine.namePosition("definition"));
    if (definition.isString()) {
      b.where = "definition " + definition.text;
      add(problem(b, "the definition of " + id + " is not in the file: definition is "
          + JsonText.quote(definition.text) + "; asl4j reads a definition written out under"
          + " definition"));
      return;
    }
    definition(b, definition, "definition");
  }

  private static StateMachine.Builder withWhere(StateMachine.Builder b, String where) {
    b.where = where;
    return b;
  }

  private void add(StateMachine.Builder b) {
    found.add(new StateMachine(b));
  }

  private static StateMachine.Builder problem(StateMachine.Builder b, String message) {
    b.form = StateMachine.Form.EXTERNAL;
    if (b.where == null) {
      b.where = "no definition";
    }
    b.problem = new TemplateException(b.file, b.line, b.column, message);
    return b;
  }

  /** An S3 location for people: {@code s3://bucket/key}, or the value as JSON. */
  private static String s3(TemplateNode value) {
    if (value.isString()) {
      return value.text;
    }
    TemplateNode bucket = value.isObject() ? value.get("Bucket") : null;
    TemplateNode key = value.isObject() ? value.get("Key") : null;
    if (bucket != null && key != null && bucket.isString() && key.isString()) {
      TemplateNode version = value.get("Version");
      return "s3://" + bucket.text + "/" + key.text
          + (version != null ? " (version " + (version.isString() ? version.text
              : JsonText.compact(version)) + ")" : "");
    }
    return JsonText.compact(value);
  }

  private static String describe(TemplateNode value) {
    String fn = value.intrinsic();
    if (fn != null) {
      return "an " + fn;
    }
    return switch (value.kind) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case NULL -> "null";
      default -> "a boolean";
    };
  }
}
