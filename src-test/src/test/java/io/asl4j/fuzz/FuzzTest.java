package io.asl4j.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Property-based fuzzing of the reader, writer, validator, renderers and generator, from the
 * corpus definitions as seeds (see {@link Inputs} and {@link Mutations}). Each test is one
 * property and prints one line, e.g. {@code Fuzz reader: 5000 inputs, 0 failures}.
 *
 * <p>A test fails on a kind of failure that {@code known-failures.tsv} does not list, showing the
 * shrunk input as a {@link Template} and the line to add while a fix is on its way. The default
 * run takes about a minute with a fixed seed; for a longer one see {@link FuzzSettings} and the
 * README, e.g. {@code mvn -B -pl src-test -am verify -Dtest=FuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dasl4j.fuzz.tries=200000 -Dasl4j.fuzz.seed=random}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the cheap properties warm the JIT first
class FuzzTest {

  private static FuzzSettings settings;
  private static Inputs inputs;
  private static KnownFailures known;

  @BeforeAll
  static void load() {
    settings = FuzzSettings.fromSystemProperties();
    inputs = Inputs.fromCorpus();
    known = KnownFailures.load();
  }

  @Test
  @Order(1)
  void theReaderReturnsAModelOrLocatedProblems() {
    check(Property.READER);
  }

  @Test
  @Order(2)
  void whatReadsIsWrittenBackAsTheSameTreeAndFormatIsIdempotent() {
    check(Property.ROUND_TRIP);
  }

  @Test
  @Order(3)
  void theValidatorReturnsDiagnosticsAndNeverThrows() {
    check(Property.VALIDATOR);
  }

  @Test
  @Order(4)
  void diagramsRenderWhateverReads() {
    check(Property.DIAGRAMS);
  }

  @Test
  @Order(5)
  void theGeneratorProducesSourceOrRefusesWithAReason() {
    check(Property.GENERATOR);
  }

  @Test
  @Order(6)
  void whatValidatesIsGeneratedAsJavaThatCompilesRunsAndReproducesIt() {
    check(Property.GENERATED_VALID);
  }

  @Test
  @Order(7)
  void whatReadsButDoesNotValidateIsGeneratedAsJavaThatReproducesItToo() {
    check(Property.GENERATED_UNVALIDATED);
  }

  private static void check(Property p) {
    FuzzRun run = onLargeStack(() -> new FuzzRun(p, inputs, settings, known).run());
    List<FuzzRun.Finding> found = run.newKinds();
    if (!found.isEmpty()) {
      StringBuilder sb = new StringBuilder();
      sb.append("Fuzz ").append(p.title()).append(": ").append(found.size())
          .append(" new kind(s) of failure; fix them, or list them in ")
          .append(KnownFailures.RESOURCE).append(" while a fix is on its way:");
      for (FuzzRun.Finding k : found) {
        sb.append("\n\n").append(k.signature).append(" (x").append(k.count).append(")\n")
            .append(run.describe(k));
      }
      fail(sb.toString());
    }
  }

  /**
   * Runs the fuzzer on a thread with a large stack: its own code recurses over inputs nested
   * thousands of levels deep. The checks themselves run on a normal stack ({@link Checker}).
   */
  static <T> T onLargeStack(Supplier<T> body) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        result.set(body.get());
      } catch (Throwable e) {
        thrown.set(e);
      }
    }, "fuzz-driver", 512L << 20);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    if (thrown.get() instanceof RuntimeException e) {
      throw e;
    }
    if (thrown.get() instanceof Error e) {
      throw e;
    }
    if (thrown.get() != null) {
      throw new IllegalStateException(thrown.get());
    }
    return result.get();
  }
}
