package io.asl4j.integrations;

import io.asl4j.model.Expression;
import io.asl4j.model.Field;
import io.asl4j.model.JsonBoolean;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonString;
import io.asl4j.model.Value;
import java.util.Map;

/**
 * Amazon DynamoDB item operations. Their {@code Key}, {@code Item} and
 * {@code ExpressionAttributeValues} hold typed {@link AttributeValue}s ({@code {"S": "..."}}), one
 * attribute per call, so an untyped value cannot be written.
 *
 * <p>Each method names the parameter it writes.
 */
public final class DynamoDb {

  private DynamoDb() {}

  /**
   * Reads an item; give its key with {@code .key(name, AttributeValue...)}. Resource
   * {@code arn:aws:states:::dynamodb:getItem}.
   *
   * <pre>{@code DynamoDb.getItem("orders").key("id", AttributeValue.s(path("$.id")))}</pre>
   *
   * @param tableName the table
   * @return the integration
   */
  public static GetItem getItem(String tableName) {
    return new GetItem().with("TableName", JsonString.plainText(tableName));
  }

  /**
   * Reads an item, in a table named at run time. Resource {@code arn:aws:states:::dynamodb:getItem}.
   *
   * @param tableName the table: a path, an intrinsic call, JSONata or text
   * @return the integration
   */
  public static GetItem getItem(Value tableName) {
    return new GetItem().with("TableName", tableName);
  }

  /**
   * Writes an item; give its item with {@code .item(name, AttributeValue...)}. Resource
   * {@code arn:aws:states:::dynamodb:putItem}.
   *
   * <pre>{@code DynamoDb.putItem("orders").item("id", AttributeValue.s(path("$.id")))}</pre>
   *
   * @param tableName the table
   * @return the integration
   */
  public static PutItem putItem(String tableName) {
    return new PutItem().with("TableName", JsonString.plainText(tableName));
  }

  /**
   * Writes an item, in a table named at run time. Resource {@code arn:aws:states:::dynamodb:putItem}.
   *
   * @param tableName the table: a path, an intrinsic call, JSONata or text
   * @return the integration
   */
  public static PutItem putItem(Value tableName) {
    return new PutItem().with("TableName", tableName);
  }

  /**
   * Updates an item; give its key with {@code .key(name, AttributeValue...)}. Resource
   * {@code arn:aws:states:::dynamodb:updateItem}.
   *
   * <pre>{@code DynamoDb.updateItem("orders").key("id", AttributeValue.s(path("$.id")))}</pre>
   *
   * @param tableName the table
   * @return the integration
   */
  public static UpdateItem updateItem(String tableName) {
    return new UpdateItem().with("TableName", JsonString.plainText(tableName));
  }

  /**
   * Updates an item, in a table named at run time. Resource {@code arn:aws:states:::dynamodb:updateItem}.
   *
   * @param tableName the table: a path, an intrinsic call, JSONata or text
   * @return the integration
   */
  public static UpdateItem updateItem(Value tableName) {
    return new UpdateItem().with("TableName", tableName);
  }

  /**
   * Deletes an item; give its key with {@code .key(name, AttributeValue...)}. Resource
   * {@code arn:aws:states:::dynamodb:deleteItem}.
   *
   * <pre>{@code DynamoDb.deleteItem("orders").key("id", AttributeValue.s(path("$.id")))}</pre>
   *
   * @param tableName the table
   * @return the integration
   */
  public static DeleteItem deleteItem(String tableName) {
    return new DeleteItem().with("TableName", JsonString.plainText(tableName));
  }

  /**
   * Deletes an item, in a table named at run time. Resource {@code arn:aws:states:::dynamodb:deleteItem}.
   *
   * @param tableName the table: a path, an intrinsic call, JSONata or text
   * @return the integration
   */
  public static DeleteItem deleteItem(Value tableName) {
    return new DeleteItem().with("TableName", tableName);
  }

  /** Reads an item. */
  public static final class GetItem extends ServiceIntegration<GetItem> {

    private GetItem() {
      super("dynamodb", "getItem");
    }

    private GetItem(String suffix, String partition, Map<String, Value> payload) {
      super("dynamodb", "getItem", suffix, partition, payload);
    }

    @Override
    GetItem copy(String suffix, String partition, Map<String, Value> payload) {
      return new GetItem(suffix, partition, payload);
    }

    /**
     * Adds one attribute to {@code "Key"}: the primary key's attributes.
     *
     * <pre>{@code .key("id", AttributeValue.s(path("$.id")))}</pre>
     *
     * @param name the attribute name
     * @param value its typed value
     * @return the integration with it
     * @throws IllegalArgumentException if the attribute is already set
     */
    public GetItem key(String name, AttributeValue value) {
      return withAttribute("Key", name, value);
    }

