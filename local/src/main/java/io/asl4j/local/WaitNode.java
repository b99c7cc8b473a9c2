package io.asl4j.local;

import java.time.OffsetDateTime;
import java.util.Map;

/** A compiled Wait state: advances the virtual clock, never sleeps. */
final class WaitNode extends Node {

  DataPath inputPath = DataPath.IDENTITY;
  DataPath outputPath = DataPath.IDENTITY;
  Eval output;
  Assign assign;
  /** Seconds: a constant, a SecondsPath or a JSONata expression; or {@code null}. */
  Eval seconds;
  String secondsPath;
  /** Timestamp: a constant, a TimestampPath or a JSONata expression; or {@code null}. */
  Eval timestamp;
  String timestampPath;

  WaitNode(String name, boolean jsonata) {
    super(name, "Wait", jsonata);
  }

  @Override
  Node execute(Step s, Object input) throws Failure {
    Object effective = jsonata ? input : inputPath.apply(s, input);
    if (seconds != null) {
      Object v = secondsPath != null ? ((PathEval) seconds).find(s, effective)
          : seconds.eval(s, effective);
      if (v == JsonPathExpr.MISSING) {
        throw Failure.runtime(s.where() + "The SecondsPath parameter does not reference an input "
            + "value: " + secondsPath);
      }
      if (!(v instanceof Number n) || !Json.isIntegral(n) && n.doubleValue() != Math.rint(n.doubleValue())) {
        throw secondsPath != null
            ? Failure.runtime(s.where() + "The SecondsPath parameter does not reference a valid "
                + "integer value: " + secondsPath + " == " + Json.write(v))
            : Failure.query(s.where() + "The Seconds field must be a non-negative integer: "
                + Json.write(v));
      }
      long secs = n.longValue();
      if (secs < 0) {
        throw secondsPath != null
            ? Failure.runtime(s.where() + "The SecondsPath parameter references a negative value: "
                + secondsPath + " == " + secs)
            : Failure.query(s.where() + "The Seconds field must be a non-negative integer: " + secs);
      }
      s.run.clock += secs * 1000;
    } else if (timestamp != null) {
      Object v = timestampPath != null ? ((PathEval) timestamp).find(s, effective)
          : timestamp.eval(s, effective);
      if (v == JsonPathExpr.MISSING) {
        throw Failure.runtime(s.where() + "The TimestampPath parameter does not reference an input "
            + "value: " + timestampPath);
      }
      OffsetDateTime t = ChoiceNode.timestamp(v);
      if (t == null) {
        String text = v instanceof String str ? str : Json.write(v);
        throw timestampPath != null
            ? Failure.runtime(s.where() + "The TimestampPath parameter does not reference a valid "
                + "ISO-8601 extended offset date-time format string: " + timestampPath + " == " + text)
            : Failure.query(s.where() + "The Timestamp field cannot be parsed as an ISO-8601 "
                + "extended offset date-time format string: " + text);
      }
      long at = t.toInstant().toEpochMilli();
      if (at > s.run.clock) {
        s.run.clock = at;
      }
    }
    Map<String, Object> assigned = assign == null ? null : assign.evaluate(s, effective);
    if (jsonata) {
      s.output = output == null ? input : output.eval(s, input);
    } else {
      s.output = outputPath.apply(s, effective);
    }
    Assign.bind(s, assigned);
    return next;
  }
}
