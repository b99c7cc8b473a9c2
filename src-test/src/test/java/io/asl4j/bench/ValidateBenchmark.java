package io.asl4j.bench;

import io.asl4j.Workflow;
import io.asl4j.json.AslReader;
import io.asl4j.validation.Diagnostic;
import io.asl4j.validation.Validator;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The validator (every rule and the data-flow analysis), side by side with reading alone.
 * Targets: under 50 µs per small corpus definition (the corpus benchmarks run over all valid
 * definitions; divide by their number, printed at setup), under 50 ms for a 10,000-state
 * workflow, and linear growth to 100,000 states. {@code ../shared/bench/validate/run-peer.sh}
 * measures statelint on the same definitions the way {@link #corpusValidateText} does (text in
 * memory, parse and validate), for the ratio in the README.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms3g", "-Xmx3g", "-Xmn2g"})
public class ValidateBenchmark {

  /** Every valid corpus definition, as text and as models. */
  @State(Scope.Benchmark)
  public static class Corpus {
    List<String> texts;
    List<Workflow> models;

    /** Loads the corpus (system property {@code asl4j.corpus}, default {@code ../shared/corpus}). */
    @Setup
    public void load() {
      Path valid = Path.of(System.getProperty("asl4j.corpus", "../shared/corpus"), "valid");
      try (Stream<Path> s = Files.walk(valid)) {
        texts = s.filter(p -> p.toString().endsWith(".json")).sorted().map(p -> {
          try {
            return Files.readString(p, StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }).collect(Collectors.toList());
      } catch (IOException e) {
        throw new UncheckedIOException("corpus not found at " + valid, e);
      }
      AslReader reader = AslReader.create().keepUnknownFields(true);
      models = new ArrayList<>();
      for (String t : texts) {
        models.add(reader.read(t));
      }
      System.out.println("corpus: " + texts.size() + " definitions");
    }
  }

  /** A generated workflow mixing every state type. */
  @State(Scope.Benchmark)
  public static class Generated {
    /** Number of states. */
    @Param({"10000", "100000"})
    public int states;
    String text;
    Workflow model;

    /** Generates the definition once per trial. */
    @Setup
    public void generate() {
      text = GeneratedWorkflows.mixed(states);
      model = Workflow.fromJson(text);
    }
  }

  /**
   * Baseline: reading every corpus definition into the model.
   *
   * @param c the corpus
   * @param bh sink
   */
  @Benchmark
  public void corpusRead(Corpus c, Blackhole bh) {
    AslReader reader = AslReader.create().keepUnknownFields(true);
    for (String t : c.texts) {
      bh.consume(reader.read(t));
    }
  }

  /**
   * Validating every corpus model (already read).
   *
   * @param c the corpus
   * @param bh sink
   */
  @Benchmark
  public void corpusValidateModel(Corpus c, Blackhole bh) {
    Validator v = Validator.create();
    for (Workflow w : c.models) {
      bh.consume(v.validate(w));
    }
  }

  /**
   * Validating every corpus text: read, validate, place each diagnostic at its line and column.
   *
   * @param c the corpus
   * @param bh sink
   */
  @Benchmark
  public void corpusValidateText(Corpus c, Blackhole bh) {
    Validator v = Validator.create();
    for (String t : c.texts) {
      bh.consume(v.validate(t));
    }
  }

  /**
   * Baseline: reading the generated workflow.
   *
   * @param g the workflow
   * @return the model
   */
  @Benchmark
  public Workflow generatedRead(Generated g) {
    return AslReader.create().read(g.text);
  }

  /**
   * Validating the generated workflow from its text: reading, every rule with the data-flow
   * analysis, and placing the diagnostics (the 100,000-state text is over 1 MiB: one error).
   *
   * @param g the workflow
   * @return the diagnostics
   */
  @Benchmark
  public List<Diagnostic> generatedValidateText(Generated g) {
    return Validator.create().validate(g.text);
  }

  /**
   * Validating the generated workflow's model.
   *
   * @param g the workflow
   * @return the diagnostics (none)
   */
  @Benchmark
  public List<Diagnostic> generatedValidateModel(Generated g) {
    return Validator.create().validate(g.model);
  }
}
