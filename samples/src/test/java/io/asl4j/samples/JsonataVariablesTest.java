package io.asl4j.samples;

import static io.asl4j.junit.WorkflowAssertions.assertThat;

import io.asl4j.junit.DynamoDbMock;
import io.asl4j.junit.LambdaMock;
import io.asl4j.junit.SnsMock;
import io.asl4j.junit.WorkflowRun;
import io.asl4j.junit.WorkflowRunner;
import io.asl4j.junit.WorkflowTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonataVariables} tested with asl4j-junit: DynamoDB's typed item read by JSONata, a
 * variable assigned in one state and read two states later.
 */
@WorkflowTest(source = JsonataVariables.class, minStates = 100, minTransitions = 100)
class JsonataVariablesTest {

  @Test
  void theCustomerAssignedFromTheItemIsNotified(WorkflowRunner runner) {
    WorkflowRun run = runner
        .given("Load Order", DynamoDbMock.item(Map.of("customer", "c-7", "lines", "2 x book"))
            .expectingInput("{\"TableName\": \"orders\", \"Key\": {\"id\": {\"S\": \"o-1\"}}}"))
        .given("Price Order", LambdaMock.returns(Map.of("total", 42)))
        .given("Notify Customer", SnsMock.published().expectingInput("""
            {"TopicArn": "arn:aws:sns:us-east-1:123456789012:customers",
             "Message": "Your order costs 42",
             "MessageAttributes": {"customer": {"DataType": "String", "StringValue": "c-7"}}}"""))
        .run(Map.of("orderId", "o-1"));
    assertThat(run).succeeded()
        .tookPath("Load Order", "Price Order", "Notify Customer")
        .invokedWithInput("Price Order",
            "{\"FunctionName\": \"price-order\", \"Payload\": {\"S\": \"2 x book\"}}");
  }

  @Test
  void aMissingTableFailsWithDynamoDbsError(WorkflowRunner runner) {
    WorkflowRun run = runner.given("Load Order", DynamoDbMock.tableNotFound())
        .run(Map.of("orderId", "o-1"));
    assertThat(run).failedWith("DynamoDB.ResourceNotFoundException").tookPath("Load Order");
  }
}
