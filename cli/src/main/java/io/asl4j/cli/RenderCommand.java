package io.asl4j.cli;

import io.asl4j.Workflow;
import io.asl4j.diagram.Diagram;
import io.asl4j.diagram.Graphviz;
import io.asl4j.json.AslReadException;
import io.asl4j.json.AslReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code asl4j render}: draws a definition as a Mermaid flowchart or Graphviz DOT, or as an SVG or
 * PNG image made by Graphviz's {@code dot}.
 */
@Command(name = "render",
    customSynopsis = "asl4j render [--format mermaid|dot|svg|png] [-o FILE] [--dot PATH] FILE",
    description = {
        "draw a definition as a Mermaid or Graphviz diagram",
        "",
        "Draws a definition as a diagram: a Start marker, one node per state shaped by its type,"
            + " Choice edges labelled with their conditions, dashed Default and red dashed Catch"
            + " edges, retries under the state's name, Parallel branches and Map item processors"
            + " as nested subgraphs, and an End marker."},
    footer = {
        "--format: mermaid (the default) is a flowchart for Markdown (```mermaid) on GitHub or"
            + " GitLab; dot is Graphviz source; svg and png are images drawn by Graphviz's dot,"
            + " which must be installed.",
        "",
        "FILE may be '-' for standard input; it must be UTF-8. Unknown fields and state types are"
            + " drawn as they are; use 'asl4j validate' to check a definition. Problems go to"
            + " standard error as 'asl4j render: FILE:LINE:COL: message'.",
        "Exit codes: 0 ok, 1 invalid input, 2 usage or I/O error (including a missing or failing"
            + " dot)."})
final class RenderCommand extends ConsoleCommand {

  /** How long Graphviz may take: seconds for the largest real definitions, so this is generous. */
  private static final Duration DOT_TIMEOUT = Duration.ofSeconds(60);

  /** The output formats. */
  enum Format { MERMAID, DOT, SVG, PNG }

  /** The values of {@code --format}. */
  static final class FormatChoices extends Choices<Format> {
    FormatChoices() {
      super("--format", Format.class, false);
    }
  }

  @Option(names = "--format", paramLabel = "mermaid|dot|svg|png",
      converter = FormatChoices.class,
      completionCandidates = FormatChoices.class,
      description = "the kind of diagram (default: mermaid); see below")
  Format format = Format.MERMAID;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "write to FILE (default: standard output); png needs -o, and '-o -' sends it"
          + " to standard output anyway")
  Path output;

  @Option(names = "--dot", paramLabel = "PATH",
      description = "the dot executable (default: dot on the PATH)")
  Path dotOption;

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = "the definition; '-' for standard input; TEMPLATE#LogicalId for a state"
          + " machine in a template")
  List<Path> files = new ArrayList<>();

  RenderCommand(Console console) {
    super(console);
  }

  @Override
  public Integer call() {
    CommandIo io = io();
    List<String> names = CommandIo.names(files);
    if (names.isEmpty()) {
      throw new UsageException("no input file (use '-' for standard input)");
    }
    if (names.size() > 1) {
      throw new UsageException("one FILE at a time, got " + names.size());
    }
    boolean toStdout = output == null || output.toString().equals("-");
    if (format == Format.PNG && output == null) {
      throw new UsageException("--format png writes binary data; add -o FILE");
    }

    Path dot = null;
    if (format == Format.SVG || format == Format.PNG) {
      // checked before reading: without dot nothing can be drawn, whatever the input
      String name = format.name().toLowerCase(Locale.ROOT);
      Optional<Path> found = dotOption == null ? Graphviz.find() : executable(dotOption);
      if (found.isEmpty()) {
        io.error(dotOption == null
            ? "--format " + name + " needs Graphviz's dot on the PATH"
                + " (apt-get install graphviz), or use --format dot"
            : "--dot " + dotOption + " is not an executable file"
                + " (install Graphviz, or use --format dot)");
        return Main.USAGE_OR_IO;
      }
      dot = found.get();
    }

    String name = names.get(0);
    DefinitionInput input = DefinitionInput.read(io, name);
    if (input.failed()) {
      return input.status;
    }
    Workflow workflow;
    try {
      // lenient: a diagram is useful for any definition, and unknown content is drawn as it is
      workflow = AslReader.create().keepUnknownFields(true).read(input.bytes);
    } catch (AslReadException e) {
      input.problems(io, e);
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
        } catch (FileSystemException e) {
          io.error(dot.toString(), CommandIo.describe(e)); // dot vanished, say
          return Main.USAGE_OR_IO;
        } catch (IOException e) {
          io.error(e.getMessage()); // names dot, its arguments and what it printed
          return Main.USAGE_OR_IO;
        }
      }
    }
    if (toStdout) {
      io.out().write(result, 0, result.length);
      io.out().flush();
      return Main.OK;
    }
    return io.write(output, result);
  }

  private Optional<Path> executable(Path option) {
    try {
      Path p = console.cwd().resolve(option);
      return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }
}
