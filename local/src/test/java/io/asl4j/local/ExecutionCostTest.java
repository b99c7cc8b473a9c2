package io.asl4j.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.asl4j.model.ExecutionType;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link ExecutionCost} and {@link Pricing}: AWS's billing rules, exact. */
class ExecutionCostTest {

  private static ExecutionCost standard(long transitions, long retries) {
    return new ExecutionCost(ExecutionType.STANDARD, transitions, retries, Duration.ZERO,
        Pricing.usEast1());
  }

  @Test
  void standardBillsEveryTransitionBeyondTheFreeTier() {
    ExecutionCost c = standard(3, 0);
    assertThat(c.perExecution()).isEqualByComparingTo("0.000075");
    assertThat(c.perMonth(1_000)).isEqualByComparingTo("0");
    assertThat(c.billedPerMonth(100_000)).isEqualTo(296_000);
    assertThat(c.perMonth(100_000)).isEqualByComparingTo("7.40");
    assertThat(c.toText(100_000)).isEqualTo("""
        billed state transitions: 3 per execution (3 states entered, no retry)
        price: $0.025 per 1,000 state transitions, 4,000 free a month (us-east-1)
        one execution: $0.000075
        100,000 executions a month: 300,000 transitions, 296,000 beyond the free tier: $7.40
        """);
    assertThat(c.toText()).isEqualTo("""
        billed state transitions: 3 per execution (3 states entered, no retry)
        price: $0.025 per 1,000 state transitions, 4,000 free a month (us-east-1)
        one execution: $0.000075
        """);
    assertThat(ExecutionCost.of(ExecutionType.STANDARD, 4, 1, Duration.ZERO, Pricing.usEast1()))
        .isEqualTo(standard(5, 1));
    assertThat(standard(5, 1).toText(1_000)).isEqualTo("""
        billed state transitions: 5 per execution (4 states entered, 1 retry)
        price: $0.025 per 1,000 state transitions, 4,000 free a month (us-east-1)
        one execution: $0.000125
        1,000 executions a month: 5,000 transitions, 1,000 beyond the free tier: $0.03
        """);
  }

  @Test
  void expressBillsARequestAndTheDurationRoundedUpTo100Ms() {
    ExecutionCost c = new ExecutionCost(ExecutionType.EXPRESS, 3, 0, Duration.ofMillis(250),
        Pricing.usEast1());
    assertThat(c.billedDuration()).isEqualTo(Duration.ofMillis(300));
    assertThat(c.gbSeconds()).isEqualByComparingTo("0.01875");
    // $1.00 / 1,000,000 + 0.01875 GB-s × $0.00001667
    assertThat(c.perExecution()).isEqualByComparingTo("0.0000013125625");
    assertThat(c.toText(1_000_000)).isEqualTo("""
        billed: 1 request and 300 ms at 64 MB (0.01875 GB-seconds) per execution
        price: $1.00 per million requests, $0.00001667 per GB-second (us-east-1)
        one execution: $0.0000013125625
        1,000,000 executions a month: $1.31
        """);
    assertThat(new ExecutionCost(ExecutionType.EXPRESS, 1, 0, Duration.ZERO, Pricing.usEast1())
        .billedDuration()).isEqualTo(Duration.ofMillis(100));
  }

  @Test
  void pricesAreConfigurablePerRegion() {
    Pricing p = Pricing.parse("{\"region\": \"eu-central-1\", \"standardPerThousandTransitions\":"
        + " 0.03}", "prices.json");
    assertThat(p).isEqualTo(new Pricing("eu-central-1", new BigDecimal("0.03"), 4_000,
        new BigDecimal("1.00"), new BigDecimal("0.00001667"), 64));
    assertThat(standard(10, 0).pricing().withRegion("x").region()).isEqualTo("x");
    assertThatThrownBy(() -> Pricing.parse("{\"standard\": 1}", "prices.json"))
        .hasMessage("prices.json:1:2: /standard: unknown member (known: region, "
            + "standardPerThousandTransitions, freeTransitionsPerMonth, "
            + "expressPerMillionRequests, expressPerGbSecond, expressMemoryMb)");
    assertThatThrownBy(() -> Pricing.parse("{\"expressMemoryMb\": 100}", "prices.json"))
        .hasMessage("prices.json:1:2: expressMemoryMb must be a positive multiple of 64 (AWS "
            + "bills memory in 64 MB chunks), got 100");
  }

  @Test
  void aBadPricesFileIsPlacedAtItsLineAndColumn() {
    String text = "{\"region\": \"eu-west-1\",\n  \"standardPerThousandTransitions\": \"0.025\"}";
    assertThatThrownBy(() -> Pricing.parse(text, "badprices.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("badprices.json:2:3: /standardPerThousandTransitions: expected a number");
    assertThatThrownBy(() -> Pricing.parse("{\n \"region\": 1}", "p.json"))
        .hasMessage("p.json:2:2: /region: expected a string");
    assertThatThrownBy(() -> Pricing.parse("{\n\n   \"freeTransitionsPerMonth\": 1.5}", "p.json"))
        .hasMessage("p.json:3:4: /freeTransitionsPerMonth: expected a whole number, got 1.5");
    assertThatThrownBy(() -> Pricing.parse("{\"region\": \"x\",\n \"expressPerGbSecond\": -1}",
            "p.json"))
        .hasMessage("p.json:2:2: expressPerGbSecond must be 0 or more, got -1");
    assertThatThrownBy(() -> Pricing.parse("\n  [1]", "p.json"))
        .hasMessage("p.json:2:3: expected a JSON object of prices");
    assertThatThrownBy(() -> Pricing.parse("{\"region\":\n  }", "p.json"))
        .hasMessage("p.json:2:3: invalid JSON: expected a value");
  }
}
