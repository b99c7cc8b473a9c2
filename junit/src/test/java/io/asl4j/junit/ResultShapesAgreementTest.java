package io.asl4j.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.asl4j.json.JsonValues;
import io.asl4j.model.JsonShape;
import io.asl4j.model.ResultShapes;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The typed mocks and the validator's data-flow analysis agree on what each integration returns:
 * every result a typed mock gives fits the shape {@link ResultShapes} (the model's one home for
 * it) gives for the task's resource.
 */
class ResultShapesAgreementTest {

  private static final String S = "arn:aws:states:::";

  static Stream<Arguments> results() {
    return Stream.of(
        Arguments.of(S + "lambda:invoke", "{\"FunctionName\": \"f\", \"Payload\": {}}",
            LambdaMock.returns(Map.of("rows", 3))),
        Arguments.of(S + "glue:startJobRun", "{\"JobName\": \"j\"}", GlueMock.jobRunSucceeds()),
        Arguments.of(S + "glue:startJobRun.sync", "{\"JobName\": \"j\"}",
            GlueMock.jobRunSucceeds()),
        Arguments.of(S + "batch:submitJob", BATCH, BatchMock.jobSucceeds()),
        Arguments.of(S + "batch:submitJob.sync", BATCH, BatchMock.jobSucceeds()),
        Arguments.of(S + "ecs:runTask", ECS, EcsMock.taskSucceeds()),
        Arguments.of(S + "ecs:runTask.sync", ECS, EcsMock.taskSucceeds()),
        Arguments.of(S + "athena:startQueryExecution", ATHENA, AthenaMock.querySucceeds()),
        Arguments.of(S + "athena:startQueryExecution.sync", ATHENA, AthenaMock.querySucceeds()),
        Arguments.of(S + "athena:getQueryExecution", "{\"QueryExecutionId\": \"q\"}",
            AthenaMock.querySucceeds()),
        Arguments.of(S + "athena:getQueryResults", "{\"QueryExecutionId\": \"q\"}",
            AthenaMock.results(List.of("id"), List.of(List.of("1")))),
        Arguments.of(S + "apigateway:invoke", "{\"ApiEndpoint\": \"x.execute-api.us-east-1."
            + "amazonaws.com\", \"Method\": \"GET\"}", ApiGatewayMock.responds(Map.of("ok", true))),
        Arguments.of(S + "dynamodb:getItem", DDB, DynamoDbMock.item(Map.of("id", "1", "n", 2))),
        Arguments.of(S + "dynamodb:getItem", DDB, DynamoDbMock.noItem()),
        Arguments.of(S + "dynamodb:putItem", DDB, DynamoDbMock.written()),
        Arguments.of(S + "dynamodb:updateItem", DDB, DynamoDbMock.written()),
        Arguments.of(S + "dynamodb:deleteItem", DDB, DynamoDbMock.written()),
        Arguments.of(S + "sns:publish", "{\"TopicArn\": \"t\", \"Message\": \"m\"}",
            SnsMock.published()),
        Arguments.of(S + "sqs:sendMessage", "{\"QueueUrl\": \"q\", \"MessageBody\": \"m\"}",
            SqsMock.sent()),
        Arguments.of(S + "states:startExecution", SFN, StepFunctionsMock.succeeds(Map.of())),
        Arguments.of(S + "states:startExecution.sync", SFN,
            StepFunctionsMock.succeeds(Map.of("a", 1))),
        Arguments.of(S + "states:startExecution.sync:2", SFN,
            StepFunctionsMock.succeeds(Map.of("a", 1))),
        Arguments.of(S + "events:putEvents", "{\"Entries\": [{\"Detail\": {}, \"DetailType\": "
            + "\"d\", \"Source\": \"s\"}]}", EventBridgeMock.eventsPut()),
        Arguments.of(S + "http:invoke", "{\"ApiEndpoint\": \"https://example.com\", \"Method\": "
            + "\"GET\"}", HttpMock.responds(Map.of("ok", true))));
  }

  private static final String BATCH = "{\"JobName\": \"j\", \"JobQueue\": \"q\", "
      + "\"JobDefinition\": \"d\"}";
  private static final String ECS = "{\"Cluster\": \"c\", \"TaskDefinition\": \"t\"}";
  private static final String ATHENA = "{\"QueryString\": \"SELECT 1\"}";
  private static final String DDB = "{\"TableName\": \"t\", \"Key\": {\"id\": {\"S\": \"1\"}}}";
  private static final String SFN = "{\"StateMachineArn\": \"arn:aws:states:us-east-1:"
      + "123456789012:stateMachine:child\"}";

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("results")
  void theMocksResultFitsTheModelsResultShape(String resource, String parameters,
      TaskMock mock) {
    JsonShape shape = ResultShapes.of(resource);
    assertThat(shape).as("ResultShapes knows " + resource).isNotEqualTo(JsonShape.ANY);
    String result = Tasks.json(resource, parameters, mock);
    assertThat(shape.accepts(JsonValues.parseLiteral(result)))
        .as(mock + " on " + resource + " gave " + result + ", which does not fit " + shape)
        .isTrue();
  }
}
