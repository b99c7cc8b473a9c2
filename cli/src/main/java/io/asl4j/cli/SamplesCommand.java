package io.asl4j.cli;

import io.asl4j.Workflow;
import io.asl4j.samples.Samples;
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
            + " the seed article's three workflows and more. Without NAME, every sample."},
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
      String json = all.get(n).get().toJson() + "\n";
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
