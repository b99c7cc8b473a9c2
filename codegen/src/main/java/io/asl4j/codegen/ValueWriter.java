package io.asl4j.codegen;

import static io.asl4j.codegen.JavaLiterals.isLong;
import static io.asl4j.codegen.JavaLiterals.javaLong;
import static io.asl4j.codegen.JavaLiterals.number;
import static io.asl4j.codegen.JavaLiterals.constants;
import static io.asl4j.codegen.JavaLiterals.q;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.asl4j.Values;
import io.asl4j.model.DynamicString;
import io.asl4j.model.Field;
import io.asl4j.model.Intrinsic;
import io.asl4j.model.JsonArray;
import io.asl4j.model.JsonBoolean;
import io.asl4j.model.JsonNull;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonPath;
import io.asl4j.model.JsonString;
import io.asl4j.model.Jsonata;
import io.asl4j.model.Path;
import io.asl4j.model.Value;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes values as typed {@code Values} calls: {@code literal(...)}, {@code object(field(...))},
 * {@code path("$.x")}, {@code context("Execution.Id")}, typed intrinsics and JSONata; and model
 * records without a DSL helper as their constructor calls. A value too deep or too large for one
 * expression is built by helper methods ({@link Helpers}): {@code object(field("a", value3()))},
 * {@code array(elements1())}.
 */
final class ValueWriter {

  private static final ClassName VALUES = ClassName.get(Values.class);
  private static final TypeName VALUE = ClassName.get(Value.class);
  private static final TypeName FIELD = ClassName.get(Field.class);
  /** Intrinsics past these sizes keep their text, {@code Intrinsic.of("...")}. */
  private static final int TYPED_INTRINSIC_UNITS = 200;
  private static final int TYPED_INTRINSIC_DEPTH = 10;

  private final StaticImports imports;
  private final Helpers helpers;

  ValueWriter(StaticImports imports, Helpers helpers) {
    this.imports = imports;
    this.helpers = helpers;
  }

  private CodeBlock call(String member, String format, Object... args) {
    return imports.call(VALUES, member, format, args);
  }

  /** A value, counted into the method being written. */
  CodeBlock value(Value v) {
    return spend(piece(v));
  }

  private CodeBlock spend(Piece p) {
    helpers.spend(p.units());
    return p.code();
  }

  /** A string literal ({@link JavaLiterals#q}), counted into the method being written. */
  CodeBlock text(String s) {
    helpers.spend(constants(s));
    return CodeBlock.of("$L", q(s));
  }

  /** Code of the given size, counted into the method being written. */
  CodeBlock spent(CodeBlock code, int units) {
    helpers.spend(units);
    return code;
  }

  /** A value and its size, for a caller that counts it into a piece of its own. */
  Piece piece(Value v) {
    if (v instanceof JsonString s) {
      return Piece.of(call("literal", "$L", q(s.value())), 1 + constants(s.value()));
    }
    if (v instanceof JsonNumber n) {
      return isLong(n) ? Piece.of(call("literal", "$L", javaLong(n)), 2)
          : Piece.of(number(n), 2 + constants(n.text()));
    }
    if (v instanceof JsonBoolean b) {
      return Piece.of(call("literal", "$L", b.value()), 1);
    }
    if (v instanceof JsonNull) {
      return Piece.of(call("nullValue", ""), 1);
    }
    if (v instanceof JsonObject o) {
      if (o.members().isEmpty()) {
        return Piece.of(call("object", ""), 1);
      }
      Piece fields = fieldsPiece(o);
      return deep(JsonObject.class, new Piece(call("object", "$L", fields.code()),
          fields.units() + 1, fields.depth() + 1));
    }
    if (v instanceof JsonArray a) {
      if (a.elements().isEmpty()) {
        return Piece.of(call("array", "new $T[0]", Value.class), 2);
      }
      List<Piece> elements = new ArrayList<>(a.elements().size());
      for (Value e : a.elements()) {
        elements.add(piece(e));
      }
      Piece list = list(VALUE, "elements", elements, false);
      return deep(JsonArray.class, new Piece(call("array", "$L", list.code()), list.units() + 1,
          list.depth() + 1));
    }
    if (v instanceof JsonPath p) {
      return pathPiece(p);
    }
    if (v instanceof Intrinsic i) {
      return intrinsic(i.text());
    }
    if (v instanceof Jsonata j) {
      String t = j.text();
      if (t.startsWith("{% ") && t.endsWith(" %}") && t.length() >= 6) {
        String inner = t.substring(3, t.length() - 3);
        return Piece.of(call("jsonata", "$L", q(inner)), 1 + constants(inner));
      }
      return Piece.of(CodeBlock.of("new $T($L)", Jsonata.class, q(t)), 1 + constants(t));
    }
    throw new GenerationException("unexpected value " + v);
  }

