package io.asl4j.dsl;

import static io.asl4j.Asl.startAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.Workflow;
import io.asl4j.validation.Diagnostic;
import io.asl4j.validation.DiagnosticCode;
import org.junit.jupiter.api.Test;

/** Names Asl refuses, built on purpose: only {@code buildUnvalidated()} takes them. */
class UncheckedNamesTest {

  private static final String LONG = "n".repeat(81);

  @Test
  void anEmptyOrLongNameIsBuiltUnvalidated() {
    Step last = UncheckedNames.succeed(LONG);
    Step first = UncheckedNames.pass("").next(last);

    Workflow w = startAt(first).buildUnvalidated();

    assertThat(w.startAt()).isEmpty();
    assertThat(w.states()).containsOnlyKeys("", LONG);
    assertThat(Workflow.fromJson(w.toJson())).isEqualTo(w);
  }

  @Test
  void buildStillRefusesThem() {
    Step last = UncheckedNames.succeed(LONG);
    Step first = UncheckedNames.pass("").next(last);

    assertThatThrownBy(() -> startAt(first).build())
        .isInstanceOfSatisfying(DefinitionException.class, e -> assertThat(e.diagnostics())
            .extracting(Diagnostic::code).containsExactlyInAnyOrder(
                DiagnosticCode.INVALID_STATE_NAME, DiagnosticCode.STATE_NAME_TOO_LONG));
  }

  @Test
  void everyStateTypeHasOne() {
    Step end = UncheckedNames.fail("");
    Step branch = UncheckedNames.succeed(LONG + "b");
    Step item = UncheckedNames.succeed(LONG + "i");
    Step map = UncheckedNames.map(LONG + "m").processor(item).next(end);
    Step parallel = UncheckedNames.parallel(LONG + "p").branch(branch).next(map);
    Step wait = UncheckedNames.waitState(LONG + "w").seconds(1).next(parallel);
    Step choice = UncheckedNames.choice(LONG + "c")
        .when(io.asl4j.Conditions.isPresent(io.asl4j.Values.path("$.x")), wait)
        .otherwise(wait);
    Step task = UncheckedNames.task(LONG + "t").resource("arn:aws:states:::lambda:invoke")
        .next(choice);

    assertThat(startAt(task).buildUnvalidated().states()).containsOnlyKeys(LONG + "t",
        LONG + "c", LONG + "w", LONG + "p", LONG + "m", "");
  }
}
