package io.asl4j.local;

import io.asl4j.model.CsvDelimiter;
import io.asl4j.model.CsvHeaderLocation;
import io.asl4j.model.ManifestType;
import io.asl4j.model.ReaderInputType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Distributed Map's compiled {@code ItemReader}: reads the items from the mocked S3 objects of
 * the run ({@link S3Objects}), as AWS reads them from S3.
 *
 * <ul>
 *   <li>{@code s3:getObject} with {@code InputType} {@code JSON} (an array, or the array at
 *       {@code ItemsPointer}), {@code JSONL} (one value a line), {@code CSV} (each row an object of
 *       strings keyed by the header: the first row, or {@code CSVHeaders} with
 *       {@code CSVHeaderLocation: GIVEN}; {@code CSVDelimiter}; missing fields are {@code ""},
 *       extra ones dropped), {@code MANIFEST} (an S3 inventory {@code manifest.json} whose CSV
 *       files are read with its {@code fileSchema} as header; with {@code ManifestType:
 *       ATHENA_DATA}, a list of {@code s3://} URIs whose objects are read with the
 *       {@code InputType});
 *   <li>{@code s3:listObjectsV2}: one item per object under the {@code Prefix}
 *       ({@code Etag}, {@code Key}, {@code LastModified}, {@code Size}, {@code StorageClass}), or
 *       with {@code Transformation: LOAD_AND_FLATTEN} the items of every object's content.
 * </ul>
 *
 * <p>{@code ReaderConfig.MaxItems} (or its Path or JSONata form) keeps the first items; 0 keeps
 * all. Content that does not fit fails the state with {@code States.ItemReaderFailed}, with AWS's
 * cause where AWS's is known. An object that is not mocked at all stops the run with a
 * {@link LocalExecutionException}, as a missing task mock does.
 */
final class ItemReading {

  /** AWS stops reading items past this many. */
  private static final long MAX_ITEMS = 100_000_000L;

  final boolean list;
  /** Parameters (JSONPath template) or Arguments (JSONata); {@code null} for none. */
  Eval parameters;
  ReaderInputType inputType;
  ManifestType manifestType;
  CsvHeaderLocation headerLocation = CsvHeaderLocation.FIRST_ROW;
  List<String> headers;
  char delimiter = ',';
  String itemsPointer;
  boolean loadAndFlatten;
  Eval maxItems;
  String maxItemsPath;

  ItemReading(String resource) {
    this.list = resource.endsWith(":listObjectsV2");
  }

  static char delimiter(CsvDelimiter d) {
    return switch (d) {
      case COMMA -> ',';
      case PIPE -> '|';
      case SEMICOLON -> ';';
      case SPACE -> ' ';
      case TAB -> '\t';
    };
  }

  /**
   * Evaluates MaxItems (before the Map Run starts, as AWS does for the Path form).
   *
   * @return the number of items to keep, 0 for all; negative when the value is negative (the Map
   *     Run then fails as it starts)
   */
  long maxItems(Step s, Object data) throws Failure {
    if (maxItems == null) {
      return 0;
    }
    Object v = Json.numeric(maxItems.eval(s, data));
    if (!(v instanceof Number n) || !Json.isIntegral(n)) {
      String text = v instanceof String str ? str : Json.write(v);
      if (maxItemsPath != null) {
        throw Failure.runtime(s.where() + "The MaxItemsPath field refers to value \"" + text
            + "\" which is not a valid integer: " + maxItemsPath);
      }
      if (maxItems instanceof JsonataEval j) {
        throw Failure.query(s.where() + j.describe() + " returned an unexpected result type. "
            + "Expected 'integer', but was '" + Json.typeName(v) + "' for value: " + text);
      }
      throw Failure.query(s.where() + "The MaxItems field must be an integer: " + text);
    }
    return n.longValue() < 0 ? -1 : Math.min(n.longValue(), MAX_ITEMS);
  }

  /**
   * Reads the items.
   *
   * @param s the Map state
   * @param data the effective input (for Parameters) 
   * @param max from {@link #maxItems}
   * @return the items (internal values)
   * @throws Failure {@code States.ItemReaderFailed} when the content does not fit
   */
  List<Object> read(Step s, Object data, long max) throws Failure {
    if (max < 0) {
      throw reader("field MaxItems must be positive");
    }
    Object p = parameters == null ? Map.of() : parameters.eval(s, data);
    Map<?, ?> params = p instanceof Map<?, ?> m ? m : Map.of();
    String bucket = params.get("Bucket") instanceof String b ? b : null;
    if (bucket == null) {
      throw reader("The field 'Bucket' is required in the parameters of the ItemReader");
    }
    S3Objects s3 = s.run.world.s3;
    List<Object> items = new ArrayList<>();
    if (list) {
      String prefix = params.get("Prefix") instanceof String x ? x : "";
      long lastModified = s.run.options.startTime().getEpochSecond();
      for (S3Objects.S3Object o : s3.list(bucket, prefix)) {
        if (loadAndFlatten) {
          items.addAll(parse(s, o.bucket(), o.key(), o.content(), inputType));
        } else {
          Map<String, Object> item = new LinkedHashMap<>();
          item.put("Etag", o.etag());
          item.put("Key", o.key());
          item.put("LastModified", lastModified);
          item.put("Size", o.size());
          item.put("StorageClass", "STANDARD");
          items.add(item);
        }
        if (max > 0 && items.size() >= max) {
          break;
        }
      }
    } else {
      String key = params.get("Key") instanceof String k ? k : null;
      if (key == null) {
        throw reader("The field 'Key' is required in the parameters of an s3:getObject ItemReader");
      }
      String content = object(s, bucket, key);
      if (manifestType == ManifestType.ATHENA_DATA) {
        for (String line : content.split("\r?\n")) {
          if (!line.isBlank()) {
            String[] at = s3Uri(line.strip());
            items.addAll(parse(s, at[0], at[1], object(s, at[0], at[1]), inputType));
          }
        }
      } else if (inputType == ReaderInputType.MANIFEST
          || manifestType == ManifestType.S3_INVENTORY) {
        items.addAll(inventory(s, key, content));
      } else {
        items.addAll(parse(s, bucket, key, content, inputType));
      }
    }
    return max > 0 && items.size() > max ? new ArrayList<>(items.subList(0, (int) max)) : items;
  }

  private static Failure reader(String cause) {
    return Failure.of("States.ItemReaderFailed", cause);
  }

  private static String object(Step s, String bucket, String key) {
    return s.run.world.s3.get(bucket, key).orElseThrow(() -> new LocalExecutionException(
        "no mocked S3 object s3://" + bucket + "/" + key + " for the ItemReader of the Map state \""
            + s.node.name + "\" (mock it in the \"S3\" section of the mocks file, or with "
            + "ExecutionOptions.withS3)"));
  }

  private static String[] s3Uri(String uri) throws Failure {
    if (!uri.startsWith("s3://") || uri.indexOf('/', 5) < 0) {
      throw reader("Expected an S3 URI (s3://bucket/key) in the manifest, got: " + uri);
    }
    int slash = uri.indexOf('/', 5);
    return new String[] {uri.substring(5, slash), uri.substring(slash + 1)};
  }

  /** The items of one object's content. */
  private List<Object> parse(Step s, String bucket, String key, String content,
      ReaderInputType type) throws Failure {
    if (type == null) {
      throw reader("The ReaderConfig of the ItemReader has no InputType for s3://" + bucket + "/"
          + key);
    }
    switch (type) {
      case JSON: {
        Object root;
        try {
          root = Json.parseInternal(content);
        } catch (IllegalArgumentException e) {
          throw reader("The object s3://" + bucket + "/" + key + " is not valid JSON: "
              + e.getMessage());
        }
        if (itemsPointer != null) {
          root = pointer(root, itemsPointer);
        }
        if (!(root instanceof List<?> l)) {
          throw reader("Attempting to map over non-iterable node.");
        }
        return new ArrayList<>(l);
      }
      case JSONL: {
        List<Object> out = new ArrayList<>();
        String[] lines = content.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
          if (lines[i].isBlank()) {
            continue;
          }
          try {
            out.add(Json.parseInternal(lines[i]));
          } catch (IllegalArgumentException e) {
            throw reader("Line " + (i + 1) + " of s3://" + bucket + "/" + key
                + " is not valid JSON: " + e.getMessage());
          }
        }
        return out;
      }
      case CSV:
        return csvItems(content, headerLocation == CsvHeaderLocation.GIVEN ? headers : null);
      case PARQUET:
        throw new LocalExecutionException("the ItemReader of the Map state \"" + s.node.name
            + "\" reads Parquet (s3://" + bucket + "/" + key + "), which the local executor "
            + "cannot read; mock the items as CSV, JSON or JSONL");
      default:
        throw reader("A MANIFEST lists objects; it cannot be one of them: s3://" + bucket + "/"
            + key);
    }
  }

  /** An S3 inventory: its manifest.json lists CSV files whose columns its fileSchema names. */
  private List<Object> inventory(Step s, String key, String content) throws Failure {
    Object root;
    try {
      root = Json.parseInternal(content);
    } catch (IllegalArgumentException e) {
      throw reader("The manifest " + key + " is not valid JSON: " + e.getMessage());
    }
    if (!(root instanceof Map<?, ?> m) || !(m.get("files") instanceof List<?> files)
        || !(m.get("fileSchema") instanceof String schema)) {
      throw reader("The manifest " + key + " is not an S3 inventory manifest (it needs "
          + "\"fileSchema\" and \"files\")");
    }
    if (m.get("fileFormat") instanceof String format && !format.equals("CSV")) {
      throw reader("Only CSV inventory reports can be read, not " + format);
    }
    String destination = m.get("destinationBucket") instanceof String d ? d : "";
    String bucket = destination.startsWith("arn:aws:s3:::") ? destination.substring(13)
        : destination;
    List<String> columns = new ArrayList<>();
    for (String c : schema.split(",")) {
      columns.add(c.strip());
    }
    List<Object> items = new ArrayList<>();
    for (Object f : files) {
      if (f instanceof Map<?, ?> file && file.get("key") instanceof String fileKey) {
        items.addAll(csvItems(object(s, bucket, fileKey), columns));
      }
    }
    return items;
  }

  /** Rows as objects keyed by the header (the first row when {@code given} is null). */
  private List<Object> csvItems(String content, List<String> given) throws Failure {
    List<List<String>> rows = csv(content, delimiter);
    List<String> header = given;
    int first = 0;
    if (header == null) {
      if (rows.isEmpty()) {
        return new ArrayList<>();
      }
      header = rows.get(0);
      first = 1;
    }
    Set<String> seen = new HashSet<>();
    for (String h : header) {
      if (!seen.add(h)) {
        throw reader("CSV headers cannot contain duplicates.");
      }
    }
    List<Object> items = new ArrayList<>(rows.size());
    for (int r = first; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      // AWS keys an item in a hash map: the members come out in its order, not the header's
      Map<String, Object> hashed = new HashMap<>();
      for (int c = 0; c < header.size(); c++) {
        hashed.put(header.get(c), c < row.size() ? row.get(c) : "");
      }
      items.add(new LinkedHashMap<>(hashed));
    }
    return items;
  }

  /**
   * Splits CSV text (RFC 4180: fields in double quotes may hold delimiters, line breaks and
   * doubled quotes) into rows of fields; empty lines are skipped.
   */
  static List<List<String>> csv(String text, char delimiter) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
        any = true;
      } else if (c == delimiter) {
        row.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (any || field.length() > 0) {
          row.add(field.toString());
          rows.add(row);
        }
        row = new ArrayList<>();
        field.setLength(0);
        any = false;
      } else {
        field.append(c);
        any = true;
      }
    }
    if (any || field.length() > 0) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }

  /** Follows an RFC 6901 pointer; returns {@code null} when it leads nowhere. */
  private static Object pointer(Object root, String pointer) {
    Object at = root;
    if (pointer.isEmpty()) {
      return at;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      String seg = raw.replace("~1", "/").replace("~0", "~");
      if (at instanceof Map<?, ?> m) {
        at = m.get(seg);
      } else if (at instanceof List<?> l && seg.matches("\\d+") && Integer.parseInt(seg) < l.size()) {
        at = l.get(Integer.parseInt(seg));
      } else {
        return null;
      }
    }
    return at;
  }
}
