package io.asl4j.integrations;

import io.asl4j.model.Field;
import io.asl4j.model.JsonBoolean;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonString;
import io.asl4j.model.Value;
import java.util.Map;

/**
 * Amazon DynamoDB item operations (values use DynamoDB attribute-value JSON, e.g. {@code {"S": "..."}}).
 *
 * <p>Each method names the parameter it writes.
 */
public final class DynamoDb {

  private DynamoDb() {}

  /**
   * Reads an item. Resource {@code arn:aws:states:::dynamodb:getItem}.
   *
   * @param tableName the table
   * @param key the key attributes
   * @return the integration
   */
  public static GetItem getItem(String tableName, Value key) {
    return new GetItem().with("TableName", JsonString.plainText(tableName)).with("Key", key);
  }

  /**
   * Reads an item. Resource {@code arn:aws:states:::dynamodb:getItem}.
   *
   * @param tableName the table
   * @param key the key attributes
   * @return the integration
   */
  public static GetItem getItem(Value tableName, Value key) {
    return new GetItem().with("TableName", tableName).with("Key", key);
  }

  /**
   * Writes an item. Resource {@code arn:aws:states:::dynamodb:putItem}.
   *
   * @param tableName the table
   * @param item the attributes
   * @return the integration
   */
  public static PutItem putItem(String tableName, Value item) {
    return new PutItem().with("TableName", JsonString.plainText(tableName)).with("Item", item);
  }

  /**
   * Writes an item. Resource {@code arn:aws:states:::dynamodb:putItem}.
   *
   * @param tableName the table
   * @param item the attributes
   * @return the integration
   */
  public static PutItem putItem(Value tableName, Value item) {
    return new PutItem().with("TableName", tableName).with("Item", item);
  }

  /**
   * Updates an item. Resource {@code arn:aws:states:::dynamodb:updateItem}.
   *
   * @param tableName the table
   * @param key the key attributes
   * @return the integration
   */
  public static UpdateItem updateItem(String tableName, Value key) {
    return new UpdateItem().with("TableName", JsonString.plainText(tableName)).with("Key", key);
  }

  /**
   * Updates an item. Resource {@code arn:aws:states:::dynamodb:updateItem}.
   *
   * @param tableName the table
   * @param key the key attributes
   * @return the integration
   */
  public static UpdateItem updateItem(Value tableName, Value key) {
    return new UpdateItem().with("TableName", tableName).with("Key", key);
  }

  /**
   * Deletes an item. Resource {@code arn:aws:states:::dynamodb:deleteItem}.
   *
   * @param tableName the table
   * @param key the key attributes
   * @return the integration
   */
  public static DeleteItem deleteItem(String tableName, Value key) {
    return new DeleteItem().with("TableName", JsonString.plainText(tableName)).with("Key", key);
  }

  /**
   * Deletes an item. Resource {@code arn:aws:states:::dynamodb:deleteItem}.
   *
   * @param tableName the table
   * @param key the key attributes
   * @return the integration
   */
  public static DeleteItem deleteItem(Value tableName, Value key) {
    return new DeleteItem().with("TableName", tableName).with("Key", key);
  }

  /** Reads an item. */
  public static final class GetItem extends ServiceIntegration<GetItem> {

    private GetItem() {
      super("dynamodb", "getItem");
    }

    private GetItem(String suffix, String partition, boolean arguments, Map<String, Value> payload) {
      super("dynamodb", "getItem", suffix, partition, arguments, payload);
    }

    @Override
    GetItem copy(String suffix, String partition, boolean arguments, Map<String, Value> payload) {
      return new GetItem(suffix, partition, arguments, payload);
    }

    /**
     * Sets {@code "ConsistentRead"}: strongly consistent read.
     *
     * @param value the value
     * @return the integration with it
     */
    public GetItem consistentRead(boolean value) {
      return with("ConsistentRead", JsonBoolean.of(value));
    }

    /**
     * Sets {@code "ConsistentRead"}: strongly consistent read.
     *
     * @param value the value
     * @return the integration with it
     */
    public GetItem consistentRead(Value value) {
      return with("ConsistentRead", value);
    }

    /**
     * Sets {@code "ProjectionExpression"}: the attributes to return.
     *
     * @param value the value
     * @return the integration with it
     */
    public GetItem projectionExpression(String value) {
      return with("ProjectionExpression", JsonString.plainText(value));
    }

    /**
     * Sets {@code "ProjectionExpression"}: the attributes to return.
     *
     * @param value the value
     * @return the integration with it
     */
    public GetItem projectionExpression(Value value) {
      return with("ProjectionExpression", value);
    }

