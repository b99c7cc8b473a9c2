package io.asl4j.codegen;

import static io.asl4j.codegen.JavaLiterals.isLong;
import static io.asl4j.codegen.JavaLiterals.javaLong;
import static io.asl4j.codegen.JavaLiterals.q;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes Choice rules as {@code Conditions} calls ({@code stringEquals(path("$.x"), "a")}, {@code
 * and(...)}, {@code condition(jsonata("..."))}), with {@code Rule.of(...)} when a rule has a
 * Comment, Assign or Output; the model's constructors where no typed call gives the same rule. A
 * condition too deep or too large for one expression is built by helper methods ({@link
 * Helpers}).
 */
final class ConditionWriter {

  private static final ClassName CONDITIONS = ClassName.get(Conditions.class);
  private static final TypeName CONDITION = ClassName.get(Condition.class);
  private static final TypeName NESTED_RULE = ClassName.get(NestedRule.class);

  private final StaticImports imports;
  private final ValueWriter values;
  private final Helpers helpers;

  ConditionWriter(StaticImports imports, ValueWriter values, Helpers helpers) {
    this.imports = imports;
    this.values = values;
    this.helpers = helpers;
  }

  private CodeBlock call(String member, String format, Object... args) {
    return imports.call(CONDITIONS, member, format, args);
  }

  /** The first argument of {@code .when(rule, next)}, counted into the method being written. */
  CodeBlock rule(ChoiceRule r, String at) {
    UnknownFields.refuse(r.unknownFields(), at + "/Choices");
    Piece condition = condition(r.condition(), at);
    helpers.spend(condition.units());
    if (r.comment().isPresent() || r.assign().isPresent() || r.output().isPresent()) {
      CodeBlock.Builder rule = CodeBlock.builder().add("$T.of($L)", Rule.class,
          condition.code());
      r.comment().ifPresent(x -> rule.add(".comment($L)", q(x)));
      r.assign().ifPresent(x -> rule.add(".assign($L)", values.fields(x)));
      r.output().ifPresent(x -> rule.add(".output($L)", values.value(x)));
      helpers.spend(2 + r.comment().map(JavaLiterals::constants).orElse(0));
      return rule.build();
    }
    return condition.code();
  }

  private Piece condition(Condition c, String at) {
    if (c instanceof Condition.JsonataTest t) {
      if (t.condition() instanceof Jsonata j) {
        return wrap(values.piece(j), v -> call("condition", "$L", v));
      }
      if (t.condition() instanceof JsonBoolean bool) {
        return Piece.of(call("condition", "$L", bool.value()), 1);
      }
      return wrap(values.piece(t.condition()),
          v -> CodeBlock.of("new $T($L)", Condition.JsonataTest.class, v));
    }
    if (c instanceof Condition.And and) {
      return deep(wrap(nestedRules(and.rules(), at), v -> call("and", "$L", v)));
    }
    if (c instanceof Condition.Or or) {
      return deep(wrap(nestedRules(or.rules(), at), v -> call("or", "$L", v)));
    }
    if (c instanceof Condition.Not not) {
      UnknownFields.refuse(not.rule().unknownFields(), at + "/Choices");
      if (not.rule().comment().isPresent()) {
        return deep(wrap(nestedRule(not.rule(), at),
            v -> CodeBlock.of("new $T($L)", Condition.Not.class, v)));
      }
      return deep(wrap(condition(not.rule().condition(), at), v -> call("not", "$L", v)));
    }
    Condition.Comparison cmp = (Condition.Comparison) c;
    ComparisonOperator op = cmp.operator();
    String method = Character.toLowerCase(op.jsonName().charAt(0))
        + op.jsonName().substring(1);
    if (method.endsWith("Path")) {
      method = method.substring(0, method.length() - 4);
    }
    Piece variable = values.pathPiece(cmp.variable());
    int units = 1 + variable.units();
    CodeBlock v = variable.code();
    Value operand = cmp.operand();
    if (operand instanceof JsonPath p) {
      Piece other = values.pathPiece(p);
      return Piece.of(call(method, "$L, $L", v, other.code()), units + other.units());
    }
    if (operand instanceof JsonBoolean bool) {
      return Piece.of(method.startsWith("is") && bool.value() ? call(method, "$L", v)
          : call(method, "$L, $L", v, bool.value()), units);
    }
    if (operand instanceof JsonString s) {
      return Piece.of(call(method, "$L, $L", v, q(s.value())),
          units + JavaLiterals.constants(s.value()));
    }
    if (operand instanceof JsonNumber n) {
      if (isLong(n)) {
        return Piece.of(call(method, "$L, $L", v, javaLong(n)), units + 1);
      }
      if (JavaLiterals.isPlainDecimal(n)) {
        return Piece.of(call(method, "$L, new $T($L)", v, BigDecimal.class, q(n.text())),
            units + 1 + JavaLiterals.constants(n.text()));
      }
    }
    Piece value = values.piece(operand);
    return new Piece(CodeBlock.of("new $T($L, $T.$L, $L)", Condition.Comparison.class, v,
        ComparisonOperator.class, op.name(), value.code()), units + value.units(),
        value.depth() + 1);
  }

  /** A piece inside a call: one unit more, one call deeper. */
  private static Piece wrap(Piece inner, Function<CodeBlock, CodeBlock> call) {
    return new Piece(call.apply(inner.code()), inner.units() + 1, inner.depth() + 1);
  }

  /** A condition nested too deep for javac moves to a helper that returns it. */
  private Piece deep(Piece p) {
    return p.depth() >= CodeSize.DEPTH ? helpers.spill(CONDITION, "condition", p) : p;
  }

  private Piece nestedRules(List<NestedRule> rules, String at) {
    boolean commented = rules.stream().anyMatch(r -> r.comment().isPresent());
    List<Piece> items = new ArrayList<>(rules.size());
    for (NestedRule r : rules) {
      UnknownFields.refuse(r.unknownFields(), at + "/Choices");
      items.add(commented ? nestedRule(r, at) : condition(r.condition(), at));
    }
    return values.list(commented ? NESTED_RULE : CONDITION, "conditions", items, true);
  }

  private Piece nestedRule(NestedRule r, String at) {
    if (r.comment().isPresent()) {
      String comment = r.comment().get();
      Piece c = condition(r.condition(), at);
      return new Piece(call("commented", "$L, $L", q(comment), c.code()),
          c.units() + 1 + JavaLiterals.constants(comment), c.depth() + 1);
    }
    return wrap(condition(r.condition(), at), c -> CodeBlock.of("new $T($T.empty(), $L, $T.of())",
        NestedRule.class, Optional.class, c, Map.class));
  }
}
