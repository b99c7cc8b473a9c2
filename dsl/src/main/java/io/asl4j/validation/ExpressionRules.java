package io.asl4j.validation;

import static io.asl4j.validation.DiagnosticCode.INVALID_INTRINSIC;
import static io.asl4j.validation.DiagnosticCode.INVALID_JSONATA;
import static io.asl4j.validation.DiagnosticCode.INVALID_PATH;
import static io.asl4j.validation.DiagnosticCode.INVALID_REFERENCE_PATH;
import static io.asl4j.validation.DiagnosticCode.LOOKS_LIKE_PATH;
import static io.asl4j.validation.DiagnosticCode.VALUE_IN_OTHER_QUERY_LANGUAGE;
import static io.asl4j.validation.ExpressionText.hasPlaceholder;
import static io.asl4j.validation.ExpressionText.isTestPlaceholder;

import io.asl4j.model.Expression;
import io.asl4j.model.Intrinsic;
import io.asl4j.model.JsonArray;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonPath;
import io.asl4j.model.JsonString;
import io.asl4j.model.Jsonata;
import io.asl4j.model.Value;
import io.asl4j.syntax.JsonPathSyntax;
import io.asl4j.syntax.PathTranslation;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rules of expressions wherever they appear: JSONPath paths and reference paths, payload
 * templates (with their intrinsic calls and strings that only look like paths), and JSONata
 * expressions (syntax, the names Step Functions binds, the variables they read).
 */
final class ExpressionRules extends RuleGroup {

  /** Intrinsics allowed in ErrorPath and CausePath: those returning a string. */
  private static final Set<String> STRING_INTRINSICS = Set.of("Format", "JsonToString",
      "ArrayGetItem", "Base64Encode", "Base64Decode", "Hash", "UUID");

  /**
   * Parse results by expression text, shared by every validation (they are immutable): workflows
   * repeat expressions ({@code $states.input}), the same definitions are validated again and
   * again (a build, an editor), and the JSONata parser costs microseconds per token. Bounded in
   * entries and in the length of an expression kept.
   */
  private static final Map<String, JsonataFacts> JSONATA_FACTS = new ConcurrentHashMap<>();

  ExpressionRules(ValidationRun run) {
    super(run);
  }

  void resultPathText(String text, Loc location) {
    if (text.startsWith("$$") || (text.length() > 1 && text.charAt(0) == '$'
        && Character.isLetter(text.charAt(1)))) {
      report(INVALID_REFERENCE_PATH, location.toString(), "\"" + text + "\" cannot be a ResultPath:"
          + " it places the result in the state input, so it starts with $ (not $$ or a"
          + " variable)");
      return;
    }
    referencePath(text, location);
  }

  /**
   * Parses a path for the checks: a test placeholder is reported, substitutions are filled with a
   * neutral name, and the variables it reads are noted.
   *
   * @return the syntax, or null when there is nothing left to check
   */
  private JsonPathSyntax.Result parsePath(String original, Loc location) {
    if (isTestPlaceholder(original)) {
      placeholders(Optional.of(original), location.toString());
      return null;
    }
    String text = ExpressionText.withoutPlaceholders(original);
    if (text == null) {
      return null;
    }
    run.variables.readsJsonPath(text, location);
    return JsonPathSyntax.check(text);
  }

  void pathText(String text, Loc location) {
    JsonPathSyntax.Result r = parsePath(text, location);
    if (r != null && !r.valid()) {
      report(INVALID_PATH, location.toString(), "\"" + text + "\" is not a valid JSONPath: "
          + r.problem());
    }
  }

  void referencePath(String text, String location) {
    referencePath(text, Loc.of(location));
  }

  void referencePath(String text, Loc location) {
    JsonPathSyntax.Result r = parsePath(text, location);
    if (r == null) {
      return;
    }
    if (!r.valid()) {
      report(INVALID_REFERENCE_PATH, location.toString(), "\"" + text + "\" is not a valid"
          + " reference path: " + r.problem());
    } else if (!r.reference()) {
      report(INVALID_REFERENCE_PATH, location.toString(), "\"" + text + "\" selects several values;"
          + " a reference path names one (only .field, ['field'] and [index] steps)");
    }
  }

  /** A JSONPath payload template: checks paths, intrinsics and look-alike strings. */
  void template(Value v, String location) {
    template(v, Loc.of(location));
  }