    /**
     * Sets {@code "ExpressionAttributeNames"}: name placeholders.
     *
     * @param value the value
     * @return the integration with it
     */
    public GetItem expressionAttributeNames(Value value) {
      return with("ExpressionAttributeNames", value);
    }

    /**
     * Sets {@code "ExpressionAttributeNames"}: name placeholders.
     *
     * @param fields the value
     * @return the integration with it
     */
    public GetItem expressionAttributeNames(Field... fields) {
      return with("ExpressionAttributeNames", JsonObject.of(fields));
    }

    /**
     * Sets {@code "ReturnConsumedCapacity"}: {@code TOTAL}, {@code INDEXES} or {@code NONE}.
     *
     * @param value the value
     * @return the integration with it
     */
    public GetItem returnConsumedCapacity(String value) {
      return with("ReturnConsumedCapacity", JsonString.plainText(value));
    }

    /**
     * Sets {@code "ReturnConsumedCapacity"}: {@code TOTAL}, {@code INDEXES} or {@code NONE}.
     *
     * @param value the value
     * @return the integration with it
     */
    public GetItem returnConsumedCapacity(Value value) {
      return with("ReturnConsumedCapacity", value);
    }
  }

  /** Writes an item. */
  public static final class PutItem extends ServiceIntegration<PutItem> {

    private PutItem() {
      super("dynamodb", "putItem");
    }

    private PutItem(String suffix, String partition, boolean arguments, Map<String, Value> payload) {
      super("dynamodb", "putItem", suffix, partition, arguments, payload);
    }

    @Override
    PutItem copy(String suffix, String partition, boolean arguments, Map<String, Value> payload) {
      return new PutItem(suffix, partition, arguments, payload);
    }

    /**
     * Sets {@code "ConditionExpression"}: a condition.
     *
     * @param value the value
     * @return the integration with it
     */
    public PutItem conditionExpression(String value) {
      return with("ConditionExpression", JsonString.plainText(value));
    }

    /**
     * Sets {@code "ConditionExpression"}: a condition.
     *
     * @param value the value
     * @return the integration with it
     */
    public PutItem conditionExpression(Value value) {
      return with("ConditionExpression", value);
    }

    /**
     * Sets {@code "ExpressionAttributeNames"}: name placeholders.
     *
     * @param value the value
     * @return the integration with it
     */
    public PutItem expressionAttributeNames(Value value) {
      return with("ExpressionAttributeNames", value);
    }

    /**
     * Sets {@code "ExpressionAttributeNames"}: name placeholders.
     *
     * @param fields the value
     * @return the integration with it
     */
    public PutItem expressionAttributeNames(Field... fields) {
      return with("ExpressionAttributeNames", JsonObject.of(fields));
    }

    /**
     * Sets {@code "ExpressionAttributeValues"}: value placeholders.
     *
     * @param value the value
     * @return the integration with it
     */
    public PutItem expressionAttributeValues(Value value) {
      return with("ExpressionAttributeValues", value);
    }

    /**
     * Sets {@code "ExpressionAttributeValues"}: value placeholders.
     *
     * @param fields the value
     * @return the integration with it
     */
    public PutItem expressionAttributeValues(Field... fields) {
      return with("ExpressionAttributeValues", JsonObject.of(fields));
    }

    /**
     * Sets {@code "ReturnValues"}: {@code NONE} or {@code ALL_OLD}.
     *
     * @param value the value
     * @return the integration with it
     */
    public PutItem returnValues(String value) {
      return with("ReturnValues", JsonString.plainText(value));
    }

    /**
     * Sets {@code "ReturnValues"}: {@code NONE} or {@code ALL_OLD}.
     *
     * @param value the value
     * @return the integration with it
     */
    public PutItem returnValues(Value value) {
      return with("ReturnValues", value);
    }

    /**
     * Sets {@code "ReturnConsumedCapacity"}: {@code TOTAL}, {@code INDEXES} or {@code NONE}.
     *
     * @param value the value
     * @return the integration with it
     */
    public PutItem returnConsumedCapacity(String value) {
      return with("ReturnConsumedCapacity", JsonString.plainText(value));
    }

    /**
     * Sets {@code "ReturnConsumedCapacity"}: {@code TOTAL}, {@code INDEXES} or {@code NONE}.
     *
     * @param value the value
     * @return the integration with it
     */
    public PutItem returnConsumedCapacity(Value value) {
      return with("ReturnConsumedCapacity", value);
    }

