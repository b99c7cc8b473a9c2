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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes an intrinsic call as typed {@code Intrinsics} calls, e.g. {@code
 * Intrinsics.format("Hello {}", path("$.name"))}, when building those calls gives back exactly
 * the text of the definition; other spellings (extra spaces, unusual escapes) keep {@code
 * Intrinsic.of(text)}.
 */
final class IntrinsicWriter {

  private static final ClassName INTRINSICS = ClassName.get(Intrinsics.class);

  /** A parsed argument: its model value and the code that makes it. */
  private record Arg(IntrinsicArgument value, CodeBlock code, String text) {}

  private final String s;
  private final Function<String, CodeBlock> path;
  private int i;

  private IntrinsicWriter(String s, Function<String, CodeBlock> path) {
    this.s = s;
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
      IntrinsicWriter w = new IntrinsicWriter(text, path);
      Arg call = w.call();
      if (w.i != text.length() || !(call.value() instanceof Intrinsic made)
          || !made.text().equals(text)) {
        return Optional.empty();
      }
      return Optional.of(call.code());
    } catch (RuntimeException unusual) {
      return Optional.empty();
    }
  }

  private Arg call() {
    expect("States.");
    int start = i;
    while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
      i++;
    }
    String name = s.substring(start, i);
    expect("(");
    List<Arg> args = new ArrayList<>();
    skip();
    if (peek() == ')') {
      i++;
    } else {
      while (true) {
        skip();
        args.add(argument());
        skip();
        if (peek() == ',') {
          i++;
          continue;
        }
        expect(")");
        break;
      }
    }
    return make(name, args);
  }

  private Arg argument() {
    char c = peek();
    if (c == '\'') {
      int start = ++i;
      StringBuilder value = new StringBuilder();
      while (peek() != '\'') {
        if (s.charAt(i) == '\\') {
          i++;
        }
        value.append(s.charAt(i++));
      }
      i++;
      String v = value.toString();
      return new Arg(Intrinsics.str(v), CodeBlock.of("$T.str($L)", INTRINSICS, Emitter.q(v)),
          s.substring(start - 1, i));
    }
    if (c == '$') {
      int start = i;
      int depth = 0;
      while (i < s.length()) {
        char d = s.charAt(i);
        if (d == '(' || d == '[') {
          depth++;
        } else if ((d == ')' || d == ']') && depth > 0) {
          depth--;
        } else if ((d == ',' || d == ')') && depth == 0) {
          break;
        }
        i++;
      }
      String p = s.substring(start, i);
      return new Arg(JsonPath.of(p), path.apply(p), p);
    }
    if (s.startsWith("States.", i)) {
      return call();
    }
    int start = i;
    while (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != ')') {
      i++;
    }
    String literal = s.substring(start, i);
    switch (literal) {
      case "true", "false" -> {
        return new Arg(JsonBoolean.of(literal.equals("true")), CodeBlock.of("$T.bool($L)",
            INTRINSICS, literal), literal);
      }
      case "null" -> {
        return new Arg(JsonNull.INSTANCE, CodeBlock.of("$T.nullValue()",
            ClassName.get(io.asl4j.Values.class)), literal);
      }
      default -> {
        JsonNumber n = new JsonNumber(literal);
        CodeBlock code = Emitter.isLong(n) ? CodeBlock.of("$T.num($L)", INTRINSICS,
            Emitter.javaLong(n)) : CodeBlock.of("new $T($L)", JsonNumber.class, Emitter.q(literal));
        return new Arg(n, code, literal);
      }
    }
  }

  /** Builds the call with {@code Intrinsics}, so the text it gives can be compared. */
  private Arg make(String name, List<Arg> args) {
    IntrinsicArgument[] values = args.stream().map(Arg::value).toArray(IntrinsicArgument[]::new);
    Intrinsic made;
    CodeBlock code;
    String method = Character.toLowerCase(name.charAt(0)) + name.substring(1);
    switch (name) {
      case "Format" -> {
        String template = ((JsonString) values[0]).value();
        IntrinsicArgument[] rest = java.util.Arrays.copyOfRange(values, 1, values.length);
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
    return new Arg(made, code, made.text());
  }

  private static Intrinsic invoke(String method, IntrinsicArgument[] values) {
    Class<?>[] types = new Class<?>[values.length];
    java.util.Arrays.fill(types, IntrinsicArgument.class);
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

  private char peek() {
    if (i >= s.length()) {
      throw new IllegalArgumentException("unexpected end");
    }
    return s.charAt(i);
  }

  private void skip() {
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
  }

  private void expect(String token) {
    if (!s.startsWith(token, i)) {
      throw new IllegalArgumentException("expected " + token);
    }
    i += token.length();
  }
}
