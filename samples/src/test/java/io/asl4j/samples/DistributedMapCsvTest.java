package io.asl4j.samples;

import static io.asl4j.junit.WorkflowAssertions.assertThat;

import io.asl4j.junit.LambdaMock;
import io.asl4j.junit.WorkflowRun;
import io.asl4j.junit.WorkflowRunner;
import io.asl4j.junit.WorkflowTest;
import io.asl4j.local.ExecutionOptions;
import io.asl4j.local.S3Objects;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link DistributedMapCsv} tested with asl4j-junit: rows read from a mocked S3 object, in batches of
 * 100, one child execution each.
 */
@WorkflowTest(source = DistributedMapCsv.class, minStates = 100, minTransitions = 100)
class DistributedMapCsvTest {

  @Test
  void everyRowOfTheCsvIsHandled(WorkflowRunner runner) {
    WorkflowRun run = runner
        .withOptions(ExecutionOptions.defaults().withS3(S3Objects.empty()
            .with("uploads", "input/rows.csv", "id,amount\n1,9.50\n2,12.00\n3,0.99\n")))
        .given("Handle Batch", LambdaMock.returns(Map.of("ok", true)))
        .run(Map.of("bucket", "uploads"));
    // the rows go in batches of 100: three rows, one child execution, one invocation
    assertThat(run).succeeded().invokedTimes("Handle Batch", 1)
        .invokedWithInput("Handle Batch", """
            {"FunctionName": "handle-rows", "Payload": {"BatchInput": {"runId": "local"},
             "Items": [{"id": "1", "amount": "9.50"}, {"id": "2", "amount": "12.00"},
                       {"id": "3", "amount": "0.99"}]}}""");
  }
}
