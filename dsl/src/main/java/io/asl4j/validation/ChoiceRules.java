package io.asl4j.validation;

import static io.asl4j.validation.DiagnosticCode.INVALID_TIMESTAMP;
import static io.asl4j.validation.DiagnosticCode.INVALID_VALUE;
import static io.asl4j.validation.DiagnosticCode.JSONATA_FIELD_IN_JSONPATH;
import static io.asl4j.validation.DiagnosticCode.JSONPATH_FIELD_IN_JSONATA;
import static io.asl4j.validation.DiagnosticCode.MISSING_FIELD;

import io.asl4j.model.ChoiceRule;
import io.asl4j.model.ChoiceState;
import io.asl4j.model.ComparisonOperator;
import io.asl4j.model.Condition;
import io.asl4j.model.JsonBoolean;
import io.asl4j.model.JsonPath;
import io.asl4j.model.JsonString;
import io.asl4j.model.Jsonata;
import io.asl4j.model.NestedRule;
import io.asl4j.model.QueryLanguage;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a Choice state: at least one rule, each condition in the state's query language,
 * comparison operands (paths, timestamps, StringMatches patterns), and its transitions.
 */
final class ChoiceRules extends RuleGroup {

  ChoiceRules(ValidationRun run) {
    super(run);
  }

  void choice(ChoiceState c, StateFields f, List<Edge> edges) {
    Loc at = f.loc;
    f.ioPaths(c.inputPath(), c.outputPath());
    f.output(c.output());
    f.assign(c.assign());
    if (c.choices().isEmpty()) {
      report(MISSING_FIELD, at + "/Choices", "a Choice state needs at least one rule");
    }
    for (int i = 0; i < c.choices().size(); i++) {
      ChoiceRule r = c.choices().get(i);
      Loc rp = f.loc.at("Choices").at(i);
      edges.add(new Edge("Choices", i, r.next(), VariableFlow.assigned(r.assign())));
      condition(r.condition(), rp, f);
      f.assign(r.assign(), rp.at("Assign"));
      if (r.output().isPresent()) {
        if (f.ql != QueryLanguage.JSONATA) {
          report(JSONATA_FIELD_IN_JSONPATH, rp + "/Output", "\"Output\" is a JSONata field;"
              + " this state uses JSONPath (use OutputPath, or QueryLanguage JSONata)");
        }
        run.expressions.jsonata(r.output().get(), rp.at("Output"));
      }
    }
    c.defaultState().ifPresent(d -> edges.add(new Edge("Default", d,
        VariableFlow.assigned(c.assign()))));
  }

  private void condition(Condition c, Loc at, StateFields f) {
    ExpressionRules x = run.expressions;
    if (c instanceof Condition.JsonataTest jt) {
      if (f.ql != QueryLanguage.JSONATA) {
        report(JSONATA_FIELD_IN_JSONPATH, at + "/Condition", "\"Condition\" is a JSONata"
            + " field; this state uses JSONPath (use Variable and a comparison operator)");
      }
      if (jt.condition() instanceof Jsonata j) {
        x.jsonataExpression(j, at.at("Condition"));
      } else if (!(jt.condition() instanceof JsonBoolean)) {
        report(INVALID_VALUE, at + "/Condition", "a Condition is a JSONata expression"
            + " \"{% ... %}\" or a boolean");
        placeholders(Optional.of(((JsonString) jt.condition()).value()), at + "/Condition");
      }
      return;
    }
    if (f.ql == QueryLanguage.JSONATA) {
      report(JSONPATH_FIELD_IN_JSONATA, at.toString(),
          "this rule uses JSONPath (Variable, And, Or, Not);"
          + " this state uses JSONata: write \"Condition\": \"{% ... %}\"");
      return;
    }
    if (c instanceof Condition.Comparison cmp) {
      x.referencePath(cmp.variable().text(), at.at("Variable"));
      Loc op = at.at(cmp.operator().jsonName());
      if (cmp.operand() instanceof JsonPath p) {
        x.referencePath(p.text(), op);
      } else if (cmp.operator().operand() == ComparisonOperator.Operand.TIMESTAMP
          && !StateRules.isTimestamp(((JsonString) cmp.operand()).value())) {
        report(INVALID_TIMESTAMP, op.toString(),
            "\"" + ((JsonString) cmp.operand()).value() + "\" is not"
            + " an RFC 3339 timestamp such as 2026-01-01T00:00:00Z");
      } else if (cmp.operand() instanceof JsonString s) {
        if (ExpressionText.isTestPlaceholder(s.value())) {
          placeholders(Optional.of(s.value()), op.toString());
        }
        if (cmp.operator() == ComparisonOperator.STRING_MATCHES) {
          matchPattern(s.value(), op);
        }
      }
    } else if (c instanceof Condition.And and) {
      nested(and.rules(), at.at("And"), f);
    } else if (c instanceof Condition.Or or) {
      nested(or.rules(), at.at("Or"), f);
    } else if (c instanceof Condition.Not not) {
      condition(not.rule().condition(), at.at("Not"), f);
    }
  }

  /** StringMatches: {@code *} is the wildcard, and only {@code \*} and {@code \\} escape. */
  private void matchPattern(String pattern, Loc at) {
    for (int i = 0; i < pattern.length(); i++) {
      if (pattern.charAt(i) == '\\') {
        char next = i + 1 < pattern.length() ? pattern.charAt(i + 1) : 0;
        if (next != '*' && next != '\\') {
          report(INVALID_VALUE, at.toString(),
              "StringMatches escapes only * and \\ (as \\* and \\\\);"
              + " \"" + pattern + "\" has a lone \\ at character " + (i + 1));
          return;
        }
        i++;
      }
    }
  }

  private void nested(List<NestedRule> rules, Loc at, StateFields f) {
    if (rules.isEmpty()) {
      report(MISSING_FIELD, at.toString(), "And and Or need at least one rule");
    }
    for (int i = 0; i < rules.size(); i++) {
      condition(rules.get(i).condition(), at.at(i), f);
    }
  }
}
