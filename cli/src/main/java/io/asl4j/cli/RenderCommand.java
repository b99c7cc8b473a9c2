package io.asl4j.cli;

import io.asl4j.Workflow;
import io.asl4j.diagram.Diagram;
import io.asl4j.diagram.Graphviz;
import io.asl4j.json.AslReadException;
import io.asl4j.json.AslReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code asl4j render}: draws a definition as a Mermaid flowchart or Graphviz DOT, or as an SVG or
 * PNG image made by Graphviz's {@code dot}.
 */
final class RenderCommand {

  static final String HELP = String.join("\n",
      "usage: asl4j render [--format mermaid|dot|svg|png] [-o FILE] [--dot PATH] FILE",
      "",
      "Draws a definition as a diagram: a Start marker, one node per state shaped by its type,",
      "Choice edges labelled with their conditions, dashed Default and red dashed Catch edges,",
      "retries under the state's name, Parallel branches and Map item processors as nested",
      "subgraphs, and an End marker.",
      "",
      "options:",
      "  --format F  mermaid (default): a flowchart for Markdown (```mermaid) on GitHub or GitLab",
      "              dot: Graphviz source",
      "              svg, png: an image drawn by Graphviz's dot, which must be installed",
      "  -o FILE     write to FILE (default: standard output); png needs -o, and '-o -'",
      "              sends it to standard output anyway",
      "  --dot PATH  the dot executable (default: dot on the PATH)",
      "  -h, --help  show this help",
      "",
      "FILE may be '-' for standard input; it must be UTF-8. Unknown fields and state types are",
      "drawn as they are; use 'asl4j validate' to check a definition. Problems go to standard",
      "error as FILE:LINE:COL: message.",
      "Exit codes: 0 ok, 1 invalid input, 2 usage or I/O error (including a missing or failing",
      "dot).");

  /** How long Graphviz may take: seconds for the largest real definitions, so this is generous. */
  private static final Duration DOT_TIMEOUT = Duration.ofSeconds(60);

  /** The output formats. */
  private enum Format { MERMAID, DOT, SVG, PNG }

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Path cwd;

  RenderCommand(InputStream in, PrintStream out, PrintStream err, Path cwd) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.cwd = cwd;
  }

  int run(String[] args) {
    Format format = Format.MERMAID;
    String output = null;
    String dotOption = null;
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
        case "--format": {
          String v = CommandIo.value("render", args, i++, "mermaid|dot|svg|png");
          format = switch (v.toLowerCase(Locale.ROOT)) {
            case "mermaid" -> Format.MERMAID;
            case "dot" -> Format.DOT;
            case "svg" -> Format.SVG;
            case "png" -> Format.PNG;
            default -> throw new Main.UsageException(
                "render: --format must be mermaid, dot, svg or png, not '" + v + "'");
          };
          break;
        }
        case "-o":
        case "--output":
          output = CommandIo.value("render", args, i++, "a file");
          break;
        case "--dot":
          dotOption = CommandIo.value("render", args, i++, "the path of Graphviz's dot");
          break;
        default:
          throw new Main.UsageException("render: unknown option '" + a + "'");
      }
    }
    if (files.isEmpty()) {
      throw new Main.UsageException("render: no input file (use '-' for standard input)");
    }
    if (files.size() > 1) {
      throw new Main.UsageException("render: one FILE at a time, got " + files.size());
    }
    if (format == Format.PNG && output == null) {
      throw new Main.UsageException("render: --format png writes binary data; add -o FILE");
    }

    Path dot = null;
    if (format == Format.SVG || format == Format.PNG) {
      // checked before reading: without dot nothing can be drawn, whatever the input
      String name = format.name().toLowerCase(Locale.ROOT);
      Optional<Path> found = dotOption == null ? Graphviz.find() : executable(dotOption);
      if (found.isEmpty()) {
        err.println(dotOption == null
            ? "asl4j render: --format " + name + " needs Graphviz's dot on the PATH"
                + " (apt-get install graphviz), or use --format dot"
            : "asl4j render: --dot " + dotOption + " is not an executable file"
                + " (install Graphviz, or use --format dot)");
        return Main.USAGE_OR_IO;
      }
      dot = found.get();
    }

    String name = files.get(0);
    String label = name.equals("-") ? "<stdin>" : name;
    byte[] bytes = CommandIo.read(name, in, cwd, err);
    if (bytes == null) {
      return Main.USAGE_OR_IO;
    }
    Workflow workflow;
    try {
      // lenient: a diagram is useful for any definition, and unknown content is drawn as it is
      workflow = AslReader.create().keepUnknownFields(true).read(bytes);
    } catch (AslReadException e) {
      for (AslReadException.Problem p : e.problems()) {
        err.println(label + ":" + p);
      }
      return Main.INVALID;
    }

    byte[] result;
    switch (format) {
      case MERMAID -> result = Diagram.mermaid(workflow).getBytes(StandardCharsets.UTF_8);
      case DOT -> result = Diagram.dot(workflow).getBytes(StandardCharsets.UTF_8);
      default -> {
        try {
          result = Graphviz.render(dot, Diagram.dot(workflow),
              format.name().toLowerCase(Locale.ROOT), DOT_TIMEOUT);
        } catch (IOException e) {
          err.println("asl4j render: " + describe(e));
          return Main.USAGE_OR_IO;
        }
      }
    }
    if (output == null || output.equals("-")) {
      out.write(result, 0, result.length);
      out.flush();
      return Main.OK;
    }
    return CommandIo.write(cwd.resolve(output), result, output, err);
  }

  private Optional<Path> executable(String option) {
    try {
      Path p = cwd.resolve(option);
      return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    if (e instanceof NoSuchFileException) {
      return "no such file or directory: " + m;
    }
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
