package io.asl4j.samples;

import static io.asl4j.junit.WorkflowAssertions.assertThat;

import io.asl4j.junit.DynamoDbMock;
import io.asl4j.junit.LambdaMock;
import io.asl4j.junit.WorkflowRun;
import io.asl4j.junit.WorkflowRunner;
import io.asl4j.junit.WorkflowTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ParallelEnrichment} tested with asl4j-junit: both branches, and one that fails. */
@WorkflowTest(source = ParallelEnrichment.class, minStates = 100, minTransitions = 100)
class ParallelEnrichmentTest {

  @Test
  void bothBranchesRunAndTheirResultsAreKept(WorkflowRunner runner) {
    WorkflowRun run = runner
        .given("Load Profile", DynamoDbMock.item(Map.of("id", "c-1", "tier", "gold")))
        .given("Score Risk", LambdaMock.returns(Map.of("score", 12))
            .expectingInput("{\"FunctionName\": \"risk-score\", \"Payload\": {\"customerId\": "
                + "\"c-1\"}}"))
        .run(Map.of("customerId", "c-1"));
    assertThat(run).succeeded().entered("Load Profile", "Score Risk", "Done")
        .invokedTimes("Load Profile", 1).invokedTimes("Score Risk", 1)
        .hasStateTransitions(4);
  }

  @Test
  void aFailingBranchFailsTheParallelState(WorkflowRunner runner) {
    WorkflowRun run = runner
        .given("Load Profile", DynamoDbMock.item(Map.of("id", "c-1")))
        .given("Score Risk", LambdaMock.serviceException())
        .run(Map.of("customerId", "c-1"));
    assertThat(run).failedWith("Lambda.ServiceException").didNotEnter("Done");
  }
}