  /** A template at a pointer put together only if something in it is reported. */
  void template(Value v, Loc location) {
    if (v instanceof JsonObject o) {
      for (Map.Entry<String, Value> e : o.members().entrySet()) {
        Value m = e.getValue();
        if (m instanceof Jsonata j) {
          jsonataInJsonPath(j, location.at(e.getKey()).toString());
        } else if (m instanceof JsonPath p) {
          pathText(p.text(), location.dollar(e.getKey()));
        } else if (m instanceof Intrinsic i) {
          intrinsic(i.text(), location.dollar(e.getKey()), false);
        } else if (m instanceof JsonString s) {
          lookalike(e.getKey(), s.value(), location);
        } else if (m instanceof JsonObject || m instanceof JsonArray) {
          template(m, location.at(e.getKey()));
        } // a number, a boolean or null holds nothing to check
      }
    } else if (v instanceof JsonArray a) {
      for (int i = 0; i < a.elements().size(); i++) {
        Value element = a.elements().get(i);
        if (element instanceof JsonString s) {
          if (isTestPlaceholder(s.value())) {
            placeholders(Optional.of(s.value()), location.at(i).toString());
          }
        } else if (element instanceof JsonObject || element instanceof JsonArray
            || element instanceof Jsonata) {
          template(element, location.at(i));
        }
      }
    } else if (v instanceof JsonString s) {
      if (isTestPlaceholder(s.value())) {
        placeholders(Optional.of(s.value()), location.toString());
      }
    } else if (v instanceof Jsonata j) {
      jsonataInJsonPath(j, location.toString());
    }
  }

  /** A jsonata(..) value in a JSONPath template: Step Functions passes its text on. */
  private void jsonataInJsonPath(Jsonata j, String location) {
    String path = PathTranslation.toPath(j.expression());
    report(VALUE_IN_OTHER_QUERY_LANGUAGE, location, "jsonata(\"" + j.expression() + "\") is a"
        + " JSONata expression, but this state uses JSONPath, which passes it on as the text \""
        + j.text() + "\"; " + (path != null ? "use path(\"" + path + "\"), or " : "use path(..)"
        + " or an intrinsic, or ") + "set queryLanguage(QueryLanguage.JSONATA) on the state or"
        + " the workflow");
  }

  /** A path(..) or intrinsic in a JSONata value: written "name.$" and passed as text. */
  private void jsonPathInJsonata(Expression e, String location) {
    String expression = e instanceof JsonPath p ? PathTranslation.toJsonata(p.text()) : null;
    report(VALUE_IN_OTHER_QUERY_LANGUAGE, location, describe(e) + " is JSONPath, but this state"
        + " uses JSONata, where it is not evaluated (it would be written as a \".$\" member and"
        + " passed as text); " + (expression != null ? "use jsonata(\"" + expression + "\")"
        : "use jsonata(..), which reads the input as $states.input and the context as"
        + " $states.context"));
  }

  /** How the DSL wrote a JSONPath value: path("$.x") or the intrinsic call. */
  private static String describe(Value v) {
    return v instanceof JsonPath p ? "path(\"" + p.text() + "\")" : "the intrinsic "
        + ((Expression) v).text();
  }

  /** A plain string member {@code key} of the object at {@code parent}. */
  private void lookalike(String key, String text, Loc parent) {
    if (isTestPlaceholder(text)) {
      placeholders(Optional.of(text), parent.at(key).toString());
    }
    boolean path = text.equals("$") || text.startsWith("$.") || text.startsWith("$[")
        || text.startsWith("$$.");
    boolean call = text.startsWith("States.") && text.endsWith(")");
    if ((path || call) && !hasPlaceholder(text)) {
      report(LOOKS_LIKE_PATH, parent.at(key).toString(), "\"" + text + "\" looks like "
          + (path ? "a path" : "an intrinsic function call") + " but is passed as literal text,"
          + " because the key has no .$ suffix; did you mean \"" + key + ".$\"?");
    }
  }

  /** A JSONata value: checks every expression inside. */
  void jsonata(Value v, String location) {
    jsonata(v, Loc.of(location));
  }

  /** A JSONata value at a pointer put together only if something in it is reported. */
  void jsonata(Value v, Loc location) {
    if (v instanceof Jsonata j) {
      jsonataExpression(j, location);
    } else if (v instanceof JsonPath || v instanceof Intrinsic) {
      jsonPathInJsonata((Expression) v, location.toString());
    } else if (v instanceof JsonObject o) {
      for (Map.Entry<String, Value> e : o.members().entrySet()) {
        jsonata(e.getValue(), location.at(e.getKey()));
      }
    } else if (v instanceof JsonArray a) {
      for (int i = 0; i < a.elements().size(); i++) {
        jsonata(a.elements().get(i), location.at(i));
      }
    } else if (v instanceof JsonString s) {
      if (isTestPlaceholder(s.value())) {
        placeholders(Optional.of(s.value()), location.toString());
      }
      halfDelimited(s.value(), location);
    }
  }

