package io.asl4j.integrations;

import io.asl4j.model.CsvHeaderLocation;
import io.asl4j.model.Field;
import io.asl4j.model.ItemBatcher;
import io.asl4j.model.ItemReader;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonObject;
import io.asl4j.model.ReaderConfig;
import io.asl4j.model.ReaderInputType;
import io.asl4j.model.ResourceArn;
import io.asl4j.model.ResultWriter;
import io.asl4j.model.Value;
import io.asl4j.model.WriterConfig;
import io.asl4j.model.WriterOutputType;
import io.asl4j.model.WriterTransformation;
import java.util.Map;
import java.util.Optional;

/**
 * Amazon S3 as a Distributed Map's item source and result destination: {@code ItemReader},
 * {@code ItemBatcher} and {@code ResultWriter} values for {@code MapStep}.
 *
 * <pre>{@code map("Rows").processor(...).itemReader(S3.csv(text("bucket"), text("rows.csv"), FIRST_ROW))}</pre>
 */
public final class S3 {

  private static final String GET_OBJECT = ResourceArn.of("s3", "getObject").arn();
  private static final String LIST_OBJECTS = ResourceArn.of("s3", "listObjectsV2").arn();
  private static final String PUT_OBJECT = ResourceArn.of("s3", "putObject").arn();

  private S3() {}

  /**
   * Reads the rows of a CSV file.
   *
   * @param bucket the bucket
   * @param key the object key
   * @param headers where the column names come from
   * @return the item reader
   */
  public static ItemReader csv(Value bucket, Value key, CsvHeaderLocation headers) {
    return file(bucket, key, new ReaderConfig(Optional.of(ReaderInputType.CSV), Optional.empty(),
        Optional.of(headers), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Map.of()));
  }

  /**
   * Reads the elements of a JSON array file.
   *
   * @param bucket the bucket
   * @param key the object key
   * @return the item reader
   */
  public static ItemReader json(Value bucket, Value key) {
    return file(bucket, key, inputType(ReaderInputType.JSON));
  }

  /**
   * Reads the lines of a JSON Lines file.
   *
   * @param bucket the bucket
   * @param key the object key
   * @return the item reader
   */
  public static ItemReader jsonLines(Value bucket, Value key) {
    return file(bucket, key, inputType(ReaderInputType.JSONL));
  }

  /**
   * Iterates over the objects under a prefix (their metadata).
   *
   * @param bucket the bucket
   * @param prefix the key prefix
   * @return the item reader
   */
  public static ItemReader objects(Value bucket, Value prefix) {
    return new ItemReader(LIST_OBJECTS, Optional.empty(), Optional.of(JsonObject.of(
        new Field("Bucket", bucket), new Field("Prefix", prefix))), Optional.empty(),
        Map.of());
  }

  /**
   * Limits how many items a reader yields: {@code "ReaderConfig": {"MaxItems": n}}.
   *
   * @param reader the reader
   * @param maxItems 1 to 100,000,000
   * @return the reader with the limit
   */
  public static ItemReader limit(ItemReader reader, long maxItems) {
    ReaderConfig c = reader.readerConfig().orElse(new ReaderConfig(Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Map.of()));
    ReaderConfig limited = new ReaderConfig(c.inputType(), c.manifestType(),
        c.csvHeaderLocation(), c.csvHeaders(), c.csvDelimiter(), c.itemsPointer(),
        c.transformation(), Optional.of(JsonNumber.of(maxItems)), c.unknownFields());
    return new ItemReader(reader.resource(), Optional.of(limited), reader.parameters(),
        reader.arguments(), reader.unknownFields());
  }

  /**
   * Writes the Map Run's results under a prefix.
   *
   * @param bucket the bucket
   * @param prefix the key prefix
   * @return the result writer
   */
  public static ResultWriter results(Value bucket, Value prefix) {
    return new ResultWriter(Optional.of(PUT_OBJECT), Optional.empty(), Optional.of(JsonObject.of(
        new Field("Bucket", bucket), new Field("Prefix", prefix))), Optional.empty(),
        Map.of());
  }

  /**
   * Writes the Map Run's results under a prefix, in a given format.
   *
   * @param bucket the bucket
   * @param prefix the key prefix
   * @param format {@code JSON} or {@code JSONL}
   * @param shape {@code NONE}, {@code COMPACT} or {@code FLATTEN}
   * @return the result writer
   */
  public static ResultWriter results(Value bucket, Value prefix, WriterOutputType format,
      WriterTransformation shape) {
    ResultWriter w = results(bucket, prefix);
    return new ResultWriter(w.resource(), Optional.of(new WriterConfig(Optional.of(format),
        Optional.of(shape), Map.of())), w.parameters(), w.arguments(), Map.of());
  }

  /**
   * Groups items into batches of at most {@code maxItems} per child execution.
   *
   * @param maxItems the batch size
   * @return the item batcher
   */
  public static ItemBatcher batchesOf(long maxItems) {
    return new ItemBatcher(Optional.of(JsonNumber.of(maxItems)), Optional.empty(),
        Optional.empty(), Map.of());
  }

  /**
   * Groups items into batches, with fixed input added to every batch.
   *
   * @param maxItems the batch size
   * @param batchInput the shared input, e.g. {@code object(field("runId", context("Execution.Name")))}
   * @return the item batcher
   */
  public static ItemBatcher batchesOf(long maxItems, Value batchInput) {
    return new ItemBatcher(Optional.of(JsonNumber.of(maxItems)), Optional.empty(),
        Optional.of(batchInput), Map.of());
  }

  private static ItemReader file(Value bucket, Value key, ReaderConfig config) {
    return new ItemReader(GET_OBJECT, Optional.of(config), Optional.of(JsonObject.of(
        new Field("Bucket", bucket), new Field("Key", key))), Optional.empty(), Map.of());
  }

  private static ReaderConfig inputType(ReaderInputType type) {
    return new ReaderConfig(Optional.of(type), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Map.of());
  }
}
