package io.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Command;

/**
 * What every command shares: {@code --help}, {@code --version}, both option forms, the one error
 * wording and the exit codes.
 */
class CommandLineTest extends CommandHarness {

  private static final String TINY =
      "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}";

  @BeforeEach
  void files() throws IOException {
    Files.writeString(dir.resolve("tiny.asl.json"), TINY);
  }

  @Test
  void theVersionComesFromTheBuild() {
    assertThat(Version.number()).isEqualTo(System.getProperty("asl4j.version"));
    assertThat(run("--version")).isEqualTo(0);
    assertThat(out()).isEqualTo("asl4j " + System.getProperty("asl4j.version") + "\n");
    out.reset();
    assertThat(run("-V")).isEqualTo(0);
    assertThat(out()).isEqualTo("asl4j " + System.getProperty("asl4j.version") + "\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"extract", "format", "validate", "generate", "render", "run", "cost",
      "samples", "completion", "help"})
  void everyCommandHasHelpAndVersion(String command) {
    assertThat(run(command, "--help")).isEqualTo(0);
    assertThat(out()).startsWith("usage: asl4j " + command).contains("\noptions:\n",
        "  -h, --help ", "  -V, --version ", "Exit codes: 0 ");
    String help = out();
    out.reset();
    assertThat(run(command, "-h")).isEqualTo(0);
    assertThat(out()).isEqualTo(help);
    out.reset();
    assertThat(run("help", command)).isEqualTo(0);
    assertThat(out()).as("'asl4j help CMD' is 'asl4j CMD --help'").isEqualTo(help);
    out.reset();
    assertThat(run(command, "--version")).isEqualTo(0);
    assertThat(out()).isEqualTo("asl4j " + System.getProperty("asl4j.version") + "\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void theToolsHelpListsEveryCommand() {
    assertThat(run("--help")).isEqualTo(0);
    assertThat(out()).isEqualTo(String.join("\n",
        "usage: asl4j <command> [options] [FILE...]",
        "       asl4j --version | --help",
        "",
        "Tools for Amazon States Language (AWS Step Functions) definitions.",
        "",
        "options:",
        "  -h, --help      show this help",
        "  -V, --version   print the version of asl4j",
        "",
        "commands:",
        "  extract     write a template's definitions as files, and put them back",
        "  format      write definitions as canonical ASL JSON",
        "  generate    write Java (the DSL) that reproduces a definition",
        "  render      draw a definition as a Mermaid or Graphviz diagram",
        "  run         run a workflow locally, with mocked tasks",
        "  cost        price an execution of a workflow, as AWS would bill it",
        "  samples     print the sample workflows written with the Java DSL, as ASL",
        "  validate    check definitions against every ASL rule and common mistakes",
        "  completion  print a bash (and zsh) completion script for asl4j",
        "  help        show the help of asl4j or of one command",
        "",
        "Run 'asl4j <command> --help' for a command's options.",
        "Problems go to standard error as 'asl4j <command>: FILE:LINE:COL: message'.",
        "Exit codes: 0 ok, 1 invalid input, 2 usage or I/O error.",
        ""));
    String help = out();
    out.reset();
    assertThat(run("help")).isEqualTo(0);
    assertThat(out()).isEqualTo(help);
  }

  @Test
  void withoutACommandTheUsageGoesToStandardErrorWithExitTwo() {
    assertThat(run()).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err()).startsWith("usage: asl4j <command> [options] [FILE...]\n");
  }

  @Test
  void theCommandTableNamesEachCommandAsItsAnnotationDoes() {
    Asl4jCommand.COMMANDS.forEach((name, type) ->
        assertThat(type.getAnnotation(Command.class).name()).isEqualTo(name));
  }

