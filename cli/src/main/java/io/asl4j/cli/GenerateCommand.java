package io.asl4j.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code asl4j generate}: turns definitions into Java classes written with the asl4j DSL, one
 * class per file, and optionally proves each class reproduces its definition.
 */
@Command(name = "generate",
    customSynopsis = "asl4j generate [--package P] [--class C] [-o DIR] [--verify] FILE...",
    description = {
        "write Java (the DSL) that reproduces a definition",
        "",
        "Writes, for each definition, a Java class whose static workflow() method builds it with"
            + " the asl4j DSL and reproduces it exactly. The class is yours to edit from then on."},
    footer = {
        "Each class goes to DIR/<package path>/<Class>.java, e.g.",
        "  DIR/com/example/flows/OrderFulfillment.java with --package com.example.flows",
        "The class name is the file name without .asl.json, .json or .asl, in UpperCamelCase"
            + " (a name needs a letter first):",
        "  order-fulfillment.asl.json -> OrderFulfillment",
        "  3-choice-glue-a-or-b.asl.json -> Workflow3ChoiceGlueAOrB",
        "Two files that would make the same class (ignoring case) are an error for the second.",
        "",
        "FILE may be '-' for standard input, with --class. Files must be UTF-8. Existing files are"
            + " replaced and keep their mode; new files get the mode the umask gives. Problems go"
            + " to standard error as 'asl4j generate: FILE:LINE:COL: message'.",
        "Exit codes: 0 ok, 1 invalid input, a definition the DSL cannot express, a class name"
            + " clash or a failed --verify, 2 usage or I/O error."})
final class GenerateCommand extends ConsoleCommand {

  @Option(names = "--package", paramLabel = "P",
      description = "the package of the generated classes (default: the default package)")
  String packageName = "";

  @Option(names = "--class", paramLabel = "C",
      description = "the class name, for a single FILE (default: derived from the file name)")
  String className;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "the source root to write to (default: the current directory); '-o -' prints"
          + " the Java to standard output instead")
  Path outDir;

  @Option(names = "--verify",
      description = "compile each class in memory, run workflow() and check that its JSON equals"
          + " the input; a class that fails the check is not written")
  boolean verify;

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "the definitions; '-' for standard input")
  List<Path> files = new ArrayList<>();

  GenerateCommand(Console console) {
    super(console);
  }

  @Override
  public Integer call() {
    List<String> names = CommandIo.names(files);
    if (names.isEmpty()) {
      throw new UsageException("no input files (use '-' for standard input)");
    }
    if (className != null && names.size() > 1) {
      throw new UsageException("--class names one class; give one FILE, or drop --class to"
          + " derive each name from its file");
    }
    if (className == null && names.contains("-")) {
      throw new UsageException("standard input has no file name to derive a class name from;"
          + " add --class");
    }
    boolean print = outDir != null && outDir.toString().equals("-");
    Path root = print ? null : outDir == null ? Path.of("") : outDir;
    // the generator, JavaPoet and javac live behind Generation, loaded only when generating
    Generation generation = new Generation(io(), packageName, className, verify, root);
    int status = Main.OK;
    for (String f : names) {
      status = Math.max(status, generation.file(f));
    }
    io().out().flush();
    return status;
  }
}
