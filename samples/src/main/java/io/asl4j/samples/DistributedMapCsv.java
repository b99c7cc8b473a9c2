package io.asl4j.samples;

import static io.asl4j.Asl.map;
import static io.asl4j.Asl.startAt;
import static io.asl4j.Asl.task;
import static io.asl4j.Values.context;
import static io.asl4j.Values.field;
import static io.asl4j.Values.object;
import static io.asl4j.Values.path;
import static io.asl4j.Values.text;

import io.asl4j.Workflow;
import io.asl4j.dsl.Step;
import io.asl4j.integrations.Lambda;
import io.asl4j.integrations.S3;
import io.asl4j.model.CsvHeaderLocation;
import io.asl4j.model.ExecutionType;
import io.asl4j.model.WriterOutputType;
import io.asl4j.model.WriterTransformation;

/**
 * A Distributed Map over a CSV file in S3: rows in batches of 100 go to Express child executions,
 * up to 1,000 at a time, with 5% failures tolerated, and the results are written back to S3.
 */
public final class DistributedMapCsv {

  private DistributedMapCsv() {}

  /**
   * Builds the workflow.
   *
   * @return {@code Process Rows}, a Distributed Map
   */
  public static Workflow workflow() {
    Step handleBatch = task("Handle Batch")
        .call(Lambda.invoke("handle-rows").payload(path("$")))
        .end();
    Step rows = map("Process Rows")
        .processor(handleBatch)
        .distributed(ExecutionType.EXPRESS)
        .itemReader(S3.limit(S3.csv(path("$.bucket"), text("input/rows.csv"),
            CsvHeaderLocation.FIRST_ROW), 100_000))
        .itemBatcher(S3.batchesOf(100, object(field("runId", context("Execution.Name")))))
        .resultWriter(S3.results(text("results-bucket"), text("runs"), WriterOutputType.JSONL,
            WriterTransformation.COMPACT))
        .maxConcurrency(1000)
        .toleratedFailurePercentage(5)
        .label("RowRun")
        .resultPath(path("$.mapRun"))
        .end();
    return startAt(rows).build();
  }
}
