package io.asl4j.json;

import static io.asl4j.json.FieldTables.ITEM_BATCHER_FIELDS;
import static io.asl4j.json.FieldTables.ITEM_READER_FIELDS;
import static io.asl4j.json.FieldTables.MAP_FIELDS;
import static io.asl4j.json.FieldTables.PROCESSOR_CONFIG_FIELDS;
import static io.asl4j.json.FieldTables.READER_CONFIG_FIELDS;
import static io.asl4j.json.FieldTables.RESULT_WRITER_FIELDS;
import static io.asl4j.json.FieldTables.WRITER_CONFIG_FIELDS;

import io.asl4j.model.CsvDelimiter;
import io.asl4j.model.CsvHeaderLocation;
import io.asl4j.model.DynamicNumber;
import io.asl4j.model.ExecutionType;
import io.asl4j.model.ItemBatcher;
import io.asl4j.model.ItemProcessor;
import io.asl4j.model.ItemReader;
import io.asl4j.model.ManifestType;
import io.asl4j.model.MapState;
import io.asl4j.model.ProcessorConfig;
import io.asl4j.model.ProcessorMode;
import io.asl4j.model.QueryLanguage;
import io.asl4j.model.ReaderConfig;
import io.asl4j.model.ReaderInputType;
import io.asl4j.model.ReaderTransformation;
import io.asl4j.model.ResultWriter;
import io.asl4j.model.Transition;
import io.asl4j.model.Value;
import io.asl4j.model.WriterConfig;
import io.asl4j.model.WriterOutputType;
import io.asl4j.model.WriterTransformation;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Reads the Map state and its parts: {@code ItemReader} and its {@code ReaderConfig},
 * {@code ItemBatcher}, {@code ResultWriter} and its {@code WriterConfig}, and the item
 * processor's {@code ProcessorConfig} (the processor itself is a graph: {@link GraphReaders}).
 */
final class MapReaders {

  private MapReaders() {}

  /** A Map state, after its Type. */
  static final class MapStateReader extends StateReader<MapState> {
    private static final Set<Shared> SHARED = Shared.in(MAP_FIELDS);
    final OneOf<Value> items = new OneOf<>();
    final OneOf<ItemProcessor> processor = new OneOf<>();
    final OneOf<DynamicNumber> maxConcurrency = new OneOf<>();
    final OneOf<DynamicNumber> failurePercentage = new OneOf<>();
    final OneOf<DynamicNumber> failureCount = new OneOf<>();
    ItemReader reader;
    Value itemSelector;
    ItemBatcher batcher;
    String label;
    ResultWriter writer;
    Transition next;

    MapStateReader(RecordCursor r, QueryLanguage inherited) {
      super(r, "a Map state", MAP_FIELDS, SHARED, inherited);
    }

    @Override
    boolean member(String name) throws IOException {
      ReadCursor c = r.c;
      switch (name) {
        case "ItemsPath":
          items.set(r, r.refPath(), "ItemsPath", "Items");
          return true;
        case "Items":
          items.set(r, r.value(Mapper.ValueMode.JSONATA), "ItemsPath", "Items");
          return true;
        case "ItemProcessor":
        case "Iterator":
          processor.set(r, GraphReaders.processor(c, r.member(), name, language()),
              "ItemProcessor", "Iterator");
          return true;
        case "MaxConcurrency":
        case "MaxConcurrencyPath":
          maxConcurrency.set(r, r.dynamicNumber(), "MaxConcurrency", "MaxConcurrencyPath");
          return true;
        case "ToleratedFailurePercentage":
        case "ToleratedFailurePercentagePath":
          failurePercentage.set(r, r.dynamicNumber(), "ToleratedFailurePercentage",
              "ToleratedFailurePercentagePath");
          return true;
        case "ToleratedFailureCount":
        case "ToleratedFailureCountPath":
          failureCount.set(r, r.dynamicNumber(), "ToleratedFailureCount",
              "ToleratedFailureCountPath");
          return true;
        case "ItemReader":
          reader = itemReader(c, r.member());
          return true;
        case "ItemSelector":
          itemSelector = r.value(ValueReader.modeOf(language()));
          return true;
        case "ItemBatcher":
          batcher = itemBatcher(c, r.member(), language());
          return true;
        case "Label":
          label = r.string();
          return true;
        case "ResultWriter":
          writer = resultWriter(c, r.member());
          return true;
        default:
          return shared(name);
      }
    }

