package io.asl4j.cli;

import io.asl4j.Workflow;
import io.asl4j.samples.Samples;
import io.asl4j.validation.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code asl4j samples}: the bundled sample workflows, written in Java with the DSL, shown as the
 * ASL they compile to.
 */
@Command(name = "samples",
    customSynopsis = "asl4j samples [--list] [-o DIR] [NAME...]",
    description = {
        "print the sample workflows written with the Java DSL, as ASL",
        "",
        "Prints the ASL of the sample workflows (io.asl4j.samples, written with the Java DSL):"
            + " the seed article's three workflows and more. Without NAME, every sample.",
        "",
        "The warnings of each workflow built (likely mistakes that are still valid ASL) go to"
            + " standard error."},
    footer = "Exit codes: 0 ok, 2 usage or I/O error.")
final class SamplesCommand extends ConsoleCommand {

  @Option(names = "--list", description = "print the sample names only")
  boolean list;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "write each sample to DIR/<name>.asl.json instead of printing")
  Path dir;

  @Parameters(paramLabel = "NAME", arity = "0..*", completionCandidates = SampleNames.class,
      description = "the samples to show (see --list)")
  List<String> names = new ArrayList<>();

  SamplesCommand(Console console) {
    super(console);
  }

  /** The sample names, for shell completion; read only when the completion script is made. */
  static final class SampleNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Samples.all().keySet().iterator();
    }
  }

  /**
   * The warnings of a built sample, one line each for standard error:
   * {@code NAME: WARNING CODE /pointer: message}.
   */
  static List<String> warnings(String name, Workflow workflow) {
    List<String> lines = new ArrayList<>();
    for (Diagnostic d : workflow.warnings()) {
      lines.add(ValidateCommand.text(name, d));
    }
    return lines;
  }

  @Override
  public Integer call() {
    CommandIo io = io();
    Map<String, Supplier<Workflow>> all = Samples.all();
    if (list) {
      all.keySet().forEach(io.out()::println);
      return Main.OK;
    }
    for (String n : names) {
      if (!all.containsKey(n)) {
        throw new UsageException("no sample named '" + n + "' (try --list)");
      }
    }
    List<String> chosen = names.isEmpty() ? new ArrayList<>(all.keySet()) : names;
    if (dir != null && !io.createDirectories(dir)) {
      return Main.USAGE_OR_IO;
    }
    for (String n : chosen) {
      Workflow workflow = all.get(n).get();
      // a DSL build keeps its warnings in the workflow: say them, as validate would
      for (String line : warnings(n, workflow)) {
        io.error(line);
      }
      String json = workflow.toJson() + "\n";
      if (dir == null) {
        if (chosen.size() > 1) {
          io.out().println("// " + n + " (io.asl4j.samples)");
        }
        io.out().print(json);
        continue;
      }
      int status = io.write(dir.resolve(n + ".asl.json"), json.getBytes(StandardCharsets.UTF_8));
      if (status != Main.OK) {
        return status;
      }
    }
    return Main.OK;
  }
}
