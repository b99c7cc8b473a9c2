package io.asl4j.model;

import java.util.Objects;

/** How long a Wait state waits: exactly one of {@code Seconds} or {@code Timestamp} (or their path twins). */
public sealed interface WaitTime permits WaitTime.Seconds, WaitTime.Timestamp {

  /**
   * A time span: {@code Seconds} (a literal or JSONata) or {@code SecondsPath} (a {@link JsonPath}).
   *
   * @param seconds the number of seconds
   */
  record Seconds(DynamicNumber seconds) implements WaitTime {

    /**
     * Creates the wait time.
     *
     * @param seconds the number of seconds
     */
    public Seconds {
      Objects.requireNonNull(seconds, "seconds");
    }
  }

  /**
   * A point in time: {@code Timestamp} (an RFC 3339 literal or JSONata) or {@code TimestampPath}
   * (a {@link JsonPath}).
   *
   * @param timestamp the timestamp
   */
  record Timestamp(DynamicString timestamp) implements WaitTime {

    /**
     * Creates the wait time.
     *
     * @param timestamp the timestamp
     * @throws IllegalArgumentException for an intrinsic function, which {@code TimestampPath} does
     *     not accept
     */
    public Timestamp {
      Objects.requireNonNull(timestamp, "timestamp");
      if (timestamp instanceof Intrinsic i) {
        throw new IllegalArgumentException("TimestampPath takes a reference path, not the intrinsic "
            + "function \"" + i.text() + "\"");
      }
    }
  }
}