    @Override
    void check() {
      if (processor.key == null) {
        r.c.problem(r.position, r.pointer, "MISSING_FIELD", "missing \"ItemProcessor\"; a Map"
            + " state needs the states to run for each item (\"ItemProcessor\", or the legacy"
            + " \"Iterator\")");
      }
      next = requireTransition();
    }

    @Override
    MapState make() {
      return new MapState(opt(comment), opt(ql), opt(inputPath), opt(arguments), opt(items.value),
          opt(reader), opt(itemSelector), opt(parameters), opt(batcher),
          opt(maxConcurrency.value), opt(failurePercentage.value), opt(failureCount.value),
          opt(label), processor.value, "Iterator".equals(processor.key), opt(writer),
          opt(resultSelector), opt(resultPath), opt(outputPath), opt(output), opt(assign),
          opt(retry), opt(catchers), next, unknown());
    }
  }

  static ProcessorConfig processorConfig(ReadCursor c, Pointer p) throws IOException {
    RecordCursor r = c.record(p, "an object with \"Mode\" and \"ExecutionType\"", null);
    return r == null ? null : new ProcessorConfigReader(r).read();
  }

  static ItemReader itemReader(ReadCursor c, Pointer p) throws IOException {
    RecordCursor r = c.record(p, "an item reader object with \"Resource\"", null);
    return r == null ? null : new ItemReaderReader(r).read();
  }

  static ReaderConfig readerConfig(ReadCursor c, Pointer p) throws IOException {
    RecordCursor r = c.record(p, "a reader configuration object", null);
    return r == null ? null : new ReaderConfigReader(r).read();
  }

  static ItemBatcher itemBatcher(ReadCursor c, Pointer p, QueryLanguage ql) throws IOException {
    RecordCursor r = c.record(p, "an item batcher object", null);
    return r == null ? null : new ItemBatcherReader(r, ql).read();
  }

  static ResultWriter resultWriter(ReadCursor c, Pointer p) throws IOException {
    RecordCursor r = c.record(p, "a result writer object", null);
    return r == null ? null : new ResultWriterReader(r).read();
  }

  static WriterConfig writerConfig(ReadCursor c, Pointer p) throws IOException {
    RecordCursor r = c.record(p, "a writer configuration object", null);
    return r == null ? null : new WriterConfigReader(r).read();
  }

  private static final class ProcessorConfigReader extends RecordReader<ProcessorConfig> {
    ProcessorMode mode;
    ExecutionType type;

    ProcessorConfigReader(RecordCursor r) {
      super(r, "a ProcessorConfig", PROCESSOR_CONFIG_FIELDS);
    }

    @Override
    boolean member(String name) throws IOException {
      switch (name) {
        case "Mode":
          mode = r.enumValue(ProcessorMode.class);
          return true;
        case "ExecutionType":
          type = r.enumValue(ExecutionType.class);
          return true;
        default:
          return false;
      }
    }

    @Override
    ProcessorConfig make() {
      return new ProcessorConfig(opt(mode), opt(type), unknown());
    }
  }

  /**
   * What an ItemReader and a ResultWriter share: the resource they call and its Parameters or
   * Arguments, beside their own configuration member.
   */
  private abstract static class ResourceCallReader<T, C> extends RecordReader<T> {
    private final String configName;
    String resource;
    C config;
    Value parameters;
    Value arguments;

    ResourceCallReader(RecordCursor r, String what, String[] fields,
        String configName) {
      super(r, what, fields);
      this.configName = configName;
    }

    /** Reads the configuration member. */
    abstract C config() throws IOException;

    @Override
    boolean member(String name) throws IOException {
      if (name.equals(configName)) {
        config = config();
        return true;
      }
      switch (name) {
        case "Resource":
          resource = r.resource();
          return true;
        case "Parameters":
          parameters = r.value(Mapper.ValueMode.TEMPLATE);
          return true;
        case "Arguments":
          arguments = r.value(Mapper.ValueMode.JSONATA);
          return true;
        default:
          return false;
      }
    }
  }

  private static final class ItemReaderReader extends ResourceCallReader<ItemReader, ReaderConfig> {

    ItemReaderReader(RecordCursor r) {
      super(r, "an ItemReader", ITEM_READER_FIELDS, "ReaderConfig");
    }

    @Override
    ReaderConfig config() throws IOException {
      return readerConfig(r.c, r.member());
    }

    @Override
    void check() {
      r.require(resource, "Resource", where, "for example \"arn:aws:states:::s3:getObject\"");
    }

