package io.asl4j.validation;

import static io.asl4j.validation.DiagnosticCode.JSONATA_FIELD_IN_JSONPATH;
import static io.asl4j.validation.DiagnosticCode.JSONPATH_FIELD_IN_JSONATA;
import static io.asl4j.validation.DiagnosticCode.WRONG_TYPE;

import io.asl4j.model.DynamicNumber;
import io.asl4j.model.DynamicString;
import io.asl4j.model.Expression;
import io.asl4j.model.Intrinsic;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonPath;
import io.asl4j.model.JsonString;
import io.asl4j.model.Jsonata;
import io.asl4j.model.Limit;
import io.asl4j.model.Path;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.Value;
import java.util.Optional;

/**
 * The rules of one state's fields, knowing where the state is and which query language it uses:
 * each field is allowed in that language, and its value (path, template, JSONata, number) is
 * checked by the {@link ExpressionRules}.
 */
final class StateFields extends RuleGroup {

  /** The state's JSON pointer. */
  final String at;
  /** The state's query language. */
  final QueryLanguage ql;
  private final ExpressionRules x;

  StateFields(ValidationRun run, String at, QueryLanguage ql) {
    super(run);
    this.at = at;
    this.ql = ql;
    this.x = run.expressions;
  }

  void ioPaths(Optional<Path> input, Optional<Path> output) {
    input.ifPresent(p -> path(p, "InputPath"));
    output.ifPresent(p -> path(p, "OutputPath"));
  }

  private void path(Path p, String field) {
    jsonPathOnlyAt(field, at + "/" + field);
    if (p instanceof JsonPath jp) {
      x.pathText(jp.text(), at + "/" + field);
    }
  }

  void resultPath(Optional<Path> p) {
    p.ifPresent(v -> {
      jsonPathOnlyAt("ResultPath", at + "/ResultPath");
      if (v instanceof JsonPath jp) {
        x.resultPathText(jp.text(), at + "/ResultPath");
      }
    });
  }

  void resultSelector(Optional<JsonObject> selector) {
    selector.ifPresent(v -> {
      jsonPathOnlyAt("ResultSelector", at + "/ResultSelector");
      x.template(v, at + "/ResultSelector");
    });
  }

  void output(Optional<Value> output) {
    output.ifPresent(v -> {
      jsonataOnlyAt("Output", at + "/Output");
      x.jsonata(v, at + "/Output");
    });
  }

  void assign(Optional<JsonObject> assign, String location) {
    assign.ifPresent(a -> {
      run.variables.assignedNames(a, location);
      payload(a, location);
    });
  }

  /** A field valid in both languages: a template in JSONPath, JSONata values in JSONata. */
  void payload(Value v, String location) {
    if (ql == QueryLanguage.JSONATA) {
      x.jsonata(v, location);
    } else {
      x.template(v, location);
    }
  }

  /** A numeric field: range for literals, reference paths for the Path twin. */
  void number(DynamicNumber v, Limit limit) {
    numberAt(v, at, limit);
  }

  /** A numeric field of an object inside the state, at {@code base}. */
  void numberAt(DynamicNumber v, String base, Limit limit) {
    String field = limit.field();
    if (v instanceof JsonNumber n) {
      limit(n, base + "/" + field, limit);
    } else if (v instanceof JsonPath p) {
      jsonPathOnlyAt(field + "Path", base + "/" + field + "Path");
      x.referencePath(p.text(), base + "/" + field + "Path");
    } else {
      jsonataOnlyAt(field, base + "/" + field);
      x.jsonataExpression((Jsonata) v, base + "/" + field);
    }
  }

  /** Error, Cause, Timestamp: literal, path or intrinsic twin, or JSONata. */
  void string(DynamicString v, String field, boolean intrinsicAllowed) {
    if (v instanceof JsonString s) {
      placeholders(Optional.of(s.value()), at, field);
    } else if (v instanceof Jsonata j) {
      jsonataOnlyAt(field, at + "/" + field);
      x.jsonataExpression(j, at + "/" + field);
    } else {
      String twin = at + "/" + field + "Path";
      jsonPathOnlyAt(field + "Path", twin);
      String text = ((Expression) v).text();
      if (v instanceof Intrinsic && intrinsicAllowed) {
        x.intrinsic(text, twin, true);
      } else {
        x.referencePath(text, twin);
      }
    }
  }

  void jsonPathOnly(String field, Optional<? extends Value> v) {
    jsonPathOnly(field, v, at + "/" + field);
  }

  void jsonPathOnly(String field, Optional<? extends Value> v, String location) {
    if (v.isPresent()) {
      jsonPathOnlyAt(field, location);
    }
  }

  void jsonPathOnlyAt(String field, String location) {
    if (ql == QueryLanguage.JSONATA) {
      report(JSONPATH_FIELD_IN_JSONATA, location, "\"" + field + "\" is a JSONPath field;"
          + " this state uses JSONata (use Arguments, Output and Assign with {% %}"
          + " expressions)");
    }
  }

  /** Arguments: JSONata only, and an object or one expression that gives an object. */
  void arguments(Optional<Value> arguments, String location) {
    arguments(arguments, location, "");
  }

  /**
   * Arguments, with a hint for the integration at hand when it is in a JSONPath state.
   *
   * @param hint appended to the message that Arguments is a JSONata field, or empty
   */
  void arguments(Optional<Value> arguments, String location, String hint) {
    arguments.ifPresent(v -> {
      if (ql != QueryLanguage.JSONATA) {
        report(JSONATA_FIELD_IN_JSONPATH, location, "\"Arguments\" is a JSONata field;"
            + " this state uses JSONPath (set \"QueryLanguage\": \"JSONata\", or use"
            + " Parameters, ResultSelector and OutputPath)" + hint);
      }
      if (!(v instanceof JsonObject || v instanceof Jsonata)) {
        report(WRONG_TYPE, location, "Arguments is an object or a JSONata expression"
            + " \"{% ... %}\" that gives one");
      }
      x.jsonata(v, location);
    });
  }

  void jsonataOnlyAt(String field, String location) {
    if (ql != QueryLanguage.JSONATA) {
      report(JSONATA_FIELD_IN_JSONPATH, location, "\"" + field + "\" is a JSONata field;"
          + " this state uses JSONPath (set \"QueryLanguage\": \"JSONata\", or use"
          + " Parameters, ResultSelector and OutputPath)");
    }
  }
}
