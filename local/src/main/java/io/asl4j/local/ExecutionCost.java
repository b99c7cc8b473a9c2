package io.asl4j.local;

import io.asl4j.model.ExecutionType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * What one execution costs on AWS, and what many a month cost.
 *
 * <ul>
 *   <li>Standard: every state transition is billed (one per state entered, each retry one more),
 *       beyond a monthly free tier: one execution costs {@code transitions × price}, and {@code N}
 *       a month {@code max(0, N × transitions − free) × price}.
 *   <li>Express: each execution is one request plus its duration, rounded up to the next 100 ms,
 *       times its memory in GB: one execution costs {@code request + GB-seconds × price}, {@code
 *       N} a month {@code N} times that (Express has no free tier).
 * </ul>
 *
 * @param type the workflow type
 * @param billedTransitions the state transitions of one execution, retries included
 * @param retries how many of them are retries
 * @param duration how long the execution ran on the (virtual) clock
 * @param pricing the prices
 */
public record ExecutionCost(ExecutionType type, long billedTransitions, long retries,
    Duration duration, Pricing pricing) {

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  /**
   * Checks the record.
   *
   * @param type the workflow type
   * @param billedTransitions the billed transitions
   * @param retries the retries among them
   * @param duration the duration
   * @param pricing the prices
   */
  public ExecutionCost {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(pricing, "pricing");
  }

  /**
   * Returns the cost of an execution, from what an {@link ExecutionListener} heard: the states
   * it entered and the retries.
   *
   * @param type the workflow type to price it as
   * @param statesEntered the states entered (Map iterations and Parallel branches included)
   * @param retries the retries
   * @param duration how long it ran on the virtual clock
   * @param pricing the prices
   * @return the cost: {@code statesEntered + retries} billed transitions
   */
  public static ExecutionCost of(ExecutionType type, long statesEntered, long retries,
      Duration duration, Pricing pricing) {
    return new ExecutionCost(type, Math.addExact(statesEntered, retries), retries, duration,
        pricing);
  }

  /**
   * Returns the duration AWS bills an Express execution for: rounded up to the next 100 ms, at
   * least 100 ms.
   *
   * @return the billed duration
   */
  public Duration billedDuration() {
    long tenths = Math.max(1, (duration.toMillis() + 99) / 100);
    return Duration.ofMillis(tenths * 100);
  }

  /**
   * Returns the GB-seconds an Express execution is billed for: the billed duration times the
   * billed memory.
   *
   * @return the GB-seconds
   */
  public BigDecimal gbSeconds() {
    return BigDecimal.valueOf(billedDuration().toMillis()).movePointLeft(3)
        .multiply(BigDecimal.valueOf(pricing.expressMemoryMb()))
        .divide(BigDecimal.valueOf(1024), 12, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  /**
   * Returns the cost of one execution in USD, free tier aside.
   *
   * @return the cost, exact
   */
  public BigDecimal perExecution() {
    if (type == ExecutionType.EXPRESS) {
      return pricing.expressPerMillionRequests().divide(MILLION)
          .add(gbSeconds().multiply(pricing.expressPerGbSecond())).stripTrailingZeros();
    }
    return pricing.standardPerThousandTransitions().multiply(BigDecimal.valueOf(billedTransitions))
        .divide(THOUSAND).stripTrailingZeros();
  }

  /**
   * Returns the cost of a number of such executions in a month, in USD, the free tier taken off.
   *
   * @param executions executions a month
   * @return the cost, exact
   */
  public BigDecimal perMonth(long executions) {
    if (executions < 0) {
      throw new IllegalArgumentException("executions must be 0 or more, got " + executions);
    }
    if (type == ExecutionType.EXPRESS) {
      return perExecution().multiply(BigDecimal.valueOf(executions)).stripTrailingZeros();
    }
    return pricing.standardPerThousandTransitions()
        .multiply(BigDecimal.valueOf(billedPerMonth(executions))).divide(THOUSAND)
        .stripTrailingZeros();
  }

  /**
   * Returns the Standard state transitions billed for a number of executions in a month: all of
   * them less the free tier.
   *
   * @param executions executions a month
   * @return the billed transitions
   */
  public long billedPerMonth(long executions) {
    return Math.max(0, Math.multiplyExact(executions, billedTransitions)
        - pricing.freeTransitionsPerMonth());
  }

  /**
   * Describes the cost for people, as {@code asl4j cost} prints it.
   *
   * <pre>
   * billed state transitions: 3 per execution (3 states entered, no retry)
   * price: $0.025 per 1,000 state transitions, 4,000 free a month (us-east-1)
   * one execution: $0.000075
   * 100,000 executions a month: 300,000 transitions, 296,000 beyond the free tier: $7.40
   * </pre>
   *
   * @param executionsPerMonth the executions a month to price
   * @return several lines, each ending in a line break
   */
  public String toText(long executionsPerMonth) {
    return text(executionsPerMonth);
  }

  /**
   * Describes the cost of one execution for people: {@link #toText(long)} without the monthly
   * line.
   *
   * @return several lines, each ending in a line break
   */
  public String toText() {
    return text(-1);
  }

  /** The lines of {@link #toText(long)}; the monthly one only for 0 or more executions. */
  private String text(long executionsPerMonth) {
    StringBuilder sb = new StringBuilder();
    String n = count(executionsPerMonth) + (executionsPerMonth == 1 ? " execution" : " executions");
    if (type == ExecutionType.EXPRESS) {
      sb.append("billed: 1 request and ").append(billedDuration().toMillis()).append(" ms at ")
          .append(pricing.expressMemoryMb()).append(" MB (")
          .append(gbSeconds().toPlainString()).append(" GB-seconds) per execution\n");
      sb.append("price: ").append(usd(pricing.expressPerMillionRequests()))
          .append(" per million requests, ").append(usd(pricing.expressPerGbSecond()))
          .append(" per GB-second (").append(pricing.region()).append(")\n");
      sb.append("one execution: ").append(usd(perExecution())).append('\n');
      if (executionsPerMonth >= 0) {
        sb.append(n).append(" a month: ").append(cents(perMonth(executionsPerMonth)))
            .append('\n');
      }
      return sb.toString();
    }
    long entered = billedTransitions - retries;
    sb.append("billed state transitions: ").append(count(billedTransitions))
        .append(" per execution (").append(count(entered))
        .append(entered == 1 ? " state entered, " : " states entered, ")
        .append(retries == 0 ? "no retry" : count(retries) + (retries == 1 ? " retry" : " retries"))
        .append(")\n");
    sb.append("price: ").append(usd(pricing.standardPerThousandTransitions()))
        .append(" per 1,000 state transitions, ").append(count(pricing.freeTransitionsPerMonth()))
        .append(" free a month (").append(pricing.region()).append(")\n");
    sb.append("one execution: ").append(usd(perExecution())).append('\n');
    if (executionsPerMonth < 0) {
      return sb.toString();
    }
    long all = Math.multiplyExact(executionsPerMonth, billedTransitions);
    long billed = billedPerMonth(executionsPerMonth);
    sb.append(n).append(" a month: ").append(count(all)).append(" transitions, ");
    if (billed == 0) {
      sb.append("within the free tier: $0.00\n");
    } else {
      sb.append(count(billed)).append(" beyond the free tier: ")
          .append(cents(perMonth(executionsPerMonth))).append('\n');
    }
    return sb.toString();
  }

  /**
   * Writes a whole number with thousands separators.
   *
   * @param n the number
   * @return e.g. {@code 100,000}
   */
  public static String count(long n) {
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(n);
  }

  /**
   * Writes an exact price in USD, with at least cents.
   *
   * @param v the price
   * @return e.g. {@code $0.000075}, {@code $1.00}
   */
  public static String usd(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return "$" + (s.scale() < 2 ? s.setScale(2) : s).toPlainString();
  }

  /** A total rounded to the cent, with thousands separators: {@code $7.40}, {@code $1,234.57}. */
  static String cents(BigDecimal v) {
    BigDecimal rounded = v.setScale(2, RoundingMode.HALF_UP);
    if (rounded.signum() == 0 && v.signum() > 0) {
      return "$" + v.stripTrailingZeros().toPlainString() + " (under a cent)";
    }
    return "$" + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
        .format(rounded);
  }
}
