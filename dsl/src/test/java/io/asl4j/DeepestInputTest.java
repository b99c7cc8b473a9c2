package io.asl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.diagram.Diagram;
import io.asl4j.json.AslReadException;
import io.asl4j.json.AslReader;
import io.asl4j.json.JsonDiff;
import io.asl4j.syntax.InputLimits;
import io.asl4j.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The deepest definitions {@link InputLimits} lets through, in every shape that nests, go through
 * every recursive walk of {@code dsl} (the reader's two paths, the writer, the validator, both
 * renderers, the JSON comparison, equality) on a thread with the JVM's usual 1 MiB stack: the
 * limits, not luck, keep each recursion in bounds.
 */
class DeepestInputTest {

  /** Levels of nesting above a value in a state field: root, States, the state. */
  private static final int ABOVE = 3;

  private static String pass(String field, String value) {
    return "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"A\", \"States\": {\"A\": {\"Type\":"
        + " \"Pass\", \"" + field + "\": " + value + ", \"End\": true}}}";
  }

  private static String oneValue(String field, String value) {
    return "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"" + field + "\": "
        + value + ", \"End\": true}}}";
  }

  private static String nestedParallel(int levels) {
    String state = "{\"Type\": \"Pass\", \"End\": true}";
    for (int i = 0; i < levels; i++) {
      state = "{\"Type\": \"Parallel\", \"Branches\": [{\"StartAt\": \"P" + i + "\", \"States\":"
          + " {\"P" + i + "\": " + state + "}}], \"End\": true}";
    }
    return "{\"StartAt\": \"Top\", \"States\": {\"Top\": " + state + "}}";
  }

  /** A Choice rule of {@code levels} Not rules, each inside the one before. */
  private static String nestedNot(int levels) {
    String rule = "{\"Variable\": \"$.x\", \"IsPresent\": true}";
    for (int i = 1; i < levels; i++) {
      rule = "{\"Not\": " + rule + "}";
    }
    return "{\"StartAt\": \"C\", \"States\": {\"C\": {\"Type\": \"Choice\", \"Choices\":"
        + " [{\"Not\": " + rule + ", \"Next\": \"D\"}], \"Default\": \"D\"}, \"D\": {\"Type\":"
        + " \"Succeed\"}}}";
  }

  /**
   * Runs every walk over the definition on a 1 MiB stack, failing on anything thrown, after
   * checking that it is as deep as the reader allows: one level more is refused.
   */
  private static void everyWalk(String json, String oneLevelDeeper) throws InterruptedException {
    assertThatThrownBy(() -> Workflow.fromJson(oneLevelDeeper)).isInstanceOf(
        AslReadException.class).hasMessageContaining("nesting is deeper than 256 levels");
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        AslReader lenient = AslReader.create().keepUnknownFields(true);
        Workflow fast = lenient.read(json.getBytes(StandardCharsets.UTF_8));
        // an unknown member at the top sends the same text down the located path
        Workflow located = lenient.read(json.replaceFirst("\\{", "{\"X-Unknown\": 1, "));
        String written = fast.toJson();
        assertThat(JsonDiff.firstDifference(json, written)).isEmpty();
        assertThat(Workflow.fromJson(written)).isEqualTo(fast).hasSameHashCodeAs(fast);
        assertThat(located.toString()).isNotEmpty();
        Validator.create().validate(json);
        Validator.create().validate(fast);
        assertThat(Diagram.mermaid(fast)).isNotEmpty();
        assertThat(Diagram.dot(fast)).isNotEmpty();
      } catch (Throwable e) {
        thrown.set(e);
      }
    }, "one-mebibyte-stack", 1 << 20);
    t.start();
    t.join();
    assertThat(thrown.get()).isNull();
  }

  @Test
  void arraysNestedToTheLimit() throws InterruptedException {
    int n = InputLimits.MAX_JSON_NESTING - ABOVE;
    everyWalk(pass("Result", "[".repeat(n) + "]".repeat(n)),
        pass("Result", "[".repeat(n + 1) + "]".repeat(n + 1)));
  }

  @Test
  void objectsNestedToTheLimitWithAnExpressionAtTheBottom() throws InterruptedException {
    int n = InputLimits.MAX_JSON_NESTING - ABOVE;
    String deepest = "\"{% " + "(".repeat(InputLimits.MAX_JSONATA_NESTING) + "$x"
        + ")".repeat(InputLimits.MAX_JSONATA_NESTING) + " %}\"";
    everyWalk(pass("Output", "{\"a\": ".repeat(n) + deepest + "}".repeat(n)),
        pass("Output", "{\"a\": ".repeat(n + 1) + deepest + "}".repeat(n + 1)));
  }

  @Test
  void templatesNestedToTheLimitWithIntrinsicCallsAtTheBottom() throws InterruptedException {
    int n = InputLimits.MAX_JSON_NESTING - ABOVE;
    int calls = InputLimits.MAX_INTRINSIC_NESTING - 1;
    String deepest = "{\"x.$\": \"" + "States.Format('{}', ".repeat(calls) + "States.UUID()"
        + ")".repeat(calls) + "\"}";
    everyWalk(oneValue("Parameters", "{\"a\": ".repeat(n - 1) + deepest + "}".repeat(n - 1)),
        oneValue("Parameters", "{\"a\": ".repeat(n) + deepest + "}".repeat(n)));
  }

  @Test
  void choiceRulesNestedToTheLimit() throws InterruptedException {
    // root, States, the state, Choices and the rule, then a level per Not
    int n = InputLimits.MAX_JSON_NESTING - 5;
    everyWalk(nestedNot(n), nestedNot(n + 1));
  }

  @Test
  void parallelStatesNestedToTheLimit() throws InterruptedException {
    // root, States and the innermost state, then four per level: the state, Branches, the
    // branch, its States
    int n = (InputLimits.MAX_JSON_NESTING - 3) / 4;
    everyWalk(nestedParallel(n), nestedParallel(n + 1));
  }
}
