package io.asl4j.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.asl4j.Workflow;
import io.asl4j.json.AslReader;
import io.asl4j.validation.Diagnostic;
import io.asl4j.validation.DiagnosticCode;
import io.asl4j.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * Turns an ASL definition into a Java class written with the asl4j DSL, which reproduces the
 * definition exactly: {@code public final class <Name>} with {@code public static Workflow
 * workflow()}.
 *
 * <p>Immutable; {@link #packageName(String)}, {@link #className(String)} and {@link
 * #sourceName(String)} return a configured copy. Every text from the
 * definition (state names, strings, comments) is emitted as an escaped string literal or escaped
 * Javadoc, never as code.
 *
 * <p>Any definition the reader accepts, up to Step Functions' limit of 1 MiB written compactly,
 * gives Java that javac compiles: deep or large values, conditions, lists of states and calls go
 * to helper methods, and past a class's 65,535 constants to nested classes. A larger definition
 * is refused, which keeps the time and memory of a generation bounded.
 *
 * <pre>{@code
 * String java = JavaGenerator.create().packageName("com.example.flows").className("Order")
 *     .generate(Files.readString(Path.of("order.asl.json")));
 * }</pre>
 */
public final class JavaGenerator {

  private final String packageName;
  private final String className;
  private final String sourceName;

  private JavaGenerator(String packageName, String className, String sourceName) {
    this.packageName = packageName;
    this.className = className;
    this.sourceName = sourceName;
  }

  /**
   * Returns a generator for the default package and the class name {@code GeneratedWorkflow}.
   *
   * @return the generator
   */
  public static JavaGenerator create() {
    return new JavaGenerator("", "GeneratedWorkflow", null);
  }

  /**
   * Sets the package of the generated class.
   *
   * @param name a Java package name, or {@code ""} for the default package
   * @return the configured generator
   * @throws IllegalArgumentException if {@code name} is not a package name
   */
  public JavaGenerator packageName(String name) {
    Objects.requireNonNull(name, "name");
    if (!name.isEmpty() && !SourceVersion.isName(name)) {
      throw new IllegalArgumentException("not a Java package name: \"" + name + "\"");
    }
    return new JavaGenerator(name, className, sourceName);
  }

  /**
   * Sets the simple name of the generated class.
   *
   * @param name a Java class name
   * @return the configured generator
   * @throws IllegalArgumentException if {@code name} is not a Java identifier
   */
  public JavaGenerator className(String name) {
    Objects.requireNonNull(name, "name");
    if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
      throw new IllegalArgumentException("not a Java class name: \"" + name + "\"");
    }
    return new JavaGenerator(packageName, name, sourceName);
  }

  /**
   * Names the definition's source in the generated file's header, e.g. {@code order.asl.json}.
   *
   * @param name the source file name
   * @return the configured generator
   */
  public JavaGenerator sourceName(String name) {
    return new JavaGenerator(packageName, className, Objects.requireNonNull(name, "name"));
  }

  /**
   * Returns the configured package name.
   *
   * @return the package, {@code ""} for the default package
   */
  public String packageName() {
    return packageName;
  }

  /**
   * Returns the configured class name.
   *
   * @return the simple class name
   */
  public String className() {
    return className;
  }

  /**
   * Generates the Java source for a definition given as JSON text.
   *
   * @param json the ASL JSON
   * @return the Java source
   * @throws io.asl4j.json.AslReadException if the text is not a readable definition
   * @throws GenerationException if the definition holds something the DSL cannot express, or is
   *     over 1 MiB written compactly
   */
  public String generate(String json) {
    return generate(AslReader.create().read(json));
  }

  /**
   * Generates the Java source for a definition file (UTF-8).
   *
   * @param file the definition
   * @return the Java source
   * @throws IOException if the file cannot be read
   */
  public String generate(Path file) throws IOException {
    JavaGenerator g = sourceName == null ? sourceName(file.getFileName().toString()) : this;
    return g.generate(AslReader.create().read(file));
  }

  /**
   * Generates the Java source for a workflow.
   *
   * @param workflow the workflow
   * @return the Java source
   * @throws GenerationException if the workflow holds something the DSL cannot express, or is
   *     over 1 MiB written compactly
   */
  public String generate(Workflow workflow) {
    return javaFile(workflow).toString();
  }

  /**
   * Generates the class for a definition and proves it reproduces the definition: compiles it in
   * memory, runs its {@code workflow()} and compares the JSON with the input ({@link RoundTrip}).
   *
   * @param json the ASL JSON
   * @return the round trip's result, with the first difference or javac's errors
   * @throws io.asl4j.json.AslReadException if the text is not a readable definition
   * @throws GenerationException if the definition holds something the DSL cannot express
   * @throws IllegalStateException if this runtime has no Java compiler (a JRE, not a JDK)
   */
  public RoundTrip.Result verify(String json) {
    String qualified = packageName.isEmpty() ? className : packageName + "." + className;
    return RoundTrip.verify(qualified, generate(json), json);
  }

  /**
   * Writes the Java source below a source root, as {@code root/<package path>/<Class>.java}.
   *
   * @param workflow the workflow
   * @param root the source root
   * @return the written file
   * @throws IOException if the file cannot be written
   */
  public Path writeTo(Workflow workflow, Path root) throws IOException {
    String source = generate(workflow);
    Path dir = packageName.isEmpty() ? root : root.resolve(packageName.replace('.', '/'));
    Files.createDirectories(dir);
    Path file = dir.resolve(className + ".java");
    // written whole or not at all: a reader never sees half a class
    Path temp = Files.createTempFile(dir, className, ".tmp");
    try {
      Files.writeString(temp, source, StandardCharsets.UTF_8);
      Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
    return file;
  }

  private JavaFile javaFile(Workflow workflow) {
    List<Diagnostic> diagnostics = Validator.create().validate(workflow);
    for (Diagnostic d : diagnostics) {
      if (d.code() == DiagnosticCode.DEFINITION_TOO_LARGE) {
        // what Step Functions refuses, the generator refuses too: it keeps time and memory bounded
        throw new GenerationException(d.location(), d.message() + ", and so does the generator");
      }
    }
    boolean valid = Validator.isValid(diagnostics);
    Emitter emitter = new Emitter(className, false);
    CodeBlock body;
    try {
      body = emitter.workflow(workflow, valid);
    } catch (MethodSplitter.NeedsSplit tooLargeForOneMethod) {
      emitter = new Emitter(className, true);
      body = emitter.workflow(workflow, valid);
    }
    MethodSpec method = MethodSpec.methodBuilder("workflow")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ClassName.get(Workflow.class))
        .addJavadoc("Returns the workflow$L.\n\n@return the workflow\n",
            valid ? "" : ", which does not pass the validator and is built unvalidated")
        .addCode(body)
        .build();
    TypeSpec.Builder type = TypeSpec.classBuilder(className)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("$L", Javadoc.classComment(workflow.comment().orElse(null), sourceName))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(method);
    emitter.helpers().forEach(type::addMethod);
    emitter.helperClasses().forEach(type::addType);
    JavaFile.Builder file = JavaFile.builder(packageName, type.build())
        .addFileComment("Generated by asl4j$L.\nEdit freely: this is now the source of the"
            + " workflow.", sourceName == null ? "" : " from " + Javadoc.safe(sourceName))
        .skipJavaLangImports(true)
        .indent("  ");
    emitter.staticImports().forEach(i -> file.addStaticImport(i.type(), i.member()));
    return file.build();
  }
}
