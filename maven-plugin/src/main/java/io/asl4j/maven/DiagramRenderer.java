package io.asl4j.maven;

import io.asl4j.Workflow;
import io.asl4j.diagram.Diagram;
import io.asl4j.diagram.Graphviz;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Draws a workflow in the configured formats: Mermaid and DOT text with asl4j's own renderers, SVG
 * and PNG images with Graphviz's {@code dot}.
 */
final class DiagramRenderer {

  /** How long Graphviz may take for one diagram: seconds for the largest real definitions. */
  private static final Duration DOT_TIMEOUT = Duration.ofSeconds(60);

  /** A diagram format and the extension of its files. */
  enum Format {
    /** A Mermaid flowchart, for Markdown ({@code ```mermaid}) on GitHub or GitLab. */
    MERMAID("mmd"),
    /** Graphviz source. */
    DOT("dot"),
    /** An SVG image drawn by Graphviz. */
    SVG("svg"),
    /** A PNG image drawn by Graphviz. */
    PNG("png");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    /**
     * The extension of this format's files.
     *
     * @return e.g. {@code mmd}
     */
    String extension() {
      return extension;
    }

    /**
     * Whether Graphviz draws this format.
     *
     * @return {@code true} for SVG and PNG
     */
    boolean image() {
      return this == SVG || this == PNG;
    }

    /**
     * The format's name as configured.
     *
     * @return e.g. {@code svg}
     */
    String lowerCase() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final List<Format> formats;
  private final Path dot;

  /**
   * Creates a renderer.
   *
   * @param formats the formats to draw
   * @param dot Graphviz's {@code dot}, or null when no format is an image
   */
  DiagramRenderer(List<Format> formats, Path dot) {
    if (dot == null && formats.stream().anyMatch(Format::image)) {
      throw new IllegalArgumentException("images need Graphviz's dot");
    }
    this.formats = List.copyOf(formats);
    this.dot = dot;
  }

  /**
   * The formats drawn, as configured.
   *
   * @return e.g. {@code mermaid, svg}; {@code ""} for none
   */
  String formatNames() {
    return formats.stream().map(Format::lowerCase).collect(Collectors.joining(", "));
  }

  /**
   * The {@code dot} executable used.
   *
   * @return its path, or {@code ""} when no image is drawn
   */
  String dotPath() {
    return dot == null ? "" : dot.toString();
  }

  /**
   * Reads the {@code formats} parameter.
   *
   * @param names {@code mermaid}, {@code dot}, {@code svg} or {@code png}, in any case; each
   *     element may also list several, separated by commas
   * @return the formats, each once, in the order given
   * @throws IllegalArgumentException for an unknown format or none
   */
  static List<Format> formats(List<String> names) {
    List<Format> formats = new ArrayList<>();
    for (String element : names) {
      for (String name : element.split(",")) {
        if (name.isBlank()) {
          continue;
        }
        Format format;
        try {
          format = Format.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("unknown diagram format \"" + name.strip()
              + "\"; expected mermaid, dot, svg or png");
        }
        if (!formats.contains(format)) {
          formats.add(format);
        }
      }
    }
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("no diagram format; expected mermaid, dot, svg or png");
    }
    return formats;
  }

  /**
   * The path of a diagram's files without their extension: the input's path without
   * {@code .asl.json}, {@code .json} or {@code .asl}.
   *
   * @param relative e.g. {@code legacy/order-fulfillment.asl.json}
   * @return e.g. {@code legacy/order-fulfillment}
   */
  static String baseName(String relative) {
    String lower = relative.toLowerCase(Locale.ROOT);
    for (String extension : new String[] {".asl.json", ".json", ".asl"}) {
      if (lower.endsWith(extension) && lower.length() > extension.length()) {
        return relative.substring(0, relative.length() - extension.length());
      }
    }
    return relative;
  }

  /**
   * Draws a workflow in every format.
   *
   * @param workflow the workflow
   * @param base the diagram's path without extension, e.g. {@code legacy/order-fulfillment}
   * @return each file's path ({@code base.mmd}, ...) to its content, in the order of the formats
   * @throws IOException if Graphviz fails (the message names dot and quotes its error output)
   */
  Map<String, byte[]> render(Workflow workflow, String base) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    String dotSource = null;
    for (Format format : formats) {
      byte[] content;
      switch (format) {
        case MERMAID -> content = Diagram.mermaid(workflow).getBytes(StandardCharsets.UTF_8);
        case DOT -> content = (dotSource = dotSource(workflow, dotSource))
            .getBytes(StandardCharsets.UTF_8);
        default -> content = Graphviz.render(dot, dotSource = dotSource(workflow, dotSource),
            format.lowerCase(), DOT_TIMEOUT);
      }
      files.put(base + "." + format.extension(), content);
    }
    return files;
  }

  private static String dotSource(Workflow workflow, String made) {
    return made != null ? made : Diagram.dot(workflow);
  }

  /**
   * Finds Graphviz's {@code dot}.
   *
   * @param configured the {@code dot} parameter, or null to look on the {@code PATH}
   * @return the executable, or empty when it is not configured and not on the {@code PATH}
   * @throws IllegalArgumentException when the configured file is not an executable
   */
  static Optional<Path> findDot(Path configured) {
    if (configured == null) {
      return Graphviz.find();
    }
    if (!Files.isRegularFile(configured)
        || !Files.isExecutable(configured)) {
      throw new IllegalArgumentException("<dot>" + configured + "</dot> is not an executable"
          + " file (install Graphviz, or leave svg and png out of <formats>)");
    }
    return Optional.of(configured);
  }
}
