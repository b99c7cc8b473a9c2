package io.asl4j.junit;

import static io.asl4j.junit.AwsShapes.object;

import io.asl4j.local.TaskResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mocks of Amazon DynamoDB tasks: {@code dynamodb:getItem}, {@code putItem}, {@code updateItem}
 * and {@code deleteItem}.
 *
 * <p>Shapes, after <a href="https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html">
 * Perform DynamoDB CRUD operations with Step Functions</a>, DynamoDB's
 * <a href="https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeValue.html">AttributeValue</a>
 * and AWS's recorded responses (../shared/conformance):
 * <ul>
 *   <li>{@code getItem}: {@code {"Item": {"id": {"S": "1"}, "n": {"N": "3"}}}} with the SDK
 *       metadata; no {@code Item} at all when no item has the key;
 *   <li>{@code putItem}, {@code updateItem}, {@code deleteItem}: the SDK metadata, and
 *       {@code Attributes} (typed) when {@code ReturnValues} asks for them;
 *   <li>attribute values typed as DynamoDB types them: a string {@code {"S": ..}}, a number
 *       {@code {"N": "<text>"}}, a boolean {@code {"BOOL": ..}}, {@code null} {@code {"NULL":
 *       true}}, a map {@code {"M": ..}}, a list {@code {"L": ..}};
 *   <li>service errors: {@code DynamoDB.ConditionalCheckFailedException},
 *       {@code DynamoDB.ResourceNotFoundException} (no such table),
 *       {@code DynamoDB.ProvisionedThroughputExceededException},
 *       {@code DynamoDB.AmazonDynamoDBException} (a validation error) and any other
 *       {@code DynamoDB.<exception>}. (SDK integrations, {@code aws-sdk:dynamodb:*}, spell the
 *       prefix {@code DynamoDb}: see {@link AwsSdkMock}.)
 * </ul>
 */
public final class DynamoDbMock {

  private static final String JSON = "application/x-amz-json-1.0";

  private DynamoDbMock() {}

  /**
   * {@code getItem} finds an item.
   *
   * <pre>{@code DynamoDbMock.item(Map.of("id", "1", "qty", 3))
   * // {"Item": {"id": {"S": "1"}, "qty": {"N": "3"}}, "SdkHttpMetadata": ..., ...}}</pre>
   *
   * @param attributes the item's attributes as plain JSON values; typed here
   * @return the mock
   */
  public static TaskMock item(Map<String, ?> attributes) {
    Map<String, Object> typed = attributes(attributes);
    return TaskMock.of(MockedIntegration.DYNAMODB, "DynamoDbMock.item(..)",
        c -> TaskResult.success(AwsShapes.withMetadata(object("Item", AwsShapes.json(typed)), c,
            JSON))).onlyActions("getItem");
  }

  /**
   * {@code getItem} finds no item with the key: the response has no {@code Item}.
   *
   * @return the mock
   */
  public static TaskMock noItem() {
    return TaskMock.of(MockedIntegration.DYNAMODB, "DynamoDbMock.noItem()",
        c -> TaskResult.success(AwsShapes.withMetadata(object(), c, JSON)))
        .onlyActions("getItem");
  }

  /**
   * {@code putItem}, {@code updateItem} or {@code deleteItem} succeeds, returning no attributes.
   *
   * @return the mock
   */
  public static TaskMock written() {
    return TaskMock.of(MockedIntegration.DYNAMODB, "DynamoDbMock.written()",
        c -> TaskResult.success(AwsShapes.withMetadata(object(), c, JSON)))
        .onlyActions("putItem", "updateItem", "deleteItem");
  }

  /**
   * {@code putItem}, {@code updateItem} or {@code deleteItem} succeeds and returns attributes
   * ({@code ReturnValues}).
   *
   * @param attributes the attributes as plain JSON values; typed here
   * @return the mock
   */
  public static TaskMock writtenReturning(Map<String, ?> attributes) {
    Map<String, Object> typed = attributes(attributes);
    return TaskMock.of(MockedIntegration.DYNAMODB, "DynamoDbMock.writtenReturning(..)",
        c -> TaskResult.success(AwsShapes.withMetadata(object("Attributes",
            AwsShapes.json(typed)), c, JSON)))
        .onlyActions("putItem", "updateItem", "deleteItem");
  }

  /**
   * A {@code ConditionExpression} was false: {@code DynamoDB.ConditionalCheckFailedException}.
   *
   * @return the mock
   */
  public static TaskMock conditionalCheckFailed() {
    return fails("ConditionalCheckFailedException", "The conditional request failed");
  }

  /**
   * The table does not exist: {@code DynamoDB.ResourceNotFoundException}.
   *
   * @return the mock
   */
  public static TaskMock tableNotFound() {
    return fails("ResourceNotFoundException", "Requested resource not found");
  }

  /**
   * The table's throughput is exhausted: {@code DynamoDB.ProvisionedThroughputExceededException}.
   *
   * @return the mock
   */
  public static TaskMock throughputExceeded() {
    return fails("ProvisionedThroughputExceededException", "The level of configured provisioned "
        + "throughput for the table was exceeded. Consider increasing your provisioning level "
        + "with the UpdateTable API.");
  }

  /**
   * Fails with any DynamoDB exception: {@code DynamoDB.<exception>}.
   *
   * @param exception e.g. {@code TransactionConflictException}
   * @param message its message
   * @return the mock
   */
  public static TaskMock fails(String exception, String message) {
    return TaskMock.of(MockedIntegration.DYNAMODB, "DynamoDbMock.fails(\"" + exception + "\", ..)",
        c -> AwsShapes.serviceError("DynamoDB", exception, "AmazonDynamoDBv2", 400, exception,
            message));
  }

  /**
   * Types plain JSON values as DynamoDB attribute values.
   *
   * <pre>{@code DynamoDbMock.attributes(Map.of("n", 3, "tags", List.of("a")))
   * // {"n": {"N": "3"}, "tags": {"L": [{"S": "a"}]}}}</pre>
   *
   * @param attributes attribute names to plain values (maps, lists, strings, numbers, booleans,
   *     {@code null})
   * @return attribute names to typed values
   */
  public static Map<String, Object> attributes(Map<String, ?> attributes) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : attributes.entrySet()) {
      out.put(e.getKey(), typed(e.getValue()));
    }
    return out;
  }

  private static Object typed(Object v) {
    if (v == null) {
      return object("NULL", true);
    } else if (v instanceof String s) {
      return object("S", s);
    } else if (v instanceof Boolean b) {
      return object("BOOL", b);
    } else if (v instanceof Number n) {
      return object("N", n instanceof BigDecimal d ? d.toPlainString() : n.toString());
    } else if (v instanceof Map<?, ?> m) {
      Map<String, Object> inner = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        inner.put(String.valueOf(e.getKey()), typed(e.getValue()));
      }
      return object("M", inner);
    } else if (v instanceof List<?> l) {
      List<Object> inner = new ArrayList<>();
      for (Object o : l) {
        inner.add(typed(o));
      }
      return object("L", inner);
    }
    throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
  }
}
