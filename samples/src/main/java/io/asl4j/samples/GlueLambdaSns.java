package io.asl4j.samples;

import static io.asl4j.Asl.ref;
import static io.asl4j.Asl.startAt;
import static io.asl4j.Asl.task;
import static io.asl4j.Values.literal;
import static io.asl4j.Values.path;

import io.asl4j.Workflow;
import io.asl4j.dsl.Step;
import io.asl4j.integrations.Glue;
import io.asl4j.integrations.Lambda;
import io.asl4j.integrations.Sns;
import io.asl4j.model.JsonString;

/**
 * The article's first workflow: run a Glue job, have a Lambda function fetch the query result,
 * and publish it to SNS.
 */
public final class GlueLambdaSns {

  /**
   * The article's topic: a placeholder to fill in, not an ARN, so {@code literal(..)} keeps it
   * ({@code Sns.publish("TOPIC_ARN", ..)} is refused, and {@code build()} warns NOT_AN_ARN).
   */
  private static final JsonString TOPIC = literal("TOPIC_ARN");

  private GlueLambdaSns() {}

  /**
   * Builds the workflow.
   *
   * @return {@code Run Glue Job -> Fetch Data -> SNS Notify}
   */
  public static Workflow workflow() {
    Step notify = task("SNS Notify")
        .call(Sns.publish(TOPIC, path("$.data.lambdaresult"))
            .subject("[SQL QUERY]: Here's your query result"))
        .end();
    Step fetch = task("Fetch Data")
        .call(Lambda.function("arn:aws:lambda:REGION:ACCOUNT_ID:function:FUNCTION_NAME"))
        .resultPath(path("$.data.lambdaresult"))
        .outputPath(path("$.data"))
        .next(notify);
    Step glue = task("Run Glue Job")
        .call(Glue.startJobRun("GLUE_JOB_NAME").sync())
        .next(fetch);
    return startAt(glue).build();
  }

  /**
   * Builds the same workflow written in reading order, the first state first: a forward
   * {@code ref("Fetch Data")} finds the state declared with {@code states(...)}.
   *
   * @return the same definition as {@link #workflow()}
   */
  public static Workflow workflowInReadingOrder() {
    Step glue = task("Run Glue Job")
        .call(Glue.startJobRun("GLUE_JOB_NAME").sync())
        .next(ref("Fetch Data"));
    Step fetch = task("Fetch Data")
        .call(Lambda.function("arn:aws:lambda:REGION:ACCOUNT_ID:function:FUNCTION_NAME"))
        .resultPath(path("$.data.lambdaresult"))
        .outputPath(path("$.data"))
        .next(ref("SNS Notify"));
    Step notify = task("SNS Notify")
        .call(Sns.publish(TOPIC, path("$.data.lambdaresult"))
            .subject("[SQL QUERY]: Here's your query result"))
        .end();
    return startAt(glue).states(fetch, notify).build();
  }
}
