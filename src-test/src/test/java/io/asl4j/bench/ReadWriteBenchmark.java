package io.asl4j.bench;

import io.asl4j.Workflow;
import io.asl4j.json.AslReader;
import io.asl4j.json.AslWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
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

/**
 * Read + write of a generated workflow mixing every state type, at 10,000 and 100,000 states.
 * Targets: under 50 ms and 100 MB allocated for 10,000 states; 100,000 states under ten times
 * that. Run with {@code -prof gc} to see allocation ({@code gc.alloc.rate.norm}, bytes per op).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 8, time = 2)
// The throughput collector with a young generation that holds a whole 100,000-state read: under a
// small young generation the collector copies the live, half-built model several times per read,
// and the benchmark then measures that copying rather than the reader. Allocation per read
// (-prof gc, gc.alloc.rate.norm) is the collector-independent check of linearity.
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-XX:+AlwaysPreTouch", "-Xms3g",
    "-Xmx3g", "-Xmn2g"})
public class ReadWriteBenchmark {

  /** Number of states in the generated workflow. */
  @Param({"10000", "100000"})
  public int states;

  private byte[] definition;

  /** Generates the definition once per trial. */
  @Setup
  public void generate() {
    definition = GeneratedWorkflows.mixed(states).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads the UTF-8 bytes into the model and writes pretty canonical JSON.
   *
   * @return the written text, so the work cannot be optimised away
   */
  @Benchmark
  public String readAndWrite() {
    Workflow w = AslReader.create().read(definition);
    return AslWriter.pretty().write(w);
  }

  /**
   * Reads only.
   *
   * @return the model
   */
  @Benchmark
  public Workflow read() {
    return AslReader.create().read(definition);
  }
}
