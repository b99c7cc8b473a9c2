package io.asl4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.CodeBlock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Intrinsic calls become typed {@code Intrinsics} calls only when those give back the exact text;
 * anything else, however unusual, falls back to {@code Intrinsic.of(text)} without failing.
 */
class IntrinsicWriterTest {

  private static Optional<String> write(String text) {
    return IntrinsicWriter.write(text, p -> CodeBlock.of("path($S)", p)).map(CodeBlock::toString);
  }

  @Test
  void everyArgumentKindHasItsTypedForm() {
    assertThat(write("States.Array('it\\'s \\{x\\}', 3, 2.5, true, null, $.a, States.UUID())"))
        .contains("io.asl4j.Intrinsics.array(io.asl4j.Intrinsics.str(\"it's {x}\"),"
            + " io.asl4j.Intrinsics.num(3), new io.asl4j.model.JsonNumber(\"2.5\"),"
            + " io.asl4j.Intrinsics.bool(true), io.asl4j.Values.nullValue(), path(\"$.a\"),"
            + " io.asl4j.Intrinsics.uuid())");
    assertThat(write("States.Format('{} of {}', $.a, States.Hash($.b, 'SHA-256'))"))
        .contains("io.asl4j.Intrinsics.format(\"{} of {}\", path(\"$.a\"),"
            + " io.asl4j.Intrinsics.hash(path(\"$.b\"),"
            + " io.asl4j.Intrinsics.HashAlgorithm.SHA_256))");
  }

  @Test
  void spellingsTheTypedFormWouldChangeAreKeptAsText() {
    assertThat(write("States.Format('{}',$.x)")).isEmpty();
    assertThat(write("States.Array( 1)")).isEmpty();
    assertThat(write("States.Array(01)")).isEmpty();
    assertThat(write("States.JsonMerge($.a, $.b, true)")).isEmpty();
    assertThat(write("States.Hash($.a, 'MD4')")).isEmpty();
  }

  @Test
  void textThatIsNotACallIsKeptAsText() {
    assertThat(write("States.Format(")).isEmpty();
    assertThat(write("States.Nope()")).isEmpty();
    assertThat(write("States.Array(".repeat(3000) + ")".repeat(3000))).isEmpty();
  }
}
