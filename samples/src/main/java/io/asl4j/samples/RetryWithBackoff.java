package io.asl4j.samples;

import static io.asl4j.Asl.fail;
import static io.asl4j.Asl.startAt;
import static io.asl4j.Asl.task;
import static io.asl4j.Values.field;
import static io.asl4j.Values.path;

import io.asl4j.Workflow;
import io.asl4j.dsl.Catch;
import io.asl4j.dsl.Errors;
import io.asl4j.dsl.Retry;
import io.asl4j.dsl.Step;
import io.asl4j.integrations.Http;
import io.asl4j.model.JitterStrategy;

/**
 * Retry with exponential backoff, a cap and full jitter for throttling; a shorter policy for
 * anything else; and a catch-all once retries run out.
 */
public final class RetryWithBackoff {

  private RetryWithBackoff() {}

  /**
   * Builds the workflow.
   *
   * @return {@code Call Partner API}, retried, caught into {@code Partner Unavailable}
   */
  public static Workflow workflow() {
    Step unavailable = fail("Partner Unavailable").error("PartnerDown")
        .cause("the partner API kept failing after retries");
    Step call = task("Call Partner API")
        .call(Http.invoke("https://partner.example.com/v2/orders", "POST",
            Http.connection("arn:aws:events:us-east-1:123456789012:connection/partner/abc"))
            .requestBody(path("$.order")))
        .retry(Retry.policy().intervalSeconds(2).maxAttempts(8).backoffRate(2)
            .maxDelaySeconds(60).jitter(JitterStrategy.FULL).comment("throttling"),
            Errors.HTTP_SOCKET, "States.Http.StatusCode.429")
        .retryAll(Retry.policy().intervalSeconds(1).maxAttempts(2))
        .catchAll(Catch.resultPath(path("$.error")), unavailable)
        .resultSelector(field("status", path("$.StatusCode")), field("body", path("$.ResponseBody")))
        .end();
    return startAt(call).build();
  }
}
