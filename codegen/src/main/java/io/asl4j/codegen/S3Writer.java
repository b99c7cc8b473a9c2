package io.asl4j.codegen;

import com.palantir.javapoet.CodeBlock;
import io.asl4j.integrations.S3;
import io.asl4j.model.CsvHeaderLocation;
import io.asl4j.model.ItemBatcher;
import io.asl4j.model.ItemReader;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonObject;
import io.asl4j.model.ReaderConfig;
import io.asl4j.model.ResultWriter;
import io.asl4j.model.Value;
import io.asl4j.model.WriterConfig;
import io.asl4j.model.WriterOutputType;
import io.asl4j.model.WriterTransformation;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes Distributed Map parts with the {@code S3} helpers ({@code S3.csv(bucket, key, FIRST_ROW)},
 * {@code S3.results(bucket, prefix)}, {@code S3.batchesOf(10)}) when the helper builds exactly the
 * same record; other shapes keep the record constructor.
 */
final class S3Writer {

  private S3Writer() {}

  static Optional<CodeBlock> reader(ItemReader r, Function<Value, CodeBlock> value) {
    JsonObject p = r.parameters().orElse(null) instanceof JsonObject o ? o : null;
    if (p == null || p.members().size() != 2 || r.arguments().isPresent()) {
      return Optional.empty();
    }
    Map<String, Value> m = p.members();
    Optional<ReaderConfig> config = r.readerConfig();
    JsonNumber limit = config.flatMap(ReaderConfig::maxItems).orElse(null) instanceof JsonNumber n
        && JavaLiterals.isLong(n) ? n : null;
    Value bucket = m.get("Bucket");
    if (bucket == null) {
      return Optional.empty();
    }
    ItemReader made;
    CodeBlock code;
    if (m.containsKey("Prefix")) {
      made = S3.objects(bucket, m.get("Prefix"));
      code = CodeBlock.of("$T.objects($L, $L)", S3.class, value.apply(bucket),
          value.apply(m.get("Prefix")));
    } else if (m.containsKey("Key") && config.flatMap(ReaderConfig::inputType).isPresent()) {
      Value key = m.get("Key");
      switch (config.get().inputType().get()) {
        case CSV -> {
          CsvHeaderLocation h = config.get().csvHeaderLocation().orElse(null);
          if (h == null) {
            return Optional.empty();
          }
          made = S3.csv(bucket, key, h);
          code = CodeBlock.of("$T.csv($L, $L, $T.$L)", S3.class, value.apply(bucket),
              value.apply(key), CsvHeaderLocation.class, h.name());
        }
        case JSON -> {
          made = S3.json(bucket, key);
          code = CodeBlock.of("$T.json($L, $L)", S3.class, value.apply(bucket), value.apply(key));
        }
        case JSONL -> {
          made = S3.jsonLines(bucket, key);
          code = CodeBlock.of("$T.jsonLines($L, $L)", S3.class, value.apply(bucket),
              value.apply(key));
        }
        default -> {
          return Optional.empty();
        }
      }
    } else {
      return Optional.empty();
    }
    if (limit != null) {
      made = S3.limit(made, Long.parseLong(limit.text()));
      code = CodeBlock.of("$T.limit($L, $L)", S3.class, code, JavaLiterals.javaLong(limit));
    }
    return made.equals(r) ? Optional.of(code) : Optional.empty();
  }

  static Optional<CodeBlock> writer(ResultWriter w, Function<Value, CodeBlock> value) {
    JsonObject p = w.parameters().orElse(null) instanceof JsonObject o ? o : null;
    if (p == null || p.members().size() != 2 || !p.members().containsKey("Bucket")
        || !p.members().containsKey("Prefix")) {
      return Optional.empty();
    }
    Value bucket = p.members().get("Bucket");
    Value prefix = p.members().get("Prefix");
    WriterConfig c = w.writerConfig().orElse(null);
    ResultWriter made;
    CodeBlock code;
    if (c == null) {
      made = S3.results(bucket, prefix);
      code = CodeBlock.of("$T.results($L, $L)", S3.class, value.apply(bucket),
          value.apply(prefix));
    } else if (c.outputType().isPresent() && c.transformation().isPresent()) {
      WriterOutputType format = c.outputType().get();
      WriterTransformation shape = c.transformation().get();
      made = S3.results(bucket, prefix, format, shape);
      code = CodeBlock.of("$T.results($L, $L, $T.$L, $T.$L)", S3.class, value.apply(bucket),
          value.apply(prefix), WriterOutputType.class, format.name(),
          WriterTransformation.class, shape.name());
    } else {
      return Optional.empty();
    }
    return made.equals(w) ? Optional.of(code) : Optional.empty();
  }

  static Optional<CodeBlock> batcher(ItemBatcher b, Function<Value, CodeBlock> value) {
    if (!(b.maxItemsPerBatch().orElse(null) instanceof JsonNumber n) || !JavaLiterals.isLong(n)
        || b.maxInputBytesPerBatch().isPresent()) {
      return Optional.empty();
    }
    long max = Long.parseLong(n.text());
    ItemBatcher made = b.batchInput().isPresent() ? S3.batchesOf(max, b.batchInput().get())
        : S3.batchesOf(max);
    CodeBlock code = b.batchInput().isPresent()
        ? CodeBlock.of("$T.batchesOf($L, $L)", S3.class, JavaLiterals.javaLong(n),
            value.apply(b.batchInput().get()))
        : CodeBlock.of("$T.batchesOf($L)", S3.class, JavaLiterals.javaLong(n));
    return made.equals(b) ? Optional.of(code) : Optional.empty();
  }
}
