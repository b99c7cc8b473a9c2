package io.asl4j.json;

import static io.asl4j.json.FieldTables.NESTED_RULE_FIELDS;
import static io.asl4j.json.FieldTables.RULE_FIELDS;

import com.fasterxml.jackson.core.JsonToken;
import io.asl4j.model.AslEnum;
import io.asl4j.model.ChoiceRule;
import io.asl4j.model.ComparisonOperator;
import io.asl4j.model.Condition;
import io.asl4j.model.JsonBoolean;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonPath;
import io.asl4j.model.JsonString;
import io.asl4j.model.Jsonata;
import io.asl4j.model.NestedRule;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.Value;
import java.io.IOException;
import java.util.List;

/**
 * Reads a Choice state's rules and their conditions: a comparison ({@code Variable} and one
 * operator), {@code And}/{@code Or}/{@code Not} over nested rules, or a JSONata
 * {@code Condition}.
 */
final class RuleReaders {

  private RuleReaders() {}

  /** A top-level Choice rule; {@code ql} is the Choice state's query language. */
  static ChoiceRule rule(ReadCursor c, Pointer p, QueryLanguage ql) throws IOException {
    RecordCursor r = c.record(p, "a Choice rule object", null);
    return r == null ? null : new ChoiceRuleReader(r, ql).read();
  }

  /** A rule inside And, Or or Not. */
  static NestedRule nestedRule(ReadCursor c, Pointer p, QueryLanguage ql) throws IOException {
    RecordCursor r = c.record(p, "a rule object", null);
    return r == null ? null : new NestedRuleReader(r, ql).read();
  }

  private static final class ChoiceRuleReader extends ConditionReader<ChoiceRule> {
    String next;
    JsonObject assign;
    Value output;
    Condition condition;

    ChoiceRuleReader(RecordCursor r, QueryLanguage ql) {
      super(r, "a Choice rule", RULE_FIELDS, ql, true);
    }

    @Override
    boolean member(String name) throws IOException {
      switch (name) {
        case "Next":
          next = r.string();
          return true;
        case "Assign":
          assign = r.object(ValueReader.modeOf(ql));
          return true;
        case "Output":
          output = r.value(Mapper.ValueMode.JSONATA);
          return true;
        default:
          return conditionMember(name);
      }
    }

    @Override
    void check() {
      condition = condition();
      r.require(next, "Next", where, "the state to go to when the rule matches");
    }

    @Override
    ChoiceRule make() {
      return new ChoiceRule(opt(comment), condition, opt(assign), opt(output), next, unknown());
    }
  }

  private static final class NestedRuleReader extends ConditionReader<NestedRule> {
    Condition condition;

    NestedRuleReader(RecordCursor r, QueryLanguage ql) {
      super(r, "a rule nested in And, Or or Not", NESTED_RULE_FIELDS, ql, false);
    }

    @Override
    boolean member(String name) throws IOException {
      if (!r.c.keepUnknown && FieldTables.isOneOf(name, "Next", "Assign", "Output", "Condition")) {
        r.c.problem(r.namePosition, r.member(), "FIELD_NOT_ALLOWED", "a rule nested in And, Or or"
            + " Not cannot have " + Node.quote(name, 40) + "; only top-level Choice rules "
            + (name.equals("Condition") ? "take a JSONata \"Condition\""
            : "transition, assign and set output"));
        r.c.t.skipChildren();
        return true;
      }
      return conditionMember(name);
    }

    @Override
    void check() {
      condition = condition();
    }

    @Override
    NestedRule make() {
      return new NestedRule(opt(comment), condition, unknown());
    }
  }

  /** Reads the members that make a rule's condition, and checks they make exactly one. */
  private abstract static class ConditionReader<T> extends RecordReader<T> {
    final QueryLanguage ql;
    /** A top-level rule, which may also take a JSONata Condition. */
    private final boolean top;
    String comment;
    private JsonPath variable;
    private ComparisonOperator operator;
    private String operatorName;
    private Value operand;
    private final OneOf<Condition> combinator = new OneOf<>();

    ConditionReader(RecordCursor r, String where, String[] allowed, QueryLanguage ql,
        boolean top) {
      super(r, where, allowed);
      this.ql = ql;
      this.top = top;
    }

