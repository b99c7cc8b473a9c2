package io.asl4j.validation;

import static io.asl4j.validation.DiagnosticCode.DISTRIBUTED_ONLY;
import static io.asl4j.validation.DiagnosticCode.FIELD_NOT_ALLOWED;
import static io.asl4j.validation.DiagnosticCode.INVALID_LABEL;
import static io.asl4j.validation.DiagnosticCode.INVALID_RESOURCE;
import static io.asl4j.validation.DiagnosticCode.INVALID_VALUE;
import static io.asl4j.validation.DiagnosticCode.MISSING_FIELD;
import static io.asl4j.validation.DiagnosticCode.MUTUALLY_EXCLUSIVE;
import static io.asl4j.validation.DiagnosticCode.WRONG_TYPE;
import static io.asl4j.validation.ExpressionText.hasPlaceholder;

import io.asl4j.model.CsvHeaderLocation;
import io.asl4j.model.DynamicNumber;
import io.asl4j.model.IntegrationPattern;
import io.asl4j.model.ItemBatcher;
import io.asl4j.model.ItemProcessor;
import io.asl4j.model.ItemReader;
import io.asl4j.model.JsonArray;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonPath;
import io.asl4j.model.JsonString;
import io.asl4j.model.Jsonata;
import io.asl4j.model.Limit;
import io.asl4j.model.ManifestType;
import io.asl4j.model.MapState;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.ReaderConfig;
import io.asl4j.model.ReaderInputType;
import io.asl4j.model.ResourceArn;
import io.asl4j.model.ResultWriter;
import java.util.List;
import java.util.Optional;

/**
 * The rules of Map and Distributed Map states: Distributed-only fields, Items and ItemsPath, the
 * failure tolerances, Label, ItemReader and its ReaderConfig, ItemBatcher, ResultWriter, the
 * processor configuration, and the item processor's graph.
 */
final class MapRules extends RuleGroup {

  MapRules(ValidationRun run) {
    super(run);
  }

  void mapState(MapState m, StateFields f, List<Edge> edges, QueryLanguage topLanguage) {
    String at = f.at();
    ExpressionRules x = run.expressions;
    boolean distributed = m.isDistributed();
    f.ioPaths(m.inputPath(), m.outputPath());
    if (!distributed) {
      distributedOnly(m.itemReader(), at, "ItemReader");
      distributedOnly(m.itemBatcher(), at, "ItemBatcher");
      distributedOnly(m.resultWriter(), at, "ResultWriter");
      distributedOnly(m.toleratedFailurePercentage(), at, twin(m.toleratedFailurePercentage(),
          "ToleratedFailurePercentage"));
      distributedOnly(m.toleratedFailureCount(), at, twin(m.toleratedFailureCount(),
          "ToleratedFailureCount"));
      distributedOnly(m.label(), at, "Label");
    }
    if (m.parameters().isPresent() && m.itemSelector().isPresent()) {
      report(MUTUALLY_EXCLUSIVE, at + "/Parameters", "\"ItemSelector\" and \"Parameters\""
          + " (its legacy name) cannot both be set; keep ItemSelector");
    }
    m.items().ifPresent(items -> {
      if (items instanceof JsonPath p) {
        f.jsonPathOnlyAt("ItemsPath", f.loc.at("ItemsPath"));
        x.referencePath(p.text(), f.loc.at("ItemsPath"));
      } else {
        f.jsonataOnlyAt("Items", at + "/Items");
        if (!(items instanceof Jsonata || items instanceof JsonArray
            || items instanceof JsonObject)) {
          report(WRONG_TYPE, at + "/Items", "Items is an array, an object or a JSONata"
              + " expression \"{% ... %}\"");
          if (items instanceof JsonString s) {
            placeholders(Optional.of(s.value()), at + "/Items");
          }
        }
        x.jsonata(items, at + "/Items");
      }
    });
    m.itemSelector().ifPresent(v -> f.payload(v, f.loc.at("ItemSelector")));
    f.jsonPathOnly("Parameters", m.parameters());
    m.parameters().ifPresent(v -> x.template(v, f.loc.at("Parameters")));
    f.arguments(m.arguments());
    m.maxConcurrency().ifPresent(v -> f.number(v, Limit.MAX_CONCURRENCY));
    m.toleratedFailurePercentage().ifPresent(v -> f.number(v,
        Limit.TOLERATED_FAILURE_PERCENTAGE));
    m.toleratedFailureCount().ifPresent(v -> f.number(v, Limit.TOLERATED_FAILURE_COUNT));
    m.label().ifPresent(l -> label(l, at + "/Label"));
    m.itemReader().ifPresent(r -> itemReader(r, at + "/ItemReader", f));
    m.itemBatcher().ifPresent(b -> itemBatcher(b, at + "/ItemBatcher", f));
    m.resultWriter().ifPresent(w -> resultWriter(w, at + "/ResultWriter", f));
    m.itemProcessor().processorConfig().ifPresent(c -> {
      if (distributed && c.executionType().isEmpty()) {
        report(MISSING_FIELD, at + "/" + processorField(m) + "/ProcessorConfig",
            "a DISTRIBUTED processor needs \"ExecutionType\": STANDARD or EXPRESS");
      }
    });
    f.resultSelector(m.resultSelector());
    f.resultPath(m.resultPath());
    f.output(m.output());
    f.assign(m.assign());
    run.errorHandling.errorHandling(m, f, edges);
    ItemProcessor p = m.itemProcessor();
    // a distributed processor runs as child executions: a workflow of its own, free to use
    // JSONPath inside a JSONata parent
    run.graphs.graph(p, at + "/" + processorField(m), f.ql,
        distributed ? p.queryLanguage().orElse(QueryLanguage.JSONPATH) : topLanguage,
        "the item processor of \"" + ExpressionText.lastSegment(at) + "\"", distributed);
  }