    /**
     * Sets {@code "ReturnItemCollectionMetrics"}: {@code SIZE} or {@code NONE}.
     *
     * @param value the value
     * @return the integration with it
     */
    public PutItem returnItemCollectionMetrics(String value) {
      return with("ReturnItemCollectionMetrics", JsonString.plainText(value));
    }

    /**
     * Sets {@code "ReturnItemCollectionMetrics"}: {@code SIZE} or {@code NONE}.
     *
     * @param value the value
     * @return the integration with it
     */
    public PutItem returnItemCollectionMetrics(Value value) {
      return with("ReturnItemCollectionMetrics", value);
    }
  }

  /** Updates an item. */
  public static final class UpdateItem extends ServiceIntegration<UpdateItem> {

    private UpdateItem() {
      super("dynamodb", "updateItem");
    }

    private UpdateItem(String suffix, String partition, boolean arguments, Map<String, Value> payload) {
      super("dynamodb", "updateItem", suffix, partition, arguments, payload);
    }

    @Override
    UpdateItem copy(String suffix, String partition, boolean arguments, Map<String, Value> payload) {
      return new UpdateItem(suffix, partition, arguments, payload);
    }

    /**
     * Sets {@code "UpdateExpression"}: the update.
     *
     * @param value the value
     * @return the integration with it
     */
    public UpdateItem updateExpression(String value) {
      return with("UpdateExpression", JsonString.plainText(value));
    }

    /**
     * Sets {@code "UpdateExpression"}: the update.
     *
     * @param value the value
     * @return the integration with it
     */
    public UpdateItem updateExpression(Value value) {
      return with("UpdateExpression", value);
    }

    /**
     * Sets {@code "ConditionExpression"}: a condition.
     *
     * @param value the value
     * @return the integration with it
     */
    public UpdateItem conditionExpression(String value) {
      return with("ConditionExpression", JsonString.plainText(value));
    }

    /**
     * Sets {@code "ConditionExpression"}: a condition.
     *
     * @param value the value
     * @return the integration with it
     */
    public UpdateItem conditionExpression(Value value) {
      return with("ConditionExpression", value);
    }

    /**
     * Sets {@code "ExpressionAttributeNames"}: name placeholders.
     *
     * @param value the value
     * @return the integration with it
     */
    public UpdateItem expressionAttributeNames(Value value) {
      return with("ExpressionAttributeNames", value);
    }

    /**
     * Sets {@code "ExpressionAttributeNames"}: name placeholders.
     *
     * @param fields the value
     * @return the integration with it
     */
    public UpdateItem expressionAttributeNames(Field... fields) {
      return with("ExpressionAttributeNames", JsonObject.of(fields));
    }

    /**
     * Sets {@code "ExpressionAttributeValues"}: value placeholders.
     *
     * @param value the value
     * @return the integration with it
     */
    public UpdateItem expressionAttributeValues(Value value) {
      return with("ExpressionAttributeValues", value);
    }

    /**
     * Sets {@code "ExpressionAttributeValues"}: value placeholders.
     *
     * @param fields the value
     * @return the integration with it
     */
    public UpdateItem expressionAttributeValues(Field... fields) {
      return with("ExpressionAttributeValues", JsonObject.of(fields));
    }

    /**
     * Sets {@code "ReturnValues"}: {@code NONE}, {@code ALL_OLD}, {@code UPDATED_NEW}, ....
     *
     * @param value the value
     * @return the integration with it
     */
    public UpdateItem returnValues(String value) {
      return with("ReturnValues", JsonString.plainText(value));
    }

    /**
     * Sets {@code "ReturnValues"}: {@code NONE}, {@code ALL_OLD}, {@code UPDATED_NEW}, ....
     *
     * @param value the value
     * @return the integration with it
     */
    public UpdateItem returnValues(Value value) {
      return with("ReturnValues", value);
    }

    /**
     * Sets {@code "ReturnConsumedCapacity"}: {@code TOTAL}, {@code INDEXES} or {@code NONE}.
     *
     * @param value the value
     * @return the integration with it
     */
    public UpdateItem returnConsumedCapacity(String value) {
      return with("ReturnConsumedCapacity", JsonString.plainText(value));
    }

    /**
     * Sets {@code "ReturnConsumedCapacity"}: {@code TOTAL}, {@code INDEXES} or {@code NONE}.
     *
     * @param value the value
     * @return the integration with it
     */
    public UpdateItem returnConsumedCapacity(Value value) {
      return with("ReturnConsumedCapacity", value);
    }

