package io.asl4j.local;

import io.asl4j.json.SourceMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What AWS Step Functions charges in one region: Standard workflows per state transition beyond a
 * monthly free tier, Express workflows per request and per GB-second of duration.
 *
 * <p>{@link #usEast1()} holds the prices AWS publishes for US East (N. Virginia) on
 * <a href="https://aws.amazon.com/step-functions/pricing/">aws.amazon.com/step-functions/pricing</a>
 * (read November 2026): Standard $0.025 per 1,000 state transitions, 4,000 transitions free each
 * month ("including retries"); Express $1.00 per million requests and $0.00001667 per GB-second
 * (the first tier, up to 1,000 GB-hours a month), duration rounded up to the next 100 ms and
 * memory billed in 64 MB chunks. Other regions and later prices: {@link #parse} or the
 * {@code with...} methods.
 *
 * @param region the region the prices are for, e.g. {@code us-east-1}
 * @param standardPerThousandTransitions USD per 1,000 Standard state transitions
 * @param freeTransitionsPerMonth Standard state transitions free each month
 * @param expressPerMillionRequests USD per million Express executions started
 * @param expressPerGbSecond USD per GB-second of Express duration
 * @param expressMemoryMb the memory an Express execution is billed for, a multiple of 64 MB
 *     (AWS bills in 64 MB chunks; the smallest, 64 MB, fits small payloads and definitions)
 */
public record Pricing(String region, BigDecimal standardPerThousandTransitions,
    long freeTransitionsPerMonth, BigDecimal expressPerMillionRequests,
    BigDecimal expressPerGbSecond, int expressMemoryMb) {

  /**
   * Checks the prices.
   *
   * @param region the region
   * @param standardPerThousandTransitions USD per 1,000 transitions
   * @param freeTransitionsPerMonth free transitions a month
   * @param expressPerMillionRequests USD per million requests
   * @param expressPerGbSecond USD per GB-second
   * @param expressMemoryMb billed memory, a positive multiple of 64
   * @throws IllegalArgumentException for a negative price or a memory that is not a multiple of 64
   */
  public Pricing {
    Objects.requireNonNull(region, "region");
    nonNegative("standardPerThousandTransitions", standardPerThousandTransitions);
    nonNegative("expressPerMillionRequests", expressPerMillionRequests);
    nonNegative("expressPerGbSecond", expressPerGbSecond);
    if (freeTransitionsPerMonth < 0) {
      throw new IllegalArgumentException("freeTransitionsPerMonth must be 0 or more, got "
          + freeTransitionsPerMonth);
    }
    if (expressMemoryMb <= 0 || expressMemoryMb % 64 != 0) {
      throw new IllegalArgumentException("expressMemoryMb must be a positive multiple of 64 (AWS "
          + "bills memory in 64 MB chunks), got " + expressMemoryMb);
    }
  }

  private static void nonNegative(String name, BigDecimal v) {
    Objects.requireNonNull(v, name);
    if (v.signum() < 0) {
      throw new IllegalArgumentException(name + " must be 0 or more, got " + v.toPlainString());
    }
  }

  /**
   * Returns AWS's published prices for US East (N. Virginia), the defaults.
   *
   * @return the prices
   */
  public static Pricing usEast1() {
    return new Pricing("us-east-1", new BigDecimal("0.025"), 4_000, new BigDecimal("1.00"),
        new BigDecimal("0.00001667"), 64);
  }

  /**
   * Reads prices from JSON, for a region or a date other than the defaults'. Members left out
   * keep {@link #usEast1()}'s values.
   *
   * <pre>{@code {"region": "eu-central-1", "standardPerThousandTransitions": 0.025,
   *  "freeTransitionsPerMonth": 4000, "expressPerMillionRequests": 1.00,
   *  "expressPerGbSecond": 0.00001667, "expressMemoryMb": 64}}</pre>
   *
   * @param json the prices as a JSON object
   * @param source names the text in messages (e.g. the file name)
   * @return the prices
   * @throws IllegalArgumentException if the text is not such an object; the message is
   *     {@code SOURCE:LINE:COL: problem}, placed at the member (or the JSON error) at fault
   */
  public static Pricing parse(String json, String source) {
    Object root;
    try {
      root = Json.parse(json);
    } catch (Json.SyntaxError e) {
      throw new IllegalArgumentException(source + ":" + e.line + ":" + e.column
          + ": invalid JSON: " + e.what, e);
    }
    SourceMap places = SourceMap.of(json);
    if (!(root instanceof Map<?, ?> m)) {
      throw at(source, places, "", "expected a JSON object of prices");
    }
    Pricing d = usEast1();
    for (Object key : m.keySet()) {
      if (!MEMBERS.contains(key)) {
        throw at(source, places, "/" + key, "/" + key + ": unknown member (known: "
            + String.join(", ", MEMBERS) + ")");
      }
    }
    long free = whole(m, "freeTransitionsPerMonth", d.freeTransitionsPerMonth(), source, places);
    long memory = whole(m, "expressMemoryMb", d.expressMemoryMb(), source, places);
    if (memory > Integer.MAX_VALUE) {
      throw at(source, places, "/expressMemoryMb", "/expressMemoryMb: too large, got " + memory);
    }
    try {
      return new Pricing(
          text(m, "region", d.region(), source, places),
          number(m, "standardPerThousandTransitions", d.standardPerThousandTransitions(), source,
              places),
          free,
          number(m, "expressPerMillionRequests", d.expressPerMillionRequests(), source, places),
          number(m, "expressPerGbSecond", d.expressPerGbSecond(), source, places),
          (int) memory);
    } catch (IllegalArgumentException e) {
      if (e.getMessage().startsWith(source + ":")) {
        throw e;
      }
      // the constructor's message starts with the member it refuses: place it there
      String member = "";
      for (String k : MEMBERS) {
        if (e.getMessage().startsWith(k + " ")) {
          member = "/" + k;
        }
      }
      throw at(source, places, member, e.getMessage());
    }
  }

  /** The members of a prices object, in the order messages list them. */
  private static final List<String> MEMBERS = List.of("region", "standardPerThousandTransitions",
      "freeTransitionsPerMonth", "expressPerMillionRequests", "expressPerGbSecond",
      "expressMemoryMb");

  /** {@code SOURCE:LINE:COL: problem}, placed where the pointer points. */
  private static IllegalArgumentException at(String source, SourceMap places, String pointer,
      String problem) {
    int[] p = places.position(pointer);
    return new IllegalArgumentException(source + ":" + p[0] + ":" + p[1] + ": " + problem);
  }

  private static long whole(Map<?, ?> m, String key, long fallback, String source,
      SourceMap places) {
    BigDecimal v = number(m, key, BigDecimal.valueOf(fallback), source, places);
    try {
      return v.longValueExact();
    } catch (ArithmeticException e) {
      throw at(source, places, "/" + key, "/" + key + ": expected a whole number, got "
          + v.toPlainString());
    }
  }

  private static String text(Map<?, ?> m, String key, String fallback, String source,
      SourceMap places) {
    Object v = m.get(key);
    if (v == null) {
      return fallback;
    }
    if (!(v instanceof String s)) {
      throw at(source, places, "/" + key, "/" + key + ": expected a string");
    }
    return s;
  }

  private static BigDecimal number(Map<?, ?> m, String key, BigDecimal fallback, String source,
      SourceMap places) {
    Object v = m.get(key);
    if (v == null) {
      return fallback;
    }
    if (!(v instanceof Number n)) {
      throw at(source, places, "/" + key, "/" + key + ": expected a number");
    }
    return new BigDecimal(n.toString());
  }

  /**
   * Returns these prices under another region's name.
   *
   * @param name e.g. {@code eu-west-1}
   * @return a copy
   */
  public Pricing withRegion(String name) {
    return new Pricing(name, standardPerThousandTransitions, freeTransitionsPerMonth,
        expressPerMillionRequests, expressPerGbSecond, expressMemoryMb);
  }

  /**
   * Returns these prices with another Standard price.
   *
   * @param usdPerThousand USD per 1,000 state transitions
   * @return a copy
   */
  public Pricing withStandardPerThousandTransitions(BigDecimal usdPerThousand) {
    return new Pricing(region, usdPerThousand, freeTransitionsPerMonth, expressPerMillionRequests,
        expressPerGbSecond, expressMemoryMb);
  }

  /**
   * Returns these prices with another Express memory.
   *
   * @param megabytes the billed memory, a multiple of 64
   * @return a copy
   */
  public Pricing withExpressMemoryMb(int megabytes) {
    return new Pricing(region, standardPerThousandTransitions, freeTransitionsPerMonth,
        expressPerMillionRequests, expressPerGbSecond, megabytes);
  }
}
