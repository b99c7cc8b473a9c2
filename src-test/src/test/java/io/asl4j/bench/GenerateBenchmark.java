package io.asl4j.bench;

import io.asl4j.Workflow;
import io.asl4j.codegen.JavaGenerator;
import io.asl4j.json.AslReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Generating Java for every valid corpus definition (target: under 2 s warm) and for a
 * 5,500-state workflow of 1.03 MB, about the largest the generator takes (Step Functions' 1 MiB;
 * target: under 1 s), from models already read.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms3g", "-Xmx3g", "-Xmn2g"})
public class GenerateBenchmark {

  /** The valid corpus definitions the generator can write (unknown fields left out). */
  @State(Scope.Benchmark)
  public static class Corpus {
    List<Workflow> models;

    /** Reads the corpus (system property {@code asl4j.corpus}, default ../shared/corpus). */
    @Setup
    public void load() {
      Path valid = Path.of(System.getProperty("asl4j.corpus", "../shared/corpus"), "valid");
      models = new ArrayList<>();
      try (Stream<Path> s = Files.walk(valid)) {
        for (Path p : s.filter(x -> x.toString().endsWith(".json")).sorted()
            .collect(Collectors.toList())) {
          try {
            models.add(AslReader.create().read(Files.readString(p, StandardCharsets.UTF_8)));
          } catch (RuntimeException notStrictAsl) {
            // the few files with unknown fields: not generated
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("corpus not found at " + valid, e);
      }
      System.out.println("corpus: " + models.size() + " definitions");
    }
  }

  /** The generated 5,500-state workflow, just under 1 MiB. */
  @State(Scope.Benchmark)
  public static class Big {
    Workflow model;

    /** Generates and reads it once per trial. */
    @Setup
    public void load() {
      model = Workflow.fromJson(GeneratedWorkflows.mixed(5_500));
    }
  }

  /**
   * Java source for every corpus model.
   *
   * @param c the corpus
   * @param bh sink
   */
  @Benchmark
  public void corpus(Corpus c, Blackhole bh) {
    JavaGenerator g = JavaGenerator.create().packageName("bench").className("Flow");
    for (Workflow w : c.models) {
      try {
        bh.consume(g.generate(w));
      } catch (RuntimeException cannotWrite) {
        bh.consume(cannotWrite);
      }
    }
  }

  /**
   * Java source for the 5,500-state workflow.
   *
   * @param b the workflow
   * @return the source
   */
  @Benchmark
  public String nearlyOneMib(Big b) {
    return JavaGenerator.create().packageName("bench").className("Flow").generate(b.model);
  }
}
