package io.asl4j.samples;

import static io.asl4j.junit.WorkflowAssertions.assertThat;

import io.asl4j.junit.HttpMock;
import io.asl4j.junit.WorkflowRun;
import io.asl4j.junit.WorkflowRunner;
import io.asl4j.junit.WorkflowTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link RetryWithBackoff} tested with asl4j-junit: both Retry policies used, and the Catch once
 * they give up; every state, transition and Retry policy exercised.
 */
@WorkflowTest(source = RetryWithBackoff.class, minStates = 100, minTransitions = 100,
    minRetries = 100)
class RetryWithBackoffTest {

  private static final Map<String, Object> ORDER = Map.of("order", Map.of("id", "o-1"));

  @Test
  void throttlingIsRetriedUntilThePartnerAnswers(WorkflowRunner runner) {
    WorkflowRun run = runner
        .given("Call Partner API", HttpMock.responds(429, "slow down"),
            HttpMock.responds(429, "slow down"), HttpMock.responds(Map.of("accepted", true)))
        .run(ORDER);
    assertThat(run).succeeded().tookPath("Call Partner API").retried("Call Partner API", 2)
        .invokedTimes("Call Partner API", 3)
        // one state entered, two retries: AWS bills three state transitions
        .hasStateTransitions(1).hasBilledTransitions(3);
  }

  @Test
  void aPartnerThatKeepsFailingIsCaughtAfterTheRetries(WorkflowRunner runner) {
    WorkflowRun run = runner
        .given("Call Partner API", HttpMock.responds(500, "down"))
        .run(ORDER);
    assertThat(run).failedWith("PartnerDown", "the partner API kept failing after retries")
        .tookPath("Call Partner API", "Partner Unavailable")
        .invokedTimes("Call Partner API", 3);
  }
}