  @Test
  void optionValuesMayFollowAnEqualsSignOrASpace() {
    assertThat(run("validate", "--format=json", "tiny.asl.json")).isEqualTo(0);
    String attached = out();
    out.reset();
    assertThat(run("validate", "--format", "json", "tiny.asl.json")).isEqualTo(0);
    assertThat(out()).isEqualTo(attached)
        .isEqualTo("{\"file\":\"tiny.asl.json\",\"result\":\"OK\",\"diagnostics\":[]}\n");

    assertThat(run("render", "--format=dot", "--output=tiny.dot", "tiny.asl.json")).isEqualTo(0);
    assertThat(run("generate", "--package=p", "--class=Flow", "-o=src", "tiny.asl.json"))
        .isEqualTo(0);
    assertThat(run("format", "--output=out", "tiny.asl.json")).isEqualTo(0);
    assertThat(dir.resolve("tiny.dot")).exists();
    assertThat(dir.resolve("src/p/Flow.java")).exists();
    assertThat(dir.resolve("out/tiny.asl.json")).exists();
    assertThat(err()).isEmpty();
  }

  @Test
  void theLastOfARepeatedOptionWins() {
    assertThat(run("validate", "--format", "json", "--format", "text", "tiny.asl.json"))
        .isEqualTo(0);
    assertThat(out()).isEmpty();
    assertThat(err()).isEmpty();
  }

  @Test
  void doubleDashEndsTheOptions() throws IOException {
    Files.writeString(dir.resolve("--check"), TINY);

    assertThat(run("validate", "--", "--check")).isEqualTo(0);

    assertThat(err()).isEmpty();
  }

  @Test
  void usageErrorsAreWordedOneWayAndExitTwo() {
    List<String[]> cases = List.of(
        new String[] {"frobnicate"},
        new String[] {"--frobnicate"},
        new String[] {"help", "frobnicate"},
        new String[] {"format", "-i", "-o", "x", "a.json"},
        new String[] {"format", "--check", "-i", "a.json"},
        new String[] {"format", "-i", "-"},
        new String[] {"format", "-o", "out", "-"},
        new String[] {"render", "--dot"},
        new String[] {"samples", "-o"},
        new String[] {"completion", "extra"});
    List<String> expected = List.of(
        "asl4j: unknown command 'frobnicate'\nRun 'asl4j --help' for usage.\n",
        "asl4j: unknown option '--frobnicate'\nRun 'asl4j --help' for usage.\n",
        "asl4j help: unknown command 'frobnicate'\nRun 'asl4j help --help' for usage.\n",
        "asl4j format: -i and -o cannot be combined\nRun 'asl4j format --help' for usage.\n",
        "asl4j format: --check writes nothing; drop -i/-o\n"
            + "Run 'asl4j format --help' for usage.\n",
        "asl4j format: -i cannot rewrite standard input\n"
            + "Run 'asl4j format --help' for usage.\n",
        "asl4j format: -o needs file names; standard input has none\n"
            + "Run 'asl4j format --help' for usage.\n",
        "asl4j render: --dot needs a value (PATH)\nRun 'asl4j render --help' for usage.\n",
        "asl4j samples: -o needs a value (DIR)\nRun 'asl4j samples --help' for usage.\n",
        "asl4j completion: unexpected argument 'extra'\n"
            + "Run 'asl4j completion --help' for usage.\n");
    for (int i = 0; i < cases.size(); i++) {
      err.reset();
      assertThat(run(cases.get(i))).as(String.join(" ", cases.get(i))).isEqualTo(2);
      assertThat(err()).as(String.join(" ", cases.get(i))).isEqualTo(expected.get(i));
    }
    assertThat(out()).isEmpty();
  }

  @Test
  void theMissingValueNamesTheOptionAsTyped() {
    assertThat(run("format", "tiny.asl.json", "--output")).isEqualTo(2);
    assertThat(err()).startsWith("asl4j format: --output needs a value (DIR)\n");
    err.reset();
    assertThat(run("format", "tiny.asl.json", "-o")).isEqualTo(2);
    assertThat(err()).startsWith("asl4j format: -o needs a value (DIR)\n");
  }
}
