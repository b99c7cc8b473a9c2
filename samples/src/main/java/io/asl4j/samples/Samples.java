package io.asl4j.samples;

import io.asl4j.Workflow;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Every sample workflow by file name, for the sample writer and the tests. */
public final class Samples {

  private Samples() {}

  /**
   * Returns the samples.
   *
   * @return sample name (the file name without {@code .asl.json}) to workflow
   */
  public static Map<String, Supplier<Workflow>> all() {
    Map<String, Supplier<Workflow>> m = new LinkedHashMap<>();
    m.put("1-glue-lambda-sns", GlueLambdaSns::workflow);
    m.put("2-catch-notify-fail", CatchNotifyFail::workflow);
    m.put("3-choice-glue-a-or-b", ChoiceGlueAOrB::workflow);
    m.put("jsonata-variables", JsonataVariables::workflow);
    m.put("parallel-enrichment", ParallelEnrichment::workflow);
    m.put("inline-map-order-lines", InlineMapOrderLines::workflow);
    m.put("distributed-map-csv", DistributedMapCsv::workflow);
    m.put("retry-with-backoff", RetryWithBackoff::workflow);
    m.put("callback-approval", CallbackApproval::workflow);
    m.put("nested-execution", NestedExecution::workflow);
    m.put("nested-execution-child", NestedExecution::child);
    return m;
  }
}
