package io.asl4j.samples;

import static io.asl4j.Asl.parallel;
import static io.asl4j.Asl.startAt;
import static io.asl4j.Asl.succeed;
import static io.asl4j.Asl.task;
import static io.asl4j.Values.field;
import static io.asl4j.Values.path;

import io.asl4j.Workflow;
import io.asl4j.dsl.Step;
import io.asl4j.integrations.AttributeValue;
import io.asl4j.integrations.DynamoDb;
import io.asl4j.integrations.Lambda;

/** A Parallel state: two lookups run side by side on the same input, then their results merge. */
public final class ParallelEnrichment {

  private ParallelEnrichment() {}

  /**
   * Builds the workflow.
   *
   * @return {@code Enrich Customer} (two branches) then {@code Done}
   */
  public static Workflow workflow() {
    Step profile = task("Load Profile")
        .call(DynamoDb.getItem("customers").key("id", AttributeValue.s(path("$.customerId"))))
        .resultSelector(field("profile", path("$.Item")))
        .end();
    Step score = task("Score Risk")
        .call(Lambda.invoke("risk-score").payload(field("customerId", path("$.customerId"))))
        .resultSelector(field("risk", path("$.Payload.score")))
        .end();
    Step enrich = parallel("Enrich Customer")
        .branch(profile)
        .branch(score)
        .resultSelector(field("profile", path("$[0].profile")), field("risk", path("$[1].risk")))
        .resultPath(path("$.enrichment"))
        .next(succeed("Done"));
    return startAt(enrich).build();
  }
}
