package io.asl4j.cli;

import io.asl4j.json.AslReadException;
import io.asl4j.json.AslReader;
import io.asl4j.templates.StateMachine;
import io.asl4j.templates.Template;
import io.asl4j.templates.TemplateException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code asl4j extract}: the state machines of a CloudFormation, SAM or Serverless template,
 * listed, written out as bare definitions, and put back after editing.
 */
@Command(name = "extract",
    customSynopsis = "asl4j extract [--list | --put-back] [-o DIR] TEMPLATE[#LogicalId]",
    description = {
        "write a template's definitions as files, and put them back",
        "",
        "Lists the state machines of a CloudFormation or SAM template (JSON or YAML, short tags"
            + " such as !Sub and !GetAtt included) or of a Serverless Framework file, and writes"
            + " each definition to DIR/<LogicalId>.asl.json: substitutions stay $${Name}"
            + " placeholders, and an intrinsic function inside a definition becomes one too"
            + " ($${Fn.Arn} for {\"Fn::GetAtt\": [\"Fn\", \"Arn\"]}, $${Topic} for {\"Ref\":"
            + " \"Topic\"}). What the placeholders stand for goes to"
            + " DIR/<LogicalId>.substitutions.json. --put-back reads the same files and writes"
            + " each changed definition back where it came from, in the form it was written"
            + " in, with its intrinsic functions; nothing else in the template changes."},
    footer = {
        "One line per state machine on standard output:",
        "  OrderFlow: AWS::Serverless::StateMachine, Definition at template.yaml:29:7"
            + " -> OrderFlow.asl.json",
        "A definition kept elsewhere (DefinitionS3Location, a DefinitionUri in S3) is listed and"
            + " reported, not written. Files are UTF-8; problems go to standard error as"
            + " 'asl4j extract: FILE:LINE:COL: message'.",
        "Exit codes: 0 ok, 1 a template or definition that cannot be read, extracted or put back,"
            + " 2 usage or I/O error."})
final class ExtractCommand extends ConsoleCommand {

  @Option(names = "--list", description = "list the state machines only; write nothing")
  boolean list;

