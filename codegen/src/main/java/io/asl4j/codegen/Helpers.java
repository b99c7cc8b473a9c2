package io.asl4j.codegen;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * The helper methods of one generated class, the classes that hold them, and the size of the
 * method being written. Helpers go to the generated class until it holds {@value
 * CodeSize#CLASS} units of code, then to nested classes {@code Part1}, {@code Part2}, ..., each
 * with a constant pool of its own (javac allows 65,535 constants per class); a call to one of
 * those names its class: {@code Part2.value17()}.
 */
final class Helpers {

  private final String className;
  private final Identifiers names;
  private final List<MethodSpec> methods = new ArrayList<>();
  private final List<TypeSpec.Builder> parts = new ArrayList<>();
  /** The generated class's units, {@code workflow()} counted at its largest. */
  private int classUnits = CodeSize.METHOD;
  private String partName;
  private int partUnits;
  private int partNumber;
  /** The units written into the method being written. */
  private int spent;

  Helpers(String className, Identifiers names) {
    this.className = className;
    this.names = names;
  }

  /** Counts code written into the method being written. */
  void spend(int units) {
    spent += units;
  }

  /** The units written into the method being written so far. */
  int spent() {
    return spent;
  }

  /** Starts counting a new method; returns the units of the one before. */
  int restart() {
    int units = spent;
    spent = 0;
    return units;
  }

  /** The helper methods of the generated class, in the order they were made. */
  List<MethodSpec> methods() {
    return methods;
  }

  /** The nested classes holding the helpers the generated class had no room for. */
  List<TypeSpec> classes() {
    return parts.stream().map(TypeSpec.Builder::build).toList();
  }

  /**
   * Adds a private static helper.
   *
   * @param base the start of its name; a number follows ({@code value3})
   * @param units the size of its body
   * @param method makes the method, given its name
   * @return how code calls it: {@code value3}, or {@code Part2.value3} in a nested class
   */
  String add(String base, int units, Function<String, MethodSpec> method) {
    String name = names.method(base);
    MethodSpec spec = method.apply(name);
    int cost = units + CodeSize.HELPER;
    if (parts.isEmpty() && classUnits + cost <= CodeSize.CLASS) {
      methods.add(spec);
      classUnits += cost;
      return name;
    }
    if (parts.isEmpty() || partUnits + cost > CodeSize.CLASS) {
      do {
        partName = "Part" + ++partNumber;
      } while (partName.equals(className));
      parts.add(TypeSpec.classBuilder(partName)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("More helpers of {@link #workflow()}: a class holds at most 65,535"
              + " constants.\n")
          .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build()));
      partUnits = 0;
    }
    parts.get(parts.size() - 1).addMethod(spec);
    partUnits += cost;
    return partName + "." + name;
  }

  /**
   * Moves an expression to a helper that returns it, e.g. {@code value3()} for a deep value.
   *
   * @param type the expression's type, the helper's return type
   * @param base the start of the helper's name
   * @param piece the expression
   * @return the helper's call
   */
  Piece spill(TypeName type, String base, Piece piece) {
    String call = add(base, piece.units(), name -> MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(type)
        .addStatement("return $L", piece.code())
        .build());
    return Piece.of(CodeBlock.of("$L()", call), 2);
  }

  /**
   * A list too long to write in place, as an array made by helpers: each returns a slice of at
   * most {@value CodeSize#INLINE} units, {@code new Value[] {...}}, and one more joins the slices.
   * It goes where the list's varargs would, e.g. {@code object(fields1())}.
   *
   * @param element the type of the elements
   * @param base the start of the helpers' names
   * @param elements the elements
   * @return the call of the helper that returns the array
   */
  Piece array(TypeName element, String base, List<Piece> elements) {
    ArrayTypeName arrayType = ArrayTypeName.of(element);
    List<String> calls = new ArrayList<>();
    int i = 0;
    while (i < elements.size()) {
      CodeBlock.Builder body = CodeBlock.builder().add("return new $T {$>$>", arrayType);
      int units = 2;
      int from = i;
      do {
        Piece e = elements.get(i++);
        body.add(i - 1 == from ? "\n$L" : ",\n$L", e.code());
        units += e.units();
      } while (i < elements.size() && units + elements.get(i).units() <= CodeSize.INLINE);
      CodeBlock slice = body.add("$<$<}").build();
      calls.add(add(base, units, name -> MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(arrayType)
          .addStatement("$L", slice)
          .build()));
    }
    // joined a group at a time, so that no joining method is too large either
    int group = CodeSize.INLINE / 2;
    while (calls.size() > 1) {
      List<String> joined = new ArrayList<>();
      for (int from = 0; from < calls.size(); from += group) {
        List<String> slices = calls.subList(from, Math.min(calls.size(), from + group));
        joined.add(slices.size() == 1 ? slices.get(0) : join(element, base, slices));
      }
      calls = joined;
    }
    return Piece.of(CodeBlock.of("$L()", calls.get(0)), 2);
  }

  private String join(TypeName element, String base, List<String> slices) {
    TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), element);
    CodeBlock.Builder body = CodeBlock.builder()
        .addStatement("$T all = new $T<>()", list, ArrayList.class);
    for (String slice : slices) {
      body.addStatement("$T.addAll(all, $L())", Collections.class, slice);
    }
    body.addStatement("return all.toArray(new $T[0])", element);
    return add(base, 2 * slices.size() + 4, name -> MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ArrayTypeName.of(element))
        .addCode(body.build())
        .build());
  }
}
