package io.asl4j.samples;

import static io.asl4j.junit.WorkflowAssertions.assertThat;

import io.asl4j.junit.TaskMock;
import io.asl4j.junit.WorkflowRun;
import io.asl4j.junit.WorkflowRunner;
import io.asl4j.junit.WorkflowTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link CallbackApproval} tested with asl4j-junit: the callback approves or rejects, or no
 * heartbeat comes.
 */
@WorkflowTest(source = CallbackApproval.class, minStates = 100, minTransitions = 100)
class CallbackApprovalTest {

  @Test
  void anApprovalGoesAhead(WorkflowRunner runner) {
    WorkflowRun run = runner
        .given("Request Approval", TaskMock.returning(Map.of("approved", true)))
        .run(Map.of("amount", 1200));
    assertThat(run).succeeded().tookPath("Request Approval", "Approved?", "Go Ahead");
  }

  @Test
  void aRejectionFails(WorkflowRunner runner) {
    WorkflowRun run = runner
        .given("Request Approval", TaskMock.returning(Map.of("approved", false)))
        .run(Map.of("amount", 1200));
    assertThat(run).failedWith("ApprovalRejected")
        .tookPath("Request Approval", "Approved?", "Rejected");
  }

  @Test
  void aWorkerThatStopsSendingHeartbeatsTimesTheTaskOut(WorkflowRunner runner) {
    WorkflowRun run = runner
        .given("Request Approval", TaskMock.heartbeatTimesOut())
        .run(Map.of("amount", 1200));
    assertThat(run).failedWith("States.HeartbeatTimeout").tookPath("Request Approval");
  }
}
