package io.asl4j.bench;

import static io.asl4j.Asl.choice;
import static io.asl4j.Asl.fail;
import static io.asl4j.Asl.map;
import static io.asl4j.Asl.parallel;
import static io.asl4j.Asl.pass;
import static io.asl4j.Asl.startAt;
import static io.asl4j.Asl.succeed;
import static io.asl4j.Asl.task;
import static io.asl4j.Asl.waitState;
import static io.asl4j.Conditions.and;
import static io.asl4j.Conditions.isPresent;
import static io.asl4j.Conditions.numericGreaterThan;
import static io.asl4j.Conditions.stringEquals;
import static io.asl4j.Values.context;
import static io.asl4j.Values.field;
import static io.asl4j.Values.object;
import static io.asl4j.Values.path;

import io.asl4j.Workflow;
import io.asl4j.dsl.Catch;
import io.asl4j.dsl.Retry;
import io.asl4j.dsl.Step;
import io.asl4j.integrations.Lambda;
import io.asl4j.integrations.Sqs;
import io.asl4j.json.AslWriter;
import io.asl4j.model.JitterStrategy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building a workflow of every state type with the DSL and writing its JSON, at 10,000 and 100,000
 * states. Target: under 50 ms for 10,000 states; cost linear in states.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-XX:+AlwaysPreTouch", "-Xms3g",
    "-Xmx3g", "-Xmn2g"})
public class DslBuildBenchmark {

  /** Number of states in the workflow. */
  @Param({"10000", "100000"})
  public int states;

  /**
   * Builds the workflow with the DSL and writes pretty JSON.
   *
   * @return the JSON
   */
  @Benchmark
  public String buildAndWrite() {
    return AslWriter.pretty().write(build(states));
  }

  /**
   * Builds a chain of groups of eleven states (the same mix as {@link GeneratedWorkflows}).
   *
   * @param states at least this many states
   * @return the workflow
   */
  public static Workflow build(int states) {
    Step next = succeed("Done");
    for (int g = (states + 10) / 11 - 1; g >= 0; g--) {
      String s = " " + g;
      Step failed = fail("Fail" + s).error("StepFailed").cause(path("$.error.Cause"));
      Step publish = task("Publish" + s)
          .call(Sqs.sendMessage("https://sqs.us-east-1.amazonaws.com/1/q", path("$.result")))
          .next(next);
      Step each = map("Map" + s)
          .processor(task("Item" + s).call(Lambda.invoke("item").payload(path("$"))).end())
          .items(path("$.items"))
          .itemSelector(field("item", context("Map.Item.Value")))
          .maxConcurrency(10)
          .resultPath(io.asl4j.model.Path.discard())
          .next(publish);
      Step both = parallel("Parallel" + s)
          .branch(pass("Left" + s).end())
          .branch(pass("Right" + s).parameters(field("x", path("$.id"))).end())
          .resultPath(path("$.branches"))
          .next(each);
      Step pause = waitState("Wait" + s).seconds(1).next(both);
      Step route = choice("Choice" + s)
          .when(stringEquals(path("$.result.out.status"), "FAILED"), failed)
          .when(and(numericGreaterThan(path("$.pass.step"), 10), isPresent(path("$.flag"))), pause)
          .otherwise(pause);
      Step seed = pass("Pass" + s).result(object(field("step", g))).resultPath(path("$.pass"))
          .next(route);
      next = task("Task" + s)
          .call(Lambda.invoke("step").payload(field("id", path("$.id")), field("group", g)))
          .resultSelector(field("out", path("$.Payload")))
          .resultPath(path("$.result"))
          .timeoutSeconds(300)
          .retry(Retry.policy().intervalSeconds(2).maxAttempts(6).backoffRate(2)
              .jitter(JitterStrategy.FULL), "Lambda.TooManyRequestsException")
          .catchAll(Catch.resultPath(path("$.error")), failed)
          .next(seed);
    }
    // beyond 1 MiB, so past what build() accepts; ValidateBenchmark measures validation
    return startAt(next).buildUnvalidated();
  }
}
