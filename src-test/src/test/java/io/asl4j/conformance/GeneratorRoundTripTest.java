package io.asl4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.Workflow;
import io.asl4j.codegen.GenerationException;
import io.asl4j.codegen.JavaGenerator;
import io.asl4j.codegen.RoundTrip;
import io.asl4j.json.AslReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every valid corpus definition through the code generator: generate Java, compile it in memory,
 * call {@code workflow()}, and compare {@code toJson()} with the input as JSON trees. "Valid"
 * leaves out the partial fixtures of KNOWN-ISSUES.tsv and the files of corpus-disputes.tsv that
 * are labelled valid but are not ASL (unknown fields, a state that is a string, test
 * placeholders), as the validator's accuracy test shows.
 */
class GeneratorRoundTripTest {

  @Test
  void everyValidDefinitionRoundTripsThroughGeneratedJava() throws Exception {
    Set<String> partial = new TreeSet<>(Corpus.partialFixtures().keySet());
    Corpus.table("/conformance/corpus-disputes.tsv").keySet().stream()
        .filter(name -> name.startsWith("valid/")).forEach(partial::add);
    Map<String, String> names = new HashMap<>();
    List<RoundTrip.Generated> classes = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    int n = 0;
    for (Path file : Corpus.definitions("valid")) {
      String name = Corpus.name(file).replace('\\', '/');
      if (partial.contains(name)) {
        continue;
      }
      String json = Files.readString(file, StandardCharsets.UTF_8);
      String className = "Corpus" + n++;
      try {
        Workflow w = AslReader.create().read(json);
        classes.add(new RoundTrip.Generated("roundtrip." + className, JavaGenerator.create()
            .packageName("roundtrip").className(className)
            .sourceName(file.getFileName().toString()).generate(w), json));
        names.put("roundtrip." + className, name);
      } catch (RuntimeException e) {
        failures.add(name + ": " + e.getMessage());
      }
    }
    int reproduced = 0;
    for (RoundTrip.Result r : RoundTrip.verifyAll(classes)) {
      if (r.reproduced()) {
        reproduced++;
      } else {
        failures.add(names.get(r.className()) + ": " + r.problem().orElseThrow());
      }
    }
    System.out.printf("Generator round trip: %d/%d (%d partial fixtures and disputed files left"
        + " out)%n", reproduced, n, partial.size());
    failures.forEach(f -> System.out.println("  NOT REPRODUCED " + f));
    assertThat(n).isGreaterThan(350);
    assertThat(failures).isEmpty();
  }

  @Test
  void aWorkflowAsLargeAsStepFunctionsTakesGeneratesCodeThatCompiles() throws Exception {
    // 5,500 states of every type: 1,032,744 bytes, just under Step Functions' 1 MiB
    String json = io.asl4j.bench.GeneratedWorkflows.mixed(5_500);
    String source = JavaGenerator.create().packageName("big").className("Largest")
        .generate(json);

    assertThat(RoundTrip.verify("big.Largest", source, json).problem()).isEmpty();
    assertThat(source).contains("private static void states55(Map<String, Step> steps)");
  }

  @Test
  void aTenThousandStateWorkflowIsPastWhatTheGeneratorTakes() {
    // 1.9 MB: generating it took seconds and gigabytes; Step Functions would not take it anyway
    String json = io.asl4j.bench.GeneratedWorkflows.mixed(10_000);

    assertThatThrownBy(() -> JavaGenerator.create().generate(json))
        .isInstanceOf(GenerationException.class)
        .hasMessage("the definition is over 1052672 bytes written compactly; Step Functions"
            + " accepts at most 1048576 (1 MiB), and so does the generator");
  }
}
