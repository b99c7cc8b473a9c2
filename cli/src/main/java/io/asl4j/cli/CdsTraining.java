package io.asl4j.cli;

import io.asl4j.samples.Samples;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run behind the launcher's class-data-sharing archive: {@code ./asl4j} runs this
 * once per build of the jar under {@code -XX:ArchiveClassesAtExit}, so that the JVM records every
 * class a real run loads, already parsed and verified, and later runs map them instead of loading
 * them from the jar (about half the start-up time of a small run).
 *
 * <p>It runs each command the way users do, in one JVM, over the bundled samples and a few broken
 * definitions, with all output discarded. It leaves out {@code generate --verify}, whose in-memory
 * javac would double the archive for a rarely used option.
 */
public final class CdsTraining {

  private CdsTraining() {}

  /**
   * Runs the commands once each.
   *
   * @param args ignored
   * @throws IOException if the temporary directory cannot be made or removed
   */
  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("asl4j-training-");
    try {
      train(dir);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> {
          try {
            Files.delete(p);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
  }

  private static void train(Path dir) throws IOException {
    List<String> files = new ArrayList<>();
    for (String name : Samples.all().keySet()) {
      files.add(name + ".asl.json");
    }
    run(dir, "samples", "-o", ".");
    Files.writeString(dir.resolve("broken.json"), "{\"StartAt\": \"A\",\n \"States\": {\"A\":"
        + " {\"Type\": \"Pass\", \"Nxt\": \"B\"}, \"B\": {\"Type\": \"Wait\"}}}");
    Files.writeString(dir.resolve("malformed.json"), "{\"StartAt\": \"A\",, }");
    files.add("broken.json");
    files.add("malformed.json");

    run(dir, concat(List.of("validate"), files));
    run(dir, concat(List.of("validate", "--format=json", "--type", "EXPRESS"), files));
    run(dir, concat(List.of("format", "--check"), files));
    run(dir, concat(List.of("format", "--compact"), files));
    run(dir, concat(List.of("format", "-o", "formatted"), files));
    run(dir, "format", "-i", "formatted/" + files.get(0));
    for (String f : files) {
      run(dir, "render", f);
      run(dir, "render", "--format", "dot", "-o", f + ".dot", f);
    }
    run(dir, concat(List.of("generate", "--package", "p", "-o", "src"), files));
    Files.writeString(dir.resolve("mocks.json"), "{\"Work\": [{\"Throw\": {\"Error\": \"E\"}},"
        + " {\"Return\": {\"ok\": true}}]}");
    Files.writeString(dir.resolve("work.asl.json"), "{\"StartAt\": \"Work\", \"States\":"
        + " {\"Work\": {\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
        + " \"Retry\": [{\"ErrorEquals\": [\"States.ALL\"]}], \"ResultPath\": \"$.r\","
        + " \"Next\": \"Check\"}, \"Check\": {\"Type\": \"Choice\", \"Choices\":"
        + " [{\"Variable\": \"$.r.ok\", \"BooleanEquals\": true, \"Next\": \"Done\"}],"
        + " \"Default\": \"Failed\"}, \"Done\": {\"Type\": \"Succeed\"},"
        + " \"Failed\": {\"Type\": \"Fail\", \"Error\": \"NotOk\"}}}");
    Files.writeString(dir.resolve("input.json"), "{\"id\": 1}");
    run(dir, "run", "--input", "input.json", "--mocks", "mocks.json", "work.asl.json");
    run(dir, "run", "--format", "json", "--history", "--mocks", "mocks.json", "work.asl.json");
    run(dir, "run", "work.asl.json");
    run(dir, "run", "--input", "malformed.json", "work.asl.json");
    run(dir, "cost", "--mocks", "mocks.json", "--executions-per-month", "1000", "work.asl.json");
    // a SAM template in YAML: the template reader, YAML and the put back
    Files.writeString(dir.resolve("template.yaml"), "Resources:\n  Flow:\n"
        + "    Type: AWS::Serverless::StateMachine\n    Properties:\n      Definition:\n"
        + "        StartAt: A\n        States:\n          A:\n            Type: Task\n"
        + "            Resource: !GetAtt Fn.Arn\n            End: true\n");
    run(dir, "extract", "-o", "extracted", "template.yaml");
    run(dir, "extract", "--put-back", "-o", "extracted", "template.yaml");
    run(dir, "validate", "template.yaml#Flow");
    for (String command : new String[] {"extract", "format", "validate", "generate", "render",
        "run", "cost", "samples", "completion", "help"}) {
      run(dir, command, "--help");
    }
    run(dir, "--version");
    run(dir, "validate", "--bogus");
    run(dir, "validate", "--format", "xml", "x");
    run(dir, "validate", "no-such-file.json");
  }

  private static String[] concat(List<String> head, List<String> tail) {
    List<String> all = new ArrayList<>(head);
    all.addAll(tail);
    return all.toArray(String[]::new);
  }

  private static void run(Path dir, String... args) {
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false,
        StandardCharsets.UTF_8);
    Main.run(args, new ByteArrayInputStream(new byte[0]), nowhere, nowhere, dir);
  }
}
