package io.asl4j.cli;

import io.asl4j.Workflow;
import io.asl4j.json.AslReadException;
import io.asl4j.json.AslReader;
import io.asl4j.json.AslWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code asl4j format}: rewrites definitions as canonical ASL JSON, to standard output, into a
 * directory, or in place; or checks that they already are.
 */
@Command(name = "format",
    customSynopsis = "asl4j format [--check] [--compact] [--keep-unknown] [-i | -o DIR] FILE...",
    description = {
        "write definitions as canonical ASL JSON",
        "",
        "Writes each definition as canonical ASL JSON: Type first and Next/End last in every"
            + " state, states in their original order, two-space indentation. Nothing is lost:"
            + " payloads, numbers and placeholders such as $${LambdaArn} are kept exactly."},
    footer = {
        "FILE may be '-' for standard input. Without -i or -o, results go to standard output.",
        "-i keeps each file itself: mode, owner, hard links; through a symbolic link, the file it"
            + " names is rewritten and the link stays. New files under -o get the mode the umask"
            + " gives; a file -o replaces keeps its mode.",
        "Problems go to standard error as 'asl4j format: FILE:LINE:COL: message'.",
        "Exit codes: 0 ok, 1 invalid input or not canonical (--check), 2 usage or I/O error."})
final class FormatCommand extends ConsoleCommand {

  @Option(names = "--check",
      description = "write nothing; exit 1 if a file is not already canonical")
  boolean check;

  @Option(names = "--compact", description = "no whitespace (default: pretty)")
  boolean compact;

  @Option(names = "--keep-unknown",
      description = "keep unknown fields and state types verbatim instead of rejecting them")
  boolean keepUnknown;

  @Option(names = {"-i", "--in-place"},
      description = "rewrite each file in place (only files that change are written)")
  boolean inPlace;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "write each result to DIR under the same file name")
  Path outDir;

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "the definitions; '-' for standard input")
  List<Path> files = new ArrayList<>();

  FormatCommand(Console console) {
    super(console);
  }

  @Override
  public Integer call() {
    List<String> names = CommandIo.names(files);
    if (names.isEmpty()) {
      throw new UsageException("no input files (use '-' for standard input)");
    }
    if (inPlace && outDir != null) {
      throw new UsageException("-i and -o cannot be combined");
    }
    if (check && (inPlace || outDir != null)) {
      throw new UsageException("--check writes nothing; drop -i/-o");
    }
    if (inPlace && names.contains("-")) {
      throw new UsageException("-i cannot rewrite standard input");
    }
    if (outDir != null) {
      Map<String, String> byName = new HashMap<>();
      for (String f : names) {
        if (f.equals("-")) {
          throw new UsageException("-o needs file names; standard input has none");
        }
        String name = Path.of(f).getFileName().toString();
        String other = byName.put(name, f);
        if (other != null) {
          throw new UsageException(other + " and " + f + " would both be written to "
              + outDir.resolve(name));
        }
      }
    }

    AslReader reader = AslReader.create().keepUnknownFields(keepUnknown);
    AslWriter writer = compact ? AslWriter.compact() : AslWriter.pretty();
    int status = Main.OK;
    for (String f : names) {
      status = Math.max(status, formatOne(f, reader, writer));
    }
    return status;
  }

  private int formatOne(String name, AslReader reader, AslWriter writer) {
    CommandIo io = io();
    String label = CommandIo.label(name);
    byte[] bytes = io.read(name);
    if (bytes == null) {
      return Main.USAGE_OR_IO;
    }
    Workflow workflow;
    try {
      workflow = reader.read(bytes);
    } catch (AslReadException e) {
      io.problems(label, e);
      return Main.INVALID;
    }
    String canonical = writer.write(workflow) + "\n";
    byte[] result = canonical.getBytes(StandardCharsets.UTF_8);
    boolean unchanged = Arrays.equals(bytes, result);
    if (check) {
      if (!unchanged) {
        io.error(label, "not canonical; run 'asl4j format -i " + label + "' to fix");
        return Main.INVALID;
      }
      return Main.OK;
    }
    if (inPlace) {
      return unchanged ? Main.OK : io.rewrite(Path.of(name), result);
    }
    if (outDir != null) {
      if (!io.createDirectories(outDir)) {
        return Main.USAGE_OR_IO;
      }
      return io.write(outDir.resolve(Path.of(name).getFileName()), result);
    }
    io.out().print(canonical);
    io.out().flush();
    return Main.OK;
  }
}
