package io.asl4j.codegen;

import static io.asl4j.codegen.JavaLiterals.isLong;
import static io.asl4j.codegen.JavaLiterals.javaLong;
import static io.asl4j.codegen.JavaLiterals.q;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.asl4j.Conditions;
import io.asl4j.dsl.Rule;
import io.asl4j.model.ChoiceRule;
import io.asl4j.model.ComparisonOperator;
import io.asl4j.model.Condition;
import io.asl4j.model.JsonBoolean;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonPath;
import io.asl4j.model.JsonString;
import io.asl4j.model.Jsonata;
import io.asl4j.model.NestedRule;
import io.asl4j.model.Value;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes Choice rules as {@code Conditions} calls ({@code stringEquals(path("$.x"), "a")}, {@code
 * and(...)}, {@code condition(jsonata("..."))}), with {@code Rule.of(...)} when a rule has a
 * Comment, Assign or Output; the model's constructors where no typed call gives the same rule.
 */
final class ConditionWriter {

  private static final ClassName CONDITIONS = ClassName.get(Conditions.class);

  private final StaticImports imports;
  private final ValueWriter values;

  ConditionWriter(StaticImports imports, ValueWriter values) {
    this.imports = imports;
    this.values = values;
  }

  private CodeBlock call(String member, String format, Object... args) {
    return imports.call(CONDITIONS, member, format, args);
  }

  /** The first argument of {@code .when(rule, next)}. */
  CodeBlock rule(ChoiceRule r, String at) {
    UnknownFields.refuse(r.unknownFields(), at + "/Choices");
    CodeBlock condition = condition(r.condition(), at);
    if (r.comment().isPresent() || r.assign().isPresent() || r.output().isPresent()) {
      CodeBlock.Builder rule = CodeBlock.builder().add("$T.of($L)", Rule.class, condition);
      r.comment().ifPresent(x -> rule.add(".comment($L)", q(x)));
      r.assign().ifPresent(x -> rule.add(".assign($L)", values.fields(x)));
      r.output().ifPresent(x -> rule.add(".output($L)", values.value(x)));
      condition = rule.build();
    }
    return condition;
  }

  private CodeBlock condition(Condition c, String at) {
    if (c instanceof Condition.JsonataTest t) {
      if (t.condition() instanceof Jsonata j) {
        return call("condition", "$L", values.value(j));
      }
      if (t.condition() instanceof JsonBoolean bool) {
        return call("condition", "$L", bool.value());
      }
      return CodeBlock.of("new $T($L)", Condition.JsonataTest.class, values.value(t.condition()));
    }
    if (c instanceof Condition.And and) {
      return call("and", "$L", nestedRules(and.rules(), at));
    }
    if (c instanceof Condition.Or or) {
      return call("or", "$L", nestedRules(or.rules(), at));
    }
    if (c instanceof Condition.Not not) {
      UnknownFields.refuse(not.rule().unknownFields(), at + "/Choices");
      if (not.rule().comment().isPresent()) {
        return CodeBlock.of("new $T($L)", Condition.Not.class, nestedRule(not.rule(), at));
      }
      return call("not", "$L", condition(not.rule().condition(), at));
    }
    Condition.Comparison cmp = (Condition.Comparison) c;
    ComparisonOperator op = cmp.operator();
    String method = Character.toLowerCase(op.jsonName().charAt(0))
        + op.jsonName().substring(1);
    if (method.endsWith("Path")) {
      method = method.substring(0, method.length() - 4);
    }
    CodeBlock variable = values.path(cmp.variable());
    Value operand = cmp.operand();
    if (operand instanceof JsonPath p) {
      return call(method, "$L, $L", variable, values.path(p));
    }
    if (operand instanceof JsonBoolean bool) {
      return method.startsWith("is") && bool.value() ? call(method, "$L", variable)
          : call(method, "$L, $L", variable, bool.value());
    }
    if (operand instanceof JsonString s) {
      return call(method, "$L, $L", variable, q(s.value()));
    }
    if (operand instanceof JsonNumber n) {
      if (isLong(n)) {
        return call(method, "$L, $L", variable, javaLong(n));
      }
      if (JavaLiterals.isPlainDecimal(n)) {
        return call(method, "$L, new $T($L)", variable, BigDecimal.class, q(n.text()));
      }
    }
    return CodeBlock.of("new $T($L, $T.$L, $L)", Condition.Comparison.class, variable,
        ComparisonOperator.class, op.name(), values.value(operand));
  }

  private CodeBlock nestedRules(List<NestedRule> rules, String at) {
    boolean commented = rules.stream().anyMatch(r -> r.comment().isPresent());
    CodeBlock.Builder b = CodeBlock.builder();
    for (int i = 0; i < rules.size(); i++) {
      UnknownFields.refuse(rules.get(i).unknownFields(), at + "/Choices");
      b.add(i == 0 ? "$>$>\n$L" : ",\n$L", commented ? nestedRule(rules.get(i), at)
          : condition(rules.get(i).condition(), at));
    }
    return b.add("$<$<").build();
  }

  private CodeBlock nestedRule(NestedRule r, String at) {
    if (r.comment().isPresent()) {
      return call("commented", "$L, $L", q(r.comment().get()), condition(r.condition(), at));
    }
    return CodeBlock.of("new $T($T.empty(), $L, $T.of())", NestedRule.class, Optional.class,
        condition(r.condition(), at), Map.class);
  }
}
