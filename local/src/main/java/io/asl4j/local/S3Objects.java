package io.asl4j.local;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Mocked Amazon S3 objects, by bucket and key: what a Distributed Map's {@code ItemReader} reads
 * ({@code s3:getObject}, {@code s3:listObjectsV2}) and what its {@code ResultWriter} writes
 * ({@code s3:putObject}). Content is text (UTF-8), as every format the reader takes but Parquet
 * is.
 *
 * <pre>{@code
 * S3Objects s3 = S3Objects.empty()
 *     .with("orders", "2024/orders.csv", "id,total\n1,9.50\n2,12.00\n");
 * executor.run(input, mocks, ExecutionOptions.defaults().withS3(s3));
 * }</pre>
 *
 * <p>Immutable: {@link #with} returns a copy. Keys list in S3's order (UTF-8 binary order).
 */
public final class S3Objects {

  private static final S3Objects EMPTY = new S3Objects(new TreeMap<>());

  /** bucket → key → content. */
  private final Map<String, TreeMap<String, String>> buckets;

  private S3Objects(Map<String, TreeMap<String, String>> buckets) {
    this.buckets = buckets;
  }

  /**
   * Returns no objects at all.
   *
   * @return an empty store
   */
  public static S3Objects empty() {
    return EMPTY;
  }

  /**
   * Adds (or replaces) an object.
   *
   * @param bucket the bucket name
   * @param key the object key
   * @param content the object's content as text
   * @return a copy holding the object
   */
  public S3Objects with(String bucket, String key, String content) {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(content, "content");
    Map<String, TreeMap<String, String>> copy = new TreeMap<>(buckets);
    TreeMap<String, String> objects = new TreeMap<>(copy.getOrDefault(bucket, new TreeMap<>()));
    objects.put(key, content);
    copy.put(bucket, objects);
    return new S3Objects(copy);
  }

  /**
   * Adds every object of another store; its objects replace these at the same bucket and key.
   *
   * @param other the objects to add
   * @return a copy holding both
   */
  public S3Objects withAll(S3Objects other) {
    if (other.buckets.isEmpty()) {
      return this;
    }
    if (buckets.isEmpty()) {
      return other;
    }
    S3Objects out = this;
    for (S3Object o : other.objects()) {
      out = out.with(o.bucket(), o.key(), o.content());
    }
    return out;
  }

  /**
   * Returns an object's content.
   *
   * @param bucket the bucket
   * @param key the key
   * @return the content, or empty when there is no such object
   */
  public Optional<String> get(String bucket, String key) {
    TreeMap<String, String> objects = buckets.get(bucket);
    return objects == null ? Optional.empty() : Optional.ofNullable(objects.get(key));
  }

  /**
   * Returns whether the bucket exists, that is, holds at least one object.
   *
   * @param bucket the bucket
   * @return whether it has objects
   */
  public boolean hasBucket(String bucket) {
    return buckets.containsKey(bucket);
  }

  /**
   * Lists the objects of a bucket whose keys start with a prefix, in key order.
   *
   * @param bucket the bucket
   * @param prefix the key prefix ({@code ""} for all)
   * @return the objects
   */
  public List<S3Object> list(String bucket, String prefix) {
    TreeMap<String, String> objects = buckets.get(bucket);
    if (objects == null) {
      return List.of();
    }
    List<S3Object> out = new ArrayList<>();
    for (Map.Entry<String, String> e : objects.tailMap(prefix, true).entrySet()) {
      if (!e.getKey().startsWith(prefix)) {
        break;
      }
      out.add(new S3Object(bucket, e.getKey(), e.getValue()));
    }
    return out;
  }

  /**
   * Returns every object, by bucket and then key.
   *
   * @return the objects
   */
  public List<S3Object> objects() {
    List<S3Object> out = new ArrayList<>();
    for (String bucket : buckets.keySet()) {
      out.addAll(list(bucket, ""));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns whether there are no objects.
   *
   * @return {@code true} when empty
   */
  public boolean isEmpty() {
    return buckets.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof S3Objects other && buckets.equals(other.buckets);
  }

  @Override
  public int hashCode() {
    return buckets.hashCode();
  }

  @Override
  public String toString() {
    return "S3Objects" + objects();
  }

  /**
   * One object.
   *
   * @param bucket its bucket
   * @param key its key
   * @param content its content as text
   */
  public record S3Object(String bucket, String key, String content) {

    /**
     * Creates the record.
     *
     * @param bucket its bucket
     * @param key its key
     * @param content its content
     */
    public S3Object {
      Objects.requireNonNull(bucket, "bucket");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(content, "content");
    }

    /**
     * Returns the size S3 reports: the content's length in UTF-8 bytes.
     *
     * @return the size in bytes
     */
    public long size() {
      return content.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * Returns the entity tag S3 reports for an object uploaded in one part: the MD5 of its bytes in
     * hex, in double quotes.
     *
     * @return the ETag
     */
    public String etag() {
      try {
        return '"' + HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
            .digest(content.getBytes(StandardCharsets.UTF_8))) + '"';
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
