package io.asl4j.dsl;

import io.asl4j.model.Intrinsic;
import io.asl4j.model.JsonNumber;
import io.asl4j.model.JsonObject;
import io.asl4j.model.JsonPath;
import io.asl4j.model.JsonString;
import io.asl4j.model.Jsonata;
import io.asl4j.model.Path;
import io.asl4j.model.Value;

/**
 * The one wording of the DSL's set-once rule: a single-valued field given twice is refused at the
 * second call, naming the earlier call, rather than silently keeping the last value. The state
 * builders, the typed integrations and an {@link Integration} written elsewhere all use it.
 *
 * <p>{@code Fail "Oops": Error is set already (by error("X")); set it once}
 */
public final class SetOnce {

  /** Rendered arguments longer than this are shortened, so that a message stays one line. */
  private static final int MAX_ARGUMENT = 48;

  private SetOnce() {}

  /**
   * The exception for a field set a second time.
   *
   * @param owner what holds the field, e.g. {@code Fail "Oops"} or {@code Retry}
   * @param field the ASL field, e.g. {@code Error}
   * @param earlier the call that set it first, e.g. {@code error("X")}
   * @return the exception to throw
   */
  public static IllegalArgumentException twice(String owner, String field, String earlier) {
    return new IllegalArgumentException(owner + ": " + field + " is set already (by " + earlier
        + "); set it once");
  }

  /**
   * The exception for a field set a second time, with what to do instead.
   *
   * @param owner what holds the field, e.g. {@code Task "Notify"}
   * @param field the ASL field, e.g. {@code Parameters}
   * @param earlier the call that set it first, e.g. {@code call(sns:publish) with TopicArn}
   * @param instead what would work, e.g. {@code add members on the integration with ...}
   * @return the exception to throw
   */
  public static IllegalArgumentException twice(String owner, String field, String earlier,
      String instead) {
    return new IllegalArgumentException(twice(owner, field, earlier).getMessage() + ": "
        + instead);
  }

  /**
   * A call as a user wrote it, for {@link #twice}: {@code error("X")}, {@code timeoutSeconds(30)},
   * {@code resultPath(path("$.x"))}.
   *
   * @param method the method name
   * @param argument the value the call stored (a model value, a path, text, a number, an enum)
   * @return the call's text, its argument shortened when long
   */
  public static String call(String method, Object argument) {
    return method + "(" + shorten(argument(argument)) + ")";
  }

  private static String argument(Object v) {
    if (v instanceof JsonPath p) {
      return "path(" + quote(p.text()) + ")";
    } else if (v instanceof Path) {
      return "Path.discard()";
    } else if (v instanceof Jsonata j) {
      return "jsonata(" + quote(j.text().substring(2, j.text().length() - 2).strip()) + ")";
    } else if (v instanceof Intrinsic i) {
      return i.text();
    } else if (v instanceof JsonString s) {
      return quote(s.value());
    } else if (v instanceof JsonNumber n) {
      return n.text();
    } else if (v instanceof JsonObject o) {
      return o.members().isEmpty() ? "" : "field(" + quote(o.members().keySet().iterator().next())
          + ", ..)" + (o.members().size() > 1 ? ", .." : "");
    } else if (v instanceof CharSequence s) {
      return quote(s.toString());
    } else if (v instanceof Enum<?> e) {
      return e.getDeclaringClass().getSimpleName() + "." + e.name();
    } else if (v instanceof Value || v == null) {
      return "..";
    }
    return v.toString();
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static String shorten(String s) {
    return s.length() <= MAX_ARGUMENT ? s : s.substring(0, MAX_ARGUMENT - 3) + "...";
  }
}
