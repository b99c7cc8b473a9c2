package io.asl4j.codegen;

import static io.asl4j.codegen.JavaLiterals.isLong;
import static io.asl4j.codegen.JavaLiterals.javaLong;
import static io.asl4j.codegen.JavaLiterals.number;
import static io.asl4j.codegen.JavaLiterals.q;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.asl4j.Values;
import io.asl4j.model.DynamicString;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes values as typed {@code Values} calls: {@code literal(...)}, {@code object(field(...))},
 * {@code path("$.x")}, {@code context("Execution.Id")}, typed intrinsics and JSONata; and model
 * records without a DSL helper as their constructor calls.
 */
final class ValueWriter {

  private static final ClassName VALUES = ClassName.get(Values.class);

  private final StaticImports imports;

  ValueWriter(StaticImports imports) {
    this.imports = imports;
  }

  private CodeBlock call(String member, String format, Object... args) {
    return imports.call(VALUES, member, format, args);
  }

  CodeBlock value(Value v) {
    if (v instanceof JsonString s) {
      return call("literal", "$L", q(s.value()));
    }
    if (v instanceof JsonNumber n) {
      return isLong(n) ? call("literal", "$L", javaLong(n)) : number(n);
    }
    if (v instanceof JsonBoolean b) {
      return call("literal", "$L", b.value());
    }
    if (v instanceof JsonNull) {
      return call("nullValue", "");
    }
    if (v instanceof JsonObject o) {
      return o.members().isEmpty() ? call("object", "") : call("object", "$L", fields(o));
    }
    if (v instanceof JsonArray a) {
      if (a.elements().isEmpty()) {
        return call("array", "new $T[0]", Value.class);
      }
      CodeBlock.Builder b = CodeBlock.builder();
      for (int i = 0; i < a.elements().size(); i++) {
        b.add(i == 0 ? "$L" : ", $L", value(a.elements().get(i)));
      }
      return call("array", "$L", b.build());
    }
    if (v instanceof JsonPath p) {
      return path(p);
    }
    if (v instanceof Intrinsic i) {
      return IntrinsicWriter.write(i.text(), this::pathText)
          .orElseGet(() -> CodeBlock.of("$T.of($L)", Intrinsic.class, q(i.text())));
    }
    if (v instanceof Jsonata j) {
      String t = j.text();
      if (t.startsWith("{% ") && t.endsWith(" %}") && t.length() >= 6) {
        return call("jsonata", "$L", q(t.substring(3, t.length() - 3)));
      }
      return CodeBlock.of("new $T($L)", Jsonata.class, q(t));
    }
    throw new GenerationException("unexpected value " + v);
  }

  /** The members of an object as {@code field(name, value)} arguments, one per line. */
  CodeBlock fields(JsonObject o) {
    CodeBlock.Builder b = CodeBlock.builder().add("$>$>");
    int i = 0;
    for (Map.Entry<String, Value> e : o.members().entrySet()) {
      b.add(i++ == 0 ? "\n$L" : ",\n$L", field(e.getKey(), e.getValue()));
    }
    return b.add("$<$<").build();
  }

  private CodeBlock field(String name, Value v) {
    if (v instanceof JsonString s && isPlainText(s.value())) {
      return call("field", "$L, $L", q(name), q(s.value()));
    }
    if (v instanceof JsonBoolean b) {
      return call("field", "$L, $L", q(name), b.value());
    }
    if (v instanceof JsonNumber n && isLong(n)) {
      return call("field", "$L, $L", q(name), javaLong(n));
    }
    return call("field", "$L, $L", q(name), value(v));
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

  CodeBlock path(Path p) {
    if (p instanceof JsonPath jp) {
      // Values.path refuses text that is no JSONPath, such as a test harness's placeholder
      String t = jp.text();
      if (t.startsWith("$$.") && t.length() > 3) {
        return call("context", "$L", q(t.substring(3)));
      }
      return t.startsWith("$") ? call("path", "$L", q(t))
          : CodeBlock.of("$T.of($L)", JsonPath.class, q(t));
    }
    return CodeBlock.of("$T.discard()", Path.class);
  }

  /** A Fail state's Error or Cause: a plain string literal when it is text. */
  CodeBlock failText(DynamicString v) {
    return v instanceof JsonString s ? CodeBlock.of("$L", q(s.value())) : value((Value) v);
  }

  /** A model record written as its constructor call (ItemReader, ItemBatcher, ResultWriter...). */
  CodeBlock record(Record r, String at) {
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
    if (value instanceof Optional<?> o) {
      return o.isEmpty() ? CodeBlock.of("$T.empty()", Optional.class)
          : CodeBlock.of("$T.of($L)", Optional.class, component(o.get(), at));
    }
    if (value instanceof Map<?, ?> m) {
      if (!m.isEmpty()) {
        throw new GenerationException(at + ": unknown fields " + m.keySet()
            + " cannot be written with the DSL");
      }
      return CodeBlock.of("$T.of()", Map.class);
    }
    if (value instanceof List<?> l) {
      CodeBlock.Builder b = CodeBlock.builder().add("$T.of(", List.class);
      for (int i = 0; i < l.size(); i++) {
        b.add(i == 0 ? "$L" : ", $L", component(l.get(i), at));
      }
      return b.add(")").build();
    }
    if (value instanceof String s) {
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
    throw new GenerationException(at + ": cannot write " + value);
  }
}
