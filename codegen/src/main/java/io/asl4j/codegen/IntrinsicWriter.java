package io.asl4j.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.asl4j.Intrinsics;
import io.asl4j.Intrinsics.HashAlgorithm;
import io.asl4j.model.Intrinsic;
import io.asl4j.model.IntrinsicArgument;
import io.asl4j.model.JsonBoolean;
import io.asl4j.model.JsonNull;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonPath;
import io.asl4j.model.JsonString;
import io.asl4j.syntax.IntrinsicNode;
import io.asl4j.syntax.IntrinsicNode.BooleanLiteral;
import io.asl4j.syntax.IntrinsicNode.Call;
import io.asl4j.syntax.IntrinsicNode.NullLiteral;
import io.asl4j.syntax.IntrinsicNode.NumberLiteral;
import io.asl4j.syntax.IntrinsicNode.PathReference;
import io.asl4j.syntax.IntrinsicNode.StringLiteral;
import io.asl4j.syntax.IntrinsicParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes an intrinsic call as typed {@code Intrinsics} calls, e.g. {@code
 * Intrinsics.format("Hello {}", path("$.name"))}, when building those calls gives back exactly
 * the text of the definition; other spellings (extra spaces, unusual escapes) keep {@code
 * Intrinsic.of(text)}. The text is parsed by {@link IntrinsicParser}.
 */
final class IntrinsicWriter {

  private static final ClassName INTRINSICS = ClassName.get(Intrinsics.class);

  /** An argument or call: its model value and the code that makes it. */
  private record Arg(IntrinsicArgument value, CodeBlock code) {}

  private final Function<String, CodeBlock> path;

  private IntrinsicWriter(Function<String, CodeBlock> path) {
    this.path = path;
  }

  /**
   * Returns typed code for an intrinsic call, or empty when the typed form would not give back
   * the same text.
   *
   * @param text the intrinsic, e.g. {@code States.Format('{}', $.x)}
   * @param path writes a path argument (the emitter's {@code path("...")})
   */
  static Optional<CodeBlock> write(String text, Function<String, CodeBlock> path) {
    try {
      Arg call = new IntrinsicWriter(path).call(IntrinsicParser.parse(text));
      if (!(call.value() instanceof Intrinsic made) || !made.text().equals(text)) {
        return Optional.empty();
      }
      return Optional.of(call.code());
    } catch (RuntimeException unusual) {
      // not a call, or no typed form (a number JSON would not write, a deep merge, ...)
      return Optional.empty();
    }
  }

  private Arg argument(IntrinsicNode node) {
    if (node instanceof StringLiteral s) {
      String v = s.value();
      return new Arg(Intrinsics.str(v), CodeBlock.of("$T.str($L)", INTRINSICS, Emitter.q(v)));
    }
    if (node instanceof PathReference p) {
      return new Arg(JsonPath.of(p.source()), path.apply(p.source()));
    }
    if (node instanceof Call c) {
      return call(c);
    }
    if (node instanceof BooleanLiteral b) {
      return new Arg(JsonBoolean.of(b.value()), CodeBlock.of("$T.bool($L)", INTRINSICS,
          b.value()));
    }
    if (node instanceof NullLiteral) {
      return new Arg(JsonNull.INSTANCE, CodeBlock.of("$T.nullValue()",
          ClassName.get(io.asl4j.Values.class)));
    }
    NumberLiteral literal = (NumberLiteral) node;
    JsonNumber n = new JsonNumber(literal.source());
    CodeBlock code = Emitter.isLong(n) ? CodeBlock.of("$T.num($L)", INTRINSICS,
        Emitter.javaLong(n)) : CodeBlock.of("new $T($L)", JsonNumber.class, Emitter.q(n.text()));
    return new Arg(n, code);
  }

  /** Builds the call with {@code Intrinsics}, so the text it gives can be compared. */
  private Arg call(Call call) {
    String name = call.name();
    List<Arg> args = new ArrayList<>();
    for (IntrinsicNode a : call.arguments()) {
      args.add(argument(a));
    }
    IntrinsicArgument[] values = args.stream().map(Arg::value).toArray(IntrinsicArgument[]::new);
    Intrinsic made;
    CodeBlock code;
    String method = Character.toLowerCase(name.charAt(0)) + name.substring(1);
    switch (name) {
      case "Format" -> {
        String template = ((JsonString) values[0]).value();
        IntrinsicArgument[] rest = Arrays.copyOfRange(values, 1, values.length);
        made = Intrinsics.format(template, rest);
        code = CodeBlock.of("$T.format($L$L)", INTRINSICS, Emitter.q(template),
            codes(args.subList(1, args.size()), true));
      }
      case "Hash" -> {
        HashAlgorithm algorithm = algorithm(((JsonString) values[1]).value());
        made = Intrinsics.hash(values[0], algorithm);
        code = CodeBlock.of("$T.hash($L, $T.$L)", INTRINSICS, args.get(0).code(),
            HashAlgorithm.class, algorithm.name());
      }
      case "JsonMerge" -> {
        if (!(values[2] instanceof JsonBoolean b) || b.value()) {
          throw new IllegalArgumentException("only shallow merges have a typed form");
        }
        made = Intrinsics.jsonMerge(values[0], values[1]);
        code = CodeBlock.of("$T.jsonMerge($L)", INTRINSICS, codes(args.subList(0, 2), false));
      }
      case "UUID" -> {
        made = Intrinsics.uuid();
        code = CodeBlock.of("$T.uuid()", INTRINSICS);
      }
      default -> {
        made = invoke(method, values);
        code = CodeBlock.of("$T.$L($L)", INTRINSICS, method, codes(args, false));
      }
    }
    return new Arg(made, code);
  }

  private static Intrinsic invoke(String method, IntrinsicArgument[] values) {
    Class<?>[] types = new Class<?>[values.length];
    Arrays.fill(types, IntrinsicArgument.class);
    try {
      Object made;
      try {
        made = Intrinsics.class.getMethod(method, types).invoke(null, (Object[]) values);
      } catch (NoSuchMethodException varargs) {
        made = Intrinsics.class.getMethod(method, IntrinsicArgument[].class)
            .invoke(null, (Object) values);
      }
      return (Intrinsic) made;
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("no typed form for States." + method, e);
    }
  }

  private static HashAlgorithm algorithm(String name) {
    for (HashAlgorithm a : HashAlgorithm.values()) {
      if (a.aslName().equals(name)) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown hash algorithm " + name);
  }

  private static CodeBlock codes(List<Arg> args, boolean leadingComma) {
    CodeBlock.Builder b = CodeBlock.builder();
    for (int k = 0; k < args.size(); k++) {
      b.add(k == 0 && !leadingComma ? "$L" : ", $L", args.get(k).code());
    }
    return b.build();
  }
}