    /**
     * Sets {@code "ReturnItemCollectionMetrics"}: {@code SIZE} or {@code NONE}.
     *
     * @param value the value
     * @return the integration with it
     */
    public UpdateItem returnItemCollectionMetrics(String value) {
      return with("ReturnItemCollectionMetrics", JsonString.plainText(value));
    }

    /**
     * Sets {@code "ReturnItemCollectionMetrics"}: {@code SIZE} or {@code NONE}.
     *
     * @param value the value
     * @return the integration with it
     */
    public UpdateItem returnItemCollectionMetrics(Value value) {
      return with("ReturnItemCollectionMetrics", value);
    }
  }

  /** Deletes an item. */
  public static final class DeleteItem extends ServiceIntegration<DeleteItem> {

    private DeleteItem() {
      super("dynamodb", "deleteItem");
    }

    private DeleteItem(String suffix, String partition, boolean arguments, Map<String, Value> payload) {
      super("dynamodb", "deleteItem", suffix, partition, arguments, payload);
    }

    @Override
    DeleteItem copy(String suffix, String partition, boolean arguments, Map<String, Value> payload) {
      return new DeleteItem(suffix, partition, arguments, payload);
    }

    /**
     * Sets {@code "ConditionExpression"}: a condition.
     *
     * @param value the value
     * @return the integration with it
     */
    public DeleteItem conditionExpression(String value) {
      return with("ConditionExpression", JsonString.plainText(value));
    }

    /**
     * Sets {@code "ConditionExpression"}: a condition.
     *
     * @param value the value
     * @return the integration with it
     */
    public DeleteItem conditionExpression(Value value) {
      return with("ConditionExpression", value);
    }

    /**
     * Sets {@code "ExpressionAttributeNames"}: name placeholders.
     *
     * @param value the value
     * @return the integration with it
     */
    public DeleteItem expressionAttributeNames(Value value) {
      return with("ExpressionAttributeNames", value);
    }

    /**
     * Sets {@code "ExpressionAttributeNames"}: name placeholders.
     *
     * @param fields the value
     * @return the integration with it
     */
    public DeleteItem expressionAttributeNames(Field... fields) {
      return with("ExpressionAttributeNames", JsonObject.of(fields));
    }

    /**
     * Sets {@code "ExpressionAttributeValues"}: value placeholders.
     *
     * @param value the value
     * @return the integration with it
     */
    public DeleteItem expressionAttributeValues(Value value) {
      return with("ExpressionAttributeValues", value);
    }

    /**
     * Sets {@code "ExpressionAttributeValues"}: value placeholders.
     *
     * @param fields the value
     * @return the integration with it
     */
    public DeleteItem expressionAttributeValues(Field... fields) {
      return with("ExpressionAttributeValues", JsonObject.of(fields));
    }

    /**
     * Sets {@code "ReturnValues"}: {@code NONE} or {@code ALL_OLD}.
     *
     * @param value the value
     * @return the integration with it
     */
    public DeleteItem returnValues(String value) {
      return with("ReturnValues", JsonString.plainText(value));
    }

    /**
     * Sets {@code "ReturnValues"}: {@code NONE} or {@code ALL_OLD}.
     *
     * @param value the value
     * @return the integration with it
     */
    public DeleteItem returnValues(Value value) {
      return with("ReturnValues", value);
    }

    /**
     * Sets {@code "ReturnConsumedCapacity"}: {@code TOTAL}, {@code INDEXES} or {@code NONE}.
     *
     * @param value the value
     * @return the integration with it
     */
    public DeleteItem returnConsumedCapacity(String value) {
      return with("ReturnConsumedCapacity", JsonString.plainText(value));
    }

    /**
     * Sets {@code "ReturnConsumedCapacity"}: {@code TOTAL}, {@code INDEXES} or {@code NONE}.
     *
     * @param value the value
     * @return the integration with it
     */
    public DeleteItem returnConsumedCapacity(Value value) {
      return with("ReturnConsumedCapacity", value);
    }

    /**
     * Sets {@code "ReturnItemCollectionMetrics"}: {@code SIZE} or {@code NONE}.
     *
     * @param value the value
     * @return the integration with it
     */
    public DeleteItem returnItemCollectionMetrics(String value) {
      return with("ReturnItemCollectionMetrics", JsonString.plainText(value));
    }

    /**
     * Sets {@code "ReturnItemCollectionMetrics"}: {@code SIZE} or {@code NONE}.
     *
     * @param value the value
     * @return the integration with it
     */
    public DeleteItem returnItemCollectionMetrics(Value value) {
      return with("ReturnItemCollectionMetrics", value);
    }
  }
}
