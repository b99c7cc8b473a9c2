package io.asl4j.cli;

import io.asl4j.Workflow;
import io.asl4j.json.AslReadException;
import io.asl4j.json.AslReader;
import io.asl4j.json.AslWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code asl4j format}: rewrites definitions as canonical ASL JSON, to standard output, into a
 * directory, or in place; or checks that they already are.
 */
final class FormatCommand {

  static final String HELP = String.join("\n",
      "usage: asl4j format [--check] [--compact] [--keep-unknown] [-i | -o DIR] FILE...",
      "",
      "Writes each definition as canonical ASL JSON: Type first and Next/End last in every state,",
      "states in their original order, two-space indentation. Nothing is lost: payloads, numbers",
      "and placeholders such as ${LambdaArn} are kept exactly.",
      "",
      "options:",
      "  --check         write nothing; exit 1 if a file is not already canonical",
      "  --compact       no whitespace (default: pretty)",
      "  --keep-unknown  keep unknown fields and state types verbatim instead of rejecting them",
      "  -i              rewrite each file in place (only files that change are written)",
      "  -o DIR          write each result to DIR under the same file name",
      "  -h, --help      show this help",
      "",
      "FILE may be '-' for standard input. Without -i or -o, results go to standard output.",
      "Exit codes: 0 ok, 1 invalid input or not canonical (--check), 2 usage or I/O error.");

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Path cwd;

  FormatCommand(InputStream in, PrintStream out, PrintStream err, Path cwd) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.cwd = cwd;
  }

  int run(String[] args) {
    boolean check = false;
    boolean compact = false;
    boolean keepUnknown = false;
    boolean inPlace = false;
    String outDir = null;
    List<String> files = new ArrayList<>();
    boolean optionsDone = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (optionsDone || a.equals("-") || !a.startsWith("-")) {
        files.add(a);
        continue;
      }
      switch (a) {
        case "--":
          optionsDone = true;
          break;
        case "-h":
        case "--help":
          out.println(HELP);
          return Main.OK;
        case "--check":
          check = true;
          break;
        case "--compact":
          compact = true;
          break;
        case "--keep-unknown":
          keepUnknown = true;
          break;
        case "-i":
        case "--in-place":
          inPlace = true;
          break;
        case "-o":
        case "--output":
          if (i + 1 >= args.length) {
            throw new Main.UsageException("format: " + a + " needs a directory");
          }
          outDir = args[++i];
          break;
        default:
          throw new Main.UsageException("format: unknown option '" + a + "'");
      }
    }
    if (files.isEmpty()) {
      throw new Main.UsageException("format: no input files (use '-' for standard input)");
    }
    if (inPlace && outDir != null) {
      throw new Main.UsageException("format: -i and -o cannot be combined");
    }
    if (check && (inPlace || outDir != null)) {
      throw new Main.UsageException("format: --check writes nothing; drop -i/-o");
    }
    if (inPlace && files.contains("-")) {
      throw new Main.UsageException("format: -i cannot rewrite standard input");
    }
    Path dir = outDir == null ? null : cwd.resolve(outDir);
    if (dir != null) {
      Map<String, String> byName = new HashMap<>();
      for (String f : files) {
        String name = f.equals("-") ? null : Path.of(f).getFileName().toString();
        if (name == null) {
          throw new Main.UsageException("format: -o needs file names; standard input has none");
        }
        String other = byName.put(name, f);
        if (other != null) {
          throw new Main.UsageException("format: " + other + " and " + f + " would both be written"
              + " to " + dir.resolve(name));
        }
      }
    }

    AslReader reader = AslReader.create().keepUnknownFields(keepUnknown);
    AslWriter writer = compact ? AslWriter.compact() : AslWriter.pretty();
    int status = Main.OK;
    for (String f : files) {
      status = Math.max(status, formatOne(f, reader, writer, check, inPlace, dir));
    }
    return status;
  }

  private int formatOne(String name, AslReader reader, AslWriter writer, boolean check,
      boolean inPlace, Path dir) {
    String label = name.equals("-") ? "<stdin>" : name;
    byte[] bytes = CommandIo.read(name, in, cwd, err);
    if (bytes == null) {
      return Main.USAGE_OR_IO;
    }
    Workflow workflow;
    try {
      workflow = reader.read(bytes);
    } catch (AslReadException e) {
      for (AslReadException.Problem p : e.problems()) {
        err.println(label + ":" + p);
      }
      return Main.INVALID;
    }
    String canonical = writer.write(workflow) + "\n";
    byte[] result = canonical.getBytes(StandardCharsets.UTF_8);
    if (check) {
      if (!java.util.Arrays.equals(bytes, result)) {
        err.println(label + ": not canonical; run 'asl4j format -i " + label + "' to fix");
        return Main.INVALID;
      }
      return Main.OK;
    }
    if (inPlace) {
      return java.util.Arrays.equals(bytes, result) ? Main.OK
          : CommandIo.write(cwd.resolve(name), result, label, err);
    }
    if (dir != null) {
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        err.println(dir + ": cannot create directory: " + CommandIo.describe(e));
        return Main.USAGE_OR_IO;
      }
      return CommandIo.write(dir.resolve(Path.of(name).getFileName().toString()), result, label,
          err);
    }
    out.print(canonical);
    out.flush();
    return Main.OK;
  }
}
