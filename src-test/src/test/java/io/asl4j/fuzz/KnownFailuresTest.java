package io.asl4j.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps {@code known-failures.tsv} honest: each listed failure must still happen on its
 * reproducer, with its exact signature. Once a fix lands, its line fails here until it is deleted,
 * so the list only shrinks, to empty.
 */
class KnownFailuresTest {

  @TestFactory
  Stream<DynamicTest> everyKnownFailureStillFailsOnItsReproducer() {
    List<KnownFailures.Entry> entries = KnownFailures.load().entries();
    return entries.stream().map(e -> DynamicTest.dynamicTest(
        e.property() + " (line " + e.line() + "): " + e.signature(), () -> {
          Property p = Property.byId(e.property());
          byte[] input = Template.expand(e.reproducer());
          Property.Outcome o;
          try (Checker checker = new Checker()) {
            o = FuzzTest.onLargeStack(() -> checker.check(p, input, 60_000));
          }
          if (o.failure() == null) {
            fail(KnownFailures.RESOURCE + ":" + e.line() + ": the " + e.property() + " property"
                + (o.applied() ? " passes" : " no longer applies") + " on this reproducer: if "
                + e.note() + " is fixed, delete the line");
          }
          assertThat(o.failure().signature())
              .as(KnownFailures.RESOURCE + ":" + e.line() + " fails differently now; "
                  + "detail: " + o.failure().detail())
              .isEqualTo(e.signature());
        }));
  }

  @Test
  void noLineRepeatsAnother() {
    Set<String> seen = new HashSet<>();
    for (KnownFailures.Entry e : KnownFailures.load().entries()) {
      assertThat(seen.add(e.property() + '\t' + e.signature() + '\t' + e.reproducer()))
          .as(KnownFailures.RESOURCE + ":" + e.line() + " repeats an earlier line").isTrue();
    }
  }

  @Test
  void templatesGiveBackTheExactBytes() {
    byte[] bytes = {'{', '{', '"', (byte) 0xC0, (byte) 0xAF, '"', '\n', 'x', 'x', 'x', 'x', 'x',
        'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x',
        'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', '{', (byte) 0xE2, (byte) 0x80, (byte) 0xA8};
    String template = Template.encode(bytes);

    assertThat(template).isEqualTo(
        "{{bytes 7B}}{\"{{bytes C0 AF}}\"{{bytes 0A}}{{repeat 32 \"x\"}}{{bytes 7B E2 80 A8}}");
    assertThat(Template.expand(template)).isEqualTo(bytes);
  }
}
