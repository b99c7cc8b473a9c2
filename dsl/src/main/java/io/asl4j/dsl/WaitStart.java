package io.asl4j.dsl;

import io.asl4j.dsl.Fields.F;
import io.asl4j.model.DynamicNumber;
import io.asl4j.model.DynamicString;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonString;
import io.asl4j.model.Limit;
import io.asl4j.model.WaitTime;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** A Wait state before its time is set: it takes exactly one of its four time forms. */
public final class WaitStart {

  private final String name;

  WaitStart(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  /**
   * Starts the state; {@code io.asl4j.Asl} is the usual way in.
   *
   * @param name the state's name, 1 to 80 characters
   * @return the start of the state
   */
  public static WaitStart named(String name) {
    return new WaitStart(Names.check(name));
  }

  /**
   * Waits a fixed time: {@code "Seconds": seconds}.
   *
   * @param seconds zero or more
   * @return the wait, ready for a transition
   */
  public WaitStep seconds(long seconds) {
    return time(new WaitTime.Seconds(JsonNumber.of(Limit.WAIT_SECONDS.require(seconds))));
  }

  /**
   * Waits a computed time: a {@code JsonPath} becomes {@code "SecondsPath"}, a {@code Jsonata}
   * expression stays {@code "Seconds"}.
   *
   * @param seconds the number of seconds
   * @return the wait, ready for a transition
   */
  public WaitStep seconds(DynamicNumber seconds) {
    return time(new WaitTime.Seconds(seconds));
  }

  /**
   * Waits until a fixed time: {@code "Timestamp": "2026-01-01T00:00:00Z"}.
   *
   * @param instant the time
   * @return the wait, ready for a transition
   */
  public WaitStep timestamp(Instant instant) {
    return time(new WaitTime.Timestamp(new JsonString(DateTimeFormatter.ISO_INSTANT.format(
        Objects.requireNonNull(instant, "instant")))));
  }

  /**
   * Waits until a time given as an RFC 3339 string, a {@code JsonPath} ({@code "TimestampPath"})
   * or a {@code Jsonata} expression.
   *
   * @param timestamp the time
   * @return the wait, ready for a transition
   */
  public WaitStep timestamp(DynamicString timestamp) {
    return time(new WaitTime.Timestamp(timestamp));
  }

  /**
   * Waits for the given time form.
   *
   * @param time seconds or a timestamp
   * @return the wait, ready for a transition
   */
  public WaitStep time(WaitTime time) {
    return new WaitStep(name, Fields.EMPTY.with(F.WAIT_TIME, Objects.requireNonNull(time, "time")));
  }
}