  private void itemReader(ItemReader r, String at, StateFields f) {
    if (!isS3(r.resource(), "getObject", "listObjectsV2") && !hasPlaceholder(r.resource())) {
      report(INVALID_RESOURCE, at + "/Resource", "an ItemReader reads with"
          + " arn:aws:states:::s3:getObject or arn:aws:states:::s3:listObjectsV2");
    }
    f.jsonPathOnly("Parameters", r.parameters(), at + "/Parameters");
    r.parameters().ifPresent(v -> run.expressions.template(v, at + "/Parameters"));
    f.argumentsAt(r.arguments(), at + "/Arguments");
    r.readerConfig().flatMap(c -> c.maxItems()).ifPresent(v -> f.numberAt(v, at
        + "/ReaderConfig", Limit.MAX_ITEMS));
    readerConfig(r, at + "/ReaderConfig");
  }

  private void readerConfig(ItemReader r, String at) {
    ReaderConfig c = r.readerConfig().orElse(null);
    boolean getObject = r.resource().endsWith(":getObject");
    boolean inventory = c != null && c.manifestType().orElse(null) == ManifestType.S3_INVENTORY;
    if (getObject && !inventory && (c == null || c.inputType().isEmpty())) {
      report(MISSING_FIELD, c == null ? at.substring(0, at.lastIndexOf('/')) : at,
          "reading a file with s3:getObject needs \"ReaderConfig\": {\"InputType\": ...}"
          + " (CSV, JSON, JSONL, PARQUET or MANIFEST)");
    }
    if (c == null) {
      return;
    }
    if (inventory && c.inputType().isPresent()) {
      report(FIELD_NOT_ALLOWED, at + "/InputType", "an S3_INVENTORY manifest sets its own"
          + " input type; remove \"InputType\"");
    }
    boolean given = c.csvHeaderLocation().orElse(null) == CsvHeaderLocation.GIVEN;
    if (given && c.csvHeaders().isEmpty()) {
      report(MISSING_FIELD, at, "\"CSVHeaderLocation\": \"GIVEN\" needs the column names in"
          + " \"CSVHeaders\"");
    } else if (!given && c.csvHeaders().isPresent()) {
      report(FIELD_NOT_ALLOWED, at + "/CSVHeaders", "\"CSVHeaders\" is used only with"
          + " \"CSVHeaderLocation\": \"GIVEN\"");
    }
    ReaderInputType input = c.inputType().orElse(null);
    if (c.csvHeaderLocation().isPresent() && input != null && input != ReaderInputType.CSV
        && input != ReaderInputType.MANIFEST) {
      report(FIELD_NOT_ALLOWED, at + "/CSVHeaderLocation", "\"CSVHeaderLocation\" is for CSV"
          + " (and MANIFEST) input, not " + input.jsonName());
    }
    if (c.transformation().isPresent() && getObject) {
      report(FIELD_NOT_ALLOWED, at + "/Transformation", "\"Transformation\" applies to"
          + " s3:listObjectsV2 listings, not to a single s3:getObject file");
    }
    c.itemsPointer().filter(p -> !p.isEmpty() && !p.startsWith("/")).ifPresent(p ->
        report(INVALID_VALUE, at + "/ItemsPointer", "\"" + p + "\" is not a JSON Pointer;"
            + " write it as /data/items"));
  }

