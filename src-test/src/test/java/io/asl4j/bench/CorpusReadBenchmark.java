package io.asl4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.asl4j.json.AslReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading every valid corpus definition, side by side with plain Jackson {@code readTree} on the
 * same bytes. Target: asl4j's throughput at least half of Jackson's (it parses the same JSON, then
 * builds and checks the typed model).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CorpusReadBenchmark {

  private List<byte[]> files;
  private final ObjectMapper jackson = new ObjectMapper();
  private final AslReader reader = AslReader.create().keepUnknownFields(true);

  /** Loads the corpus (system property {@code asl4j.corpus}, default {@code ../shared/corpus}). */
  @Setup
  public void load() {
    Path valid = Path.of(System.getProperty("asl4j.corpus", "../shared/corpus"), "valid");
    try (Stream<Path> s = Files.walk(valid)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().map(p -> {
        try {
          return Files.readAllBytes(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("corpus not found at " + valid, e);
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("no corpus definitions under " + valid);
    }
  }

  /**
   * Jackson's tree model over the corpus: the baseline.
   *
   * @param bh sink for the trees
   * @throws IOException never for the corpus
   */
  @Benchmark
  public void jacksonReadTree(Blackhole bh) throws IOException {
    for (byte[] f : files) {
      JsonNode tree = jackson.readTree(f);
      bh.consume(tree);
    }
  }

  /**
   * asl4j's reader over the corpus: parse, map onto the typed model, check.
   *
   * @param bh sink for the workflows
   */
  @Benchmark
  public void asl4jRead(Blackhole bh) {
    for (byte[] f : files) {
      bh.consume(reader.read(f));
    }
  }
}
