package io.asl4j.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.Workflow;
import io.asl4j.codegen.InMemoryCompiler;
import io.asl4j.codegen.JavaGenerator;
import io.asl4j.json.AslReader;
import io.asl4j.json.JsonDiff;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    Map<String, String> inputs = new LinkedHashMap<>();
    Map<String, String> sources = new LinkedHashMap<>();
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
        sources.put("roundtrip." + className, JavaGenerator.create().packageName("roundtrip")
            .className(className).sourceName(file.getFileName().toString()).generate(w));
        inputs.put("roundtrip." + className, name + "\t" + json);
      } catch (RuntimeException e) {
        failures.add(name + ": " + e.getMessage());
      }
    }
    ClassLoader loader = InMemoryCompiler.compile(sources);
    int reproduced = 0;
    for (Map.Entry<String, String> e : inputs.entrySet()) {
      String[] nameAndJson = e.getValue().split("\t", 2);
      try {
        Workflow w = (Workflow) loader.loadClass(e.getKey()).getMethod("workflow").invoke(null);
        Optional<JsonDiff.Difference> diff =
            JsonDiff.firstDifference(nameAndJson[1], w.toJson());
        if (diff.isEmpty()) {
          reproduced++;
        } else {
          failures.add(nameAndJson[0] + ": " + diff.get());
        }
      } catch (ReflectiveOperationException | RuntimeException ex) {
        Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
        failures.add(nameAndJson[0] + ": " + cause);
      }
    }
    System.out.printf("Generator round trip: %d/%d (%d partial fixtures and disputed files left"
        + " out)%n", reproduced, n, partial.size());
    failures.forEach(f -> System.out.println("  NOT REPRODUCED " + f));
    assertThat(n).isGreaterThan(350);
    assertThat(failures).isEmpty();
  }

  @Test
  void aTenThousandStateWorkflowGeneratesCodeThatCompiles() throws Exception {
    String json = io.asl4j.bench.GeneratedWorkflows.mixed(10_000);
    String source = JavaGenerator.create().packageName("big").className("TenThousand")
        .generate(json);

    Workflow w = (Workflow) InMemoryCompiler.compile(Map.of("big.TenThousand", source))
        .loadClass("big.TenThousand").getMethod("workflow").invoke(null);

    assertThat(JsonDiff.firstDifference(json, w.toJson())).isEmpty();
    assertThat(source).contains("private static void states100(Map<String, Step> steps)");
  }
}
