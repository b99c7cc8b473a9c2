package io.asl4j.cli;

import io.asl4j.Workflow;
import io.asl4j.samples.Samples;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code asl4j samples}: the bundled sample workflows, written in Java with the DSL, shown as the
 * ASL they compile to.
 */
final class SamplesCommand {

  static final String HELP = String.join("\n",
      "usage: asl4j samples [--list] [-o DIR] [NAME...]",
      "",
      "Prints the ASL of the sample workflows (io.asl4j.samples, written with the Java DSL):",
      "the seed article's three workflows and more. Without NAME, every sample.",
      "",
      "options:",
      "  --list      print the sample names only",
      "  -o DIR      write each sample to DIR/<name>.asl.json instead of printing",
      "  -h, --help  show this help",
      "",
      "Exit codes: 0 ok, 2 usage or I/O error.");

  private final PrintStream out;
  private final PrintStream err;
  private final Path cwd;

  SamplesCommand(PrintStream out, PrintStream err, Path cwd) {
    this.out = out;
    this.err = err;
    this.cwd = cwd;
  }

  int run(String[] args) {
    boolean list = false;
    String dir = null;
    List<String> names = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "-h":
        case "--help":
          out.println(HELP);
          return Main.OK;
        case "--list":
          list = true;
          break;
        case "-o":
          if (i + 1 >= args.length) {
            throw new Main.UsageException("samples: -o needs a directory");
          }
          dir = args[++i];
          break;
        default:
          if (args[i].startsWith("-")) {
            throw new Main.UsageException("samples: unknown option '" + args[i] + "'");
          }
          names.add(args[i]);
      }
    }
    Map<String, Supplier<Workflow>> all = Samples.all();
    if (list) {
      all.keySet().forEach(out::println);
      return Main.OK;
    }
    for (String n : names) {
      if (!all.containsKey(n)) {
        throw new Main.UsageException("samples: no sample named '" + n + "' (try --list)");
      }
    }
    List<String> chosen = names.isEmpty() ? new ArrayList<>(all.keySet()) : names;
    for (String n : chosen) {
      String json = all.get(n).get().toJson() + "\n";
      if (dir == null) {
        if (chosen.size() > 1) {
          out.println("// " + n + " (io.asl4j.samples)");
        }
        out.print(json);
        continue;
      }
      Path file = cwd.resolve(dir).resolve(n + ".asl.json");
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, json, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println(file + ": cannot write: " + e.getMessage());
        return Main.USAGE_OR_IO;
      }
    }
    return Main.OK;
  }
}
