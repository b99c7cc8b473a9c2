package io.asl4j.codegen;

import com.palantir.javapoet.CodeBlock;
import io.asl4j.integrations.AttributeValue;
import io.asl4j.model.Expression;
import io.asl4j.model.JsonArray;
import io.asl4j.model.JsonBoolean;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonString;
import io.asl4j.model.Value;
import java.util.Map;

/**
 * Writes a typed DynamoDB {@link AttributeValue} as the factory call that makes it:
 * {@code {"S.$": "$.id"}} becomes {@code AttributeValue.s(path("$.id"))}, {@code {"N": "42"}}
 * becomes {@code AttributeValue.n("42")}.
 */
final class AttributeValueWriter {

  private final ValueWriter values;

  AttributeValueWriter(ValueWriter values) {
    this.values = values;
  }

  /** The call that makes {@code a}. */
  CodeBlock write(AttributeValue a) {
    Value c = a.content();
    String type = a.type();
    if (type.isEmpty()) {
      return CodeBlock.of("$T.from($L)", AttributeValue.class, values.value(c));
    }
    String factory = type.equals("NULL") ? "nullValue" : type.equals("BOOL") ? "bool"
        : type.toLowerCase(java.util.Locale.ROOT);
    CodeBlock.Builder args = CodeBlock.builder();
    if (type.equals("NULL")) {
      // no arguments: {"NULL": true}
    } else if (c instanceof Expression) {
      args.add("$L", values.value(c));
    } else if (c instanceof JsonString s) {
      // S, N and B take their text as a Java string; S text the DSL would refuse stays literal
      args.add("$L", type.equals("S") && !ValueWriter.isPlainText(s.value()) ? values.value(s)
          : values.text(s.value()));
    } else if (c instanceof JsonBoolean b) {
      args.add("$L", b.value());
    } else if (c instanceof JsonArray list) {
      for (int i = 0; i < list.elements().size(); i++) {
        Value e = list.elements().get(i);
        args.add(i == 0 ? "$L" : ", $L", type.equals("L")
            ? write(AttributeValue.fromJson(e).orElseThrow())
            : values.text(((JsonString) e).value()));
      }
    } else {
      int i = 0;
      for (Map.Entry<String, Value> m : ((JsonObject) c).members().entrySet()) {
        args.add(i++ == 0 ? "$T.attribute($L, $L)" : ", $T.attribute($L, $L)",
            AttributeValue.class, values.text(m.getKey()),
            write(AttributeValue.fromJson(m.getValue()).orElseThrow()));
      }
    }
    return CodeBlock.of("$T.$L($L)", AttributeValue.class, factory, args.build());
  }
}
