package io.asl4j.model;

import static io.asl4j.Asl.map;
import static io.asl4j.Asl.startAt;
import static io.asl4j.Asl.succeed;
import static io.asl4j.Asl.task;
import static io.asl4j.Asl.waitState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.dsl.Retry;
import io.asl4j.validation.Diagnostic;
import io.asl4j.validation.DiagnosticCode;
import io.asl4j.validation.Validator;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table of ASL ranges, and that the DSL and the validator word a violation the same way. */
class LimitTest {

  @Test
  void problemSaysTheValueAndTheRange() {
    assertThat(Limit.MAX_ATTEMPTS.problem("-1"))
        .isEqualTo("MaxAttempts is -1; it must be from 0 to 99999999");
    assertThat(Limit.BACKOFF_RATE.problem("0.5"))
        .isEqualTo("BackoffRate is 0.5; it must be at least 1.0");
    assertThat(Limit.TOLERATED_FAILURE_PERCENTAGE.problem("100.5"))
        .isEqualTo("ToleratedFailurePercentage is 100.5; it must be from 0 to 100");
  }

  @Test
  void rangesAreInclusive() {
    assertThat(Limit.TASK_TIMEOUT_SECONDS.allows(BigDecimal.ONE)).isTrue();
    assertThat(Limit.TASK_TIMEOUT_SECONDS.allows(BigDecimal.valueOf(Limit.MAX_SECONDS))).isTrue();
    assertThat(Limit.TASK_TIMEOUT_SECONDS.allows(BigDecimal.ZERO)).isFalse();
    assertThat(Limit.TASK_TIMEOUT_SECONDS.allows(BigDecimal.valueOf(Limit.MAX_SECONDS + 1)))
        .isFalse();
    assertThat(Limit.BACKOFF_RATE.allows(new BigDecimal("1e9"))).isTrue();
    assertThat(Limit.BACKOFF_RATE.max()).isEmpty();
  }

  @Test
  void requireThrowsTheProblem() {
    assertThat(Limit.WAIT_SECONDS.require(0)).isZero();
    assertThatThrownBy(() -> Limit.WAIT_SECONDS.require(-5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Seconds is -5; it must be from 0 to 99999999");
    assertThatThrownBy(() -> Limit.TOLERATED_FAILURE_PERCENTAGE.require(Double.NaN))
        .hasMessage("ToleratedFailurePercentage is NaN; it must be from 0 to 100");
    assertThatThrownBy(() -> Limit.BACKOFF_RATE.require(new JsonNumber("0.99")))
        .hasMessage("BackoffRate is 0.99; it must be at least 1.0");
  }

  @Test
  void dslBuildersThrowTheProblem() {
    assertThatThrownBy(() -> task("T").resource("arn:aws:states:::sqs:sendMessage")
        .timeoutSeconds(0)).hasMessage("TimeoutSeconds is 0; it must be from 1 to 99999999");
    assertThatThrownBy(() -> task("T").resource("arn:aws:states:::sqs:sendMessage").heartbeatSeconds(100_000_000))
        .hasMessage("HeartbeatSeconds is 100000000; it must be from 1 to 99999999");
    assertThatThrownBy(() -> waitState("W").seconds(-1))
        .hasMessage("Seconds is -1; it must be from 0 to 99999999");
    assertThatThrownBy(() -> startAt(succeed("S")).timeoutSeconds(-1))
        .hasMessage("TimeoutSeconds is -1; it must be from 0 to 99999999");
    assertThatThrownBy(() -> Retry.policy().intervalSeconds(0))
        .hasMessage("IntervalSeconds is 0; it must be from 1 to 99999999");
    assertThatThrownBy(() -> map("M").processor(succeed("P")).maxConcurrency(-1))
        .hasMessage("MaxConcurrency is -1; it must be from 0 to 2147483647");
    assertThatThrownBy(() -> map("M").processor(succeed("P")).toleratedFailurePercentage(100.5))
        .hasMessage("ToleratedFailurePercentage is 100.5; it must be from 0 to 100");
    assertThatThrownBy(() -> map("M").processor(succeed("P")).toleratedFailureCount(-2))
        .hasMessage("ToleratedFailureCount is -2; it must be from 0 to 2147483647");
  }

  @Test
  void validatorReportsTheSameWordsAsTheBuilders() {
    String json = """
        {"StartAt": "A", "TimeoutSeconds": -1, "States": {
          "A": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
            "TimeoutSeconds": 0, "Next": "W",
            "Retry": [{"ErrorEquals": ["X"], "MaxAttempts": -1, "BackoffRate": 0.5}]},
          "W": {"Type": "Wait", "Seconds": -1, "End": true}
        }}""";
    List<String> messages = Validator.create().validate(json).stream()
        .filter(d -> d.code() == DiagnosticCode.OUT_OF_RANGE).map(Diagnostic::message).toList();
    String dslTimeout = thrown(() -> startAt(succeed("S")).timeoutSeconds(-1));
    String dslTaskTimeout = thrown(() -> task("T").resource("arn:aws:states:::sqs:sendMessage").timeoutSeconds(0));
    String dslAttempts = thrown(() -> Retry.policy().maxAttempts(-1));
    String dslBackoff = thrown(() -> Retry.policy().backoffRate(0.5));
    String dslSeconds = thrown(() -> waitState("W").seconds(-1));
    assertThat(messages).containsExactly(dslTimeout, dslTaskTimeout, dslAttempts, dslBackoff,
        dslSeconds);
  }

  private static String thrown(Runnable r) {
    try {
      r.run();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected an IllegalArgumentException");
  }
}