    /** Reads a member of the condition (or the Comment); false for any other member. */
    final boolean conditionMember(String name) throws IOException {
      RecordCursor r = this.r;
      ReadCursor c = r.c;
      switch (name) {
        case "Comment":
          comment = r.string();
          return true;
        case "Variable":
          variable = r.refPath();
          return true;
        case "And":
        case "Or": {
          List<NestedRule> rules = c.list(r.member(), "rules", ep -> nestedRule(c, ep, ql));
          combinator.set(r, rules == null ? null
              : name.equals("And") ? new Condition.And(rules) : new Condition.Or(rules),
              "And", "Or", "Not", "Condition");
          return true;
        }
        case "Not": {
          NestedRule rule = nestedRule(c, r.member(), ql);
          combinator.set(r, rule == null ? null : new Condition.Not(rule), "And", "Or", "Not",
              "Condition");
          return true;
        }
        case "Condition": {
          Value v = null;
          JsonToken k = c.t.current();
          if (k == JsonToken.VALUE_STRING) {
            String s = c.t.text();
            v = Jsonata.isDelimited(s)
                ? c.withinLimits(new Jsonata(s), r.namePosition, r.member()) : new JsonString(s);
          } else if (k == JsonToken.VALUE_TRUE || k == JsonToken.VALUE_FALSE) {
            v = JsonBoolean.of(k == JsonToken.VALUE_TRUE);
          } else {
            r.typeProblem("a JSONata expression \"{% ... %}\" or a boolean");
          }
          combinator.set(r, v == null ? null : new Condition.JsonataTest(v), "And", "Or", "Not",
              "Condition");
          return true;
        }
        default:
          return comparison(name);
      }
    }

    /** A comparison operator such as {@code StringEquals}; false when the name is not one. */
    private boolean comparison(String name) throws IOException {
      ComparisonOperator op = AslEnum.fromJsonName(ComparisonOperator.class, name).orElse(null);
      if (op == null) {
        return false;
      }
      if (operatorName != null) {
        r.c.problem(r.namePosition, r.member(), "INVALID_CHOICE_RULE", "a Choice rule takes"
            + " exactly one comparison operator; this one has both "
            + Node.quote(operatorName, 40) + " and " + Node.quote(name, 40) + " (combine tests"
            + " with \"And\" or \"Or\")");
        r.c.t.skipChildren();
        return true;
      }
      operatorName = name;
      operator = op;
      switch (op.operand()) {
        case STRING:
        case TIMESTAMP: {
          String s = r.string();
          operand = s == null ? null : new JsonString(s);
          break;
        }
        case NUMBER:
          operand = r.number();
          break;
        case BOOLEAN: {
          Boolean b = r.bool();
          operand = b == null ? null : JsonBoolean.of(b);
          break;
        }
        default:
          operand = r.refPath();
      }
      return true;
    }

    /** The condition the members make; null (after reporting) when they make none or several. */
    final Condition condition() {
      RecordCursor r = this.r;
      ReadCursor c = r.c;
      boolean hasVariable = r.has("Variable");
      if (operatorName != null) {
        if (combinator.key != null) {
          c.problem(r.positionOf(combinator.key), r.pointer.child(combinator.key),
              "INVALID_CHOICE_RULE", Node.quote(combinator.key, 20) + " cannot be combined with"
              + " the comparison " + Node.quote(operatorName, 40) + " in one rule; nest the"
              + " comparison inside \"And\" or \"Or\"");
          return null;
        }
        if (!hasVariable) {
          c.problem(r.position, r.pointer, "INVALID_CHOICE_RULE", "missing \"Variable\"; the"
              + " comparison " + Node.quote(operatorName, 40) + " needs the path of the value it"
              + " tests");
          return null;
        }
        if (variable == null || operand == null) {
          return null;
        }
        return new Condition.Comparison(variable, operator, operand);
      }
      if (hasVariable) {
        c.problem(r.positionOf("Variable"), r.pointer.child("Variable"), "INVALID_CHOICE_RULE",
            "\"Variable\" needs one comparison operator, such as \"StringEquals\" or"
                + " \"NumericGreaterThan\"");
        return null;
      }
      if (combinator.key == null) {
        c.problem(r.position, r.pointer, "INVALID_CHOICE_RULE", where + " needs a test:"
            + " \"Variable\" with a comparison operator, \"And\", \"Or\" or \"Not\""
            + (top ? ", or (JSONata) \"Condition\"" : ""));
        return null;
      }
      return combinator.value;
    }
  }
}
