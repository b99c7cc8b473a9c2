package io.asl4j.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.asl4j.validation.Diagnostic;
import io.asl4j.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code asl4j validate}: checks definitions against every ASL rule and common mistakes, and
 * reports each finding with its file, line and column.
 */
final class ValidateCommand {

  static final String HELP = String.join("\n",
      "usage: asl4j validate [--format text|json] [--type STANDARD|EXPRESS] FILE...",
      "",
      "Checks each definition against every rule of the Amazon States Language and warns about",
      "common mistakes (a path string under a key without '.$', an unreachable state, ...).",
      "Every problem is reported at once, with its line and column.",
      "",
      "options:",
      "  --format text|json       output format (default: text)",
      "  --type STANDARD|EXPRESS  the workflow type to check for (default: STANDARD); EXPRESS",
      "                           also rejects what Express workflows do not support, such as",
      "                           .sync and .waitForTaskToken integrations",
      "  -h, --help               show this help",
      "",
      "text: one line per diagnostic on standard output; nothing for a file without any.",
      "  FILE:LINE:COL: SEVERITY CODE [/json/pointer: ]message",
      "  flow.asl.json:12:7: ERROR MISSING_TRANSITION_TARGET /States/A/Next: unknown state ...",
      "json: one object per file and line on standard output.",
      "  {\"file\":\"flow.asl.json\",\"result\":\"OK\"|\"FAIL\",",
      "   \"diagnostics\":[{\"code\":\"...\",\"location\":\"/States/A/Next\",\"message\":\"...\",",
      "   \"severity\":\"ERROR\"|\"WARNING\",\"line\":12,\"column\":7}]}",
      "",
      "FILE may be '-' for standard input; files must be UTF-8. Warnings do not fail a file.",
      "Exit codes: 0 every file valid (warnings allowed), 1 some file has an error,",
      "2 usage or I/O error.");

  /** How diagnostics are written. */
  private enum Format { TEXT, JSON }

  private static final JsonFactory JSON = new JsonFactory();

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Path cwd;

  ValidateCommand(InputStream in, PrintStream out, PrintStream err, Path cwd) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.cwd = cwd;
  }

  int run(String[] args) {
    Format format = Format.TEXT;
    Validator.WorkflowType type = Validator.WorkflowType.STANDARD;
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
          String v = CommandIo.value("validate", args, i++, "a value (text|json)");
          format = switch (v.toLowerCase(Locale.ROOT)) {
            case "text" -> Format.TEXT;
            case "json" -> Format.JSON;
            default -> throw new Main.UsageException(
                "validate: --format must be text or json, not '" + v + "'");
          };
          break;
        }
        case "--type": {
          String v = CommandIo.value("validate", args, i++, "a value (STANDARD|EXPRESS)");
          type = switch (v.toUpperCase(Locale.ROOT)) {
            case "STANDARD" -> Validator.WorkflowType.STANDARD;
            case "EXPRESS" -> Validator.WorkflowType.EXPRESS;
            default -> throw new Main.UsageException(
                "validate: --type must be STANDARD or EXPRESS, not '" + v + "'");
          };
          break;
        }
        default:
          throw new Main.UsageException("validate: unknown option '" + a + "'");
      }
    }
    if (files.isEmpty()) {
      throw new Main.UsageException("validate: no input files (use '-' for standard input)");
    }

    Validator validator = Validator.create().forType(type);
    int status = Main.OK;
    for (String f : files) {
      status = Math.max(status, validateOne(f, validator, format));
    }
    out.flush();
    return status;
  }

  private int validateOne(String name, Validator validator, Format format) {
    String label = name.equals("-") ? "<stdin>" : name;
    byte[] bytes = CommandIo.read(name, in, cwd, err);
    if (bytes == null) {
      return Main.USAGE_OR_IO;
    }
    List<Diagnostic> diagnostics = validator.validate(bytes);
    if (format == Format.JSON) {
      out.println(json(label, diagnostics));
    } else {
      for (Diagnostic d : diagnostics) {
        out.println(text(label, d));
      }
    }
    return Validator.isValid(diagnostics) ? Main.OK : Main.INVALID;
  }

  /** {@code FILE:LINE:COL: SEVERITY CODE /pointer: message}; the position only when known. */
  static String text(String file, Diagnostic d) {
    return file + ":" + (d.line() > 0 ? d.line() + ":" + d.column() + ":" : "") + " "
        + d.severity() + " " + d.code() + " "
        + (d.location().isEmpty() ? "" : d.location() + ": ") + d.message();
  }

  /** One line of JSON for one file; Jackson does the escaping. */
  static String json(String file, List<Diagnostic> diagnostics) {
    StringWriter buffer = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(buffer)) {
      g.writeStartObject();
      g.writeStringField("file", file);
      g.writeStringField("result", Validator.isValid(diagnostics) ? "OK" : "FAIL");
      g.writeArrayFieldStart("diagnostics");
      for (Diagnostic d : diagnostics) {
        g.writeStartObject();
        g.writeStringField("code", d.code());
        g.writeStringField("location", d.location());
        g.writeStringField("message", d.message());
        g.writeStringField("severity", d.severity().name());
        g.writeNumberField("line", d.line());
        g.writeNumberField("column", d.column());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return buffer.toString();
  }
}
