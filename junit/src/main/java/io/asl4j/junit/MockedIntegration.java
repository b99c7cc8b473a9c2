package io.asl4j.junit;

import io.asl4j.model.ActivityArn;
import io.asl4j.model.LambdaFunctionArn;
import io.asl4j.model.ResourceArn;
import java.util.Optional;

/**
 * The integrations that typed mocks stand for, one per typed integration of the DSL, and which
 * Task resources each answers: the facts behind the "wrong type of mock" check.
 */
public enum MockedIntegration {

  /** {@code lambda:invoke} and Lambda function ARNs ({@link LambdaMock}). */
  LAMBDA("Lambda", "LambdaMock", "lambda"),
  /** {@code glue:startJobRun} ({@link GlueMock}). */
  GLUE("Glue", "GlueMock", "glue"),
  /** {@code batch:submitJob} ({@link BatchMock}). */
  BATCH("Batch", "BatchMock", "batch"),
  /** {@code ecs:runTask} ({@link EcsMock}). */
  ECS("ECS", "EcsMock", "ecs"),
  /** {@code athena:*} ({@link AthenaMock}). */
  ATHENA("Athena", "AthenaMock", "athena"),
  /** {@code apigateway:invoke} ({@link ApiGatewayMock}). */
  API_GATEWAY("API Gateway", "ApiGatewayMock", "apigateway"),
  /** {@code dynamodb:getItem}, {@code putItem}, {@code updateItem}, {@code deleteItem}
   * ({@link DynamoDbMock}). */
  DYNAMODB("DynamoDB", "DynamoDbMock", "dynamodb"),
  /** {@code sns:publish} ({@link SnsMock}). */
  SNS("SNS", "SnsMock", "sns"),
  /** {@code sqs:sendMessage} ({@link SqsMock}). */
  SQS("SQS", "SqsMock", "sqs"),
  /** {@code states:startExecution} ({@link StepFunctionsMock}). */
  STEP_FUNCTIONS("Step Functions", "StepFunctionsMock", "states"),
  /** {@code events:putEvents} ({@link EventBridgeMock}). */
  EVENTBRIDGE("EventBridge", "EventBridgeMock", "events"),
  /** {@code http:invoke} ({@link HttpMock}). */
  HTTP("HTTP", "HttpMock", "http"),
  /** {@code aws-sdk:<service>:<action>} ({@link AwsSdkMock}). */
  AWS_SDK("AWS SDK", "AwsSdkMock", null),
  /** Activity ARNs ({@link ActivityMock}). */
  ACTIVITY("activities", "ActivityMock", null);

  private final String title;
  private final String mockClass;
  private final String service;

  MockedIntegration(String title, String mockClass, String service) {
    this.title = title;
    this.mockClass = mockClass;
    this.service = service;
  }

  /**
   * Returns the integration's name for people.
   *
   * @return e.g. {@code Glue}, {@code API Gateway}
   */
  public String title() {
    return title;
  }

  /**
   * Returns the simple name of the class whose mocks answer this integration.
   *
   * @return e.g. {@code GlueMock}
   */
  public String mockClass() {
    return mockClass;
  }

  /**
   * Finds the integration a Task's resource calls.
   *
   * <pre>{@code MockedIntegration.of("arn:aws:states:::glue:startJobRun.sync")   // GLUE
   * MockedIntegration.of("arn:aws:lambda:REGION:ACCOUNT_ID:function:F")       // LAMBDA}</pre>
   *
   * @param resource a Task's {@code Resource}
   * @return the integration, or empty for a resource no typed mock answers (another service, a
   *     placeholder)
   */
  public static Optional<MockedIntegration> of(String resource) {
    Optional<ResourceArn> arn = ResourceArn.parse(resource);
    if (arn.isPresent()) {
      if (arn.get().awsSdk()) {
        return Optional.of(AWS_SDK);
      }
      for (MockedIntegration i : values()) {
        if (arn.get().service().equals(i.service)) {
          return Optional.of(i);
        }
      }
      return Optional.empty();
    }
    if (LambdaFunctionArn.parse(resource).isPresent()) {
      return Optional.of(LAMBDA);
    }
    if (ActivityArn.parse(resource).isPresent()) {
      return Optional.of(ACTIVITY);
    }
    return Optional.empty();
  }

  /**
   * Describes a resource for messages: the integration and action it calls.
   *
   * @param resource a Task's {@code Resource}
   * @return e.g. {@code glue:startJobRun.sync}, {@code a Lambda function},
   *     {@code aws-sdk:s3:getObject}, {@code an activity}, or the resource itself
   */
  static String describe(String resource) {
    Optional<ResourceArn> arn = ResourceArn.parse(resource);
    if (arn.isPresent()) {
      ResourceArn a = arn.get();
      return (a.awsSdk() ? "aws-sdk:" : "") + a.service() + ":" + a.action()
          + a.pattern().suffix();
    }
    if (LambdaFunctionArn.parse(resource).isPresent()) {
      return "a Lambda function";
    }
    if (ActivityArn.parse(resource).isPresent()) {
      return "an activity";
    }
    return resource;
  }
}
