package io.asl4j.local;

import io.asl4j.model.WriterOutputType;
import io.asl4j.model.WriterTransformation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Distributed Map's compiled {@code ResultWriter}: shapes the child executions' results
 * ({@code WriterConfig.Transformation}: {@code NONE} keeps each execution's metadata,
 * {@code COMPACT} its output, {@code FLATTEN} flattens outputs that are arrays) and, with a
 * {@code Resource} and {@code Parameters}/{@code Arguments}, writes them to the mocked S3 as AWS
 * does: {@code PREFIX/MAP_RUN_ID/manifest.json} and {@code SUCCEEDED_0.json},
 * {@code FAILED_0.json} and {@code PENDING_0.json} for the executions in each state (JSON arrays,
 * or JSON Lines with {@code OutputType: JSONL}). The state's result is then
 * {@code {"MapRunArn": ..., "ResultWriterDetails": {"Bucket": ..., "Key": ".../manifest.json"}}}.
 */
final class ResultWriting {

  /** One child execution as the result files describe it. */
  record ChildRun(String arn, String name, Object input, Object output, String error,
      String cause, String status, long start, long stop) {}

  /** {@code Parameters}/{@code Arguments}; {@code null} without a Resource (no export). */
  Eval parameters;
  WriterTransformation transformation;
  WriterOutputType outputType = WriterOutputType.JSON;

  boolean exports() {
    return parameters != null;
  }

  /**
   * The state's result when nothing is exported: the outputs transformed by the WriterConfig.
   *
   * @param runs every child execution, in item order
   * @param outputs their outputs (internal values)
   * @return the result
   */
  Object preview(List<ChildRun> runs, List<Object> outputs) {
    WriterTransformation t = transformation == null ? WriterTransformation.COMPACT
        : transformation;
    if (t == WriterTransformation.NONE) {
      List<Object> out = new ArrayList<>(runs.size());
      for (ChildRun r : runs) {
        out.add(describe(r));
      }
      return out;
    }
    return t == WriterTransformation.FLATTEN ? flatten(outputs) : outputs;
  }

  /**
   * Writes the result files and the manifest.
   *
   * @param s the Map state
   * @param data the effective input, for Parameters
   * @param mapRunArn the Map Run's ARN (its last part names the folder)
   * @param runs the child executions that ran, in item order
   * @param pending how many items were never started (the Map Run failed first)
   * @return the state's result
   * @throws Failure {@code States.ResultWriterFailed} when the parameters name no bucket
   */
  Object write(Step s, Object data, String mapRunArn, List<ChildRun> runs, List<Object> pending)
      throws Failure {
    Object p = parameters.eval(s, data);
    Map<?, ?> params = p instanceof Map<?, ?> m ? m : Map.of();
    if (!(params.get("Bucket") instanceof String bucket) || bucket.isEmpty()) {
      throw Failure.of("States.ResultWriterFailed", "The field 'Bucket' is required in the "
          + "parameters of the ResultWriter");
    }
    String prefix = params.get("Prefix") instanceof String x ? x : "";
    String id = mapRunArn.substring(mapRunArn.lastIndexOf(':') + 1);
    String folder = (prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/") + id + "/";
    WriterTransformation t = transformation == null ? WriterTransformation.NONE : transformation;
    List<Object> succeeded = new ArrayList<>();
    List<Object> failed = new ArrayList<>();
    for (ChildRun r : runs) {
      if (r.status().equals("SUCCEEDED")) {
        if (t == WriterTransformation.NONE) {
          succeeded.add(describe(r));
        } else if (t == WriterTransformation.FLATTEN && r.output() instanceof List<?> l) {
          succeeded.addAll(l);
        } else {
          succeeded.add(r.output());
        }
      } else {
        // a failed execution is written with its metadata whatever the transformation
        failed.add(describe(r));
      }
    }
    Map<String, Object> files = new LinkedHashMap<>();
    files.put("FAILED", put(s, bucket, folder + "FAILED_0", failed));
    files.put("PENDING", put(s, bucket, folder + "PENDING_0", pending));
    files.put("SUCCEEDED", put(s, bucket, folder + "SUCCEEDED_0", succeeded));
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("DestinationBucket", bucket);
    manifest.put("MapRunArn", mapRunArn);
    manifest.put("ResultFiles", files);
    String manifestKey = folder + "manifest.json";
    store(s, bucket, manifestKey, Json.write(manifest));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("Bucket", bucket);
    details.put("Key", manifestKey);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("MapRunArn", mapRunArn);
    result.put("ResultWriterDetails", details);
    return result;
  }

  /** Writes one result file unless it would be empty; returns the manifest's list for it. */
  private List<Object> put(Step s, String bucket, String name, List<Object> entries) {
    List<Object> listed = new ArrayList<>();
    if (entries.isEmpty()) {
      return listed;
    }
    String key = name + ".json";
    String content;
    if (outputType == WriterOutputType.JSONL) {
      StringBuilder sb = new StringBuilder();
      for (Object e : entries) {
        sb.append(Json.write(e)).append('\n');
      }
      content = sb.toString();
    } else {
      content = Json.write(entries);
    }
    store(s, bucket, key, content);
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("Key", key);
    file.put("Size", (long) content.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    listed.add(file);
    return listed;
  }

  private static void store(Step s, String bucket, String key, String content) {
    World w = s.run.world;
    w.s3 = w.s3.with(bucket, key, content);
    w.written = w.written.with(bucket, key, content);
  }

  /** An execution as {@code DescribeExecution} gives it, the shape of the result files. */
  static Map<String, Object> describe(ChildRun r) {
    Map<String, Object> d = new LinkedHashMap<>();
    boolean ok = r.status().equals("SUCCEEDED");
    if (!ok && r.cause() != null) {
      d.put("Cause", r.cause());
    }
    if (!ok && r.error() != null) {
      d.put("Error", r.error());
    }
    d.put("ExecutionArn", r.arn());
    d.put("Input", Json.write(r.input()));
    Map<String, Object> included = new LinkedHashMap<>();
    included.put("Included", Boolean.TRUE);
    d.put("InputDetails", included);
    d.put("Name", r.name());
    if (ok) {
      d.put("Output", Json.write(r.output()));
      d.put("OutputDetails", new LinkedHashMap<>(included));
      d.put("RedriveCount", 0L);
      d.put("RedriveStatus", "NOT_REDRIVABLE");
      d.put("RedriveStatusReason", "Execution is SUCCEEDED and cannot be redriven");
    }
    d.put("StartDate", StartExecution.isoMillis(r.start()));
    d.put("StateMachineArn", r.arn().replaceFirst(":execution:([^:]*):[^:]*$",
        ":stateMachine:$1"));
    d.put("Status", r.status());
    d.put("StopDate", StartExecution.isoMillis(r.stop()));
    return d;
  }

  private static List<Object> flatten(List<Object> outputs) {
    List<Object> out = new ArrayList<>();
    for (Object o : outputs) {
      if (o instanceof List<?> l) {
        out.addAll(l);
      } else {
        out.add(o);
      }
    }
    return out;
  }
}
