package io.asl4j.samples;

import static io.asl4j.Asl.choice;
import static io.asl4j.Asl.fail;
import static io.asl4j.Asl.task;
import static io.asl4j.Asl.startAt;
import static io.asl4j.Conditions.stringEquals;
import static io.asl4j.Values.literal;
import static io.asl4j.Values.path;

import io.asl4j.Workflow;
import io.asl4j.dsl.Catch;
import io.asl4j.dsl.Step;
import io.asl4j.integrations.Glue;
import io.asl4j.integrations.Lambda;
import io.asl4j.integrations.Sns;
import io.asl4j.model.ArnFields;
import io.asl4j.model.Value;

/**
 * The article's third workflow: a Lambda function reads the configuration, a Choice picks one of
 * two Glue jobs, and both continue to the same fetch-and-notify tail, with failures notified.
 */
public final class ChoiceGlueAOrB {

  private static final String FUNCTION = "arn:aws:lambda:REGION:ACCOUNT_ID:function:FUNCTION_NAME";

  private ChoiceGlueAOrB() {}

  /**
   * Builds the workflow.
   *
   * @return the workflow
   */
  public static Workflow workflow() {
    // the article's topic is a placeholder, not an ARN: literal(..) keeps it (build() warns)
    return workflow(FUNCTION, "GLUE_JOB_A_NAME", "GLUE_JOB_B_NAME", literal("TOPIC_ARN"));
  }

  /**
   * Builds the workflow for given resources, e.g. the placeholders of the CDK app's typed
   * references to its own function, jobs and topic.
   *
   * @param function the Lambda function ARN
   * @param jobAName the first Glue job's name
   * @param jobBName the second Glue job's name
   * @param topic the SNS topic ARN, or a placeholder such as {@code ${Notifications}}
   * @return the workflow
   * @throws IllegalArgumentException if {@code topic} is not an ARN
   */
  public static Workflow workflow(String function, String jobAName, String jobBName,
      String topic) {
    return workflow(function, jobAName, jobBName, ArnFields.require("ChoiceGlueAOrB.workflow",
        "sns:publish's TopicArn", topic));
  }

  private static Workflow workflow(String function, String jobAName, String jobBName,
      Value topic) {
    Step failure = fail("Workflow Failure");
    Step notifyError = task("Notify Error Message")
        .call(Sns.publish(topic, path("$.error"))
            .subject("[ERROR]: Step Functions workflow failed"))
        .next(failure);
    Step notify = task("SNS Notify")
        .call(Sns.publish(topic, path("$.data.lambdaresult"))
            .subject("[SQL QUERY]: Here's your query result"))
        .end();
    Step fetchData = task("Fetch Data")
        .call(Lambda.function(function))
        .resultPath(path("$.data.lambdaresult"))
        .outputPath(path("$.data"))
        .next(notify);
    Step jobA = glueJob("Glue Job A", jobAName, notifyError, fetchData);
    Step jobB = glueJob("Glue Job B", jobBName, notifyError, fetchData);
    Step route = choice("Choice Glue")
        .when(stringEquals(path("$.configuration"), "Choice A"), jobA)
        .when(stringEquals(path("$.configuration"), "Choice B"), jobB)
        .otherwise(jobA);
    Step fetchConfig = task("Fetch Config")
        .call(Lambda.function(function))
        .resultPath(path("$.data.configuration"))
        .outputPath(path("$.data"))
        .next(route);
    return startAt(fetchConfig).build();
  }

  /** The two Glue jobs differ only in name: one fragment, used twice. */
  private static Step glueJob(String state, String jobName, Step onError, Step next) {
    return task(state)
        .call(Glue.startJobRun(jobName).sync())
        .catchAll(Catch.resultPath(path("$.error")), onError)
        .next(next);
  }
}