    /**
     * Sets {@code "Key"} whole from an expression whose value holds typed attribute
     * values.
     *
     * @param value a path, intrinsic call or JSONata expression
     * @return the integration with it
     */
    public GetItem key(Expression value) {
      return with("Key", value);
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

    private PutItem(String suffix, String partition, Map<String, Value> payload) {
      super("dynamodb", "putItem", suffix, partition, payload);
    }

    @Override
    PutItem copy(String suffix, String partition, Map<String, Value> payload) {
      return new PutItem(suffix, partition, payload);
    }

    /**
     * Adds one attribute to {@code "Item"}: the item's attributes.
     *
     * <pre>{@code .item("id", AttributeValue.s(path("$.id")))}</pre>
     *
     * @param name the attribute name
     * @param value its typed value
     * @return the integration with it
     * @throws IllegalArgumentException if the attribute is already set
     */
    public PutItem item(String name, AttributeValue value) {
      return withAttribute("Item", name, value);
    }

    /**
     * Sets {@code "Item"} whole from an expression whose value holds typed attribute
     * values.
     *
     * @param value a path, intrinsic call or JSONata expression
     * @return the integration with it
     */
    public PutItem item(Expression value) {
      return with("Item", value);
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

    /**
     * Adds one attribute to {@code "ExpressionAttributeValues"}: a value placeholder such as
     * {@code :s}.
     *
     * <pre>{@code .expressionAttributeValue(":s", AttributeValue.s(path("$.id")))}</pre>
     *
     * @param name the attribute name
     * @param value its typed value
     * @return the integration with it
     * @throws IllegalArgumentException if the attribute is already set
     */
    public PutItem expressionAttributeValue(String name, AttributeValue value) {
      return withAttribute("ExpressionAttributeValues", name, value);
    }

    /**
     * Sets {@code "ExpressionAttributeValues"} whole from an expression whose value holds typed attribute
     * values.
     *
     * @param value a path, intrinsic call or JSONata expression
     * @return the integration with it
     */
    public PutItem expressionAttributeValues(Expression value) {
      return with("ExpressionAttributeValues", value);
    }
  }

  /** Updates an item. */
  public static final class UpdateItem extends ServiceIntegration<UpdateItem> {

    private UpdateItem() {
      super("dynamodb", "updateItem");
    }

    private UpdateItem(String suffix, String partition, Map<String, Value> payload) {
      super("dynamodb", "updateItem", suffix, partition, payload);
    }

    @Override
    UpdateItem copy(String suffix, String partition, Map<String, Value> payload) {
      return new UpdateItem(suffix, partition, payload);
    }

    /**
     * Adds one attribute to {@code "Key"}: the primary key's attributes.
     *
     * <pre>{@code .key("id", AttributeValue.s(path("$.id")))}</pre>
     *
     * @param name the attribute name
     * @param value its typed value
     * @return the integration with it
     * @throws IllegalArgumentException if the attribute is already set
     */
    public UpdateItem key(String name, AttributeValue value) {
      return withAttribute("Key", name, value);
    }

    /**
     * Sets {@code "Key"} whole from an expression whose value holds typed attribute
     * values.
     *
     * @param value a path, intrinsic call or JSONata expression
     * @return the integration with it
     */
    public UpdateItem key(Expression value) {
      return with("Key", value);
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

    /**
     * Adds one attribute to {@code "ExpressionAttributeValues"}: a value placeholder such as
     * {@code :s}.
     *
     * <pre>{@code .expressionAttributeValue(":s", AttributeValue.s(path("$.id")))}</pre>
     *
     * @param name the attribute name
     * @param value its typed value
     * @return the integration with it
     * @throws IllegalArgumentException if the attribute is already set
     */
    public UpdateItem expressionAttributeValue(String name, AttributeValue value) {
      return withAttribute("ExpressionAttributeValues", name, value);
    }

    /**
     * Sets {@code "ExpressionAttributeValues"} whole from an expression whose value holds typed attribute
     * values.
     *
     * @param value a path, intrinsic call or JSONata expression
     * @return the integration with it
     */
    public UpdateItem expressionAttributeValues(Expression value) {
      return with("ExpressionAttributeValues", value);
    }
  }

  /** Deletes an item. */
  public static final class DeleteItem extends ServiceIntegration<DeleteItem> {

    private DeleteItem() {
      super("dynamodb", "deleteItem");
    }

    private DeleteItem(String suffix, String partition, Map<String, Value> payload) {
      super("dynamodb", "deleteItem", suffix, partition, payload);
    }

    @Override
    DeleteItem copy(String suffix, String partition, Map<String, Value> payload) {
      return new DeleteItem(suffix, partition, payload);
    }

    /**
     * Adds one attribute to {@code "Key"}: the primary key's attributes.
     *
     * <pre>{@code .key("id", AttributeValue.s(path("$.id")))}</pre>
     *
     * @param name the attribute name
     * @param value its typed value
     * @return the integration with it
     * @throws IllegalArgumentException if the attribute is already set
     */
    public DeleteItem key(String name, AttributeValue value) {
      return withAttribute("Key", name, value);
    }

    /**
     * Sets {@code "Key"} whole from an expression whose value holds typed attribute
     * values.
     *
     * @param value a path, intrinsic call or JSONata expression
     * @return the integration with it
     */
    public DeleteItem key(Expression value) {
      return with("Key", value);
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

    /**
     * Adds one attribute to {@code "ExpressionAttributeValues"}: a value placeholder such as
     * {@code :s}.
     *
     * <pre>{@code .expressionAttributeValue(":s", AttributeValue.s(path("$.id")))}</pre>
     *
     * @param name the attribute name
     * @param value its typed value
     * @return the integration with it
     * @throws IllegalArgumentException if the attribute is already set
     */
    public DeleteItem expressionAttributeValue(String name, AttributeValue value) {
      return withAttribute("ExpressionAttributeValues", name, value);
    }

    /**
     * Sets {@code "ExpressionAttributeValues"} whole from an expression whose value holds typed attribute
     * values.
     *
     * @param value a path, intrinsic call or JSONata expression
     * @return the integration with it
     */
    public DeleteItem expressionAttributeValues(Expression value) {
      return with("ExpressionAttributeValues", value);
    }
  }
}
