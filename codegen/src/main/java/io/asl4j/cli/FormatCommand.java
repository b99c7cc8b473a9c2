package io.asl4j.cli;

import io.asl4j.Workflow;
import io.asl4j.json.AslReadException;
import io.asl4j.json.AslReader;
import io.asl4j.json.AslWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
    byte[] bytes;
    try {
      bytes = name.equals("-") ? in.readAllBytes() : Files.readAllBytes(cwd.resolve(name));
    } catch (NoSuchFileException e) {
      err.println(label + ": no such file");
      return Main.USAGE_OR_IO;
    } catch (IOException e) {
      err.println(label + ": cannot read: " + describe(e));
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
          : write(cwd.resolve(name), result, label);
    }
    if (dir != null) {
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        err.println(dir + ": cannot create directory: " + describe(e));
        return Main.USAGE_OR_IO;
      }
      return write(dir.resolve(Path.of(name).getFileName().toString()), result, label);
    }
    out.print(canonical);
    out.flush();
    return Main.OK;
  }

  /** Writes through a temporary file and a rename, so an interrupted run never leaves half a file. */
  private int write(Path target, byte[] content, String label) {
    Path tmp = null;
    try {
      Path parent = target.toAbsolutePath().getParent();
      tmp = Files.createTempFile(parent, ".asl4j-", ".tmp");
      Files.write(tmp, content);
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return Main.OK;
    } catch (IOException e) {
      err.println(label + ": cannot write " + target + ": " + describe(e));
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the write already failed; that is what the user needs to hear about
        }
      }
      return Main.USAGE_OR_IO;
    }
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