  /** "10 %}" or "{% 10": almost an expression, but Step Functions takes it as text. */
  private void halfDelimited(String text, Loc location) {
    boolean opens = text.startsWith("{%");
    boolean closes = text.endsWith("%}") && text.length() > 1;
    if (opens != closes) {
      report(INVALID_JSONATA, location.toString(),
          "\"" + text + "\" " + (opens ? "opens with {% but"
          + " does not end with %}" : "ends with %} but does not open with {%") + ", so it is"
          + " literal text; a JSONata expression is the whole string \"{% ... %}\"");
    }
  }

  void jsonataExpression(Jsonata j, Loc location) {
    String expression = j.expression();
    if (expression.isEmpty()) {
      report(INVALID_JSONATA, location.toString(), "the JSONata expression is empty");
      return;
    }
    JsonataFacts facts = JSONATA_FACTS.get(expression);
    if (facts == null) {
      facts = JsonataFacts.of(expression);
      if (expression.length() <= 4096) {
        if (JSONATA_FACTS.size() >= 20_000) {
          JSONATA_FACTS.clear();
        }
        JSONATA_FACTS.put(expression, facts);
      }
    }
    if (!facts.problem().isEmpty()) {
      report(INVALID_JSONATA, location.toString(), facts.problem());
      return;
    }
    for (String v : facts.variables()) {
      run.variables.reads(v, location);
    }
    if (facts.root() != null) {
      report(INVALID_JSONATA, location.toString(),
          "Step Functions binds nothing to \"" + facts.root()
          + "\" at the top of a JSONata expression: read the input as $states.input and the"
          + " context as $states.context");
    }
    for (String[] name : facts.names()) {
      jsonataName(name, location);
    }
  }

  /** A name Step Functions does not provide in JSONata: $eval, States.*, unknown $states. */
  private void jsonataName(String[] name, Loc at) {
    switch (name[0]) {
      case "intrinsic" -> report(INVALID_JSONATA, at.toString(), "States." + name[1] + " is an"
          + " intrinsic function of JSONPath states; JSONata has its own functions ($string,"
          + " $uuid, $hash, ...)");
      case "eval" -> report(INVALID_JSONATA, at.toString(), "$eval is not available in Step"
          + " Functions; use $parse to read JSON text");
      default -> {
        switch (name[1]) {
          case "input", "context" -> { }
          case "result" -> {
            String location = at.toString();
            if (location.contains("/Arguments")) {
              report(INVALID_JSONATA, location, "$states.result is not available in"
                  + " Arguments: the task has not run yet (use it in Output or Assign)");
            }
          }
          case "errorOutput" -> {
            String location = at.toString();
            if (!location.contains("/Catch/")) {
              report(INVALID_JSONATA, location, "$states.errorOutput is available only in a"
                  + " Catch (its Output and Assign)");
            }
          }
          default -> report(INVALID_JSONATA, at.toString(), "$states has no \"" + name[1]
              + "\"; it holds input, result, errorOutput and context");
        }
      }
    }
  }

  void intrinsic(String text, String location, boolean stringOnly) {
    intrinsic(text, Loc.of(location), stringOnly);
  }

  void intrinsic(String text, Loc location, boolean stringOnly) {
    if (isTestPlaceholder(text)) {
      placeholders(Optional.of(text), location.toString());
      return;
    }
    if (hasPlaceholder(text) && ExpressionText.SUBSTITUTION.matcher(text).matches()) {
      return; // the whole expression is filled in before deployment
    }
    run.variables.readsJsonPath(text, location);
    for (IntrinsicSyntax.Problem p : IntrinsicSyntax.check(text)) {
      report(DiagnosticCode.valueOf(p.code()), location.toString(), p.message());
    }
    if (stringOnly) {
      String name = IntrinsicSyntax.functionName(text);
      if (name != null && !STRING_INTRINSICS.contains(name)) {
        report(INVALID_INTRINSIC, location.toString(),
            "States." + name + " does not return a string;"
            + " ErrorPath and CausePath take States." + String.join(", States.",
            new TreeSet<>(STRING_INTRINSICS)));
      }
    }
  }
}
