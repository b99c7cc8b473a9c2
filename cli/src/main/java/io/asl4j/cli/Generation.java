package io.asl4j.cli;

import io.asl4j.Workflow;
import io.asl4j.codegen.GenerationException;
import io.asl4j.codegen.JavaGenerator;
import io.asl4j.codegen.JavaNames;
import io.asl4j.codegen.RoundTrip;
import io.asl4j.json.AslReadException;
import io.asl4j.json.AslReader;
import io.asl4j.json.SourceMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.tools.ToolProvider;

/**
 * One run of {@code asl4j generate}: a Java class per definition, named after its file unless
 * {@code --class} names it, optionally verified, then written under a source root or printed.
 */
final class Generation {

  private final CommandIo io;
  private final JavaGenerator configured;
  private final boolean classGiven;
  private final boolean verify;
  private final Path root;
  /** Class name (lower case, as case-insensitive file systems see it) -> the file it came from. */
  private final Map<String, String> claimed = new HashMap<>();

  /**
   * Checks the options and prepares the run.
   *
   * @param io where to read, write and report
   * @param packageName the package of every class, {@code ""} for the default package
   * @param className the class name for the one file, or null to derive each from its file
   * @param verify whether to compile and run each class and compare its JSON with the input
   * @param root the source root, or null to print the classes to standard output
   * @throws UsageException for a bad package or class name, or {@code --verify} without javac
   */
  Generation(CommandIo io, String packageName, String className, boolean verify, Path root) {
    JavaGenerator generator = JavaGenerator.create();
    try {
      generator = generator.packageName(packageName);
      if (className != null) {
        generator = generator.className(className);
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    // checked up front: without javac every file would fail the same way, and it is the
    // environment that is wrong, not the input
    if (verify && ToolProvider.getSystemJavaCompiler() == null) {
      throw new UsageException("--verify needs a Java compiler; run asl4j on a JDK");
    }
    this.io = io;
    this.configured = generator;
    this.classGiven = className != null;
    this.verify = verify;
    this.root = root;
  }

  /**
   * Generates the class for one definition.
   *
   * @param name the file as given on the command line, {@code -} for standard input
   * @return the exit code for this file
   */
  int file(String name) {
    // a state machine in a template (TEMPLATE#LogicalId) is named after its logical id
    String selector = DefinitionInput.selector(io, name);
    String file = selector == null ? name : name.substring(0, name.length() - selector.length()
        - 1);
    boolean stdin = file.equals("-");
    String label = CommandIo.label(name);
    JavaGenerator generator = configured;
    if (!stdin) {
      // only the file name: the header must not depend on where the command was run from
      Path fileNamePath = Path.of(file).getFileName();
      String fileName = fileNamePath == null ? file : fileNamePath.toString();
      generator = generator.sourceName(selector == null ? fileName : fileName + "#" + selector);
      if (!classGiven) {
        generator = generator.className(className(selector == null ? fileName : selector));
      }
    }
    // claimed before reading, so which file clashes does not depend on which files are valid
    if (!claim(generator, label)) {
      return Main.INVALID;
    }

    DefinitionInput input = DefinitionInput.read(io, name);
    if (input.failed()) {
      return input.status;
    }
    if (input.logicalId() != null && selector == null) {
      // a template's only state machine: its name is known now
      claimed.remove(generator.className().toLowerCase(Locale.ROOT));
      generator = generator.sourceName(input.sourceName());
      if (!classGiven) {
        generator = generator.className(className(input.logicalId()));
      }
      if (!claim(generator, label)) {
        return Main.INVALID;
      }
    }
    byte[] bytes = input.bytes;
    Workflow workflow;
    try {
      workflow = AslReader.create().read(bytes);
    } catch (AslReadException e) {
      input.problems(io, e);
      return Main.INVALID;
    }
    String source;
    try {
      source = generator.generate(workflow);
    } catch (GenerationException e) {
      refused(input, e);
      return Main.INVALID;
    }
    if (verify) {
      Optional<String> problem = verify(qualified(generator), source,
          new String(bytes, StandardCharsets.UTF_8));
      if (problem.isPresent()) {
        io.error(label, problem.get());
        return Main.INVALID;
      }
    }
    if (root == null) {
      io.out().print(source);
      io.out().flush();
      return Main.OK;
    }
    String pkg = generator.packageName();
    Path dir = pkg.isEmpty() ? root : root.resolve(pkg.replace('.', '/'));
    if (!io.createDirectories(dir)) {
      return Main.USAGE_OR_IO;
    }
    return io.write(dir.resolve(generator.className() + ".java"),
        source.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reports what the generator refused at the line and column of its JSON pointer, as
   * {@code validate} places its diagnostics.
   */
  private void refused(DefinitionInput input, GenerationException e) {
    Optional<String> pointer = e.pointer().filter(p -> !p.isEmpty());
    if (pointer.isPresent()) {
      int[] inText = SourceMap.of(new String(input.bytes, StandardCharsets.UTF_8))
          .position(pointer.get());
      int[] at = input.position(pointer.get(), inText[0], inText[1]);
      io.error(input.label, at[0], at[1], e.getMessage());
    } else {
      io.error(input.label, e.getMessage());
    }
  }

  /** Claims a class name for a file, or reports the file that has it. */
  private boolean claim(JavaGenerator generator, String label) {
    String other = claimed.putIfAbsent(generator.className().toLowerCase(Locale.ROOT), label);
    if (other != null) {
      io.error(label, "class " + qualified(generator) + " is already generated from " + other
          + "; generate this file on its own with --class to name it");
      return false;
    }
    return true;
  }

  /**
   * Compiles the source, runs {@code workflow()} and compares its JSON with the input.
   *
   * @param fqcn the fully qualified name of the class in {@code source}
   * @param source the generated Java
   * @param input the definition it was generated from
   * @return empty if the class reproduces the input, else the message for the user
   */
  static Optional<String> verify(String fqcn, String source, String input) {
    return RoundTrip.verify(fqcn, source, input).problem();
  }

  private static String qualified(JavaGenerator generator) {
    return generator.packageName().isEmpty() ? generator.className()
        : generator.packageName() + "." + generator.className();
  }

  /**
   * Derives a class name from a file name, as {@link JavaNames#className(String)} does.
   *
   * @param fileName a file name without directories, e.g. {@code order-fulfillment.asl.json}
   * @return a valid Java class name, e.g. {@code OrderFulfillment}
   */
  static String className(String fileName) {
    return JavaNames.className(fileName);
  }
}
