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

  /** The state's JSON pointer, put together only when something is reported. */
  final Loc loc;
  /** The state's query language. */
  final QueryLanguage ql;
  private final ExpressionRules x;

  StateFields(ValidationRun run, Loc at, QueryLanguage ql) {
    super(run);
    this.loc = at;
    this.ql = ql;
    this.x = run.expressions;
  }

  /** The state's JSON pointer as text. */
  String at() {
    return loc.toString();
  }

  void ioPaths(Optional<Path> input, Optional<Path> output) {
    if (input.isPresent()) {
      path(input.get(), "InputPath");
    }
    if (output.isPresent()) {
      path(output.get(), "OutputPath");
    }
  }

  private void path(Path p, String field) {
    jsonPathOnly(field);
    if (p instanceof JsonPath jp) {
      x.pathText(jp.text(), loc.at(field));
    }
  }

  void resultPath(Optional<Path> p) {
    if (p.isPresent()) {
      jsonPathOnly("ResultPath");
      if (p.get() instanceof JsonPath jp) {
        x.resultPathText(jp.text(), loc.at("ResultPath"));
      }
    }
  }

  void resultSelector(Optional<JsonObject> selector) {
    if (selector.isPresent()) {
      jsonPathOnly("ResultSelector");
      x.template(selector.get(), loc.at("ResultSelector"));
    }
  }

  void output(Optional<Value> output) {
    if (output.isPresent()) {
      jsonataOnly("Output");
      x.jsonata(output.get(), loc.at("Output"));
    }
  }

  /** The state's own Assign. */
  void assign(Optional<JsonObject> assign) {
    if (assign.isPresent()) {
      assign(assign.get(), loc.at("Assign"));
    }
  }

  /** An Assign inside the state (a catcher's), at {@code location}. */
  void assign(Optional<JsonObject> assign, Loc location) {
    if (assign.isPresent()) {
      assign(assign.get(), location);
    }
  }

  private void assign(JsonObject a, Loc location) {
    run.variables.assignedNames(a, location);
    payload(a, location);
  }

  /** A field valid in both languages: a template in JSONPath, JSONata values in JSONata. */
  void payload(Value v, String location) {
    payload(v, Loc.of(location));
  }

  /** As {@link #payload(Value, String)}, at a pointer put together only if reported. */
  void payload(Value v, Loc location) {
    if (ql == QueryLanguage.JSONATA) {
      x.jsonata(v, location);
    } else {
      x.template(v, location);
    }
  }

  /** A numeric field: range for literals, reference paths for the Path twin. */
  void number(DynamicNumber v, Limit limit) {
    numberAt(v, loc, limit);
  }

  /** A numeric field of an object inside the state, at {@code base}. */
  void numberAt(DynamicNumber v, String base, Limit limit) {
    numberAt(v, Loc.of(base), limit);
  }

  private void numberAt(DynamicNumber v, Loc base, Limit limit) {
    String field = limit.field();
    if (v instanceof JsonNumber n) {
      run.limit(n, base.at(field), limit);
    } else if (v instanceof JsonPath p) {
      Loc twin = base.at(field + "Path");
      jsonPathOnlyAt(field + "Path", twin);
      x.referencePath(p.text(), twin);
    } else {
      Loc location = base.at(field);
      jsonataOnlyAt(field, location);
      x.jsonataExpression((Jsonata) v, location);
    }
  }

  /** Error, Cause, Timestamp: literal, path or intrinsic twin, or JSONata. */
  void string(DynamicString v, String field, boolean intrinsicAllowed) {
    if (v instanceof JsonString s) {
      placeholders(Optional.of(s.value()), loc, field);
    } else if (v instanceof Jsonata j) {
      Loc location = loc.at(field);
      jsonataOnlyAt(field, location);
      x.jsonataExpression(j, location);
    } else {
      String twin = loc + "/" + field + "Path";
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
    if (v.isPresent()) {
      jsonPathOnly(field);
    }
  }

  void jsonPathOnly(String field, Optional<? extends Value> v, String location) {
    if (v.isPresent()) {
      jsonPathOnlyAt(field, location);
    }
  }

  /** A JSONPath field of the state itself: its pointer is put together only to report it. */
  private void jsonPathOnly(String field) {
    jsonPathOnlyAt(field, loc.at(field));
  }

  void jsonPathOnlyAt(String field, String location) {
    if (ql == QueryLanguage.JSONATA) {
      report(JSONPATH_FIELD_IN_JSONATA, location, "\"" + field + "\" is a JSONPath field;"
          + " this state uses JSONata (use Arguments, Output and Assign with {% %}"
          + " expressions)");
    }
  }

  /** As {@link #jsonPathOnlyAt(String, String)}, the pointer put together only to report. */
  void jsonPathOnlyAt(String field, Loc location) {
    if (ql == QueryLanguage.JSONATA) {
      jsonPathOnlyAt(field, location.toString());
    }
  }

  /** As {@link #jsonataOnlyAt(String, String)}, the pointer put together only to report. */
  void jsonataOnlyAt(String field, Loc location) {
    if (ql != QueryLanguage.JSONATA) {
      jsonataOnlyAt(field, location.toString());
    }
  }

  /** The state's own Arguments. */
  void arguments(Optional<Value> arguments) {
    arguments(arguments, "");
  }

  /**
   * The state's own Arguments, with a hint for the integration at hand when it is in a JSONPath
   * state.
   *
   * @param hint appended to the message that Arguments is a JSONata field, or empty
   */
  void arguments(Optional<Value> arguments, String hint) {
    if (arguments.isPresent()) {
      arguments(arguments.get(), loc.at("Arguments"), hint);
    }
  }

  /** Arguments of an object inside the state (ItemReader, ResultWriter), at {@code location}. */
  void argumentsAt(Optional<Value> arguments, String location) {
    if (arguments.isPresent()) {
      arguments(arguments.get(), Loc.of(location), "");
    }
  }

  /** Arguments: JSONata only, and an object or one expression that gives an object. */
  private void arguments(Value v, Loc location, String hint) {
    if (ql != QueryLanguage.JSONATA) {
      report(JSONATA_FIELD_IN_JSONPATH, location.toString(), "\"Arguments\" is a JSONata field;"
          + " this state uses JSONPath (set \"QueryLanguage\": \"JSONata\", or use"
          + " Parameters, ResultSelector and OutputPath)" + hint);
    }
    if (!(v instanceof JsonObject || v instanceof Jsonata)) {
      report(WRONG_TYPE, location.toString(), "Arguments is an object or a JSONata expression"
          + " \"{% ... %}\" that gives one");
    }
    x.jsonata(v, location);
  }

  /** A JSONata field of the state itself: its pointer is put together only to report it. */
  private void jsonataOnly(String field) {
    jsonataOnlyAt(field, loc.at(field));
  }

  void jsonataOnlyAt(String field, String location) {
    if (ql != QueryLanguage.JSONATA) {
      report(JSONATA_FIELD_IN_JSONPATH, location, "\"" + field + "\" is a JSONata field;"
          + " this state uses JSONPath (set \"QueryLanguage\": \"JSONata\", or use"
          + " Parameters, ResultSelector and OutputPath)");
    }
  }
}
