package io.asl4j.samples;

import static io.asl4j.Asl.fail;
import static io.asl4j.Asl.task;
import static io.asl4j.Asl.startAt;
import static io.asl4j.Values.literal;
import static io.asl4j.Values.path;

import io.asl4j.Workflow;
import io.asl4j.dsl.Catch;
import io.asl4j.dsl.Step;
import io.asl4j.integrations.Glue;
import io.asl4j.integrations.Lambda;
import io.asl4j.integrations.Sns;
import io.asl4j.model.JsonString;

/**
 * The article's second workflow: the first one, plus a catch-all on the Glue job that notifies by
 * SNS and fails the execution.
 */
public final class CatchNotifyFail {

  /**
   * The article's topic: a placeholder to fill in, not an ARN, so {@code literal(..)} keeps it
   * ({@code Sns.publish("TOPIC_ARN", ..)} is refused, and {@code build()} warns NOT_AN_ARN).
   */
  private static final JsonString TOPIC = literal("TOPIC_ARN");

  private CatchNotifyFail() {}

  /**
   * Builds the workflow.
   *
   * @return the workflow, with {@code Run Glue Job} caught into {@code Notify Error Message}
   */
  public static Workflow workflow() {
    Step failure = fail("Workflow Failure");
    Step notifyError = task("Notify Error Message")
        .call(Sns.publish(TOPIC, path("$.error"))
            .subject("[ERROR]: Step Functions workflow failed"))
        .next(failure);
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
        .catchAll(Catch.resultPath(path("$.error")), notifyError)
        .next(fetch);
    return startAt(glue).build();
  }
}
