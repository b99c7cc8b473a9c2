package io.asl4j.fuzz;

/**
 * How long and from where the fuzzer runs, from system properties:
 *
 * <ul>
 *   <li>{@code asl4j.fuzz.seed}: the run's random seed (default {@value #DEFAULT_SEED}, so every
 *       build tries the same inputs; {@code random} picks one and prints it);
 *   <li>{@code asl4j.fuzz.tries}: inputs per property (default: each property's own, about a
 *       minute in all on a 2-core machine);
 *   <li>{@code asl4j.fuzz.compiles}: inputs compiled and run per generator property (default 80
 *       valid and 30 invalid ones; with {@code asl4j.fuzz.tries} given, a fiftieth of it);
 *   <li>{@code asl4j.fuzz.seconds}: a time limit per property for making inputs (default: each
 *       property's own share of about a minute in all, so that a busy machine stops early rather
 *       than stretch the build; none when {@code asl4j.fuzz.tries} is given);
 *   <li>{@code asl4j.fuzz.timeout}: seconds one input may take before it counts as a hang
 *       (default 10);
 *   <li>{@code asl4j.fuzz.shrink.seconds}: time to shrink each new failure (default 20).
 * </ul>
 *
 * @param seed the random seed
 * @param tries inputs per property, or {@code 0} for each property's default
 * @param compiles inputs compiled per generator property, or {@code 0} for the default
 * @param secondsPerProperty the time limit per property, {@code 0} for none, {@code -1} for each
 *     property's own
 * @param timeoutSeconds the time one input may take
 * @param shrinkSeconds the time to shrink one failure
 */
record FuzzSettings(long seed, int tries, int compiles, int secondsPerProperty, int timeoutSeconds,
    int shrinkSeconds) {

  /** The seed of every build that does not ask for another. */
  static final long DEFAULT_SEED = 20261129L;

  /**
   * Reads the settings from the system properties.
   *
   * @return the settings
   */
  static FuzzSettings fromSystemProperties() {
    String seedText = System.getProperty("asl4j.fuzz.seed", "").trim();
    long seed = seedText.isEmpty() ? DEFAULT_SEED
        : seedText.equals("random") ? System.nanoTime() ^ System.currentTimeMillis() << 20
        : Long.parseLong(seedText);
    int tries = intProperty("asl4j.fuzz.tries", 0);
    int compiles = intProperty("asl4j.fuzz.compiles", tries > 0 ? Math.max(1, tries / 50) : 0);
    int seconds = intProperty("asl4j.fuzz.seconds", tries > 0 ? 0 : -1);
    return new FuzzSettings(seed, tries, compiles, seconds, intProperty("asl4j.fuzz.timeout", 10),
        intProperty("asl4j.fuzz.shrink.seconds", 20));
  }

  private static int intProperty(String name, int fallback) {
    String v = System.getProperty(name, "").trim();
    return v.isEmpty() ? fallback : Integer.parseInt(v);
  }

  /**
   * The time limit for a property.
   *
   * @param p the property
   * @return milliseconds, or {@link Long#MAX_VALUE} for none
   */
  long millisFor(Property p) {
    int seconds = secondsPerProperty == -1 ? p.defaultSeconds() : secondsPerProperty;
    return seconds == 0 ? Long.MAX_VALUE : seconds * 1000L;
  }

  /**
   * The number of inputs for a property.
   *
   * @param p the property
   * @return the tries (for the generator's compile properties, the inputs compiled)
   */
  int triesFor(Property p) {
    boolean compiled = p == Property.GENERATED_VALID || p == Property.GENERATED_UNVALIDATED;
    if (compiled) {
      if (compiles == 0) {
        return p.defaultTries();
      }
      return p == Property.GENERATED_VALID ? compiles : Math.max(1, compiles / 3);
    }
    return tries > 0 ? tries : p.defaultTries();
  }
}
