package io.asl4j.bench;

import io.asl4j.Workflow;
import io.asl4j.local.ExecutionOptions;
import io.asl4j.local.ExecutionResult;
import io.asl4j.local.ExecutionStatus;
import io.asl4j.local.LocalExecutor;
import io.asl4j.local.LocalRun;
import io.asl4j.local.Mocks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The local executor on the two workloads of {@code ../shared/bench/local-exec} (the system
 * property {@code asl4j.bench}), history off, compiled once: a counter loop (Pass with
 * {@code States.MathAdd}, then Choice; 2N + 1 states entered) and an inline Map over N items (a Pass
 * and a Succeed per item; 2N + 1 states entered). Throughput in states entered per second is
 * (2N + 1) / the time per run; {@code run-peer.sh} there measures aws-local-stepfunctions on the
 * same workloads for the ratio.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms1g", "-Xmx1g"})
public class LocalExecutionBenchmark {

  /** The counter loop, compiled once. */
  @State(Scope.Benchmark)
  public static class CounterLoop {
    /** Loop iterations; the README's figure uses 100,000. */
    @Param({"100000"})
    public int n;
    LocalExecutor executor;
    Map<String, Object> input;

    /** Compiles the workload and checks one run. */
    @Setup
    public void setUp() {
      executor = LocalExecutor.compile(workload("counter-loop.asl.json"));
      input = new LinkedHashMap<>();
      input.put("i", 0L);
      input.put("n", (long) n);
      check(run(executor, input), 2L * n + 1);
    }
  }

  /** The inline Map, compiled once. */
  @State(Scope.Benchmark)
  public static class InlineMap {
    /** Items; the README's figure uses 10,000. */
    @Param({"10000"})
    public int n;
    LocalExecutor executor;
    Map<String, Object> input;

    /** Compiles the workload and checks one run. */
    @Setup
    public void setUp() {
      executor = LocalExecutor.compile(workload("inline-map.asl.json"));
      List<Object> xs = new ArrayList<>(n);
      for (long i = 1; i <= n; i++) {
        xs.add(i);
      }
      input = Map.of("xs", xs);
      check(run(executor, input), 2L * n + 1);
    }
  }

  /**
   * One run of the counter loop.
   *
   * @param w the workload
   * @return the result
   */
  @Benchmark
  public ExecutionResult counterLoop(CounterLoop w) {
    return run(w.executor, w.input);
  }

  /**
   * One run of the inline Map.
   *
   * @param w the workload
   * @return the result
   */
  @Benchmark
  public ExecutionResult inlineMap(InlineMap w) {
    return run(w.executor, w.input);
  }

  private static final ExecutionOptions OPTIONS = ExecutionOptions.defaults().withHistory(false)
      .withHistoryLimit(false);

  static ExecutionResult run(LocalExecutor executor, Object input) {
    return executor.run(input, Mocks.none(), OPTIONS);
  }

  static Workflow workload(String file) {
    return LocalRun.readWorkflow(Path.of(System.getProperty("asl4j.bench", "../shared/bench"),
        "local-exec", file));
  }

  static void check(ExecutionResult r, long transitions) {
    if (r.status() != ExecutionStatus.SUCCEEDED || r.transitions() != transitions) {
      throw new IllegalStateException("workload went wrong: " + r.toText());
    }
  }
}