  @Option(names = "--put-back",
      description = "put the definitions in DIR/<LogicalId>.asl.json back into the template (or"
          + " into the file its DefinitionUri names); unchanged ones are left as they are")
  boolean putBack;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "the folder of the bare definitions (default: the current directory);"
          + " '-o -' prints the one selected definition instead")
  Path dir;

  @Parameters(paramLabel = "TEMPLATE", arity = "0..1",
      description = "the template; TEMPLATE#LogicalId for one state machine; '-' for standard"
          + " input")
  Path template;

  ExtractCommand(Console console) {
    super(console);
  }

  @Override
  public Integer call() {
    if (template == null) {
      throw new UsageException("no template (use '-' for standard input)");
    }
    if (list && putBack) {
      throw new UsageException("--list and --put-back cannot be combined");
    }
    boolean print = dir != null && dir.toString().equals("-");
    if (print && (list || putBack)) {
      throw new UsageException("-o - prints a definition; it cannot be combined with "
          + (list ? "--list" : "--put-back"));
    }
    CommandIo io = io();
    String name = template.toString();
    String selector = DefinitionInput.selector(io, name);
    String file = selector == null ? name : name.substring(0, name.length() - selector.length()
        - 1);
    if (putBack && file.equals("-")) {
      throw new UsageException("--put-back writes the template; standard input cannot be"
          + " written");
    }
    String label = CommandIo.label(file);
    byte[] bytes = io.read(file);
    if (bytes == null) {
      return Main.USAGE_OR_IO;
    }
    Path directory = file.equals("-") ? io.cwd()
        : io.cwd().resolve(file).toAbsolutePath().getParent();
    Path out = dir == null ? Path.of("") : dir;
    try {
      String text = AslReader.decode(bytes);
      Template t = Template.read(label, text, directory);
      List<StateMachine> chosen = selector == null ? t.stateMachines()
          : List.of(t.select(selector));
      if (print) {
        StateMachine one = selector == null ? t.select(null) : chosen.get(0);
        io.out().print(one.definition());
        io.out().flush();
        return Main.OK;
      }
      int status = putBack ? putBack(t, text, chosen, out, directory)
          : extract(chosen, out);
      io.out().flush();
      return status;
    } catch (AslReadException e) {
      io.problems(label, e);
    } catch (TemplateException e) {
      problems(e);
    }
    io.out().flush();
    return Main.INVALID;
  }

  private void problems(TemplateException e) {
    for (TemplateException.Problem p : e.problems()) {
      io().error(p.toString());
    }
  }

  /** Lists the state machines and writes each readable definition. */
  private int extract(List<StateMachine> machines, Path out) {
    CommandIo io = io();
    if (!list && !io.createDirectories(out)) {
      return Main.USAGE_OR_IO;
    }
    int status = Main.OK;
    for (StateMachine m : machines) {
      String line = m.logicalId() + ": " + m.type() + ", " + m.where() + " at " + m.file()
          + (m.where().startsWith("DefinitionUri") ? "" : ":" + m.line() + ":" + m.column());
      if (!m.isReadable()) {
        io.out().println(line + " (not extracted)");
        io.out().flush(); // the line before the problem, when both go to a terminal
        try {
          m.definition();
        } catch (TemplateException e) {
          problems(e);
        }
        status = Math.max(status, Main.INVALID);
        continue;
      }
      if (list) {
        io.out().println(line);
        continue;
      }
      Path definition = out.resolve(m.logicalId() + ".asl.json");
      int written = io.write(definition, m.definition().getBytes(StandardCharsets.UTF_8));
      if (written != Main.OK) {
        return written;
      }
      String also = "";
      if (!m.substitutions().isEmpty()) {
        Path substitutions = out.resolve(m.logicalId() + ".substitutions.json");
        written = io.write(substitutions, substitutions(m.substitutions())
            .getBytes(StandardCharsets.UTF_8));
        if (written != Main.OK) {
          return written;
        }
        also = " (+ " + substitutions + ")";
      }
      io.out().println(line + " -> " + definition + also);
    }
    return status;
  }

  /** What the placeholders stand for, one per line: {@code "Name": value}. */
  private static String substitutions(Map<String, String> substitutions) {
    StringBuilder sb = new StringBuilder("{");
    String separator = "\n";
    for (Map.Entry<String, String> e : substitutions.entrySet()) {
      sb.append(separator).append("  ").append(quote(e.getKey())).append(": ")
          .append(e.getValue());
      separator = ",\n";
    }
    return sb.append("\n}\n").toString();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /**
   * Puts each definition back, one after the other into the template's text as it stands after
   * the one before, then writes what changed.
   */
  private int putBack(Template t, String text, List<StateMachine> machines, Path out,
      Path directory) {
    CommandIo io = io();
    String current = text;
    Template now = t;
    List<String> done = new ArrayList<>();
    for (StateMachine m : machines) {
      if (!m.isReadable()) {
        continue; // kept elsewhere: nothing was extracted, nothing goes back
      }
      Path definition = out.resolve(m.logicalId() + ".asl.json");
      byte[] edited = io.read(definition.toString());
      if (edited == null) {
        return Main.USAGE_OR_IO;
      }
      Optional<Template.Edit> edit = now.putBack(m.logicalId(), definition.toString(),
          AslReader.decode(edited));
      if (edit.isEmpty()) {
        done.add(m.logicalId() + ": unchanged");
      } else if (edit.get().file().equals(t.name())) {
        current = edit.get().text();
        now = Template.read(t.name(), current, directory);
        done.add(m.logicalId() + ": put back into " + t.name());
      } else {
        int status = io.rewrite(Path.of(edit.get().file()),
            edit.get().text().getBytes(StandardCharsets.UTF_8));
        if (status != Main.OK) {
          return status;
        }
        done.add(m.logicalId() + ": put back into " + edit.get().file());
      }
    }
    if (!current.equals(text)) {
      int status = io.rewrite(Path.of(t.name()), current.getBytes(StandardCharsets.UTF_8));
      if (status != Main.OK) {
        return status;
      }
    }
    done.forEach(io.out()::println);
    return Main.OK;
  }
}