  private void itemBatcher(ItemBatcher b, String at, StateFields f) {
    if (b.maxItemsPerBatch().isEmpty() && b.maxInputBytesPerBatch().isEmpty()) {
      report(MISSING_FIELD, at, "an ItemBatcher needs MaxItemsPerBatch or"
          + " MaxInputBytesPerBatch");
    }
    b.maxItemsPerBatch().ifPresent(v -> f.numberAt(v, at, Limit.MAX_ITEMS_PER_BATCH));
    b.maxInputBytesPerBatch().ifPresent(v -> f.numberAt(v, at,
        Limit.MAX_INPUT_BYTES_PER_BATCH));
    b.batchInput().ifPresent(v -> f.payload(v, at + "/BatchInput"));
  }

  private void resultWriter(ResultWriter w, String at, StateFields f) {
    if (w.resource().isEmpty() && w.writerConfig().isEmpty()) {
      report(MISSING_FIELD, at, "a ResultWriter needs a Resource with Parameters, a"
          + " WriterConfig, or both");
    }
    boolean target = w.parameters().isPresent() || w.arguments().isPresent();
    w.resource().ifPresent(r -> {
      if (!isS3(r, "putObject") && !hasPlaceholder(r)) {
        report(INVALID_RESOURCE, at + "/Resource", "a ResultWriter writes with"
            + " arn:aws:states:::s3:putObject");
      }
      if (!target) {
        report(MISSING_FIELD, at, "a ResultWriter with a Resource needs the bucket and prefix"
            + " to write to, in \"Parameters\" (or \"Arguments\" in JSONata)");
      }
    });
    if (target && w.resource().isEmpty()) {
      report(MISSING_FIELD, at, "a ResultWriter with Parameters needs \"Resource\":"
          + " \"arn:aws:states:::s3:putObject\"");
    }
    f.jsonPathOnly("Parameters", w.parameters(), at + "/Parameters");
    w.parameters().ifPresent(v -> run.expressions.template(v, at + "/Parameters"));
    f.argumentsAt(w.arguments(), at + "/Arguments");
  }

  private void distributedOnly(Optional<?> field, String at, String name) {
    // a warning: validators disagree whether Step Functions rejects it or runs the Map inline
    if (field.isPresent()) {
      report(DISTRIBUTED_ONLY, at + "/" + name, "\"" + name + "\" is for Distributed Maps,"
          + " but this Map has no \"ProcessorConfig\": {\"Mode\": \"DISTRIBUTED\"}, so it runs"
          + " inline; add the ProcessorConfig (with ExecutionType) to its ItemProcessor");
    }
  }

  private void label(String label, String at) {
    if (label.isEmpty()) {
      report(INVALID_LABEL, at, "Label cannot be empty");
    } else if (label.codePointCount(0, label.length()) > 40) {
      report(INVALID_LABEL, at, "Label is longer than 40 characters");
    } else {
      for (int i = 0; i < label.length(); i++) {
        char c = label.charAt(i);
        if (Character.isWhitespace(c) || c < 0x20 || (c >= 0x7f && c <= 0x9f)
            || "?*<>{}[]\"#%\\^|~`$&,;:/".indexOf(c) >= 0) {
          report(INVALID_LABEL, at, "Label contains invalid character '" + c + "'; no white"
              + " space, control characters or ? * < > { } [ ] \" # % \\ ^ | ~ ` $ & , ; : /");
          return;
        }
      }
    }
  }

  /** Whether a resource is the request-response S3 integration of one of the actions. */
  private static boolean isS3(String resource, String... actions) {
    ResourceArn arn = TaskRules.arn(resource);
    if (arn == null || arn.pattern() != IntegrationPattern.REQUEST_RESPONSE) {
      return false;
    }
    for (String action : actions) {
      if (arn.is("s3", action)) {
        return true;
      }
    }
    return false;
  }

  /** The JSON name of a number field that may have been written as its {@code Path} twin. */
  private static String twin(Optional<DynamicNumber> v, String field) {
    return v.orElse(null) instanceof JsonPath ? field + "Path" : field;
  }

  private static String processorField(MapState m) {
    return m.legacyIterator() ? "Iterator" : "ItemProcessor";
  }
}
