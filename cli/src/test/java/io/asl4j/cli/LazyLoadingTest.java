package io.asl4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands load what they use and nothing more: {@code validate} starts without the code
 * generator, JavaPoet, javac, the samples or the local executor, which only {@code generate},
 * {@code samples} and {@code run} need.
 */
class LazyLoadingTest {

  @TempDir
  Path dir;

  /** The classes a fresh JVM loaded for a command, from {@code -Xlog:class+load}. */
  private List<String> loaded(String... args) throws Exception {
    String[] all = new String[args.length + 1];
    all[0] = "-Xlog:class+load=info:file=" + dir.resolve("classes.log");
    System.arraycopy(args, 0, all, 1, args.length);
    ChildJvm.Result r = ChildJvm.run(dir, null, all);
    assertThat(r.err()).isEmpty();
    return Files.readAllLines(dir.resolve("classes.log")).stream()
        .map(line -> line.replaceFirst("^\\[[^]]*]\\[[^]]*]\\[[^]]*] *", ""))
        .map(line -> line.split(" ")[0])
        .toList();
  }

  @Test
  void validateLoadsNeitherTheGeneratorNorTheSamples() throws Exception {
    Files.writeString(dir.resolve("flow.asl.json"),
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}");

    List<String> classes = loaded("validate", "flow.asl.json");

    assertThat(classes).contains("io.asl4j.cli.ValidateCommand", "io.asl4j.validation.Validator");
    assertThat(classes).filteredOn(c -> c.startsWith("io.asl4j.codegen.")
            || c.startsWith("com.palantir.javapoet.") || c.startsWith("io.asl4j.samples.")
            || c.startsWith("com.sun.tools.javac.") || c.startsWith("io.asl4j.cli.Generation")
            || c.startsWith("picocli.AutoComplete") || c.startsWith("io.asl4j.local."))
        .as("classes validate has no use for").isEmpty();
  }

  @Test
  void generateLoadsTheGenerator() throws Exception {
    Files.writeString(dir.resolve("flow.asl.json"),
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}");

    List<String> classes = loaded("generate", "-o", "-", "flow.asl.json");

    assertThat(classes).contains("io.asl4j.cli.Generation", "io.asl4j.codegen.JavaGenerator");
  }

  @Test
  void runLoadsTheExecutorButNotTheGenerator() throws Exception {
    Files.writeString(dir.resolve("flow.asl.json"),
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\",\"End\":true}}}");

    List<String> classes = loaded("run", "flow.asl.json");

    assertThat(classes).contains("io.asl4j.cli.RunCommand", "io.asl4j.local.LocalExecutor");
    assertThat(classes).filteredOn(c -> c.startsWith("io.asl4j.codegen.")
        || c.startsWith("io.asl4j.samples.")).isEmpty();
  }
}
