package io.asl4j.samples;

import static io.asl4j.Asl.choice;
import static io.asl4j.Asl.fail;
import static io.asl4j.Asl.startAt;
import static io.asl4j.Asl.succeed;
import static io.asl4j.Asl.task;
import static io.asl4j.Conditions.booleanEquals;
import static io.asl4j.Values.context;
import static io.asl4j.Values.field;
import static io.asl4j.Values.object;
import static io.asl4j.Values.path;

import io.asl4j.Workflow;
import io.asl4j.dsl.Step;
import io.asl4j.integrations.Sqs;

/**
 * A callback: the task sends its token to a queue and waits, up to a day with a heartbeat every
 * hour, until an approver calls {@code SendTaskSuccess} with the decision.
 */
public final class CallbackApproval {

  private CallbackApproval() {}

  /**
   * Builds the workflow.
   *
   * @return {@code Request Approval} (waitForTaskToken) then {@code Approved?}
   */
  public static Workflow workflow() {
    Step decide = choice("Approved?")
        .when(booleanEquals(path("$.approval.approved"), true), succeed("Go Ahead"))
        .otherwise(fail("Rejected").error("ApprovalRejected"));
    Step request = task("Request Approval")
        .call(Sqs.sendMessage("https://sqs.us-east-1.amazonaws.com/123456789012/approvals",
            object(field("token", context("Task.Token")), field("request", path("$"))))
            .waitForTaskToken())
        .timeoutSeconds(86_400)
        .heartbeatSeconds(3_600)
        .resultPath(path("$.approval"))
        .next(decide);
    return startAt(request).build();
  }
}