    @Override
    ItemReader make() {
      return new ItemReader(resource, opt(config), opt(parameters), opt(arguments), unknown());
    }
  }

  private static final class ReaderConfigReader extends RecordReader<ReaderConfig> {
    ReaderInputType inputType;
    ManifestType manifestType;
    CsvHeaderLocation headerLocation;
    List<String> headers;
    CsvDelimiter delimiter;
    String itemsPointer;
    ReaderTransformation transformation;
    final OneOf<DynamicNumber> maxItems = new OneOf<>();

    ReaderConfigReader(RecordCursor r) {
      super(r, "a ReaderConfig", READER_CONFIG_FIELDS);
    }

    @Override
    boolean member(String name) throws IOException {
      switch (name) {
        case "InputType":
          inputType = r.enumValue(ReaderInputType.class);
          return true;
        case "ManifestType":
          manifestType = r.enumValue(ManifestType.class);
          return true;
        case "CSVHeaderLocation":
          headerLocation = r.enumValue(CsvHeaderLocation.class);
          return true;
        case "CSVHeaders":
          headers = r.strings();
          return true;
        case "CSVDelimiter":
          delimiter = r.enumValue(CsvDelimiter.class);
          return true;
        case "ItemsPointer":
          itemsPointer = r.string();
          return true;
        case "Transformation":
          transformation = r.enumValue(ReaderTransformation.class);
          return true;
        case "MaxItems":
        case "MaxItemsPath":
          maxItems.set(r, r.dynamicNumber(), "MaxItems", "MaxItemsPath");
          return true;
        default:
          return false;
      }
    }

    @Override
    ReaderConfig make() {
      return new ReaderConfig(opt(inputType), opt(manifestType), opt(headerLocation),
          opt(headers), opt(delimiter), opt(itemsPointer), opt(transformation),
          opt(maxItems.value), unknown());
    }
  }

  private static final class ItemBatcherReader extends RecordReader<ItemBatcher> {
    private final QueryLanguage ql;
    final OneOf<DynamicNumber> maxItems = new OneOf<>();
    final OneOf<DynamicNumber> maxBytes = new OneOf<>();
    Value batchInput;

    ItemBatcherReader(RecordCursor r, QueryLanguage ql) {
      super(r, "an ItemBatcher", ITEM_BATCHER_FIELDS);
      this.ql = ql;
    }

    @Override
    boolean member(String name) throws IOException {
      switch (name) {
        case "MaxItemsPerBatch":
        case "MaxItemsPerBatchPath":
          maxItems.set(r, r.dynamicNumber(), "MaxItemsPerBatch", "MaxItemsPerBatchPath");
          return true;
        case "MaxInputBytesPerBatch":
        case "MaxInputBytesPerBatchPath":
          maxBytes.set(r, r.dynamicNumber(), "MaxInputBytesPerBatch",
              "MaxInputBytesPerBatchPath");
          return true;
        case "BatchInput":
          batchInput = r.value(ValueReader.modeOf(ql));
          return true;
        default:
          return false;
      }
    }

    @Override
    ItemBatcher make() {
      return new ItemBatcher(opt(maxItems.value), opt(maxBytes.value), opt(batchInput),
          unknown());
    }
  }

  private static final class ResultWriterReader
      extends ResourceCallReader<ResultWriter, WriterConfig> {

    ResultWriterReader(RecordCursor r) {
      super(r, "a ResultWriter", RESULT_WRITER_FIELDS, "WriterConfig");
    }

    @Override
    WriterConfig config() throws IOException {
      return writerConfig(r.c, r.member());
    }

    @Override
    ResultWriter make() {
      return new ResultWriter(opt(resource), opt(config), opt(parameters), opt(arguments),
          unknown());
    }
  }

  private static final class WriterConfigReader extends RecordReader<WriterConfig> {
    WriterOutputType outputType;
    WriterTransformation transformation;

    WriterConfigReader(RecordCursor r) {
      super(r, "a WriterConfig", WRITER_CONFIG_FIELDS);
    }

    @Override
    boolean member(String name) throws IOException {
      switch (name) {
        case "OutputType":
          outputType = r.enumValue(WriterOutputType.class);
          return true;
        case "Transformation":
          transformation = r.enumValue(WriterTransformation.class);
          return true;
        default:
          return false;
      }
    }

    @Override
    WriterConfig make() {
      return new WriterConfig(opt(outputType), opt(transformation), unknown());
    }
  }
}