  /** A container nested too deep for javac moves to a helper that returns it. */
  private Piece deep(Class<?> type, Piece p) {
    return p.depth() >= CodeSize.DEPTH ? helpers.spill(ClassName.get(type), "value", p) : p;
  }

  /**
   * Elements in place, {@code a, b} (or one per line), or past {@value CodeSize#INLINE} units an
   * array made by helpers, which the same varargs take.
   */
  Piece list(TypeName element, String base, List<Piece> items, boolean onePerLine) {
    int units = 0;
    int depth = 0;
    for (Piece p : items) {
      units += p.units();
      depth = Math.max(depth, p.depth());
    }
    if (units > CodeSize.INLINE) {
      return helpers.array(element, base, items);
    }
    CodeBlock.Builder b = CodeBlock.builder();
    if (onePerLine) {
      b.add("$>$>");
    }
    for (int i = 0; i < items.size(); i++) {
      b.add(onePerLine ? (i == 0 ? "\n$L" : ",\n$L") : (i == 0 ? "$L" : ", $L"),
          items.get(i).code());
    }
    if (onePerLine) {
      b.add("$<$<");
    }
    return new Piece(b.build(), units, depth + 1);
  }

  /** An intrinsic as typed {@code Intrinsics} calls when short and shallow, else its text. */
  private Piece intrinsic(String text) {
    // sized from the text (every argument a call or literal at most), which bounds the typed
    // form's size and its writer's recursion; the commas and parentheses of quoted text count too
    int commas = 0;
    int depth = 0;
    int deepest = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == ',') {
        commas++;
      } else if (c == '(') {
        commas++;
        deepest = Math.max(deepest, ++depth);
      } else if (c == ')') {
        depth--;
      }
    }
    int units = 2 + 2 * commas + constants(text);
    if (units <= TYPED_INTRINSIC_UNITS && deepest <= TYPED_INTRINSIC_DEPTH) {
      Optional<CodeBlock> typed = IntrinsicWriter.write(text, this::pathText);
      if (typed.isPresent()) {
        return new Piece(typed.get(), units, deepest + 1);
      }
    }
    return Piece.of(CodeBlock.of("$T.of($L)", Intrinsic.class, q(text)), 1 + constants(text));
  }

  /** The members of an object as {@code field(name, value)} arguments, one per line. */
  CodeBlock fields(JsonObject o) {
    return spend(fieldsPiece(o));
  }

  /** {@link #fields}, with its size. */
  Piece fieldsPiece(JsonObject o) {
    List<Piece> fields = new ArrayList<>(o.members().size());
    for (Map.Entry<String, Value> e : o.members().entrySet()) {
      fields.add(field(e.getKey(), e.getValue()));
    }
    return list(FIELD, "fields", fields, true);
  }

  private Piece field(String name, Value v) {
    int units = 1 + constants(name);
    if (v instanceof JsonString s && isPlainText(s.value())) {
      return Piece.of(call("field", "$L, $L", q(name), q(s.value())),
          units + constants(s.value()));
    }
    if (v instanceof JsonBoolean b) {
      return Piece.of(call("field", "$L, $L", q(name), b.value()), units);
    }
    if (v instanceof JsonNumber n && isLong(n)) {
      return Piece.of(call("field", "$L, $L", q(name), javaLong(n)), units + 1);
    }
    Piece value = piece(v);
    return new Piece(call("field", "$L, $L", q(name), value.code()), units + value.units(),
        value.depth() + 1);
  }

  /**
   * Whether a value holds fewer than {@code max} values, itself and nested ones counted; counted
   * without recursion and no further than {@code max}.
   */
  static boolean smallerThan(Value v, int max) {
    ArrayDeque<Value> open = new ArrayDeque<>();
    open.push(v);
    int n = 0;
    while (!open.isEmpty()) {
      if (++n >= max) {
        return false;
      }
      Value next = open.pop();
      if (next instanceof JsonObject o) {
        o.members().values().forEach(open::push);
      } else if (next instanceof JsonArray a) {
        a.elements().forEach(open::push);
      }
    }
    return true;
  }

  /** Whether {@code Values.text} takes the string: not a path, intrinsic or JSONata look-alike. */
  static boolean isPlainText(String s) {
    try {
      Values.text(s);
      return true;
    } catch (IllegalArgumentException lookAlike) {
      return false;
    }
  }

  private CodeBlock pathText(String text) {
    return path(JsonPath.of(text));
  }

  /** A path, counted into the method being written. */
  CodeBlock path(Path p) {
    return spend(pathPiece(p));
  }

  /** {@link #path}, with its size. */
  Piece pathPiece(Path p) {
    if (p instanceof JsonPath jp) {
      // Values.path refuses text that is no JSONPath, such as a test harness's placeholder
      String t = jp.text();
      int units = 1 + constants(t);
      if (t.startsWith("$$.") && t.length() > 3) {
        return Piece.of(call("context", "$L", q(t.substring(3))), units);
      }
      return Piece.of(t.startsWith("$") ? call("path", "$L", q(t))
          : CodeBlock.of("$T.of($L)", JsonPath.class, q(t)), units);
    }
    return Piece.of(CodeBlock.of("$T.discard()", Path.class), 1);
  }

  /** A Fail state's Error or Cause: a plain string literal when it is text. */
  CodeBlock failText(DynamicString v) {
    if (v instanceof JsonString s) {
      helpers.spend(constants(s.value()));
      return CodeBlock.of("$L", q(s.value()));
    }
    return value((Value) v);
  }

  /** String literals as further arguments, {@code , "a", "b"}, counted into the method. */
  CodeBlock strings(List<String> texts) {
    return CodeBlock.of(", $L", spend(texts(texts)));
  }

  /** String literals as arguments, {@code "a", "b"}, or an array made by helpers. */
  private Piece texts(List<String> texts) {
    List<Piece> pieces = new ArrayList<>(texts.size());
    for (String t : texts) {
      pieces.add(new Piece(CodeBlock.of("$L", q(t)), constants(t), 0));
    }
    return list(ClassName.get(String.class), "strings", pieces, false);
  }

  /** A model record written as its constructor call (ItemReader, ItemBatcher, ResultWriter...). */
  CodeBlock record(Record r, String at) {
    helpers.spend(1);
    CodeBlock.Builder b = CodeBlock.builder().add("new $T(", r.getClass());
    RecordComponent[] components = r.getClass().getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      Object value;
      try {
        value = components[i].getAccessor().invoke(r);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      b.add(i == 0 ? "$L" : ", $L", component(value, at));
    }
    return b.add(")").build();
  }

  private CodeBlock component(Object value, String at) {
    helpers.spend(1);
    if (value instanceof Optional<?> o) {
      return o.isEmpty() ? CodeBlock.of("$T.empty()", Optional.class)
          : CodeBlock.of("$T.of($L)", Optional.class, component(o.get(), at));
    }
    if (value instanceof Map<?, ?> m) {
      if (!m.isEmpty()) {
        throw new GenerationException(at, "unknown fields " + m.keySet()
            + " cannot be written with the DSL");
      }
      return CodeBlock.of("$T.of()", Map.class);
    }
    if (value instanceof List<?> l) {
      if (!l.isEmpty() && l.stream().allMatch(String.class::isInstance)) {
        // a list of text (CSV headers) may be long
        return CodeBlock.of("$T.of($L)", List.class,
            spend(texts(l.stream().map(String.class::cast).toList())));
      }
      CodeBlock.Builder b = CodeBlock.builder().add("$T.of(", List.class);
      for (int i = 0; i < l.size(); i++) {
        b.add(i == 0 ? "$L" : ", $L", component(l.get(i), at));
      }
      return b.add(")").build();
    }
    if (value instanceof String s) {
      helpers.spend(constants(s));
      return CodeBlock.of("$L", q(s));
    }
    if (value instanceof Enum<?> e) {
      return CodeBlock.of("$T.$L", e.getDeclaringClass(), e.name());
    }
    if (value instanceof Value v) {
      return value(v);
    }
    if (value instanceof Record r) {
      return record(r, at);
    }
    throw new GenerationException(at, "cannot write " + value);
  }
}
